"""Time `verify` (full, and --since-last after a few new sales) against a raw baseline, per store size.

    CHARITYMART_HOME=/tmp/verifying/home nice -n 0 .venv/bin/python benchmarks/bench_verify.py \\
        /tmp/verifying/s001.sqlite /tmp/verifying/s01.sqlite /tmp/verifying/s1.sqlite

Run it on COPIES of the generated stores (benchmarks/generate_store.py): --since-last writes
sales to them. The raw baseline reads the same rows with plain sqlite3 and takes one sha256 of
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


def since_last(db_file: str, sales: int) -> tuple[float, int]:
    """A full verify records where it got to; `sales` new sales; then verify --since-last."""
    from benchmarks.bench_since_sales import add_sales

    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify import verify, verify_since_last

    handle = open_store(db_file, migrate_schema=False)
    with handle.readers() as s:
        verify(s, record=True)
    add_sales(handle, sales)
    start = time.perf_counter()
    with handle.readers() as s:
        report = verify_since_last(s)
    elapsed = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(f"--since-last failed: {report.problems[:3]}")
    return elapsed, report.events


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stores", nargs="+")
    parser.add_argument("--before", type=Path, help="another checkout whose verify to time too")
    parser.add_argument("--since-sales", type=int, default=0, help="time --since-last after this many new sales")
    args = parser.parse_args()
    here = Path(__file__).resolve().parents[1]
    print(f"load average at start: {os.getloadavg()[0]:.2f}; {os.cpu_count()} cores")
    print(f"{'store':<28}{'raw s':>8}{'before s':>10}{'after s':>9}{'after/raw':>10}{'goal s':>8}"
          f"{'since s':>9}{'load':>6}")
    for db_file in args.stores:
        raw, _ = raw_baseline(db_file)
        before = timed_verify(db_file, args.before)[0] if args.before else None
        after, outcome = timed_verify(db_file, here)
        since = since_last(db_file, args.since_sales)[0] if args.since_sales else None
        print(f"{Path(db_file).name:<28}{raw:>8.1f}{before if before is not None else float('nan'):>10.1f}"
              f"{after:>9.1f}{after / raw:>10.2f}{GOAL_FULL_S:>8.0f}"
              f"{since if since is not None else float('nan'):>9.2f}{os.getloadavg()[0]:>6.1f}   ({outcome})", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
