"""Build the store the real-window tests run the counter on: `python make_store.py DB FOLDER`.

A short demo store (two days of activity, the demo's users and PINs, and household H9001 for
home deliveries), receipts saved as PDFs in
FOLDER/receipts and the cash drawer on a device file FOLDER/drawer.bin, so a test can read the
ESC/POS pulse the counter sent. Run in its own process with the app's CHARITYMART_HOME."""

from __future__ import annotations

import sys
from pathlib import Path

from charitymart.services.demo.build import build_demo
from charitymart.services.store import settings
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till
from tests.support import factories

ADMIN_PIN = "1234"
DELIVERY_CARD = "H9001"  # a household with a large allowance and an address: home deliveries


def main(db: str, folder: str) -> int:
    handle = open_store(db)
    try:
        build_demo(handle.sessions, days=2)
        admin = login_at_till(handle.sessions, "T1", ADMIN_PIN)
        with handle.sessions.begin() as s:
            settings.update_settings(s, admin, receipt_output="pdf", receipt_folder=str(Path(folder) / "receipts"),
                                     cash_drawer=f"file:{Path(folder) / 'drawer.bin'}")
            household = factories.add_beneficiary(s, DELIVERY_CARD, amount=100000, period="month", name="送货户")
            household.address = "幸福路 8 号 3 单元 502"
    finally:
        handle.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
