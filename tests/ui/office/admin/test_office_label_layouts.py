"""The label layouts page (pytest-qt, offscreen, English): a layout typed in, saved, made the
default and then used for item labels; a wrong field named as typed with nothing saved; a
built-in layout that can't be deleted."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import select

from charitymart.db.models import AuditEvent, Store
from charitymart.services.errors import ValidationError
from charitymart.services.stock import labels
from charitymart.ui.office.admin.label_layouts_page import LabelLayoutsPage
from tests.support import factories
from tests.support.office_people import office_context

MM = 72 / 25.4


@pytest.fixture
def context(store, admin, qapp):
    return office_context(store, admin)


@pytest.fixture
def page(context, qtbot):
    widget = LabelLayoutsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def type_into(qtbot, field, text):
    field.selectAll()
    qtbot.keyClick(field, Qt.Key_Backspace)
    qtbot.keyClicks(field, text)


def saved_extra(store) -> dict:
    with store.sessions() as s:
        return json.loads(s.get(Store, 1).extra or "{}")


def actions(store) -> list[str]:
    with store.sessions() as s:
        return s.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()


def select_layout(page, name):
    page.table.selectRow(next(i for i, layout in enumerate(page.layouts) if layout.name == name))


def test_the_list_shows_the_built_in_layouts_and_the_default(page):
    assert [page.table.cell_text(r, 0) for r in range(page.table.rowCount())] == \
        ["a4-3x8 (default)", "a4-4x10", "a4-5x13", "printer-40x30", "printer-50x30"]
    assert page.table.cell_text(0, 2) == "8 x 3 = 24" and page.table.cell_text(0, 3) == "70 x 37"


def test_a_typed_layout_is_saved_made_the_default_and_used_for_item_labels(page, store, qtbot):
    values = {"name": "A5 2x5", "page": "A5", "rows": "5", "columns": "2", "margin_top": "5",
              "margin_bottom": "5", "margin_left": "4.5", "margin_right": "4.5", "gap_x": "3", "gap_y": "0"}
    for key, text in values.items():
        type_into(qtbot, page.edits[key], text)
    assert page.problem.text() == ""
    assert page.size_line.text() == "10 labels of 68 x 40 mm on each page."
    assert page.preview.layout_shown.label_size == (68.0, 40.0)
    qtbot.keyClick(page.edits["gap_y"], Qt.Key_Return)
    assert page.message.text() == "The layout A5 2x5 was saved."
    assert saved_extra(store)["label_layouts"]["A5 2x5"]["columns"] == 2
    assert page.selected().name == "A5 2x5" and page.delete_button.isEnabled()
    page.default_button.click()
    assert saved_extra(store)["label_default_layout"] == "A5 2x5"
    assert page.table.cell_text(page.table.rowCount() - 1, 0) == "A5 2x5 (default)"
    assert actions(store)[-2:] == ["labels.layout_save", "labels.layout_default"]
    with store.sessions.begin() as s:
        factories.add_item(s, name="大米", price=2500, barcode="2000000000015")
    with store.readers() as s:
        pdf = labels.item_labels_pdf(s, [("2000000000015", 12)], None, "en")  # no layout named: the default
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 2  # 12 labels, 10 to a sheet
    box = pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (148, 210)


@pytest.mark.parametrize("key, typed, shown", [
    ("rows", "0", "Rows: rows must be a whole number from 1 to 40"),
    ("margin_left", "abc", "Left margin (mm): the left margin must be a number of millimetres from 0 to 100"),
    ("page", "B5", "Page: the page must be A4, A5, Letter, or width x height in millimetres such as 40x30"),
    ("columns", "9", ("Columns: the labels would be 23.3 mm wide, and a label needs at least 30 mm: "
                      "use fewer columns or smaller margins or gaps")),
    ("name", "a4-4x10", "Name: a4-4x10 is a built-in layout; choose another name."),
])
def test_a_wrong_field_is_named_as_typed_and_nothing_is_saved(page, store, qtbot, key, typed, shown):
    type_into(qtbot, page.edits["name"], "My sheet")
    assert page.save_button.isEnabled()
    before = (saved_extra(store), actions(store))
    type_into(qtbot, page.edits[key], typed)
    assert page.problem.text() == shown
    assert ERROR_MARK in page.edits[key].styleSheet()
    assert not page.save_button.isEnabled() and page.preview.layout_shown is None
    qtbot.keyClick(page.edits[key], Qt.Key_Return)
    assert (saved_extra(store), actions(store)) == before


ERROR_MARK = "#b00020"


def test_a_built_in_layout_is_copied_not_deleted(page, store, context, qtbot):
    select_layout(page, "a4-5x13")
    assert not page.delete_button.isEnabled() and page.edit_button.isEnabled()
    page.edit_button.click()
    assert page.edits["name"].text() == "" and page.edits["gap_x"].text() == "2.5"
    assert page.problem.text() == "Name: the layout needs a name"
    with store.sessions.begin() as s, pytest.raises(ValidationError, match="built-in layout and can't be removed"):
        labels.delete_layout(s, context.actor, "a4-5x13")


def test_the_stores_own_layout_is_deleted_and_the_built_in_default_returns(page, store, context, qtbot):
    with store.sessions.begin() as s:
        labels.save_layout(s, context.actor, {"name": "roll", "page": "60x40", "rows": 1, "columns": 1})
        labels.set_default_layout(s, context.actor, "roll")
    page.refresh()
    select_layout(page, "roll")
    assert page.edits["page"].text() == "60x40"  # the store's own layout opens in the editor
    page.delete_button.click()
    assert page.message.text() == "The layout roll was deleted."
    assert "roll" not in saved_extra(store)["label_layouts"]
    assert page.table.cell_text(0, 0) == "a4-3x8 (default)"
