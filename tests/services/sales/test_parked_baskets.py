import pytest

from charitymart.domain.basket import Basket, BasketLine
from charitymart.services.errors import ValidationError
from charitymart.services.sales import parked_baskets


def state(*prices):
    basket = Basket([BasketLine(item_id=i + 1, name=f"品{i}", barcode=str(i), quantity=1, unit_price=p,
                                regular_price=p) for i, p in enumerate(prices)])
    return {"basket": basket.to_dict(), "beneficiary_card": None}


def test_open_basket_is_saved_replaced_and_cleared(store, admin):
    with store.sessions.begin() as s:
        parked_baskets.save_open(s, admin, state(100))
    with store.sessions.begin() as s:
        parked_baskets.save_open(s, admin, state(100, 250))
    with store.sessions() as s:
        restored = parked_baskets.load_open(s, admin.till_id)
        assert Basket.from_dict(restored["basket"]).total == 350
    with store.sessions.begin() as s:
        parked_baskets.save_open(s, admin, state())
    with store.sessions() as s:
        assert parked_baskets.load_open(s, admin.till_id) is None


def test_hold_and_recall_several_baskets(store, admin):
    with store.sessions.begin() as s:
        parked_baskets.save_open(s, admin, state(100))
        first = parked_baskets.hold(s, admin, state(100), "红衣服阿姨")
        second = parked_baskets.hold(s, admin, state(200, 300), "")
    with store.sessions() as s:
        assert parked_baskets.load_open(s, admin.till_id) is None
        held = parked_baskets.list_held(s, admin.till_id)
        assert [(h.id, h.label, h.total, h.lines) for h in held] == [(first, "红衣服阿姨", 100, 1), (second, "", 500, 2)]
    with store.sessions.begin() as s:
        recalled = parked_baskets.recall(s, admin, second)
    assert Basket.from_dict(recalled["basket"]).total == 500
    with store.sessions() as s:
        assert [h.id for h in parked_baskets.list_held(s, admin.till_id)] == [first]
        assert Basket.from_dict(parked_baskets.load_open(s, admin.till_id)["basket"]).total == 500


def test_an_empty_basket_cannot_be_held(store, admin):
    with store.sessions.begin() as s:
        with pytest.raises(ValidationError):
            parked_baskets.hold(s, admin, state(), "")
