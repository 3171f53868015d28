"""List stored refunds that gave the household allowance more than it paid for the lines refunded.

Run: `.venv/bin/python tools/check_refund_splits.py [PATH|URL]` (default: the store in the user
data folder). Read-only; exit 1 if any refund was split wrongly (refunds made before issue 12.3).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from charitymart.domain.money import format_plain
from charitymart.services.sales.refund_audit import misallocated_refunds
from charitymart.services.store.setup import open_store


def main(argv: list[str]) -> int:
    handle = open_store(argv[0] if argv else None, migrate_schema=False)
    try:
        with handle.readers() as s:
            problems = misallocated_refunds(s)
    finally:
        handle.close()
    for p in problems:
        print(f"{p.refund_number} (of {p.sale_number}): allowance got back {format_plain(p.allowance_back)} "
              f"in all, at most {format_plain(p.allowance_due)} was its share")
    print(f"{len(problems)} refunds gave the allowance more than its share")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
