"""Back office, items: the list fetches in pages, search as you type, the editor saves, labels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from charitymart.db.models import AuditEvent, Barcode, Item
from charitymart.services.stock import catalog
from charitymart.services.stock import listing as stock_list
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.office.stock import area as stock_area
from charitymart.ui.office.stock.items_model import ItemListModel, LatestOnly
from charitymart.ui.office.stock.items_page import ItemsPage
from tests.support import factories
from tests.support.office_stock import english, office, settle  # noqa: F401  (fixture)


@pytest.fixture
def goods(store):
    """25 items named 商品 00..24, plus 大米 5kg and 食用油 1L with stock."""
    with store.sessions.begin() as s:
        for n in range(25):
            factories.add_item(s, name=f"商品 {n:02d}", price=100 + n, name_en=f"Goods {n:02d}")
        rice = factories.add_item(s, name="大米 5kg", price=2500)
        factories.add_lot(s, rice, 12, expiry=date(2026, 6, 1))
        oil = factories.add_item(s, name="食用油 1L", price=1850, name_en="Cooking oil 1L")
        factories.add_lot(s, oil, 4)
        return {"rice": rice.id, "oil": oil.id, "rice_code": factories.code_of(s, rice)}


@pytest.fixture
def page(store, admin, goods, qtbot, english):
    context = office(store, admin)
    widget = ItemsPage(context, context.read(stock_list.stock_settings))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    settle(qtbot, widget)
    return widget


def test_keyset_pages_cover_every_item_once_in_name_order(store, goods):
    with store.readers() as s:
        seen, after = [], None
        while page_rows := stock_list.item_page(s, after, limit=7):
            seen += page_rows
            after = page_rows[-1].page_key
        names = [row.name for row in seen]
    assert len(seen) == 27 and len({row.item_id for row in seen}) == 27
    assert names == sorted(names)
    rice = next(row for row in seen if row.item_id == goods["rice"])
    assert (rice.on_hand, rice.earliest_expiry, rice.price, rice.barcode) == (12, date(2026, 6, 1), 2500,
                                                                             goods["rice_code"])


def test_the_model_fetches_a_page_at_a_time(store, admin, goods, qtbot):
    context = office(store, admin)
    queue = BackgroundQueue("test-list")
    model = ItemListModel(context.read, LatestOnly(queue), "CNY", "en", page_size=10)
    assert model.rowCount() == 0 and model.canFetchMore()
    counts = []
    while model.canFetchMore():
        model.fetchMore()
        assert not model.canFetchMore()  # one page at a time: no second request while one is out
        assert queue.wait(5000)
        counts.append(model.rowCount())
    assert counts == [10, 20, 27]


def test_the_page_shows_the_first_page_only(store, admin, qtbot, english):
    with store.sessions.begin() as s:
        for n in range(stock_list.PAGE_SIZE + 50):
            factories.add_item(s, name=f"物品 {n:04d}", price=100)
    context = office(store, admin)
    widget = ItemsPage(context, context.read(stock_list.stock_settings))
    qtbot.addWidget(widget)
    settle(qtbot, widget)
    assert widget.model.rowCount() == stock_list.PAGE_SIZE
    assert "scroll down for more" in widget.status.text()
    widget.table.scrollToBottom()  # the view asks for more as it reaches the end
    settle(qtbot, widget)
    assert widget.model.rowCount() == stock_list.PAGE_SIZE + 50


def test_search_as_you_type_finds_by_pinyin_initials(page, qtbot, goods):
    qtbot.keyClicks(page.search, "dm")
    qtbot.waitUntil(lambda: page.model.query == "dm" and page.status.text() == "1 item found for “dm”", timeout=5000)
    assert [page.model.row_at(0).name] == ["大米 5kg"]
    settle(qtbot, page)
    assert page.editor.item_id == goods["rice"]  # the first hit is chosen and shown
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 27, timeout=5000)


def test_only_the_newest_query_is_ever_shown(page, qtbot):
    shown: list[str] = []
    page.model.shown.connect(shown.append)
    page.model.set_query("dm")
    page.model.set_query("syy")
    settle(qtbot, page)
    assert shown == ["syy"]
    assert [page.model.row_at(i).name for i in range(page.model.rowCount())] == ["食用油 1L"]


def test_a_whole_barcode_finds_a_deactivated_item(page, store, admin, qtbot, goods):
    with store.sessions.begin() as s:
        catalog.deactivate_item(s, admin, goods["rice"])
    page.model.set_query(goods["rice_code"])
    settle(qtbot, page)
    row = page.model.row_at(0)
    assert (row.item_id, row.active, page.model.rowCount()) == (goods["rice"], False, 1)
    assert page.model.data(page.model.index(0, 6)) == "no"


def choose(page, qtbot, item_id):
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).item_id == item_id)
    page.table.selectRow(row)
    settle(qtbot, page)
    assert page.editor.item_id == item_id and page.editor.name.isEnabled()


def test_item_edit_is_saved_and_audited(page, store, qtbot, goods):
    choose(page, qtbot, goods["rice"])
    editor = page.editor
    editor.price.clear()
    qtbot.keyClicks(editor.price, "30.5")
    editor.reorder.setValue(6)
    editor.category.setCurrentText("粮油")
    editor.allowance_ok.setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    settle(qtbot, page)
    with store.readers() as s:
        item = s.get(Item, goods["rice"])
        assert (item.price, item.reorder_level, item.category.name, item.allowance_ok) == (3050, 6, "粮油", False)
        assert s.scalar(select(func.count()).where(AuditEvent.action == "item.edit")) == 1
    row = next(page.model.row_at(i) for i in range(page.model.rowCount())
               if page.model.row_at(i).item_id == goods["rice"])
    assert (row.price, row.category) == (3050, "粮油")  # the list row follows the edit


def test_a_bad_price_names_the_field_and_saves_nothing(page, store, qtbot, goods):
    choose(page, qtbot, goods["rice"])
    page.editor.price.clear()
    qtbot.keyClicks(page.editor.price, "12,5 yuan")
    assert "price" in page.editor.error.text() and not page.editor.save_button.isEnabled()
    assert not page.editor.save()
    with store.readers() as s:
        assert s.get(Item, goods["rice"]).price == 2500


def test_barcodes_are_added_and_removed(page, store, qtbot, goods):
    choose(page, qtbot, goods["oil"])
    editor = page.editor
    qtbot.keyClicks(editor.new_code, "OIL-1L")
    qtbot.keyClick(editor.new_code, Qt.Key_Return)
    settle(qtbot, page)
    assert [editor.barcodes.item(i).text() for i in range(editor.barcodes.count())][-1] == "OIL-1L"
    qtbot.keyClicks(editor.new_code, goods["rice_code"])  # already the rice's
    assert not editor.add_barcode()
    assert "already belongs to 大米 5kg" in editor.error.text()
    editor.barcodes.setCurrentRow(0)
    assert editor.remove_barcode()
    settle(qtbot, page)
    with store.readers() as s:
        assert list(s.scalars(select(Barcode.code).where(Barcode.item_id == goods["oil"]))) == ["OIL-1L"]


def test_print_labels_asks_for_the_selected_items(page, qtbot, goods):
    rows = [i for i in range(page.model.rowCount()) if page.model.row_at(i).item_id in (goods["rice"], goods["oil"])]
    for row in rows:
        page.table.selectionModel().select(page.model.index(row, 0),
                                           page.table.selectionModel().SelectionFlag.Select
                                           | page.table.selectionModel().SelectionFlag.Rows)
    with qtbot.waitSignal(page.labels_requested) as signal:
        qtbot.mouseClick(page.labels_button, Qt.LeftButton)
    labels = dict(signal.args[0])
    assert labels[goods["rice_code"]] == 12 and len(labels) == 2


def test_the_area_gives_items_stocktake_and_alerts(store, admin, qtbot, english):
    pages = stock_area.pages(office(store, admin))
    for widget in pages:
        qtbot.addWidget(widget)
        settle(qtbot, widget)
    assert [p.windowTitle() for p in pages] == ["Items", "Stocktake", "Stock alerts"]
