"""Make tests/data/store-r0005-corrections.sqlite: a store written by revision 0005's code with
a published month and corrections entered before correction categories existed (revision 0007).

    .venv/bin/python tools/make_correction_store.py      # only with revision 0005's code (it checks)

March 2026 is published; in April an intake, a cash donation and volunteer hours dated in March
are entered as corrections whose free-text reasons name a donor and a phone number. After the
upgrade the April report must show them as "Other (not recorded)" without the reasons, and the
published March report must still match its published figures. Never regenerate it with newer
code: it stands for a shop that ran the earlier release.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
from datetime import date, datetime, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "data" / "store-r0005-corrections.sqlite"
sys.path.insert(0, str(ROOT))
GOODS_REASON = "陈秘密 13912345678 brought a second bag"
CASH_REASON = "cash from Wang Xiaoming 13800001111 counted late"
HOURS_REASON = "sign-in sheet from Li Lei 13700002222"


def main() -> None:
    os.environ["CHARITYMART_HOME"] = tempfile.mkdtemp(prefix="charitymart-correction-store-")
    from charitymart.db import migrate
    from charitymart.services import clock
    from charitymart.services.people import hours, volunteers
    from charitymart.services.reporting import closing
    from charitymart.services.stock import catalog, intake
    from charitymart.services.stock.intake import IntakeLine
    from charitymart.services.store.setup import create_store, open_store
    from charitymart.services.users.session import login_at_till

    if migrate.head_revision() != "0005":
        raise SystemExit(f"this code is at revision {migrate.head_revision()}, not 0005")
    TARGET.unlink(missing_ok=True)
    clock.set_now(datetime(2026, 3, 10, 2, 0))
    handle = open_store(TARGET)
    try:
        with handle.sessions.begin() as s:
            create_store(s, name="更正测试慈善超市", admin_name="Admin", admin_pin="9999")
        admin = login_at_till(handle.sessions, "T1", "9999")
        with handle.sessions.begin() as s:
            catalog.add_item(s, admin, name="肥皂", price=300, barcodes=["2000000000015"])
            volunteers.register(s, admin, code="V100", name="司马志愿")
        with handle.sessions.begin() as s:
            intake.record_intake(s, admin, fund_source="donated", received_on=date(2026, 3, 2),
                                 lines=[IntakeLine(barcode="2000000000015", quantity=10, unit_value=250)])
        clock.set_now(datetime(2026, 4, 2, 2, 0))
        with handle.sessions.begin() as s:
            closing.publish_month(s, admin, 2026, 3)
        with handle.sessions.begin() as s:
            intake.record_intake(s, admin, fund_source="donated", received_on=date(2026, 3, 20),
                                 lines=[IntakeLine(barcode="2000000000015", quantity=7, unit_value=300)],
                                 correction_reason=GOODS_REASON)
            intake.record_cash_donation(s, admin, None, 2000, received_on=date(2026, 3, 31),
                                        correction_reason=CASH_REASON)
            entry = hours.add_manual_entry(s, admin, "V100", date(2026, 3, 20),
                                           hours.local_time_utc(s, date(2026, 3, 20), time(9, 0)), minutes=90,
                                           correction_reason=HOURS_REASON)
            hours.approve(s, admin, entry.id)
    finally:
        handle.close()
    con = sqlite3.connect(TARGET)
    con.execute("VACUUM")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
