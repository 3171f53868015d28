"""The "Print labels" dialog (pytest-qt, offscreen): the list, the layout chooser, Save PDF and Print."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit

from charitymart.domain.label_layouts import built_in_layout
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared import label_dialog as dialog_module
from charitymart.ui.office.shared.label_dialog import BARCODE, COPIES, NAME, LabelDialog
from tests.support import factories
from tests.support.labels import decode_pages, page_sizes_mm, pdf_text
from tests.support.office import english  # noqa: F401

RICE, OIL = "2000000000015", "6901234567892"


@pytest.fixture
def context(store, admin):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE, name_en="Rice 5kg"), 9)
        factories.add_item(s, name="食用油 1L", price=1850, barcode=OIL, name_en="Cooking oil 1L")
    return OfficeContext(handle=store, actor=admin, language="en", currency="CNY")


@pytest.fixture
def dialog(context, qtbot):
    widget = LabelDialog(context, [(RICE, 3), (OIL, 2)])
    qtbot.addWidget(widget)
    widget.show()
    return widget


def finish(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)


def test_the_list_shows_each_items_name_and_the_default_layout(dialog):
    assert dialog.requests() == [(RICE, 3), (OIL, 2)]
    assert [dialog.table.item(row, NAME).text() for row in range(2)] == ["Rice 5kg", "Cooking oil 1L"]
    assert dialog.current_layout().name == "a4-3x8"
    assert dialog.layout_box.currentText() == "a4-3x8: A4 sheet of 24 labels, 70 × 37 mm each"
    assert dialog.skip.maximum() == 23 and dialog.skip.isEnabled()
    dialog.select_layout("printer-40x30")
    assert dialog.layout_box.currentText() == "printer-40x30: label printer, one label of 40 × 30 mm"
    assert not dialog.skip.isEnabled()


def test_a_scanned_barcode_in_a_new_row_is_looked_up(dialog, qtbot):
    qtbot.mouseClick(next(b for b in dialog.findChildren(dialog_module.QPushButton) if b.text() == "Add a row"),
                     Qt.LeftButton)
    row = dialog.table.rowCount() - 1
    editors = dialog.table.viewport().findChildren(QLineEdit, options=Qt.FindDirectChildrenOnly)
    assert len(editors) == 1  # the new row's barcode cell is open for typing
    editor = editors[0]
    qtbot.keyClicks(editor, "6900000000000")
    qtbot.keyClick(editor, Qt.Key_Return)  # Qt commits a typed cell on the next turn of the event loop
    qtbot.waitUntil(lambda: dialog.table.item(row, BARCODE).text() == "6900000000000")
    assert dialog.table.item(row, NAME).text() == "No item has this barcode"
    dialog.table.item(row, BARCODE).setText(OIL)
    dialog.table.cellWidget(row, COPIES).setValue(4)
    assert dialog.table.item(row, NAME).text() == "Cooking oil 1L"
    assert dialog.requests() == [(RICE, 3), (OIL, 2), (OIL, 4)]
    dialog.table.selectRow(0)
    dialog.remove_selected()
    assert dialog.requests() == [(OIL, 2), (OIL, 4)]


def test_save_pdf_writes_labels_that_scan(dialog, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out" / "my labels"
    target.parent.mkdir()
    monkeypatch.setattr(dialog_module.QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), "PDF"))
    dialog.skip.setValue(1)
    dialog.fund_source.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    finish(qtbot, dialog)
    saved = target.with_suffix(".pdf")
    assert dialog.last_output == str(saved)
    assert dialog.status.text() == f"The labels were saved to {saved}"
    pages = decode_pages(saved.read_bytes(), tmp_path / "pages", built_in_layout("a4-3x8"))
    assert [(d.text, d.cell) for d in pages[0]] == [(RICE, 1), (RICE, 2), (RICE, 3), (OIL, 4), (OIL, 5)]
    assert "Donated" in pdf_text(saved.read_bytes())[0]


def test_a_refused_list_shows_why_and_writes_nothing(dialog, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "labels.pdf"
    monkeypatch.setattr(dialog_module.QFileDialog, "getSaveFileName", lambda *args, **kw: (str(target), "PDF"))
    dialog.add_request("6900000000000", 1)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    finish(qtbot, dialog)
    assert dialog.status.text() == "no item has barcode 6900000000000"
    assert not target.exists() and dialog.save_button.isEnabled()


def test_print_sends_every_page_at_actual_size_and_the_barcodes_still_scan(dialog, qtbot, tmp_path, monkeypatch,
                                                                            english):  # noqa: F811
    printed = tmp_path / "printed.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.HighResolution)
        printer.setOutputFormat(QPrinter.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(dialog, "choose_printer", pdf_printer)
    dialog.select_layout("printer-40x30")
    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
    finish(qtbot, dialog)
    assert dialog.status.text() == f"5 pages of labels were sent to {printed}"
    assert page_sizes_mm(printed.read_bytes()) == [pytest.approx((40.0, 30.0), abs=0.3)] * 5  # Qt rounds to points
    pages = decode_pages(printed.read_bytes(), tmp_path / "pages", built_in_layout("printer-40x30"))
    assert [[(d.text, d.cell) for d in page] for page in pages] == [[(RICE, 0)]] * 3 + [[(OIL, 0)]] * 2


def test_cancelling_the_print_dialog_prints_nothing(dialog, qtbot, monkeypatch):
    monkeypatch.setattr(dialog, "choose_printer", lambda: None)
    qtbot.mouseClick(dialog.print_button, Qt.LeftButton)
    assert not dialog.busy and dialog.last_output is None and dialog.status.text() == ""
