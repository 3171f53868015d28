"""Collection slips for signature at the counter: printed on the ESC/POS receipt printer (both
copies, read back from python-escpos's Dummy), marked COPY when printed again (F4), and drawn
by the Qt printer painter with their signature lines."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charitymart.db.models import Sale
from charitymart.reports.collection_slip import CollectionSlip, SlipLine
from charitymart.ui.counter.household_dialog import HouseholdDialog
from tests.ui.counter.test_counter_household import (  # noqa: F401  (window: fixture)
    RICE,
    answer,
    scan,
    settle,
    type_enter,
    window,
)


def test_free_collection_prints_its_slip_for_signature_on_the_thermal_printer(window, store, admin, qtbot,  # noqa: F811
                                                                            tmp_path):
    from charitymart.services.sales import drawer
    from charitymart.services.store import settings

    with store.sessions.begin() as s:
        settings.update_settings(s, admin, receipt_output="printer", receipt_paper="58mm",
                                 receipt_printer_kind="escpos-dummy", cash_drawer="none",
                                 collection_slip_copies="2", receipt_folder=str(tmp_path / "receipts"))
    drawer.reset_dummy()
    try:
        scan(qtbot, window, "2*" + RICE)
        answer(window, HouseholdDialog, lambda d: qtbot.keyClick(d.card, Qt.Key_F8))
        type_enter(qtbot, window.sale_page.scan, "H0001")
        assert window.receipt_output.wait()
        qtbot.waitUntil(lambda: drawer.dummy_device().output.count(b"\x1dV\x00") == 2)
        sent = drawer.dummy_device().output
        with store.sessions() as s:
            number = s.scalar(select(Sale.receipt_number).where(Sale.kind == "collection"))
        assert number in window.sale_page.status.text()
        jobs = sent.split(b"\x1bd\x06\x1dV\x00")  # each copy is cut off on its own
        assert len(jobs) == 3 and jobs[2] == b""
        shop, household = (part.removeprefix(b"\x1b@\x1c&").replace(b"\x1bE\x01", b"").replace(b"\x1bE\x00", b"")
                           .decode("gb18030") for part in jobs[:2])
        for copy in (shop, household):
            assert number in copy and "H0001" in copy and "大米 5kg" in copy and "￥50.00" in copy
            assert "张三" not in copy  # the household's name never prints
            assert all(len(line.encode("gb18030")) <= 32 for line in copy.split("\n"))
        signature_lines = [line for line in shop.split("\n") if line.endswith("____")]
        assert len(signature_lines) == 2 and all(len(line.encode("gb18030")) == 32 for line in signature_lines)
        assert not any(line.endswith("____") for line in household.split("\n"))  # the shop's copy is signed
        assert not (tmp_path / "receipts").exists()  # printed: no PDF slip as well
        assert not shop.startswith("*" * 32)  # the first print is an original
        drawer.reset_dummy()
        assert window.receipt_output.output(number, reprint=True) == "printer"  # F4
        assert window.receipt_output.wait()
        qtbot.waitUntil(lambda: drawer.dummy_device().output.count(b"\x1dV\x00") == 2)
        again = drawer.dummy_device().output.split(b"\x1bd\x06\x1dV\x00")[0].removeprefix(b"\x1b@\x1c&")
        assert again.startswith(b"\x1bE\x01" + b"*" * 32 + b"\n")  # marked COPY at the top
    finally:
        drawer.reset_dummy()
    settle(qtbot, window)


def test_the_qt_printer_draws_the_slip_with_its_signature_lines(tmp_path, qtbot):
    import io

    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from charitymart.reports.collection_slip import slip_rows
    from charitymart.ui.counter.receipt_output import paint_receipt

    slip = CollectionSlip(store_name="Sunshine Charity Shop", receipt_number="T1-2026-000009",
                          when=datetime(2026, 3, 10, 10), card_number="H0001",
                          lines=(SlipLine("Rice 5 kg", 2, 2500, 5000),), allowance_used=5000, allowance_remaining=0,
                          language="en")
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "slip.pdf"
    printer.setOutputFileName(str(out))
    paint_receipt(printer, slip_rows(slip), "80mm", QApplication.font().family())
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages).split())
    assert "T1-2026-000009" in text and "H0001" in text and "Signature:" in text and "Date:" in text
    assert "Shop copy" in text
