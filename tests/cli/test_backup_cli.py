"""`charitymart backup --out ...`: a folder (existing, ending with a separator, or a new name
without a backup suffix) is created if missing and gets a dated file; the full path is printed."""

from __future__ import annotations

import os
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
