"""Catalog service: categories, items, barcodes, exact-code lookup, item detail."""

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from charitymart.db.models import (
    AuditEvent,
    AuditRow,
    Barcode,
    Base,
    Category,
    Item,
    Store,
)
from charitymart.domain.codes import is_valid_ean
from charitymart.services.errors import NotFoundError, PermissionDenied, ValidationError
from charitymart.services.stock import catalog
from charitymart.services.store import verify
from charitymart.services.users.session import login_at_till
from tests.support.factories import add_lot, add_user, ean13

CASHIER_PIN = "1234"


def db_state(store) -> dict:
    """Every row of every table: equal before and after a refused call."""
    with store.engine.connect() as conn:
        return {t.name: sorted(map(tuple, conn.execute(t.select()).all()), key=repr)
                for t in Base.metadata.sorted_tables}


def refused(store, call, error=ValidationError, field=None):
    """Run `call(session)` in its own transaction; it must raise `error` and change nothing."""
    before = db_state(store)
    with pytest.raises(error) as caught, store.sessions.begin() as s:
        call(s)
    assert db_state(store) == before
    if field is not None:
        assert caught.value.field == field
    return caught.value


@pytest.fixture
def cashier(store, admin):
    add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    return login_at_till(store.sessions, "T1", CASHIER_PIN)


def new_item(store, admin, **kwargs):
    kwargs.setdefault("price", 2500)
    with store.sessions.begin() as s:
        return catalog.add_item(s, admin, **kwargs).id


@pytest.mark.parametrize("name, pinyin, initials", [
    ("大米", "dami", "dm"),
    ("大米 5kg", "dami5kg", "dm5kg"),
    ("银行卡", "yinhangka", "yhk"),  # the phrase dictionary picks hang, not xing
    ("绿豆", "lvdou", "ld"),
    ("ＡＢＣ牛奶", "abcniunai", "abcnn"),  # full-width letters folded
    ("Rice", "rice", "rice"),
    ("可口可乐 Coca-Cola", "kekoukelecocacola", "kkklcocacola"),
    ("", "", ""),
])
def test_name_keys(name, pinyin, initials):
    assert catalog.name_keys(name) == (pinyin, initials)


def test_add_item_computes_keys_and_gives_an_in_store_code(store, admin):
    first = new_item(store, admin, name="大米", name_en="Rice", category="粮油", unit="袋")
    second = new_item(store, admin, name="面粉")
    with store.sessions() as s:
        item = s.get(Item, first)
        assert (item.pinyin, item.initials, item.price, item.unit) == ("dami", "dm", 2500, "袋")
        assert "大米" in item.search_text and "rice" in item.search_text and "dm" in item.search_text
        assert item.category.name == "粮油"
        codes = [s.scalar(select(Barcode.code).where(Barcode.item_id == i)) for i in (first, second)]
        assert codes == ["2000000000015", "2000000000022"]
        assert all(is_valid_ean(c) and c.startswith("2") for c in codes)
        assert s.get(Store, 1).next_in_store_code == 3
        # One event for the item, listing the new category, the item and its barcode.
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "item.create").order_by(AuditEvent.seq))
        tables = s.scalars(select(AuditRow.table_name).where(AuditRow.event_seq == event.seq)).all()
        assert tables == ["categories", "items", "barcodes"]
        assert verify.verify(s).ok


def test_in_store_code_skips_a_number_already_used(store, admin):
    new_item(store, admin, name="旧标签", barcodes=["2000000000015"])
    item_id = new_item(store, admin, name="新货")
    with store.sessions() as s:
        assert s.scalar(select(Barcode.code).where(Barcode.item_id == item_id)) == "2000000000022"


def test_add_item_accepts_ean8_upc_and_code128(store, admin):
    item_id = new_item(store, admin, name="杂货", barcodes=["96385074", "036000291452", "ABC-123/x", " 4006381333931 "])
    with store.sessions() as s:
        assert [b.code for b in s.get(Item, item_id).barcodes] == ["96385074", "036000291452", "ABC-123/x",
                                                                   "4006381333931"]


@pytest.mark.parametrize("code", ["6901234567890", "12345678", "A" * 65, "AB 12", "3*123", "条码"])
def test_bad_barcodes_are_refused(store, admin, code):
    refused(store, lambda s: catalog.add_item(s, admin, name="米", price=1, barcodes=[code]), field="barcode")


def test_duplicate_barcode_names_the_item_that_has_it(store, admin):
    new_item(store, admin, name="大米", barcodes=[ean13(1)])
    err = refused(store, lambda s: catalog.add_item(s, admin, name="面粉", price=1, barcodes=[ean13(1)]),
                  field="barcode")
    assert "大米" in err.message
    refused(store, lambda s: catalog.add_item(s, admin, name="面粉", price=1, barcodes=[ean13(2), ean13(2)]),
            field="barcode")


@pytest.mark.parametrize("kwargs, field", [
    ({"price": -1}, "price"),
    ({"price": 1.5}, "price"),
    ({"price": None}, "price"),  # no category default to fall back on
    ({"name": "  "}, "name"),
    ({"reorder_level": -3}, "reorder_level"),
    ({"category": 999}, "category"),
])
def test_bad_item_fields_are_refused(store, admin, kwargs, field):
    values = {"name": "大米", "price": 100, **kwargs}
    refused(store, lambda s: catalog.add_item(s, admin, **values), field=field)


