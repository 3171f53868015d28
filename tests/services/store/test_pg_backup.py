"""Backups of a store on a PostgreSQL server through the command line: `backup --out` writes a
pg_dump custom-format file (encrypted like SQLite backups when the store has a passphrase);
`restore` puts it back in one transaction and verify reports the chain head of the backup."""

from __future__ import annotations

import re
import shutil

import pytest

from charitymart.cli import main
from charitymart.services.store import auto_backup, backup_crypto, server_backup
from tests.support import factories

pytestmark = [pytest.mark.postgresql_only,
              pytest.mark.skipif(shutil.which("pg_dump") is None, reason="needs pg_dump and pg_restore on PATH")]

HEAD = re.compile(r"head ([0-9a-f]{64})")
PASSPHRASE = "长城长城 long enough"


def head_of(store, capsys) -> str:
    assert main(["verify", "--db", store.url]) == 0
    return HEAD.search(capsys.readouterr().out).group(1)


def add_stock(store, quantity):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name=f"大米 {quantity}"), quantity)


def test_backup_and_restore_on_the_server_give_back_the_same_head(store, admin, tmp_path, capsys):
    add_stock(store, 7)
    before = head_of(store, capsys)
    assert main(["backup", "--db", store.url, "--out", str(tmp_path)]) == 0
    assert f"head {before}" in capsys.readouterr().out
    [dump] = tmp_path.glob("*" + server_backup.PLAIN_SUFFIX)
    assert dump.read_bytes().startswith(server_backup.DUMP_MAGIC)

    add_stock(store, 3)  # work done after the backup...
    assert head_of(store, capsys) != before
    store.engine.dispose()
    assert main(["restore", str(dump), "--db", store.url]) == 0
    assert f"verify passed, head {before}" in capsys.readouterr().out
    assert head_of(store, capsys) == before  # ...is gone: the store is as it was backed up


def test_an_encrypted_server_backup_needs_the_passphrase(store, admin, tmp_path, capsys):
    with store.sessions.begin() as s:
        auto_backup.set_backup_passphrase(s, admin, PASSPHRASE)
    add_stock(store, 5)
    before = head_of(store, capsys)
    out = tmp_path / "shop.cmbackup"
    assert main(["backup", "--db", store.url, "--out", str(out)]) == 0
    assert "encrypted with the store's backup passphrase" in capsys.readouterr().out
    assert backup_crypto.is_encrypted_file(out)
    assert server_backup.DUMP_MAGIC not in out.read_bytes()[:4096]

    add_stock(store, 2)
    after = head_of(store, capsys)
    store.engine.dispose()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase", encoding="utf-8")
    assert main(["restore", str(out), "--db", store.url, "--passphrase-file", str(wrong)]) == 1
    assert "not this backup's passphrase" in capsys.readouterr().err
    assert head_of(store, capsys) == after  # a wrong passphrase replaces nothing
    right = tmp_path / "right.txt"
    right.write_text(PASSPHRASE, encoding="utf-8")
    assert main(["restore", str(out), "--db", store.url, "--passphrase-file", str(right)]) == 0
    capsys.readouterr()
    assert head_of(store, capsys) == before


def test_out_naming_a_pgdump_file_writes_that_file(store, admin, tmp_path, capsys):
    out = tmp_path / "shop.pgdump"  # a file name with the plain dump's suffix, not a folder
    assert main(["backup", "--db", store.url, "--out", str(out)]) == 0
    assert out.is_file() and out.read_bytes().startswith(server_backup.DUMP_MAGIC)
    assert str(out) in capsys.readouterr().out
