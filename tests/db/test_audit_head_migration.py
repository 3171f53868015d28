"""Migration 0017: a store made before it gets the chain head's row from its last event, and
every event after the upgrade moves it on."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from charitymart.db import migrate
from charitymart.db.engine import make_engine, make_session_factory
from charitymart.db.models import AuditChainHead
from charitymart.services import audit
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.store.verify import verify
from tests.conftest import ADMIN_PIN
from tests.support import factories
from tests.support.old_store import store_at_revision


@pytest.mark.sqlite_only  # the store is made at revision 0016 in a SQLite file
def test_upgrading_a_0016_store_sets_the_head_row_from_its_last_event(tmp_path, home):
    path = tmp_path / "r0016.sqlite"
    engine, old = store_at_revision(path, "0016")
    with old.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s), 10)
    with old.sessions() as s:
        before = audit.chain_head(s)
    engine.dispose()
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0016"
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'audit_chain_head'").fetchone()[0] == 0
    handle = open_store(path)
    try:
        with handle.readers() as s:
            head = s.get(AuditChainHead, 1)
            assert (head.seq, head.prev_hash, head.hash) == (before.seq, before.prev_hash, before.hash)
            assert verify(s).ok
        with handle.sessions.begin() as s:
            factories.add_item(s)
        with handle.readers() as s:
            head, last = s.get(AuditChainHead, 1), audit.chain_head(s)
            assert head.seq == before.seq + 1 and head.hash == last.hash and head.prev_hash == before.hash
            assert verify(s).ok
    finally:
        handle.close()


def test_a_new_store_starts_its_head_row_at_the_genesis(tmp_path, home):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    migrate.upgrade(engine)
    with make_session_factory(engine)() as s:
        head = s.get(AuditChainHead, 1)
        assert (head.seq, head.prev_hash, head.hash) == (0, "0" * 64, "0" * 64)
        assert audit.check_head(s) is None
    engine.dispose()


@pytest.mark.postgresql_only
def test_on_a_server_the_upgrade_takes_the_last_event_and_the_chain_goes_on_from_it(pg_server, home):
    """Events written at 0016 (as an older version did); after 0017 the server appends through
    the head row, hashing in the database what domain.canonical hashes, and verify agrees."""
    from datetime import datetime

    from sqlalchemy import insert

    from charitymart.db.models import AuditEvent
    from charitymart.domain.canonical import GENESIS_HASH, event_hash

    url = pg_server.empty()
    engine = make_engine(url)
    try:
        migrate.upgrade(engine, "0016")
        prev = GENESIS_HASH
        with engine.begin() as conn:
            for seq in (1, 2):
                at = datetime(2026, 3, 1, 9, seq, 0, 123456)
                digest = event_hash(seq, at, None, "old.version", [], prev)
                conn.execute(insert(AuditEvent.__table__), {"seq": seq, "created_at": at, "user_id": None,
                                                           "action": "old.version", "prev_hash": prev, "hash": digest})
                prev = digest
        migrate.upgrade(engine)
        sessions = make_session_factory(engine)
        with sessions() as s:
            head = s.get(AuditChainHead, 1)
            assert (head.seq, head.hash) == (2, prev)
        with sessions.begin() as s:
            create_store(s, name="服务器店", admin_name="Admin", admin_pin=ADMIN_PIN)
            factories.add_lot(s, factories.add_item(s, name="大米 5kg"), 10)
        with sessions() as s:
            last = audit.chain_head(s)
            assert last.seq > 2
            third = s.get(AuditEvent, 3)
            assert third.prev_hash == prev
            report = verify(s)
            assert report.ok, report.problems
            assert report.head == last.hash
    finally:
        engine.dispose()
        pg_server.drop(url)
