"""Measure the core on a generated store (benchmarks/generate_store.py). Never run in CI.

    .venv/bin/python benchmarks/run_benchmarks.py --db /tmp/cm-bench/large.sqlite [--only sales,months]

Scans, searches, sales and month figures run on a copy of the database (SQLite online
backup) in a work folder next to it, so the generated file stays pristine; `verify` runs on
the original in a child process (its own time and peak memory). The counter's clock is
frozen at 10:00 on the day after the store's last sale. Prints a markdown table with wall
time and, since a shared machine inflates wall time, this process's CPU time per call.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEASURES = ("scans", "search", "sales", "households", "months", "verify", "sizes")
sys.path[:0] = [str(HERE.parent), str(HERE)]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    import sqlalchemy
    return (f"{os.cpu_count()} CPUs ({cpu}), {mem / 1024 / 1024:.0f} GB RAM, {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, SQLAlchemy {sqlalchemy.__version__}")


def verify_child(db: Path) -> None:
    """Run in a child process: verify the store, print one JSON line (time, peak memory)."""
    from charitymart.services.store import setup as store_setup
    from charitymart.services.store.verify import verify

    handle = store_setup.open_store(db, migrate_schema=False)
    started = time.perf_counter()
    with handle.sessions() as s:
        report = verify(s)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ok": report.ok, "seconds": seconds, "peak_mb": peak_mb, "events": report.events,
                      "rows": report.rows_checked, "problems": report.problems[:5]}))


def run_verify(db: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--db", str(db), "--verify-child"], capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        return {"ok": False, "error": done.stderr[-2000:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def table_sizes(db: Path, top: int = 12) -> list[tuple[str, int]]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC LIMIT ?",
                            (top,)).fetchall()
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def row(timing) -> str:
    target = f"<= {timing.target_ms:g} ms" if timing.target_ms else ""
    met = "" if not timing.target_ms else ("yes" if timing.p95 <= timing.target_ms else "**no**")
    cpu = f"{timing.cpu_p95:.2f}" if timing.cpu_p95 is not None else ""
    return (f"| {timing.name} | {len(timing.values):,} | {timing.p50:.2f} | {timing.p95:.2f} | {timing.max:.2f} "
            f"| {cpu} | {target} | {met} |")


HEADER = ("| measure | n | p50 ms | p95 ms | max ms | p95 CPU ms | target (p95) | met |\n"
          "|---|---:|---:|---:|---:|---:|---|---|")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--scans", type=int, default=3000)
    parser.add_argument("--searches", type=int, default=1200)
    parser.add_argument("--sales", type=int, default=300)
    parser.add_argument("--months", type=int, default=12, help="month figures of the last N full months")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="folder for the copy (default: a temp folder next to --db)")
    parser.add_argument("--keep-copy", action="store_true")
    parser.add_argument("--only", default=",".join(MEASURES),
                        help=f"comma-separated subset of {','.join(MEASURES)} (default: all)")
    parser.add_argument("--autocheckpoint", action="store_true",
                        help="sales with SQLite's automatic checkpoint (before issue 15) instead of the till's")
    parser.add_argument("--verify-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    only = set(args.only.split(","))
    if only - set(MEASURES):
        sys.exit(f"--only takes {', '.join(MEASURES)}")
    db = args.db.expanduser().resolve()
    if not db.exists():
        sys.exit(f"no database at {db}: run benchmarks/generate_store.py first")
    os.environ.setdefault("CHARITYMART_HOME", str(db.with_name(db.name + ".home")))
    if args.verify_child:
        return verify_child(db)

    import bench_measures as bm

    from charitymart.db.migrate import backup_sqlite_file
    from charitymart.services import clock
    from charitymart.services.store import setup as store_setup

    print(f"# CharityMart benchmarks on {db}\n\nmachine: {machine()}\n", flush=True)
    size_mb = db.stat().st_size / 1e6
    work = args.work or Path(tempfile.mkdtemp(prefix="cm-bench-copy-", dir=db.parent))
    work.mkdir(parents=True, exist_ok=True)
    copy = work / "copy.sqlite"
    started = time.perf_counter()
    backup_sqlite_file(db, copy)
    os.sync()  # let the copy reach the disk first: write-back while measuring doubles the slowest reads
    print(f"copied to {copy} in {time.perf_counter() - started:.0f} s", flush=True)
    rng = random.Random(args.seed)
    handle = store_setup.open_store(copy)
    results, notes, per_kind = [], [], {}
    try:
        clock.set_now(bm.bench_clock(handle))
        actor = bm.cashier_at_till(handle)
        bm.open_shift(handle, actor)
        codes = bm.sellable_codes(handle)
        print(f"clock frozen at {clock.now()} UTC; {len(codes):,} items can be sold", flush=True)
        if "scans" in only:
            results.append(bm.measure_scans(handle, actor, codes, args.scans, rng))
            print(row(results[-1]), flush=True)
        if "search" in only:
            overall, per_kind = bm.measure_search(handle, bm.search_queries(handle, args.searches, rng))
            results.append(overall)
            print(row(overall), flush=True)
        if "sales" in only:
            sale, commit = bm.measure_sales(handle, actor, codes, args.sales, rng,
                                            till_checkpoints=not args.autocheckpoint)
            raw = bm.measure_raw_commits(work / "raw.sqlite", args.sales)
            results += [sale, commit, raw]
            notes.append(f"sale p95 / raw sqlite3 p95 = {sale.p95 / raw.p95:.1f}x, p50 ratio {sale.p50 / raw.p50:.1f}x")
            print(row(sale), flush=True)
            print(row(raw), flush=True)
        if "households" in only:
            results.append(bm.measure_household_sales(handle, actor, codes, args.sales, rng))
            print(row(results[-1]), flush=True)
        if "months" in only:
            figures = bm.measure_month_figures(handle, bm.last_full_months(handle, args.months))
            if isinstance(figures, str):
                notes.append(figures)
            else:
                results.append(figures)
                print(row(figures), flush=True)
    finally:
        clock.set_now(None)
        handle.close()
        if not args.keep_copy:
            shutil.rmtree(work, ignore_errors=True)
    checked = run_verify(db) if "verify" in only else None

    print("\n" + HEADER)
    for timing in results:
        print(row(timing))
    if checked is not None:
        if "error" in checked:
            print(f"| verify (whole store) | 1 | failed: {checked['error'][-300:]!r} | | | | | |")
        else:
            print(f"| verify (whole store): {'OK' if checked['ok'] else 'FAILED'}, {checked['events']:,} events, "
                  f"{checked['rows']:,} ledger rows | 1 | {checked['seconds'] * 1000:,.0f} | | | | | |")
            print(f"| verify peak memory (ru_maxrss) | 1 | {checked['peak_mb']:,.0f} MB | | | | | |")
    print(f"| database file | | {size_mb:,.0f} MB | | | | | |")
    if per_kind:
        print("\nsearch by kind of query (ms):\n\n| kind | n | p50 | p95 | max | found nothing |\n|---|---:|---:|---:|---:|---:|")
    for kind, timing in sorted(per_kind.items()):
        print(f"| {kind} | {len(timing.values)} | {timing.p50:.2f} | {timing.p95:.2f} | {timing.max:.2f} "
              f"| {timing.errors} |")
    for timing in results:
        if timing.note:
            notes.append(f"{timing.name}: {timing.note}")
    if checked and checked.get("problems"):
        notes.append("verify problems: " + "; ".join(checked["problems"]))
    sizes = table_sizes(db) if "sizes" in only else []
    if sizes:
        print("\nlargest tables and indexes (MB): " + ", ".join(f"{n} {b / 1e6:,.0f}" for n, b in sizes))
    for note in notes:
        print(f"- {note}")


if __name__ == "__main__":
    main()
