"""Shared fixtures: a fresh store on a temporary SQLite file, with a frozen clock.

No test may touch the user's real folders (data, config with the identity keys, logs). Before
anything else runs, the session points HOME, the XDG and Windows folders and CHARITYMART_HOME
into a throwaway sandbox; each test then gets a home of its own (`home`), and a module- or
session-scoped fixture that writes files must make its own first (`own_home`). At the end the
session fails if anything was written to the sandbox's CHARITYMART_HOME (a fixture that forgot
`own_home`) or if the real CharityMart folders were created or changed.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime

import pytest

from tests.support import isolation

isolation.start()  # before any fixture, module-scoped ones included, can run
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Test modules may `import factories` as well as `from tests import factories`.
sys.path.insert(0, os.path.dirname(__file__))

from charitymart.services import clock
from charitymart.services.context import Actor
from charitymart.services.store.setup import create_store, open_store
from tests.support import pg_databases

# 2026-03-10 10:00 in Shanghai.
START = datetime(2026, 3, 10, 2, 0, 0)
ADMIN_PIN = "9999"


@pytest.fixture(autouse=True)
def home(tmp_path, monkeypatch):
    """Everything (data, keys, logs, backups) under the test's own folder."""
    monkeypatch.setenv("CHARITYMART_HOME", str(tmp_path / "home"))
    clock.set_now(START)
    yield tmp_path / "home"
    background = sys.modules.get("charitymart.ui.background")
    if background is not None:  # a window's background jobs (a daily backup) finish in this test's home
        assert background.wait_for_all_jobs(), "a background job was still running 30 s after the test"
    clock.set_now(None)


own_home = isolation.own_home


def pytest_sessionfinish(session, exitstatus):
    problems = isolation.finish()
    if problems:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.ensure_newline()
        for line in ["tests touched folders outside their own:", *problems]:
            if reporter is not None:
                reporter.write_line(line, red=True)
            else:
                print(line, file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_addoption(parser):
    pg_databases.add_option(parser)


def pytest_configure(config):
    pg_databases.configure(config)


def pytest_collection_modifyitems(config, items):
    pg_databases.skip_other_backend(config, items)


@pytest.fixture(scope="session")
def pg_server(request):
    """The PostgreSQL server's per-test databases (None when the tests run on SQLite)."""
    if pg_databases.backend(request.config) != "postgresql":
        yield None
        return
    databases = pg_databases.PgDatabases(pg_databases.server_url_or_fail())
    yield databases
    databases.close()


@pytest.fixture
def store_location(tmp_path, pg_server):
    """Where a test's store lives: a SQLite file, or a fresh PostgreSQL database (--db-backend)."""
    if pg_server is None:
        yield tmp_path / "store.sqlite"
        return
    url = pg_server.fresh()
    yield url
    pg_server.drop(url)


@pytest.fixture
def store(store_location):
    handle = open_store(store_location)
    with handle.sessions.begin() as s:
        create_store(s, name="阳光慈善超市", admin_name="Admin", admin_pin=ADMIN_PIN, address="幸福路1号")
    yield handle
    handle.close()


@pytest.fixture
def admin(store) -> Actor:
    from charitymart.services.users.session import login_at_till

    return login_at_till(store.sessions, "T1", ADMIN_PIN)
