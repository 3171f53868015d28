"""Home deliveries: the open list, delivered / failed / retry, cancel through a refund (stock and
allowance back), the slip with the address (manager only, the print recorded), and verify."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from charitymart.db.models import (
    AllowanceEntry,
    Beneficiary,
    DeliveryOutcome,
    IdentityAccess,
    Sale,
)
from charitymart.services.errors import NotFoundError, PermissionDenied, ValidationError
from charitymart.services.sales import deliveries
from tests.support import factories
from tests.support.counter import (  # noqa: F401  (fixtures)
    MANAGER_PIN,
    assert_chain_ok,
    cashier,
    manager_id,
    on_hand,
    sell,
    shift_id,
    snapshot,
    stock,
)

ADDRESS = "幸福路 8 号 3 单元 502"


@pytest.fixture
def household(store):
    with store.sessions.begin() as s:
        ben = factories.add_beneficiary(s, "H0001", amount=15000, name="张三")
        ben.address = ADDRESS
        factories.add_beneficiary(s, "H0002", amount=15000, name="李四")  # no address on file
        factories.add_volunteer(s, "V001", name="李志愿")
    return "H0001"


def sale_id(store, number) -> int:
    with store.sessions() as s:
        return s.scalar(select(Sale.id).where(Sale.receipt_number == number))


def allowance_left(store, card="H0001") -> int:
    """The household's allowance ledger summed: grants less uses plus credits."""
    with store.sessions() as s:
        return s.scalar(select(func.sum(AllowanceEntry.amount)).join(Beneficiary)
                        .where(Beneficiary.card_number == card)) or 0


def test_a_collection_for_delivery_is_open_then_delivered(store, cashier, shift_id, household):  # noqa: F811
    code, _item, _lots = stock(store)
    number = sell(store, cashier, [(code, 2)], beneficiary_card="H0001", collection=True, delivery=True)
    sell(store, cashier, [(code, 1)])  # an ordinary sale is no delivery
    with store.sessions() as s:
        (open_one,) = deliveries.list_deliveries(s, cashier)
    assert (open_one.receipt_number, open_one.kind, open_one.status, open_one.card_number, open_one.total) == (
        number, "collection", "to_deliver", "H0001", 5000)
    assert open_one.has_address and not hasattr(open_one, "address")
    with store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, open_one.sale_id, "delivered", volunteer_code="V001")
    with store.sessions() as s:
        assert deliveries.list_deliveries(s, cashier) == []
        (closed,) = deliveries.list_deliveries(s, cashier, include_closed=True)
        assert closed.status == "delivered"
        assert s.scalar(select(DeliveryOutcome.volunteer_id)) is not None
    with pytest.raises(ValidationError), store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, open_one.sale_id, "failed", "again?")
    assert_chain_ok(store)


def test_a_failed_delivery_needs_a_reason_and_can_be_retried(store, cashier, shift_id, household):  # noqa: F811
    code, _item, _lots = stock(store)
    number = sell(store, cashier, [(code, 1)], beneficiary_card="H0002", delivery=True)
    delivery_id = sale_id(store, number)
    before = snapshot(store)
    with pytest.raises(ValidationError) as err, store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, delivery_id, "failed", "  ")
    assert err.value.field == "reason"
    with pytest.raises(ValidationError), store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, delivery_id, "retry")  # nothing failed yet
    with pytest.raises(NotFoundError), store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, delivery_id, "delivered", volunteer_code="V999")
    assert snapshot(store) == before
    with store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, delivery_id, "failed", "nobody at home")
    with store.sessions() as s:
        (failed,) = deliveries.list_deliveries(s, cashier)
        assert (failed.status, failed.attempts, failed.last_reason, failed.has_address) == (
            "failed", 1, "nobody at home", False)
    with store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, delivery_id, "retry")
    with store.sessions() as s:
        again = deliveries.delivery(s, cashier, delivery_id)
        assert (again.status, again.attempts, again.last_reason) == ("to_deliver", 1, "")
    assert_chain_ok(store)


def test_cancelling_a_failed_delivery_refunds_it_back_to_stock_and_allowance(store, cashier, shift_id,  # noqa: F811
                                                                              manager_id, household):  # noqa: F811
    code, _item, (lot,) = stock(store)
    number = sell(store, cashier, [(code, 2)], beneficiary_card="H0001", collection=True, delivery=True)
    delivery_id = sale_id(store, number)
    assert on_hand(store, lot) == 8
    left_after_collection = allowance_left(store)
    with pytest.raises(ValidationError), store.sessions.begin() as s:
        deliveries.cancel(s, cashier, delivery_id, "moved away", MANAGER_PIN)  # not failed yet
    with store.sessions.begin() as s:
        deliveries.record_outcome(s, cashier, delivery_id, "failed", "wrong address")
    before = snapshot(store)
    with pytest.raises(PermissionDenied), store.sessions.begin() as s:
        deliveries.cancel(s, cashier, delivery_id, "moved away")  # a refund needs a manager's PIN
    assert snapshot(store) == before
    with store.sessions.begin() as s:
        outcome = deliveries.cancel(s, cashier, delivery_id, "moved away", MANAGER_PIN)
        refund = s.get(Sale, outcome.refund_sale_id)
        assert (refund.kind, refund.total, refund.refund_of_id) == ("refund", -5000, delivery_id)
    assert on_hand(store, lot) == 10
    assert allowance_left(store) == left_after_collection + 5000
    with store.sessions() as s:
        assert deliveries.list_deliveries(s, cashier) == []
        assert deliveries.delivery(s, cashier, delivery_id).status == "cancelled"
    assert_chain_ok(store)


def test_the_delivery_slip_shows_the_address_to_a_manager_and_records_the_print(store, admin, cashier,  # noqa: F811
                                                                                 shift_id, household):  # noqa: F811
    code, _item, _lots = stock(store)
    number = sell(store, cashier, [(code, 1)], beneficiary_card="H0001", delivery=True)
    delivery_id = sale_id(store, number)
    with pytest.raises(PermissionDenied), store.sessions.begin() as s:
        deliveries.delivery_slip_pdf(s, cashier, delivery_id, "taking the goods out")
    with pytest.raises(ValidationError), store.sessions.begin() as s:
        deliveries.delivery_slip_pdf(s, admin, delivery_id, " ")
    with store.sessions.begin() as s:
        pdf = deliveries.delivery_slip_pdf(s, admin, delivery_id, "taking the goods out", language="zh_CN")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).replace(" ", "")
    assert ADDRESS.replace(" ", "") in text and "H0001" in text and number in text
    assert "张三" not in text
    with store.sessions() as s:
        access = s.scalar(select(IdentityAccess))
        assert (access.subject_table, access.action, access.purpose) == ("beneficiaries", "print",
                                                                          "taking the goods out")


def test_a_voided_delivery_leaves_the_list(store, cashier, shift_id, manager_id, household):  # noqa: F811
    from charitymart.services.sales import refunds

    code, _item, _lots = stock(store)
    number = sell(store, cashier, [(code, 1)], beneficiary_card="H0001", delivery=True)
    delivery_id = sale_id(store, number)
    with store.sessions.begin() as s:
        refunds.void_sale(s, cashier, number, "rung up twice", MANAGER_PIN)
    with store.sessions() as s:
        assert deliveries.list_deliveries(s, cashier) == []
        assert deliveries.delivery(s, cashier, delivery_id).status == "returned"
    assert_chain_ok(store)
