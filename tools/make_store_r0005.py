"""Make tests/data/store-r0005-late-intake.sqlite: a store written by revision 0005's code in
which goods came in on paper weeks before anyone typed them in (issue 12, item 2).

    .venv/bin/python tools/make_store_r0005.py      # only at revision 0005 (it checks)

Revision 0005 dated every stock movement by the moment it was typed in, so the store's stock
history is wrong; tests/db/test_business_date_migration.py upgrades a copy and checks that the
as-of figures come out right. Never regenerate it with newer code: it stands for a counter PC
that ran the release with the bug. What it holds (times in Shanghai):

- 10 Feb: init, the example catalog and donors, 5 rice donated that day.
- 2 Mar: February published (closed through 28 Feb; its month-end stock snapshot says 5).
- 15 Apr: the example donations file (135 units dated 2-8 March) imported; an intake dated
  20 Feb entered as a correction (3 units); two rice sold; one oil sold and voided.
- 16 Apr: one rice refunded back to stock, one rice refunded not restocked, 2 units written off.
- 30 Apr, 20:00: a stocktake counts 10 of an item the ledger says 12 of, and 7 of one it says 6 of;
  posted 1 May, 09:00.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "data" / "store-r0005-late-intake.sqlite"
EXAMPLES = ROOT / "docs" / "examples"
sys.path.insert(0, str(ROOT))

PIN = "1234"
RICE, OIL, NOODLES, SOAP, TOWELS, SAUCE = ("6901234567014", "6901234567021", "6901234567038",
                                           "6901234567045", "6901234567076", "6901234567052")


def utc(day: date, hour: int, minute: int = 0) -> datetime:
    """Shanghai wall-clock time as naive UTC."""
    return datetime(day.year, day.month, day.day, hour, minute) - (datetime(2000, 1, 1, 8) - datetime(2000, 1, 1))


def sell(handle, actor, code: str, quantity: int) -> str:
    from charitymart.domain.basket import Basket
    from charitymart.services.sales import checkout
    from charitymart.services.sales.checkout import Payment

    with handle.sessions.begin() as s:
        basket = Basket()
        checkout.add_item(s, actor, basket, code, quantity)
        return checkout.complete_sale(s, actor, basket, [Payment("cash", basket.total)]).receipt_number


def item_id(s, code: str) -> int:
    from sqlalchemy import select

    from charitymart.db.models import Barcode

    return s.scalar(select(Barcode.item_id).where(Barcode.code == code))


def main() -> None:
    os.environ["CHARITYMART_HOME"] = tempfile.mkdtemp(prefix="charitymart-r0005-store-")
    from sqlalchemy import select

    from charitymart.cli import main as cli
    from charitymart.db import migrate
    from charitymart.db.models import Sale, SaleLine
    from charitymart.services import clock
    from charitymart.services.reporting import closing
    from charitymart.services.sales import refunds, shifts
    from charitymart.services.stock import control, intake
    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify import verify
    from charitymart.services.users.session import login_at_till

    if migrate.head_revision() != "0005":
        raise SystemExit(f"this code is at revision {migrate.head_revision()}, not 0005")
    TARGET.unlink(missing_ok=True)
    db = str(TARGET)

    clock.set_now(utc(date(2026, 2, 10), 10))
    assert cli(["init", "--db", db, "--store-name", "晚录慈善超市", "--admin-name", "管理员", "--admin-pin", PIN]) == 0
    for kind in ("catalog", "donors"):
        assert cli(["import", kind, "--db", db, str(EXAMPLES / f"{kind}.csv")]) == 0
    handle = open_store(TARGET)
    try:
        actor = login_at_till(handle.sessions, "T1", PIN)
        with handle.sessions.begin() as s:
            intake.record_intake(s, actor, fund_source="donated", party_code="D00001",
                                 lines=[intake.IntakeLine(barcode=RICE, quantity=5, unit_value=2000)])

        clock.set_now(utc(date(2026, 3, 2), 10))
        with handle.sessions.begin() as s:
            closing.publish_month(s, actor, 2026, 2)
    finally:
        handle.close()

    clock.set_now(utc(date(2026, 4, 15), 10))
    assert cli(["import", "donations", "--db", db, str(EXAMPLES / "donations.csv")]) == 0
    handle = open_store(TARGET)
    try:
        actor = login_at_till(handle.sessions, "T1", PIN)
        with handle.sessions.begin() as s:
            intake.record_intake(s, actor, fund_source="donated", received_on=date(2026, 2, 20),
                                 correction_reason="delivery note found in the back office",
                                 lines=[intake.IntakeLine(barcode=SAUCE, quantity=3, unit_value=300)])
        with handle.sessions.begin() as s:
            shifts.open_shift(s, actor, 10000)
        rice_sale = sell(handle, actor, RICE, 2)
        clock.set_now(utc(date(2026, 4, 15), 11))
        oil_sale = sell(handle, actor, OIL, 1)
        with handle.sessions.begin() as s:
            refunds.void_sale(s, actor, oil_sale, "rang up the wrong item")

        clock.set_now(utc(date(2026, 4, 16), 11))
        with handle.sessions.begin() as s:
            line = s.scalar(select(SaleLine).join(Sale, Sale.id == SaleLine.sale_id)
                            .where(Sale.receipt_number == rice_sale))
            refunds.refund(s, actor, rice_sale, [refunds.RefundLine(line.id, 1, True)], reason="changed mind")
        with handle.sessions.begin() as s:
            refunds.refund(s, actor, rice_sale, [refunds.RefundLine(line.id, 1, False)], reason="bag torn")
        with handle.sessions.begin() as s:
            control.adjust(s, actor, item_id(s, NOODLES), None, -2, "damaged", "crushed box")

        clock.set_now(utc(date(2026, 4, 30), 20))
        with handle.sessions.begin() as s:
            sheet = control.start_stocktake(s, actor, "month end")
            control.record_count(s, actor, sheet.id, item_id(s, TOWELS), 10)
            control.record_count(s, actor, sheet.id, item_id(s, SOAP), 7)
            sheet_id = sheet.id
        clock.set_now(utc(date(2026, 5, 1), 9))
        with handle.sessions.begin() as s:
            control.post_stocktake(s, actor, sheet_id)
        with handle.readers() as s:
            report = verify(s)
            assert report.ok, report.problems
    finally:
        handle.close()
    con = sqlite3.connect(TARGET)
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # one self-contained file, in WAL mode like every store
    con.close()
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
