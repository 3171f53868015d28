"""Label layouts: built-in sizes, the store's own layouts saved in its settings, every field checked."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from charitymart.db.models import AuditEvent, Store
from charitymart.domain.label_layouts import built_in_layout
from charitymart.services.context import Actor
from charitymart.services.errors import NotFoundError, PermissionDenied, ValidationError
from charitymart.services.stock import labels
from charitymart.services.store.verify import verify
from tests.support import factories
from tests.support.labels import decode_pages

GOOD = {"name": "小标签 2x5", "page": "a5", "rows": "5", "columns": 2, "margin_top": "5", "margin_bottom": 5,
        "margin_left": "4,5", "margin_right": 4.5, "gap_x": "3", "gap_y": ""}


@pytest.mark.parametrize("name, size", [
    ("a4-3x8", (70.0, 37.0)), ("a4-4x10", (52.5, 29.7)), ("a4-5x13", (38.1, 21.2)),
    ("printer-40x30", (40.0, 30.0)), ("printer-50x30", (50.0, 30.0)),
])
def test_built_in_layouts_have_the_label_sizes_sold_in_shops(name, size):
    assert built_in_layout(name).label_size == size


def test_a_saved_layout_is_listed_used_and_kept_in_the_store_settings(store, admin, tmp_path):
    with store.sessions.begin() as s:
        saved = labels.save_layout(s, admin, GOOD)
        labels.set_default_layout(s, admin, saved.name)
        item = factories.add_item(s, name="大米", price=2500, barcode="2000000000015")
        factories.add_lot(s, item, 5)
    assert (saved.page, saved.margin_left, saved.gap_y) == ("A5", 4.5, 0.0)
    assert saved.label_size == (68.0, 40.0)
    with store.readers() as s:
        names = [layout.name for layout in labels.list_layouts(s)]
        assert names[-1] == "小标签 2x5" and "a4-3x8" in names
        assert labels.default_layout_name(s) == "小标签 2x5"
        extra = json.loads(s.get(Store, 1).extra)
        assert extra["label_layouts"]["小标签 2x5"]["rows"] == 5
        pdf = labels.item_labels_pdf(s, [("2000000000015", 12)], None, "zh_CN", skip=1)  # the default layout
        actions = s.scalars(select(AuditEvent.action)).all()
        assert actions.index("labels.layout_save") < actions.index("labels.layout_default")
    pages = decode_pages(pdf, tmp_path, saved)
    assert [[d.cell for d in page] for page in pages] == [list(range(1, 10)), list(range(3))]
    with store.readers() as s:
        assert verify(s).ok


def test_deleting_the_default_layout_brings_back_the_built_in_default(store, admin):
    with store.sessions.begin() as s:
        labels.save_layout(s, admin, GOOD)
        labels.set_default_layout(s, admin, GOOD["name"])
        labels.delete_layout(s, admin, GOOD["name"])
    with store.readers() as s:
        assert labels.default_layout_name(s) == "a4-3x8"
        with pytest.raises(NotFoundError, match="小标签 2x5"):
            labels.get_layout(s, GOOD["name"])


@pytest.mark.parametrize("change, field, template", [
    ({"name": " "}, "name", "the layout needs a name"),
    ({"name": "x" * 41}, "name", "the layout name must be at most {length} letters or digits"),
    ({"name": "a4-3x8"}, "name", "{name} is a built-in layout: choose another name"),
    ({"page": "B5"}, "page", "the page must be A4, A5, Letter, or width x height in millimetres such as 40x30"),
    ({"page": "40x5"}, "page", "each side of the page must be from {low} to {high} millimetres"),
    ({"rows": "0"}, "rows", "rows must be a whole number from 1 to {high}"),
    ({"rows": "2.5"}, "rows", "rows must be a whole number from 1 to {high}"),
    ({"columns": 13}, "columns", "columns must be a whole number from 1 to {high}"),
    ({"margin_top": "-1"}, "margin_top", "the top margin must be a number of millimetres from 0 to {high}"),
    ({"margin_bottom": "abc"}, "margin_bottom", "the bottom margin must be a number of millimetres from 0 to {high}"),
    ({"margin_left": "101"}, "margin_left", "the left margin must be a number of millimetres from 0 to {high}"),
    ({"margin_right": "nan"}, "margin_right", "the right margin must be a number of millimetres from 0 to {high}"),
    ({"gap_x": "51"}, "gap_x", "the gap between columns must be a number of millimetres from 0 to {high}"),
    ({"gap_y": "x"}, "gap_y", "the gap between rows must be a number of millimetres from 0 to {high}"),
    ({"columns": 5}, "columns", "the labels would be {width} mm wide, and a label needs at least {minimum} mm: "
                                "use fewer columns or smaller margins or gaps"),
    ({"rows": 14}, "rows", "the labels would be {height} mm high, and a label needs at least {minimum} mm: "
                           "use fewer rows or smaller margins or gaps"),
])
def test_each_bad_field_is_refused_by_name_and_nothing_is_saved(store, admin, change, field, template):
    with store.sessions.begin() as s, pytest.raises(ValidationError) as caught:
        labels.save_layout(s, admin, {**GOOD, **change})
    assert (caught.value.field, caught.value.template) == (field, template)
    with store.readers() as s:
        assert "label_layouts" not in json.loads(s.get(Store, 1).extra or "{}")


def test_only_managers_change_layouts_and_built_ins_stay(store, admin):
    cashier_id = factories.add_user(store, admin, "王阿姨", "cashier", "1234")
    cashier = Actor(user_id=cashier_id, name="王阿姨", role="cashier")
    with store.sessions.begin() as s:
        with pytest.raises(PermissionDenied):
            labels.save_layout(s, cashier, GOOD)
        with pytest.raises(ValidationError, match="can't be removed"):
            labels.delete_layout(s, admin, "a4-3x8")
        with pytest.raises(NotFoundError):
            labels.set_default_layout(s, admin, "no-such-layout")
