"""Back office deliveries page (pytest-qt, offscreen, English): the open delivery listed by card
(no name, no address), failed with a reason, cancelled as a refund (stock back), the delivery
slip printed only after a purpose, with the address, recorded."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from charitymart.db.models import DeliveryOutcome, IdentityAccess, Sale
from charitymart.ui.office.people import deliveries as deliveries_page
from charitymart.ui.office.people.common import PurposeDialog
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from tests.support import factories
from tests.support.counter import (  # noqa: F401 (fixtures)
    assert_chain_ok,
    cashier,
    on_hand,
    sell,
    shift_id,
    stock,
)
from tests.support.office_people import answer, loaded, office_context, table_texts

ADDRESS = "Room 502, 8 Happiness Road"


@pytest.fixture
def delivery(store, cashier, shift_id):  # noqa: F811
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0001", name="张三").address = ADDRESS
    code, _item, (lot,) = stock(store)
    number = sell(store, cashier, [(code, 2)], beneficiary_card="H0001", collection=True, delivery=True)
    return number, lot


@pytest.fixture
def page(store, admin, qapp, qtbot, delivery):
    context = office_context(store, admin)
    widget = deliveries_page.DeliveriesPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    loaded(context, qtbot)
    return widget


def test_a_failed_delivery_is_cancelled_as_a_refund(page, store, qtbot, delivery):
    number, lot = delivery
    (row,) = table_texts(page.model)
    assert row[0] == number and row[2] == "H0001" and row[4] == "To deliver"
    assert "张三" not in " ".join(row) and ADDRESS not in " ".join(row)
    assert page.delivered_button.isEnabled() and page.failed_button.isEnabled()
    assert not page.cancel_button.isEnabled() and not page.retry_button.isEnabled()
    assert ADDRESS not in page.facts["address"].text()

    def fail(dialog):
        assert not dialog.buttons.buttons()[0].isEnabled()  # a reason first
        qtbot.keyClicks(dialog.reason, "nobody at home")
        dialog.accept()
    answer(page, deliveries_page.OutcomeDialog, fail)
    page.failed()
    assert table_texts(page.model)[0][4] == "Failed" and page.facts["reason"].text() == "nobody at home"
    assert page.cancel_button.isEnabled() and page.retry_button.isEnabled()

    def cancel(dialog):
        qtbot.keyClicks(dialog.reason, "the household moved away")
        dialog.accept()
    answer(page, deliveries_page.OutcomeDialog, cancel)
    page.cancel()
    assert "cancelled and refunded" in page.message.text(), page.message.text()
    assert table_texts(page.model) == []
    assert on_hand(store, lot) == 10
    with store.sessions() as s:
        assert [o.status for o in s.scalars(select(DeliveryOutcome).order_by(DeliveryOutcome.id))] == [
            "failed", "cancelled"]
        assert s.scalar(select(Sale.kind).where(Sale.refund_of_id.is_not(None))) == "refund"
    page.which.setCurrentIndex(1)  # all deliveries
    assert table_texts(page.model)[0][4] == "Cancelled"
    assert_chain_ok(store)


def test_the_delivery_slip_needs_a_purpose_and_shows_the_address(page, store, qtbot, delivery):
    number, _lot = delivery
    made = {}

    def give_purpose(dialog):
        qtbot.keyClicks(dialog.purpose, "taking the goods to the household")
        dialog.accept()

    def read_slip(dialog):
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
        made["pdf"] = dialog.pdf
        dialog.reject()
    answer(page, PurposeDialog, give_purpose)
    answer(page, DocumentDialog, read_slip)
    page.print_slip()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(made["pdf"])).pages)
    assert ADDRESS in text and "H0001" in text and number in text and "张三" not in text
    with store.sessions() as s:
        access = s.scalar(select(IdentityAccess))
    assert (access.action, access.purpose) == ("print", "taking the goods to the household")
