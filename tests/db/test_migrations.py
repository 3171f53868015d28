"""Schema upgrades: an older database with data upgrades to head after a backup; a newer one is refused."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select, text

from charitymart.db import migrate
from charitymart.db.engine import make_engine, make_session_factory
from charitymart.db.models import Item, Store
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.store.verify import verify
from tests.support import factories

FIRST_REVISION = "0001"


def test_first_revision_with_data_upgrades_to_head(tmp_path, home):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, FIRST_REVISION)
    sessions = make_session_factory(engine)
    with sessions.begin() as s:
        # Only rows whose tables today's models still write as revision 0001 did (stock_movements
        # gained a column in 0006); stores really written by older code, stock and sales included,
        # are upgraded in test_upgrade_old_store.py and test_business_date_migration.py.
        create_store(s, name="旧店", admin_name="Admin", admin_pin="9999")
        factories.add_item(s, name="食用油 1L", price=1800)
    engine.dispose()

    handle = open_store(path)
    try:
        assert migrate.current_revision(handle.engine) == migrate.head_revision()
        if migrate.head_revision() != FIRST_REVISION:
            assert handle.migrated_from_backup is not None and handle.migrated_from_backup.exists()
            con = sqlite3.connect(handle.migrated_from_backup)
            assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST_REVISION
            con.close()
        with handle.sessions() as s:
            assert s.get(Store, 1).name == "旧店"
            assert s.scalar(select(Item.name)) == "食用油 1L"
            assert verify(s).ok
    finally:
        handle.close()


def test_database_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    open_store(path).close()
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(migrate.DatabaseTooNewError, match="newer version of CharityMart"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_foreign_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    with pytest.raises(migrate.NotACharityMartDatabaseError):
        open_store(path)


@pytest.mark.sqlite_only
def test_sqlite_is_opened_in_wal_with_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_migrations_build_exactly_the_models(store):
    """A schema change made in the models but not in a migration is caught here (on each backend)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from charitymart.db.models import Base

    engine = store.engine
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": migrate.include_object,
                                                         "compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_a_reader_does_not_block_a_till(store):
    """A long report must not hold SQLite's write lock: a sale can commit meanwhile. On PostgreSQL
    too the report reads one snapshot (REPEATABLE READ) while tills write."""
    from tests.support import factories

    with store.readers() as reader:
        reader.execute(text("SELECT count(*) FROM sales")).scalar()
        with store.sessions.begin() as writer:
            factories.add_lot(writer, factories.add_item(writer), 3)
        # the reader still sees its snapshot from before the write
        assert reader.execute(text("SELECT count(*) FROM lots")).scalar() == 0
    with store.readers() as reader:
        assert reader.execute(text("SELECT count(*) FROM lots")).scalar() == 1


def test_the_quick_head_check_agrees_with_alembic():
    """Opening an up-to-date store skips Alembic by reading the head from the migration files."""
    from charitymart.db import migrate

    assert migrate.shipped_head() == migrate.head_revision()
