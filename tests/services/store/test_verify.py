"""The audit chain: `verify` passes on a clean store and names each kind of tampering."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from charitymart.db.models import AuditChainHead, AuditEvent, Lot
from charitymart.services import audit
from charitymart.services.store.verify import verify
from tests.support import factories


def stocked_store(store):
    with store.sessions.begin() as s:
        item = factories.add_item(s)
        factories.add_lot(s, item, 10)
        factories.add_lot(s, item, 5)
    return store


def run_verify(store, head=None):
    with store.sessions() as s:
        return verify(s, head)


def raw_sql(store, sql):
    """Tamper behind the app's back: sqlite3 on the file, or the server's own connection."""
    if store.engine.dialect.name != "sqlite":
        with store.engine.begin() as conn:
            conn.exec_driver_sql(sql)
        return
    path = str(store.engine.url.database)
    store.engine.dispose()
    con = sqlite3.connect(path)
    con.execute(sql)
    con.commit()
    con.close()


def test_clean_store_verifies(store):
    stocked_store(store)
    report = run_verify(store)
    assert report.ok, report.problems
    assert report.events >= 4 and report.rows_checked >= 4


def test_edited_row_is_named(store):
    stocked_store(store)
    raw_sql(store, "UPDATE stock_movements SET quantity = 11 WHERE id = 1")
    report = run_verify(store)
    assert not report.ok
    assert any("stock_movements row 1 was edited" in p for p in report.problems)
    # the lot cache now disagrees with its ledger too
    assert any("lot 1 shows 10 on hand but its movements add up to 11" in p for p in report.problems)


def test_deleted_row_is_named(store):
    stocked_store(store)
    raw_sql(store, "DELETE FROM stock_movements WHERE id = 2")
    report = run_verify(store)
    assert any("stock_movements row 2 was deleted" in p for p in report.problems)


def test_inserted_row_is_named(store):
    stocked_store(store)
    raw_sql(
        store,
        "INSERT INTO stock_movements (id, lot_id, item_id, kind, quantity, created_at, business_date) "
        "VALUES (99, 1, 1, 'adjustment', 0, '2026-03-10 02:00:00.000000', '2026-03-10')",
    )
    report = run_verify(store)
    assert any("stock_movements row 99 has no audit event" in p for p in report.problems)


def test_edited_event_is_named(store):
    stocked_store(store)
    raw_sql(store, "UPDATE audit_events SET action = 'nothing' WHERE seq = 3")
    report = run_verify(store)
    assert any("audit event #3" in p and "edited" in p for p in report.problems)


def test_removed_event_breaks_the_chain(store):
    stocked_store(store)
    raw_sql(store, "DELETE FROM audit_rows WHERE event_seq = 2")
    raw_sql(store, "DELETE FROM audit_events WHERE seq = 2")
    report = run_verify(store)
    assert any("audit event #2 is missing" in p for p in report.problems)


def test_cache_column_change_is_not_an_edit_but_a_cache_mismatch(store):
    stocked_store(store)
    raw_sql(store, "UPDATE lots SET on_hand = 3 WHERE id = 2")
    report = run_verify(store)
    assert report.problems == ["lot 2 shows 3 on hand but its movements add up to 5"]


def test_head_hash_must_be_in_the_chain(store):
    stocked_store(store)
    with store.sessions() as s:
        head = audit.head_hash(s)
    assert run_verify(store, head).ok
    assert not run_verify(store, "f" * 64).ok


def test_chain_links_each_event_to_the_one_before(store):
    stocked_store(store)
    with store.sessions() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.seq)).all()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        for before, after in zip(events, events[1:]):
            assert after.prev_hash == before.hash
        assert s.get(Lot, 1).on_hand == 10


@pytest.mark.sqlite_only  # PostgreSQL refuses a date column holding text in the first place
def test_a_value_typed_over_by_hand_is_named_not_a_crash(store):
    stocked_store(store)
    raw_sql(store, "UPDATE lots SET received_on = '2026-03-10x' WHERE id = 2")
    report = run_verify(store)
    assert "lots row 2 was edited: a value is not valid for its column" in report.problems


def test_the_last_events_cut_off_are_named_by_the_head_row(store):
    """Deleting the newest events leaves an unbroken chain; the head row (migration 0017) still
    names the last event the app wrote."""
    stocked_store(store)
    with store.sessions() as s:
        last = audit.chain_head(s).seq
    raw_sql(store, f"DELETE FROM audit_rows WHERE event_seq = {last}")
    raw_sql(store, f"DELETE FROM audit_events WHERE seq = {last}")
    report = run_verify(store)
    assert any(f"head row says event {last}" in p and f"the last event is {last - 1}" in p for p in report.problems)


def test_the_head_row_follows_every_event_and_the_next_event_chains_on(store):
    stocked_store(store)
    with store.sessions.begin() as s:
        factories.add_item(s)
    with store.sessions() as s:
        last = audit.chain_head(s)
        head = s.get(AuditChainHead, 1)
        assert (head.seq, head.prev_hash, head.hash) == (last.seq, last.prev_hash, last.hash)
        assert audit.check_head(s) is None
    assert run_verify(store).ok
