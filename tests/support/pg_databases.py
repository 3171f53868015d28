"""The tests' second backend: a fresh PostgreSQL database per test, copied from a migrated template.

`pytest --db-backend=postgresql` (or `CHARITYMART_TEST_PG_URL` set) runs every test that makes
its store through the standard fixtures (`store`, `store_location`) on PostgreSQL. The server is
the one `CHARITYMART_TEST_PG_URL` names (`tools/pg_test_cluster.sh start` prints one); the URL's
user must be allowed to create databases. Migrating takes seconds, so it happens once per run, in
a template database; each test then gets `CREATE DATABASE ... TEMPLATE`, a file copy on the server.
Tests marked `sqlite_only` (the SQLite file itself: file backups, WAL, the pre-migration copy) are
skipped on PostgreSQL.
"""

from __future__ import annotations

import itertools
import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

URL_VARIABLE = "CHARITYMART_TEST_PG_URL"
BACKENDS = ("sqlite", "postgresql")


def add_option(parser) -> None:
    parser.addoption("--db-backend", choices=BACKENDS, default=None,
                     help=f"database the store fixtures use (default sqlite; postgresql needs ${URL_VARIABLE})")


def backend(config) -> str:
    chosen = config.getoption("--db-backend")
    if chosen:
        return chosen
    return "postgresql" if os.environ.get(URL_VARIABLE) else "sqlite"


def configure(config) -> None:
    config.addinivalue_line("markers", "sqlite_only: the test is about the SQLite file itself; skipped on PostgreSQL")
    config.addinivalue_line("markers", "postgresql_only: needs a PostgreSQL server; skipped on SQLite")


def skip_other_backend(config, items) -> None:
    on = backend(config)
    for item in items:
        if on == "postgresql" and item.get_closest_marker("sqlite_only"):
            item.add_marker(pytest.mark.skip(reason="SQLite only"))
        if on == "sqlite" and item.get_closest_marker("postgresql_only"):
            item.add_marker(pytest.mark.skip(reason=f"PostgreSQL only (--db-backend=postgresql, ${URL_VARIABLE})"))


class PgDatabases:
    """Creates and drops the per-test databases on one server."""

    def __init__(self, server_url: str) -> None:
        self.server: URL = make_url(server_url)
        self.admin = create_engine(self.server, isolation_level="AUTOCOMMIT", pool_size=1)
        self.prefix = f"cm_test_{os.getpid()}"
        self.template = f"{self.prefix}_template"
        self.counter = itertools.count(1)
        self.template_ready = False

    def url(self, database: str) -> str:
        return self.server.set(database=database).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(sql))

    def _build_template(self) -> None:
        from charitymart.db import migrate
        from charitymart.db.engine import make_engine

        self._execute(f'DROP DATABASE IF EXISTS "{self.template}"')
        self._execute(f'CREATE DATABASE "{self.template}"')
        engine = make_engine(self.url(self.template))
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        self.template_ready = True

    def fresh(self) -> str:
        """A new database at the head revision, with no store in it yet."""
        if not self.template_ready:
            self._build_template()
        name = f"{self.prefix}_{next(self.counter)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        return self.url(name)

    def empty(self) -> str:
        """A new database with no tables (for tests of migrating or copying into it)."""
        name = f"{self.prefix}_{next(self.counter)}"
        self._execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def copy_of(self, url: str) -> str:
        """A new database made from the one at `url` (no one may be connected to it)."""
        name = f"{self.prefix}_{next(self.counter)}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(url).database}"')
        return self.url(name)

    def drop(self, url: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')

    def close(self) -> None:
        if self.template_ready:
            self._execute(f'DROP DATABASE IF EXISTS "{self.template}" WITH (FORCE)')
        self.admin.dispose()


def server_url_or_fail() -> str:
    url = os.environ.get(URL_VARIABLE)
    if not url:
        raise pytest.UsageError(f"--db-backend=postgresql needs ${URL_VARIABLE} (tools/pg_test_cluster.sh start prints one)")
    return url
