"""Where a command-line test's store lives: a new SQLite file, or (with --db-backend=postgresql)
a new empty database on the test server, so the commands run on both backends exactly as typed."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from charitymart.db.engine import make_engine


@pytest.fixture
def cli_db(tmp_path, pg_server) -> str:
    """A `--db` value with nothing in it yet: `charitymart init --db` makes the store there."""
    if pg_server is None:
        yield str(tmp_path / "store.sqlite")
        return
    url = pg_server.empty()
    yield url
    pg_server.drop(url)


def run_sql(db: str, sql: str) -> None:
    """Change the store behind the application's back (a test of what verify notices)."""
    engine = make_engine(db if "://" in db else f"sqlite:///{db}")
    try:
        with engine.begin() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def server_state(db: str) -> tuple:
    """Every table's row count and the audit chain's head: what any write would change."""
    from charitymart.db.models import Base

    engine = make_engine(db)
    try:
        with engine.connect() as conn:
            counts = tuple(conn.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
                           for table in sorted(Base.metadata.tables))
            head = conn.execute(text("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")).first()
    finally:
        engine.dispose()
    return counts, tuple(head or ())
