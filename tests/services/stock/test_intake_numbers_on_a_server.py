"""Two back offices on one server numbering donations at the same moment: the second waits for
the first and takes the next number, and a transaction that wrote something else first (its
audit event takes the chain head's lock) never deadlocks with one that numbers."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from charitymart.db.models import Donation
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from tests.support import factories

pytestmark = pytest.mark.postgresql_only


def take_in(s, admin, item_id):
    return intake.record_intake(s, admin, fund_source="donated",
                                lines=[IntakeLine(item_id=item_id, quantity=1, unit_value=100)]).number


def test_a_second_intake_waits_for_the_first_and_takes_the_next_number(store, admin):
    with store.sessions.begin() as s:
        item_id = factories.add_item(s).id
    second: dict = {}

    def other_back_office():
        try:
            with store.sessions.begin() as s:
                second["number"] = take_in(s, admin, item_id)
        except Exception as exc:  # noqa: BLE001 - reported below
            second["error"] = exc

    with store.sessions.begin() as s:
        # This one wrote an item first: its event holds the chain head's row, then it numbers.
        factories.add_item(s, name="面粉 5kg", barcode="6900000000017")
        other = threading.Thread(target=other_back_office)
        other.start()
        time.sleep(0.5)
        assert other.is_alive(), "the other intake did not wait"
        first = take_in(s, admin, item_id)
    other.join(30)
    assert "error" not in second, second.get("error")
    with store.sessions() as s:
        numbers = sorted(s.scalars(select(Donation.number)))
    assert numbers == sorted([first, second["number"]]) and first != second["number"]
    assert int(second["number"][-6:]) == int(first[-6:]) + 1
