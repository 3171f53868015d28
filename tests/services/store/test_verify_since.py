"""`verify --since-last`: only what came after the last passing verify, and still finds
tampering with it, removed events and new rows put in behind the app's back."""

from __future__ import annotations

import pytest

from charitymart.services.store.verify import last_full_check, last_verified, verify
from charitymart.services.store.verify_since import verify_since_last
from tests.services.store.test_verify import raw_sql, stocked_store
from tests.support import factories


def verified(store):
    with store.sessions() as s:
        report = verify(s, record=True)
    assert report.ok, report.problems
    return report


def since(store):
    with store.sessions() as s:
        return verify_since_last(s)


def more_stock(store, n=2):
    with store.sessions.begin() as s:
        item = factories.add_item(s, name="面粉")
        for _ in range(n):
            factories.add_lot(s, item, 4)


def test_without_an_earlier_verify_the_full_check_runs(store):
    stocked_store(store)
    report = since(store)
    assert report.ok and report.since_seq == 0
    with store.sessions() as s:
        assert last_verified(s).seq == report.last_seq
        assert last_full_check(s) is not None


def test_only_the_new_events_are_checked(store):
    stocked_store(store)
    full = verified(store)
    more_stock(store)
    report = since(store)
    assert report.ok, report.problems
    assert report.since_seq == full.last_seq
    assert report.events == report.last_seq - full.last_seq == 3
    assert 0 < report.rows_checked < full.rows_checked + 10
    again = since(store)  # nothing new: it starts where the last one ended
    assert again.ok and again.events == 0 and again.since_seq == report.last_seq and again.head == report.head


@pytest.mark.parametrize("sql, expected", [
    ("UPDATE stock_movements SET quantity = 9 WHERE id = (SELECT max(id) FROM stock_movements)", "was edited"),
    ("DELETE FROM stock_movements WHERE id = (SELECT max(id) FROM stock_movements)", "was deleted"),
    (("INSERT INTO stock_movements (lot_id, item_id, kind, quantity, created_at, business_date) "
     "VALUES (1, 1, 'adjustment', 0, '2026-03-10 02:00:00.000000', '2026-03-10')"), "has no audit event"),
    ("UPDATE audit_events SET action = 'x' WHERE seq = (SELECT max(seq) FROM audit_events)", "was edited"),
    ("UPDATE lots SET on_hand = 1 WHERE id = (SELECT max(id) FROM lots)", "on hand but its movements add up to"),
])
def test_tampering_with_what_came_since_is_found(store, sql, expected):
    stocked_store(store)
    verified(store)
    more_stock(store)
    raw_sql(store, sql)
    report = since(store)
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems


def test_removing_the_verified_events_is_found(store):
    stocked_store(store)
    full = verified(store)
    raw_sql(store, f"DELETE FROM audit_rows WHERE event_seq = {full.last_seq}")
    raw_sql(store, f"DELETE FROM audit_events WHERE seq = {full.last_seq}")
    report = since(store)
    assert any(f"had already reached event #{full.last_seq}" in p for p in report.problems), report.problems


def test_an_older_row_edited_is_left_to_the_full_check(store):
    stocked_store(store)
    verified(store)
    raw_sql(store, "UPDATE stock_movements SET created_at = '2026-03-10 03:00:00.000000' WHERE id = 1")
    assert since(store).ok  # documented: --since-last does not read rows older than the last verify
    with store.sessions() as s:
        assert any("stock_movements row 1 was edited" in p for p in verify(s).problems)
