"""Screenshots of the back office's intake and consignor settlement pages at 1366x768, zh_CN and en.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_office_intake.py
(QT_QPA_PLATFORM=offscreen also works.) Builds a small store in a temp folder with the clock set
to 2 April 2026, fills an intake with a few lines and opens March's settlement of a consignor.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT))

MARCH = datetime(2026, 3, 12, 2, 0)
APRIL = datetime(2026, 4, 2, 2, 0)


def build_store(folder: Path):
    from charitymart.domain.basket import Basket
    from charitymart.services import clock
    from charitymart.services.people import parties
    from charitymart.services.sales import checkout, shifts
    from charitymart.services.sales.checkout import Payment
    from charitymart.services.stock import catalog
    from charitymart.services.stock.intake import IntakeLine, record_intake
    from charitymart.services.store.setup import create_store, open_store
    from charitymart.services.users.session import login_at_till

    clock.set_now(MARCH)
    handle = open_store(folder / "store.sqlite")
    with handle.sessions.begin() as s:
        create_store(s, name="阳光慈善超市", admin_name="李经理", admin_pin="9999")
    actor = login_at_till(handle.sessions, "T1", "9999")
    with handle.sessions.begin() as s:
        catalog.get_or_create_category(s, actor, "衣物", name_en="Clothes", default_price=1500)
        catalog.add_item(s, actor, name="大米 5kg", name_en="Rice 5kg", price=2500, barcodes=["6901234567892"])
        catalog.add_item(s, actor, name="花生油 1L", name_en="Peanut oil 1L", price=1850, barcodes=["6920000000012"])
        scarf = catalog.add_item(s, actor, name="手工围巾", name_en="Hand-knitted scarf", price=4500).id
        hat = catalog.add_item(s, actor, name="毛线帽", name_en="Wool hat", price=2800).id
        parties.add_party(s, actor, kind="person", name="张小明", phone="138 0013 8000", public_name_ok=True)
        knitters = parties.add_party(s, actor, kind="consignor", name="手工编织小组", shop_share_bp=1500).code
        record_intake(s, actor, fund_source="consigned", party_code=knitters,
                      lines=[IntakeLine(item_id=scarf, quantity=10, unit_value=3800),
                             IntakeLine(item_id=hat, quantity=10, unit_value=2200)])
        shifts.open_shift(s, actor, 10000)
        codes = {item_id: catalog.item_detail(s, item_id).barcodes[0] for item_id in (scarf, hat)}
    for scans in ([(codes[scarf], 2), (codes[hat], 1)], [(codes[scarf], 1)], [(codes[hat], 3)]):
        with handle.sessions.begin() as s:
            basket = Basket()
            for code, quantity in scans:
                checkout.add_item(s, actor, basket, code, quantity)
            checkout.complete_sale(s, actor, basket, [Payment("cash", basket.total)])
    clock.set_now(APRIL)
    return handle, actor, knitters


def fill_intake(page) -> None:
    from charitymart.services.stock import intake_desk
    from charitymart.services.stock.intake_desk import NewItem
    from charitymart.ui.office.intake.lines import LineEntry

    page.party.choose(page.context.read(lambda s: intake_desk.find_parties(s, "张小明", "donated"))[0])
    rice = page.context.read(lambda s: intake_desk.item_by_code(s, "6901234567892"))
    oil = page.context.read(lambda s: intake_desk.item_by_code(s, "6920000000012"))
    for entry in (
        LineEntry(name=rice.name, barcode=rice.barcode, quantity=4, unit_value=2500, weight_g=20_000,
                  expiry=date(2026, 12, 31), condition=page.form.tr("new"), item_id=rice.item_id),
        LineEntry(name=oil.name, barcode=oil.barcode, quantity=6, unit_value=1850, weight_g=5_500,
                  expiry=date(2027, 3, 1), condition=page.form.tr("new"), item_id=oil.item_id),
        LineEntry(name="儿童羽绒服", barcode="", quantity=2, unit_value=3000, weight_g=1_200,
                  condition=page.form.tr("good"), new_item=NewItem(name="儿童羽绒服", price=3000, category="衣物")),
    ):
        page.model.add(entry)
    page._refresh_totals()
    page.conditions.setText("优先给低保家庭")
    page.receipt_code.setText("11010126")
    page.receipt_number.setText("0000123")
    page.form.find.setText("hsy")
    page.form.search.request("hsy")  # the list of matches shows as it does while typing


def main() -> None:
    from charitymart.ui.messages import install_translators
    from charitymart.ui.office.context import OfficeContext
    from charitymart.ui.office.intake.area import pages
    from charitymart.ui.theme import load_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CHARITYMART_HOME"] = str(Path(tmp) / "home")
        handle, actor, knitters = build_store(Path(tmp))
        for language in ("zh_CN", "en"):
            translators = install_translators(app, language)
            context = OfficeContext(handle, actor, language, "CNY")
            intake_page, settlement_page = pages(context)
            for page in (intake_page, settlement_page):
                page.resize(1366, 768)
            fill_intake(intake_page)
            intake_page.show()
            QTest.qWait(600)
            context.jobs.wait()
            QTest.qWait(200)
            intake_page.grab().save(str(OUT / f"office-intake-{language}.png"))
            intake_page.hide()
            settlement_page.month.setCurrentIndex(settlement_page.month.findText("2026-03"))
            settlement_page.consignor.setCurrentIndex(settlement_page.consignor.findData(knitters))
            settlement_page.show()
            QTest.qWait(300)
            context.jobs.wait()
            QTest.qWait(200)
            settlement_page.grab().save(str(OUT / f"office-settlement-{language}.png"))
            settlement_page.hide()
            for page in (intake_page, settlement_page):
                page.deleteLater()
            QTest.qWait(50)
            print("wrote", OUT / f"office-intake-{language}.png", OUT / f"office-settlement-{language}.png")
            del translators
        handle.close()


if __name__ == "__main__":
    main()
