"""Chain heads for server stores (issue 14): recorded per server database (the server and
database, no password, no driver), at backups (pg_dump), publications and verify, so removing
the newest events of a store on PostgreSQL is noticed as on SQLite."""

from __future__ import annotations

import shutil

import pytest

from charitymart.cli import main
from charitymart.db.models import Store
from charitymart.services.store import chain_heads
from charitymart.services.store.verify import verify
from charitymart.services.store.verify_since import verify_since_last
from tests.services.store.test_verify import raw_sql
from tests.support import factories


def test_a_server_store_is_named_by_server_and_database_without_password_or_driver():
    label = chain_heads.database_label("postgresql+psycopg://till:s3cret%25@db.shop.lan/shop")
    assert label == "postgresql://till@db.shop.lan:5432/shop"
    assert "s3cret" not in label
    assert chain_heads.database_label("postgresql://till:other@db.shop.lan:5432/shop") == label
    assert chain_heads.database_label("postgresql+psycopg://till@db.shop.lan/shop2") != label
    assert chain_heads.database_label("postgresql+psycopg://till@db.shop.lan:5433/shop") != label


def add_stock(store, quantity):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name=f"大米 {quantity}"), quantity)


def remove_newest_events(store, count):
    """What someone with the database can do: drop the newest events and the rows only they wrote."""
    with store.sessions() as s:
        last = verify(s).last_seq
    keep = last - count
    raw_sql(store, f"DELETE FROM stock_movements WHERE id IN (SELECT CAST(row_key AS INTEGER) FROM audit_rows "
                   f"WHERE event_seq > {keep} AND table_name = 'stock_movements')")
    raw_sql(store, f"DELETE FROM lots WHERE id IN (SELECT CAST(row_key AS INTEGER) FROM audit_rows "
                   f"WHERE event_seq > {keep} AND table_name = 'lots')")
    raw_sql(store, f"DELETE FROM audit_rows WHERE event_seq > {keep}")
    raw_sql(store, f"DELETE FROM audit_events WHERE seq > {keep}")
    return keep


def test_removing_the_newest_events_on_the_server_is_found(store):  # on both backends
    add_stock(store, 4)
    with store.sessions() as s:
        recorded = verify(s, record=True)
    assert recorded.ok
    with store.sessions() as s:
        heads = chain_heads.known_heads(s.get(Store, 1).uuid, chain_heads.database_label(store.url))
    assert [h.seq for h in heads if h.source == "verify"] == [recorded.last_seq]
    remove_newest_events(store, 2)
    with store.sessions() as s:
        report = verify(s)
    assert any(f"had already reached event #{recorded.last_seq}" in p for p in report.problems), report.problems


def test_since_last_on_the_server(store):  # on both backends
    add_stock(store, 4)
    with store.sessions() as s:
        assert verify(s, record=True).ok
    add_stock(store, 2)
    with store.sessions() as s:
        report = verify_since_last(s)
    assert report.ok and report.since_seq and report.events == 2, report.problems
    raw_sql(store, "UPDATE stock_movements SET quantity = 9 WHERE id = (SELECT max(id) FROM stock_movements)")
    add_stock(store, 1)
    with store.sessions() as s:
        report = verify_since_last(s)
    assert report.ok  # the edited row was verified already: left to the full check
    add_stock(store, 5)
    raw_sql(store, "UPDATE stock_movements SET quantity = 9 WHERE id = (SELECT max(id) FROM stock_movements)")
    with store.sessions() as s:  # a row written since the last verify, edited behind the app
        assert any("stock_movements row" in p for p in verify_since_last(s).problems)


@pytest.mark.postgresql_only
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump on PATH")
def test_a_server_backup_records_its_head(store, tmp_path, capsys):
    add_stock(store, 3)
    assert main(["backup", "--db", store.url, "--out", str(tmp_path)]) == 0
    capsys.readouterr()
    with store.sessions() as s:
        uuid = s.get(Store, 1).uuid
        last = verify(s).last_seq
    assert [(h.seq, h.source) for h in chain_heads.known_heads(uuid, chain_heads.database_label(store.url))] == [
        (last, "backup")]
    remove_newest_events(store, 1)
    assert main(["verify", "--db", store.url]) == 1
    assert "the backup of" in capsys.readouterr().err
