"""A store made by an earlier release (tests/data/store-r0003.sqlite, tools/make_old_store.py)
opens with this code: migrated after a backup, data kept, verify passes. A newer one is refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from charitymart.cli import main
from charitymart.db import migrate
from charitymart.db.models import Sale, Store
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify

OLD_STORE = Path(__file__).resolve().parents[1] / "data" / "store-r0003.sqlite"


def revision_of(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def old_copy(tmp_path) -> Path:
    target = tmp_path / "counter-pc.sqlite"
    shutil.copyfile(OLD_STORE, target)
    return target


def test_the_committed_file_is_from_revision_0003():
    assert revision_of(OLD_STORE) == "0003"


def test_an_older_store_migrates_after_a_backup_and_keeps_its_data(old_copy, home):
    handle = open_store(old_copy)
    try:
        assert migrate.current_revision(handle.engine) == migrate.head_revision()
        if migrate.head_revision() != "0003":
            taken = handle.migrated_from_backup
            assert taken is not None and taken.parent == home / "data" / "backups"
            assert revision_of(taken) == "0003"
        with handle.readers() as s:
            assert s.get(Store, 1).name == "自检慈善超市"
            assert s.scalar(select(func.count()).select_from(Sale)) == 1
            assert s.scalar(select(Sale.total)) == 5000
            report = verify(s)
            assert report.ok, report.problems
    finally:
        handle.close()


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(old_copy, capsys):
    con = sqlite3.connect(old_copy)
    con.execute("UPDATE alembic_version SET version_num = '0042_from_the_future'")
    con.commit()
    con.close()
    before = old_copy.read_bytes()
    assert main(["verify", "--db", str(old_copy)]) == 1
    assert "saved by a newer version of CharityMart" in capsys.readouterr().err
    assert old_copy.read_bytes() == before
