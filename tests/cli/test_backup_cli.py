"""`charitymart backup --out ...`: a folder (existing, ending with a separator, or a new name
without a backup suffix) is created if missing and gets a dated file; the full path is printed."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from charitymart.cli import main
from charitymart.services.store import backup


@pytest.fixture
def shop(tmp_path) -> Path:
    path = tmp_path / "shop.sqlite"
    assert main(["init", "--db", str(path), "--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"]) == 0
    return path


def written_path(out: str) -> Path:
    return Path(out.split(" to ", 1)[1].split(" (encrypted", 1)[0].strip())


@pytest.mark.parametrize("out", ["usb/backups/", "usb/backups"], ids=["ends-with-separator", "no-backup-suffix"])
def test_a_folder_that_does_not_exist_is_created_and_gets_the_backup(shop, tmp_path, capsys, out):
    capsys.readouterr()
    assert main(["backup", "--db", str(shop), "--out", str(tmp_path) + os.sep + out]) == 0
    folder = tmp_path / "usb" / "backups"
    assert folder.is_dir(), "--out should have been made a folder"
    (made,) = folder.iterdir()
    assert made.name.startswith("shop-") and made.suffix == ".sqlite"
    printed = written_path(capsys.readouterr().out)
    assert printed.is_absolute() and printed == made.resolve()
    assert backup.inspect_backup(made).store_name == "阳光"


def test_a_second_run_into_the_same_folder_adds_a_file(shop, tmp_path, capsys, monkeypatch):
    stamps = iter(["20260310T020000Z", "20260310T020001Z"])
    monkeypatch.setattr(backup, "_stamp", lambda: next(stamps))
    for _ in range(2):
        assert main(["backup", "--db", str(shop), "--out", f"{tmp_path}/usb/"]) == 0
    assert len(list((tmp_path / "usb").iterdir())) == 2


def test_a_file_name_with_a_backup_suffix_is_the_file(shop, tmp_path, capsys):
    capsys.readouterr()
    assert main(["backup", "--db", str(shop), "--out", str(tmp_path / "new" / "tonight.sqlite")]) == 0
    made = tmp_path / "new" / "tonight.sqlite"
    assert made.is_file()
    assert written_path(capsys.readouterr().out) == made.resolve()


def test_the_printed_path_is_absolute_for_a_relative_out(shop, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["backup", "--db", str(shop), "--out", "copies/"]) == 0
    printed = written_path(capsys.readouterr().out)
    assert printed.is_absolute() and printed.parent == (tmp_path / "copies").resolve()


def test_an_existing_file_is_never_overwritten(shop, tmp_path, capsys):
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"keep me")
    assert main(["backup", "--db", str(shop), "--out", str(taken)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert taken.read_bytes() == b"keep me"


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.fixture
def stick(shop, tmp_path) -> Path:
    """A backup on a "USB stick" that is read-only (as root the chmod does not stop writes, so
    the listing is what the tests compare)."""
    folder = tmp_path / "stick"
    assert main(["backup", "--db", str(shop), "--out", f"{folder}/"]) == 0
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def test_restore_from_a_read_only_folder_writes_nothing_beside_the_backup(stick, tmp_path, capsys):
    before = listing(stick)
    (made,) = stick.iterdir()
    assert main(["restore", str(made), "--db", str(tmp_path / "restored.sqlite")]) == 0, capsys.readouterr().err
    assert "verify passed" in capsys.readouterr().out
    assert listing(stick) == before


def test_checking_a_backup_writes_nothing_beside_it(stick):
    before = listing(stick)
    (made,) = stick.iterdir()
    assert backup.inspect_backup(made).store_name == "阳光"
    assert listing(stick) == before


def test_a_backup_with_its_wal_beside_it_is_read_whole_and_left_alone(shop, tmp_path):
    """A store file copied with its -wal (sales not yet checkpointed into the main file):
    reading it for a restore sees those sales, and still writes nothing beside it."""
    live = sqlite3.connect(shop)
    live.execute("PRAGMA wal_autocheckpoint=0")
    live.execute("UPDATE store SET name = '阳光二号' WHERE id = 1")
    live.commit()
    folder = tmp_path / "copied"
    folder.mkdir()
    for suffix in ("", "-wal"):
        shutil.copy(f"{shop}{suffix}", folder / f"shop.sqlite{suffix}")
    live.close()
    before = listing(folder)
    assert backup.inspect_backup(folder / "shop.sqlite").store_name == "阳光二号"
    backup.restore(folder / "shop.sqlite", tmp_path / "restored.sqlite")
    assert backup.inspect_backup(tmp_path / "restored.sqlite").store_name == "阳光二号"
    assert listing(folder) == before


def test_verify_of_a_backup_writes_nothing_beside_it(stick, capsys):
    before = listing(stick)
    (made,) = stick.iterdir()
    assert main(["verify", "--backup", str(made)]) == 0, capsys.readouterr().err
    assert "verified the backup" in capsys.readouterr().out
    assert listing(stick) == before


def test_verify_of_a_tampered_backup_names_the_problem(shop, tmp_path, capsys):
    made = tmp_path / "b.sqlite"
    assert main(["backup", "--db", str(shop), "--out", str(made)]) == 0
    con = sqlite3.connect(made)
    con.execute("DELETE FROM audit_rows WHERE id = (SELECT max(id) FROM audit_rows)")
    con.commit()
    con.close()
    capsys.readouterr()
    assert main(["verify", "--backup", str(made)]) == 1
    assert "verify of the backup" in capsys.readouterr().err
