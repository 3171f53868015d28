"""Fixtures of the real-window suite: one X display with openbox per test session, one store
built once and copied for each test, and the counter started on the copy for each test."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.ui.realwindow.desktop import HERE, Counter, Desktop, checkout_env, missing_tools


def pytest_collection_modifyitems(items):
    for item in items:
        if "realwindow" in item.nodeid.split("::")[0]:
            item.add_marker(pytest.mark.realwindow)


@pytest.fixture(scope="session")
def desktop(tmp_path_factory):
    missing = missing_tools()
    if missing:
        pytest.skip(f"the real-window tests need {', '.join(missing)} on PATH "
                    "(apt-get install xvfb openbox xdotool x11-utils, as .ci/run does)")
    desktop = Desktop(tmp_path_factory.mktemp("xlogs")).start()
    yield desktop
    desktop.stop()


@pytest.fixture(scope="session")
def store_template(tmp_path_factory):
    """A short demo store, built once in its own process (PIN hashing is slow on purpose)."""
    folder = tmp_path_factory.mktemp("template")
    env = checkout_env(CHARITYMART_HOME=str(folder / "home"))
    subprocess.run([sys.executable, str(HERE / "make_store.py"), str(folder / "store.sqlite"), str(folder)],
                   env=env, check=True, timeout=300)
    return folder


@pytest.fixture
def counter(desktop, store_template, tmp_path):
    """The counter on a fresh copy of the store; receipts and drawer pulses land in tmp_path."""
    home = tmp_path / "home"
    shutil.copytree(store_template / "home", home)
    db = tmp_path / "store.sqlite"
    for part in store_template.glob("store.sqlite*"):  # with its -wal file, if one is left
        shutil.copy(part, tmp_path / part.name)
    # The copy's settings still point at the template's folder: repoint them (a plain SQL
    # update on a test copy; the app reads the settings when it prints or kicks the drawer).
    import sqlite3

    connection = sqlite3.connect(db)
    with connection:
        connection.execute("UPDATE store SET receipt_folder = ?, cash_drawer = ?",
                           (str(tmp_path / "receipts"), f"file:{tmp_path / 'drawer.bin'}"))
    connection.close()
    app = Counter(desktop, db, home, tmp_path)
    yield app
    app.stop()