def test_cashier_cannot_change_the_catalog(store, admin, cashier):
    item_id = new_item(store, admin, name="大米")
    refused(store, lambda s: catalog.add_item(s, cashier, name="面粉", price=1), PermissionDenied)
    refused(store, lambda s: catalog.edit_item(s, cashier, item_id, price=1), PermissionDenied)
    refused(store, lambda s: catalog.add_barcode(s, cashier, item_id, ean13(5)), PermissionDenied)
    refused(store, lambda s: catalog.deactivate_item(s, cashier, item_id), PermissionDenied)
    refused(store, lambda s: catalog.get_or_create_category(s, cashier, "日用品"), PermissionDenied)


def test_category_default_price_is_the_suggestion(store, admin):
    with store.sessions.begin() as s:
        category = catalog.get_or_create_category(s, admin, "衣物", name_en="Clothes", default_price=500)
        assert catalog.get_or_create_category(s, admin, "衣物").id == category.id
        item = catalog.add_item(s, admin, name="毛衣", price=None, category=category.id)
        assert item.price == 500
        catalog.set_category_default_price(s, admin, category.id, 800)
        assert catalog.add_item(s, admin, name="外套", price=None, category="衣物").price == 800
        assert [c.name for c in catalog.list_categories(s)] == ["衣物"]
        assert s.scalar(select(func.count()).select_from(Category)) == 1
    refused(store, lambda s: catalog.set_category_default_price(s, admin, category.id, -5), field="default_price")


def test_edit_item_follows_the_name_and_is_audited(store, admin):
    item_id = new_item(store, admin, name="大米")
    with store.sessions.begin() as s:
        catalog.edit_item(s, admin, item_id, name="小米", name_en="Millet", price=1800, reorder_level=5,
                          allowance_ok=False, category="粮油")
    with store.sessions() as s:
        item = s.get(Item, item_id)
        assert (item.pinyin, item.initials, item.price, item.reorder_level, item.allowance_ok) == \
               ("xiaomi", "xm", 1800, 5, False)
        assert "millet" in item.search_text and "大米" not in item.search_text
        assert s.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "item.edit")) == 1
    refused(store, lambda s: catalog.edit_item(s, admin, item_id, barcode="x"), field="barcode")
    refused(store, lambda s: catalog.edit_item(s, admin, item_id, price=-1), field="price")
    refused(store, lambda s: catalog.edit_item(s, admin, 999, price=1), NotFoundError)


def test_barcodes_can_be_added_and_removed_but_never_the_last(store, admin):
    item_id = new_item(store, admin, name="大米", barcodes=[ean13(1)])
    with store.sessions.begin() as s:
        catalog.add_barcode(s, admin, item_id, ean13(2))
    refused(store, lambda s: catalog.add_barcode(s, admin, item_id, ean13(2)), field="barcode")
    with store.sessions.begin() as s:
        catalog.remove_barcode(s, admin, item_id, ean13(1))
    refused(store, lambda s: catalog.remove_barcode(s, admin, item_id, ean13(2)), field="barcode")
    refused(store, lambda s: catalog.remove_barcode(s, admin, item_id, ean13(9)), field="barcode")
    with store.sessions() as s:
        assert [b.code for b in s.get(Item, item_id).barcodes] == [ean13(2)]
        assert catalog.find_by_code(s, ean13(1)) is None
        assert verify.verify(s).ok


def test_find_by_code_is_exact(store, admin):
    item_id = new_item(store, admin, name="可乐", barcodes=["0036000291452", "ABC-1"])
    with store.sessions.begin() as s:
        assert catalog.find_by_code(s, "0036000291452").id == item_id
        assert catalog.find_by_code(s, " 0036000291452\n").id == item_id
        assert catalog.find_by_code(s, "036000291452").id == item_id  # UPC-A form of the same code
        assert catalog.find_by_code(s, "ABC-1").id == item_id
        for miss in ("abc-1", "ABC", "003600029145", "", None):
            assert catalog.find_by_code(s, miss) is None
        catalog.deactivate_item(s, admin, item_id)
    with store.sessions() as s:
        assert catalog.find_by_code(s, "ABC-1").id == item_id
        assert catalog.find_by_code(s, "ABC-1", active_only=True) is None


def test_item_detail_counts_lots_and_leaves_expired_out_of_sellable(store, admin):
    item_id = new_item(store, admin, name="牛奶")
    with store.sessions.begin() as s:
        item = s.get(Item, item_id)
        today = date(2026, 3, 10)
        add_lot(s, item, 4, expiry=today - timedelta(days=1))
        add_lot(s, item, 6, expiry=today + timedelta(days=5))
        add_lot(s, item, 2)
        empty = add_lot(s, item, 1)
        empty.on_hand = 0  # as if sold (the cache only: enough for this read-only view)
    with store.sessions() as s:
        detail = catalog.item_detail(s, item_id)
        assert (detail.on_hand, detail.sellable_on_hand) == (12, 8)
        assert [(lot.on_hand, lot.expired) for lot in detail.lots] == [(4, True), (6, False), (2, False)]
        assert len(catalog.item_detail(s, item_id, include_empty_lots=True).lots) == 4
        with pytest.raises(NotFoundError):
            catalog.item_detail(s, 999)


def test_a_household_or_volunteer_card_code_cannot_become_a_barcode(store, admin):
    import pytest

    from charitymart.services.errors import ValidationError
    from charitymart.services.stock import catalog
    from tests.support import factories

    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "HH20260001")
        factories.add_volunteer(s, "VOL0001")
    for code in ("HH20260001", "VOL0001"):
        with store.sessions.begin() as s:
            with pytest.raises(ValidationError, match="already a") as err:
                catalog.add_item(s, admin, name="测试", price=100, barcodes=[code])
            assert err.value.field == "barcode"
