"""Time the month's transparency report (公示) on the large store: target <= 3 s for the busiest month.

    CHARITYMART_HOME=/tmp/cm-bench/docs-month.home \\
        .venv/bin/python benchmarks/bench_transparency.py --db /tmp/cm-bench/docs-month.sqlite

Run it on a COPY of the generated store (opening migrates it, and --publish writes to it).
Measures, each `--runs` times, wall and CPU time of the whole document (figures + PDF) in one
read transaction, as the back office and `report transparency` make it:
- the busiest month (most sales), not published: month-end stock from the movement ledger;
- the oldest month, not published: the far side of the ledger for stock at its end;
- with --publish: the busiest month published first, then regenerated (stock from the snapshot).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's charitymart

from charitymart.db.models import Sale
from charitymart.services.documents import month as documents_month
from charitymart.services.reporting import closing
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till


def _months_by_sales(session) -> list[tuple[str, int]]:
    """(YYYY-MM, sales) per month, busiest first (UTC months: close enough to pick one)."""
    month = func.substr(func.cast(Sale.created_at, type_=Sale.receipt_number.type), 1, 7)
    return [(m, n) for m, n in session.execute(select(month, func.count()).group_by(month).order_by(func.count().desc()))]


def _time(handle, year: int, month: int, runs: int) -> tuple[list[float], list[float], int]:
    walls, cpus, size = [], [], 0
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        with handle.readers() as s:
            size = len(documents_month.transparency_report_pdf(s, year, month, "zh_CN"))
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, size


def _line(name: str, walls: list[float], cpus: list[float], size: int) -> str:
    return (f"{name:<44} median {statistics.median(walls):6.2f} s  max {max(walls):6.2f} s  "
            f"cpu median {statistics.median(cpus):6.2f} s  ({size // 1024} KiB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--publish", action="store_true", help="also publish the busiest month and time it again")
    parser.add_argument("--admin-pin", default="9999")
    args = parser.parse_args()
    started = time.perf_counter()
    handle = open_store(args.db)
    print(f"opened (and migrated if needed) in {time.perf_counter() - started:.1f} s")
    try:
        with handle.readers() as s:
            months = _months_by_sales(s)
        busiest, oldest = months[0], min(months)
        print(f"{len(months)} months; busiest {busiest[0]} ({busiest[1]} sales); oldest {oldest[0]}")
        for label, (name, _) in (("busiest month, not published", busiest), ("oldest month, not published", oldest)):
            year, month = map(int, name.split("-"))
            print(_line(f"{label} {name}", *_time(handle, year, month, args.runs)), flush=True)
        if args.publish:
            year, month = map(int, busiest[0].split("-"))
            actor = login_at_till(handle.sessions, "T1", args.admin_pin)
            wall = time.perf_counter()
            with handle.sessions.begin() as s:
                closing.publish_month(s, actor, year, month)
            print(f"publishing {busiest[0]}: {time.perf_counter() - wall:.2f} s")
            print(_line(f"busiest month, published {busiest[0]}", *_time(handle, year, month, args.runs)))
        print(f"done at {datetime.now():%H:%M:%S}")
    finally:
        handle.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
