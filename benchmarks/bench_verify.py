"""Time `verify` (full, and --since-last after a few new sales) against a raw baseline, per store size.

    CHARITYMART_HOME=/tmp/verifying/home nice -n 0 .venv/bin/python benchmarks/bench_verify.py \\
        /tmp/verifying/s001.sqlite /tmp/verifying/s01.sqlite /tmp/verifying/s1.sqlite

Run it on COPIES of the generated stores (benchmarks/generate_store.py). --since-events N
records a verify as if it had stopped N events ago (in CHARITYMART_HOME's heads file; the store
is not written) and times `verify --since-last` from there. The raw baseline reads the same rows with plain sqlite3 and takes one sha256 of
each row's repr (no canonical form, no checks): the floor of any row-by-row check, measured in
the same run, so the ratio survives a loaded machine. `--before DIR` also times the `verify` of
another checkout (e.g. /work/main) in a child process, for before/after tables. Prints one line
per store: goal / measured / raw / ratio, and the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's charitymart

GOAL_FULL_S = 60.0  # at full scale (issue 15.5)
GOAL_SINCE_S = 2.0

_TIMED_VERIFY = """
import sys, time
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify
if __name__ == "__main__":
    handle = open_store(sys.argv[1], migrate_schema=False)
    start = time.perf_counter()
    with handle.readers() as s:
        report = verify(s)
    print(time.perf_counter() - start, report.ok, report.events, report.rows_checked)
"""


def raw_baseline(db_file: str) -> tuple[float, int]:
    """Seconds to read every ledger row and audit row with sqlite3 and sha256 each one's repr."""
    from charitymart.db.models import ledger_tables

    con = sqlite3.connect(f"{Path(db_file).absolute().as_uri()}?mode=ro", uri=True)
    start, rows = time.perf_counter(), 0
    sha256 = hashlib.sha256
    queries = ["SELECT * FROM audit_events", "SELECT * FROM audit_rows"]
    queries += [f'SELECT * FROM "{m.__tablename__}"' for m in ledger_tables()]
    for sql in queries:
        for row in con.execute(sql):
            sha256(repr(row).encode()).hexdigest()
            rows += 1
    con.close()
    return time.perf_counter() - start, rows


def timed_verify(db_file: str, checkout: Path) -> tuple[float, str]:
    """`verify` of `checkout` in a fresh process (its own imports, a cold start like the CLI's)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, "-c", _TIMED_VERIFY, db_file], env=env, capture_output=True, text=True,
                         check=True, cwd=str(checkout)).stdout.split()
    return float(out[0]), " ".join(out[1:])


def since_last(db_file: str, events_back: int) -> tuple[float, int, int]:
    """verify --since-last when the last verify stopped `events_back` events ago: that verify is
    recorded as it would have been (its head, the tables' highest keys then), nothing is written
    to the store. Returns (seconds, events checked, rows checked)."""
    from charitymart.db.models import Store, ledger_tables
    from charitymart.services.store import chain_heads
    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify_since import verify_since_last

    handle = open_store(db_file, migrate_schema=False)
    con = sqlite3.connect(f"{Path(db_file).absolute().as_uri()}?mode=ro", uri=True)
    last = con.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    seq = last - events_back
    digest = con.execute("SELECT hash FROM audit_events WHERE seq = ?", (seq,)).fetchone()[0]
    tables = [m.__tablename__ for m in ledger_tables()]
    marks = {t: 0 for t in tables}
    for table, key in con.execute("SELECT table_name, max(CAST(row_key AS INTEGER)) FROM audit_rows "
                                  "WHERE event_seq <= ? AND row_hash IS NOT NULL GROUP BY table_name", (seq,)):
        if table in marks:
            marks[table] = key
    con.close()
    with handle.readers() as s:
        uuid = s.get(Store, 1).uuid
        label = chain_heads.database_label(handle.url)
    chain_heads.remember(uuid, label, seq, digest, "verify", extra={"marks": marks, "full_at": None})
    start = time.perf_counter()
    with handle.readers() as s:
        report = verify_since_last(s, record=False)
    elapsed = time.perf_counter() - start
    handle.close()
    if not report.ok:
        raise SystemExit(f"--since-last failed: {report.problems[:3]}")
    return elapsed, report.events, report.rows_checked


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+")
    parser.add_argument("--before", type=Path, help="another checkout whose verify to time too")
    parser.add_argument("--since-events", type=int, default=0,
                        help="time --since-last as if the last verify was this many events ago (e.g. 1000: a day)")
    parser.add_argument("--no-full", action="store_true", help="skip the full verify, --before and the raw baseline")
    args = parser.parse_args()
    here = Path(__file__).resolve().parents[1]
    print(f"load average at start: {os.getloadavg()[0]:.2f}; {os.cpu_count()} cores")
    print(f"{'store':<28}{'raw s':>8}{'before s':>10}{'after s':>9}{'after/raw':>10}{'goal s':>8}"
          f"{'since s':>9}{'goal s':>7}{'load':>6}")
    for db_file in args.stores:
        raw = raw_baseline(db_file)[0] if not args.no_full else float("nan")
        before = timed_verify(db_file, args.before)[0] if args.before and not args.no_full else None
        after, outcome = timed_verify(db_file, here) if not args.no_full else (float("nan"), "full check skipped")
        since = None
        if args.since_events:
            since, events, rows = since_last(db_file, args.since_events)
            outcome += f"; since-last: {events} events, {rows} rows"
        print(f"{Path(db_file).name:<28}{raw:>8.1f}{before if before is not None else float('nan'):>10.1f}"
              f"{after:>9.1f}{after / raw:>10.2f}{GOAL_FULL_S:>8.0f}"
              f"{since if since is not None else float('nan'):>9.2f}{GOAL_SINCE_S:>7.0f}{os.getloadavg()[0]:>6.1f}"
              f"   ({outcome})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
