"""Generate a large CharityMart store for benchmarks (five years of a district's busiest shop). Never run in CI.

    .venv/bin/python benchmarks/generate_store.py --out /tmp/cm-bench/large.sqlite [--scale 0.01] [--seed N]

Full scale: 200,000 items, 2,000,000 sale lines over five years, 100,000 donations, 2,000
households, 500 volunteers, 3 tills. `--scale` multiplies every count (the five years stay).
The database is created by the real migrations and `store_setup.create_store`; everything
else is written in bulk (Core executemany, one transaction per batch) with the audit chain
computed as the services compute it, so `charitymart verify` passes on the result. Identity
keys go to `<out>.home/` (CHARITYMART_HOME), never to the user's folders.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]


def check_out_path(out: Path, force: bool) -> Path:
    out = out.expanduser().resolve()
    if out == REPO or REPO in out.parents:
        sys.exit(f"refusing to write {out}: it is inside the repository; choose a path outside it")
    if out.exists():
        if not force:
            sys.exit(f"{out} exists: pass --force to replace it")
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(out) + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the new database (outside the repository)")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=20260310)
    parser.add_argument("--start", type=date.fromisoformat, default=date(2021, 11, 1))
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--verify", action="store_true", help="run services.store.verify on the result and recompute 200 shifts' Z totals")
    args = parser.parse_args()
    out = check_out_path(args.out, args.force)
    os.environ.setdefault("CHARITYMART_HOME", str(out.with_name(out.name + ".home")))

    import storegen_run
    from storegen_world import Plan

    end = date(args.start.year + args.years, args.start.month, args.start.day)
    plan = Plan.scaled(args.scale, args.start, (end - args.start).days, args.seed)
    print(f"generating {out} (scale {args.scale}): {plan.items:,} items, {plan.sale_lines:,} sale lines, "
          f"{plan.donations:,} donations, {plan.households:,} households, {plan.volunteers:,} volunteers, "
          f"{plan.days} days from {plan.start}", flush=True)
    started = time.perf_counter()
    storegen_run.generate(out, plan)
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in out.parent.glob(out.name + "*") if p.is_file())
    print(f"generated in {seconds / 60:.1f} min ({seconds:.0f} s); file {out.stat().st_size / 1e6:,.0f} MB "
          f"(with -wal/-shm {size / 1e6:,.0f} MB)", flush=True)
    if args.verify and not storegen_run.run_verify(out):
        sys.exit(1)


if __name__ == "__main__":
    main()

