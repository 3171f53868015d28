"""F8 household card (allowance, free collection with its slip) and F7 time-bank points, driven by
the keyboard only, as a volunteer does (pytest-qt, offscreen)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charitymart import paths
from charitymart.db.models import AllowanceEntry, Sale, Tender, TimebankEntry
from charitymart.reports.collection_slip import CollectionSlip, SlipLine, build_pdf
from charitymart.services.context import get_store
from charitymart.ui.app import build_window
from charitymart.ui.counter.household_dialog import HouseholdDialog
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.counter.points_dialog import PointsDialog
from tests.support import factories
from tests.support.counter import snapshot

RICE, OIL, SOAP = "6901234567892", "6920000000012", "6930000000011"
SAVE_WAIT_MS = 450  # longer than the sale screen's delayed save of the open basket
LEFT_OPEN_MS = 5000


@pytest.fixture
def window(store, qtbot):
    with store.sessions.begin() as s:
        rice = factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE)
        oil = factories.add_item(s, name="食用油 1L", price=1850, barcode=OIL)
        soap = factories.add_item(s, name="洗衣液", price=1000, barcode=SOAP, allowance_ok=False, name_en="Soap")
        for item in (rice, oil, soap):
            factories.add_lot(s, item, 20)
        factories.add_beneficiary(s, "H0001", amount=5000, name="张三")
        factories.add_beneficiary(s, "H0002", amount=15000, visit_limit=1, name="李四")
        factories.add_beneficiary(s, "H0003", amount=15000, valid_until=date(2026, 3, 1), name="王五")
        factories.add_volunteer(s, "V001", points_x100=2000, name="李志愿")
    win = build_window(store, language="zh_CN")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    type_enter(qtbot, win.login_page.pin, "9999")
    type_enter(qtbot, win.float_page.amount, "100")
    assert win.stack.currentWidget() is win.sale_page
    return win


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def answer(window, cls, handler, tries=100):
    """Run `handler(dialog)` once a modal `cls` dialog is showing and active (a modal dialog blocks the test)."""
    def check(left=tries):
        dialog = next((w for w in window.findChildren(cls) if w.isVisible()), None)
        if dialog is None or QApplication.activeWindow() is not dialog:
            if left:
                QTimer.singleShot(20, lambda: check(left - 1))
            return
        try:
            handler(dialog)
        except BaseException:
            dialog.reject()
            raise
        QTimer.singleShot(LEFT_OPEN_MS, lambda: close_if_open(dialog))
    QTimer.singleShot(20, check)


def close_if_open(dialog):
    """A handler that leaves its dialog open would block the test forever: close it and fail."""
    try:
        still_open = dialog.isVisible()
    except RuntimeError:  # already deleted
        return
    if still_open:
        dialog.reject()
        raise AssertionError(f"{type(dialog).__name__} was left open")


def all_text(dialog) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
    parts = [w.text() for cls in (QLabel, QLineEdit, QAbstractButton) for w in dialog.findChildren(cls)]
    return "\n".join(parts)


def plain(text: str) -> str:
    return text.replace("\xa0", "")


def settle(qtbot, window):
    """Wait until the main window is active again after a dialog (as a person's next key would)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window and window.focusWidget() is window.sale_page.scan)


def scan(qtbot, window, *codes):
    for code in codes:
        type_enter(qtbot, window.sale_page.scan, code)


def settled_snapshot(qtbot, store):
    qtbot.wait(SAVE_WAIT_MS)
    return snapshot(store)


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    from pypdf import PdfReader
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_allowance_pays_part_and_cash_the_rest(window, store, qtbot):
    page = window.sale_page
    scan(qtbot, window, "3*" + RICE, SOAP)  # ¥75 payable by allowance + ¥10 not payable
    seen = {}

    def household(dialog):
        seen["text"] = all_text(dialog)
        seen["remaining"] = plain(dialog.facts["remaining"].text())
        answer(window, PaymentDialog, payment)
        qtbot.keyClick(dialog.card, Qt.Key_Return)  # pay with the allowance

    def payment(dialog):
        seen["cash"] = dialog.cash.text()
        seen["taken"] = plain(dialog.taken.text())
        dialog.cash.selectAll()
        type_enter(qtbot, dialog.cash, "50")

    answer(window, HouseholdDialog, household)
    type_enter(qtbot, page.scan, "H0001")  # the scanner reads the household card
    assert "H0001" in seen["text"] and "张三" not in seen["text"]  # card number, never the name
    assert seen["remaining"].startswith("¥50.00")
    assert seen["cash"] == "35.00" and "50.00" in seen["taken"]
    assert "15.00" in page.status.text()  # change
    with store.sessions() as s:
        sale = s.scalar(select(Sale))
        assert (sale.kind, sale.total) == ("sale", 8500) and sale.beneficiary_id is not None
        tenders = {t.kind: (t.amount, t.received, t.change) for t in s.scalars(select(Tender))}
        assert tenders == {"allowance": (5000, 0, 0), "cash": (3500, 5000, 1500)}
        uses = s.scalars(select(AllowanceEntry).where(AllowanceEntry.kind == "use")).all()
        assert [(u.amount, u.sale_id) for u in uses] == [(-5000, sale.id)]
    assert window.controller.payments == [] and window.controller.context.beneficiary_card is None
    settle(qtbot, window)


def test_card_scanned_before_the_goods_is_remembered(window, store, qtbot):
    page = window.sale_page
    answer(window, HouseholdDialog, lambda d: qtbot.keyClick(d.card, Qt.Key_Return))
    type_enter(qtbot, page.scan, "H0001")
    assert window.controller.context.beneficiary_card == "H0001"
    assert "H0001" in page.status.text() and "H0001" in page.card.text()
    settle(qtbot, window)
    scan(qtbot, window, OIL)

    def household(dialog):
        assert dialog.card.text() == "H0001" and dialog.view is not None  # filled in and looked up
        answer(window, PaymentDialog, lambda d: qtbot.keyClick(d.cash, Qt.Key_Return))
        qtbot.keyClick(dialog.card, Qt.Key_Return)

    answer(window, HouseholdDialog, household)
    qtbot.keyClick(page.scan, Qt.Key_F8)
    with store.sessions() as s:
        assert {t.kind: t.amount for t in s.scalars(select(Tender))} == {"allowance": 1850}
    settle(qtbot, window)


def test_collection_over_the_allowance_is_refused_and_changes_nothing(window, store, qtbot):
    page = window.sale_page
    scan(qtbot, window, "3*" + RICE)  # ¥75, the household has ¥50 left
    before = settled_snapshot(qtbot, store)
    seen = {}

    def household(dialog):
        type_enter(qtbot, dialog.card, "H0001")  # typed, not scanned: Enter looks it up
        assert dialog.view is not None and dialog.collect_button.isEnabled()
        qtbot.keyClick(dialog.card, Qt.Key_F8)  # free collection
        seen["error"] = plain(dialog.error.text())
        seen["open"] = dialog.isVisible()
        qtbot.keyClick(dialog.card, Qt.Key_Escape)

    answer(window, HouseholdDialog, household)
    qtbot.keyClick(page.scan, Qt.Key_F8)
    assert seen["open"] and "¥75.00" in seen["error"] and "¥50.00" in seen["error"]
    assert [(l.barcode, l.quantity) for l in window.controller.basket.lines] == [(RICE, 3)]
    assert window.controller.payments == [] and window.controller.context.beneficiary_card is None
    assert settled_snapshot(qtbot, store) == before
    settle(qtbot, window)


def test_collection_of_an_item_not_payable_by_allowance_is_refused(window, store, qtbot):
    scan(qtbot, window, RICE, SOAP)
    before = settled_snapshot(qtbot, store)
    seen = {}

    def household(dialog):
        qtbot.keyClick(dialog.card, Qt.Key_F8)
        seen["error"] = dialog.error.text()
        qtbot.keyClick(dialog.card, Qt.Key_Escape)

    answer(window, HouseholdDialog, household)
    type_enter(qtbot, window.sale_page.scan, "H0001")
    assert "洗衣液" in seen["error"]
    assert len(window.controller.basket.lines) == 2
    assert settled_snapshot(qtbot, store) == before


def test_visit_limit_refused_with_the_basket_unchanged(window, store, qtbot):
    page = window.sale_page
    scan(qtbot, window, OIL)

    def first_visit(dialog):
        answer(window, PaymentDialog, lambda d: qtbot.keyClick(d.cash, Qt.Key_Return))
        qtbot.keyClick(dialog.card, Qt.Key_Return)

    answer(window, HouseholdDialog, first_visit)
    type_enter(qtbot, page.scan, "H0002")
    with store.sessions() as s:
        assert s.scalar(select(Sale)).total == 1850
    settle(qtbot, window)
    scan(qtbot, window, RICE)
    before = settled_snapshot(qtbot, store)
    seen = {}

    def second_visit(dialog):
        seen["visits"] = dialog.facts["visits"].text()
        seen["buttons"] = (dialog.pay_button.isEnabled(), dialog.collect_button.isEnabled())
        qtbot.keyClick(dialog.card, Qt.Key_Return)  # Enter again: still refused
        qtbot.keyClick(dialog.card, Qt.Key_F8)
        seen["error"] = dialog.error.text()
        seen["open"] = dialog.isVisible()
        qtbot.keyClick(dialog.card, Qt.Key_Escape)

    answer(window, HouseholdDialog, second_visit)
    type_enter(qtbot, page.scan, "H0002")
    assert seen["open"] and seen["buttons"] == (False, False)
    assert "1" in seen["visits"] and "2026-04-01" in seen["error"]  # next quarter
    assert [(l.barcode, l.quantity) for l in window.controller.basket.lines] == [(RICE, 1)]
    assert window.controller.payments == []
    assert settled_snapshot(qtbot, store) == before
    settle(qtbot, window)


def test_expired_card_refused(window, store, qtbot):
    scan(qtbot, window, RICE)
    before = settled_snapshot(qtbot, store)
    seen = {}

    def household(dialog):
        seen["error"] = dialog.error.text()
        qtbot.keyClick(dialog.card, Qt.Key_Return)
        qtbot.keyClick(dialog.card, Qt.Key_F8)
        seen["open"] = dialog.isVisible()
        qtbot.keyClick(dialog.card, Qt.Key_Escape)

    answer(window, HouseholdDialog, household)
    type_enter(qtbot, window.sale_page.scan, "H0003")
    assert seen["open"] and "2026-03-01" in seen["error"]
    assert window.controller.payments == [] and window.controller.context.beneficiary_card is None
    assert settled_snapshot(qtbot, store) == before


def test_free_collection_with_delivery_writes_the_slip(window, store, qtbot, home):
    page = window.sale_page
    scan(qtbot, window, "2*" + RICE)  # ¥50.00: exactly what H0001 has left
    seen = {}

    def household(dialog):
        assert not dialog.delivery_note.isVisible()
        qtbot.keyClick(dialog.card, Qt.Key_D, Qt.AltModifier)  # home delivery
        seen["delivery"] = dialog.delivery.isChecked()
        # H0001 has no address on file: said (in amber), and the address itself is never shown
        seen["note"] = (dialog.delivery_note.isVisible(), "#a15c00" in dialog.delivery_note.styleSheet())
        qtbot.keyClick(dialog.card, Qt.Key_F8)

    answer(window, HouseholdDialog, household)
    type_enter(qtbot, page.scan, "H0001")
    assert seen["delivery"] and seen["note"] == (True, True)
    with store.sessions() as s:
        sale = s.scalar(select(Sale))
        assert (sale.kind, sale.total, sale.delivery) == ("collection", 5000, True)
        assert [(t.kind, t.amount) for t in s.scalars(select(Tender))] == [("allowance", 5000)]
        use = s.scalar(select(AllowanceEntry).where(AllowanceEntry.kind == "use"))
        assert (use.amount, use.sale_id) == (-5000, sale.id)
    slip = paths.data_dir() / "receipts" / "2026-03" / f"collection-{sale.receipt_number}.pdf"
    assert slip.is_file() and str(slip) in page.status.text()
    text = pdf_text(slip)
    assert "H0001" in text and "大米 5kg" in text and sale.receipt_number in text
    assert "张三" not in text
    assert window.controller.basket.lines == [] and window.controller.context.collection is False
    settle(qtbot, window)


def test_collection_slip_goes_to_the_store_receipt_folder(window, store, qtbot, tmp_path):
    with store.sessions.begin() as s:
        get_store(s).receipt_folder = str(tmp_path / "slips")
    scan(qtbot, window, OIL)
    answer(window, HouseholdDialog, lambda d: qtbot.keyClick(d.card, Qt.Key_F8))
    type_enter(qtbot, window.sale_page.scan, "H0002")
    slips = list((tmp_path / "slips").rglob("collection-*.pdf"))
    assert len(slips) == 1 and str(slips[0]) in window.sale_page.status.text()
    assert "H0002" in pdf_text(slips[0]) and "李四" not in pdf_text(slips[0])


def test_pay_with_time_bank_points(window, store, qtbot):
    page = window.sale_page
    scan(qtbot, window, RICE)  # ¥25.00; V001 has 20 points worth ¥20.00
    seen = {}

    def points(dialog):
        type_enter(qtbot, dialog.code, "V001")
        seen["balance"] = dialog.facts["balance"].text()
        seen["value"] = plain(dialog.facts["value"].text())
        answer(window, PaymentDialog, payment)
        qtbot.keyClick(dialog.code, Qt.Key_Return)

    def payment(dialog):
        seen["cash"] = dialog.cash.text()
        qtbot.keyClick(dialog.cash, Qt.Key_Return)

    answer(window, PointsDialog, points)
    qtbot.keyClick(page.scan, Qt.Key_F7)
    assert seen == {"balance": "20", "value": "¥20.00", "cash": "5.00"}
    with store.sessions() as s:
        sale = s.scalar(select(Sale))
        tenders = {t.kind: (t.amount, t.points_x100) for t in s.scalars(select(Tender))}
        assert tenders == {"points": (2000, 2000), "cash": (500, 0)}
        spend = s.scalar(select(TimebankEntry).where(TimebankEntry.kind == "spend"))
        assert (spend.points_x100, spend.sale_id) == (-2000, sale.id)
    settle(qtbot, window)


def test_unknown_household_card_typed_in_the_dialog(window, qtbot):
    seen = {}

    def household(dialog):
        type_enter(qtbot, dialog.card, "H9999")
        seen["error"] = dialog.error.text()
        seen["enabled"] = dialog.pay_button.isEnabled()
        qtbot.keyClick(dialog.card, Qt.Key_Escape)

    answer(window, HouseholdDialog, household)
    qtbot.keyClick(window.sale_page.scan, Qt.Key_F8)
    assert "H9999" in seen["error"] and not seen["enabled"]
    assert window.controller.context.beneficiary_card is None


def test_slip_pdf_embeds_the_font_and_shows_no_name():
    slip = CollectionSlip(store_name="阳光慈善超市", receipt_number="T1-2026-000009", when=datetime(2026, 3, 10, 10),
                          card_number="H0042", lines=(SlipLine("大米 5kg", 2, 2500, 5000),), allowance_used=5000,
                          allowance_remaining=10000, delivery=True)
    data = build_pdf(slip)
    assert data.startswith(b"%PDF") and b"WenQuanYi" in data and b"FontFile2" in data


@pytest.fixture(autouse=True)
def _no_beep(monkeypatch):
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
