"""The command line over a real store: exports, backup while selling, restore, verify, refusals.

On both backends (`cli_db`: a SQLite file or a server database); the backups and restores of a
store *file* are SQLite's (the server's: tests/services/store/test_pg_backup.py)."""

from __future__ import annotations

import csv
import sqlite3
import threading
from pathlib import Path

import pytest

from charitymart.cli import main
from charitymart.domain.basket import Basket
from charitymart.services.sales import checkout, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.store import backup
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till
from tests.cli.conftest import run_sql, server_state
from tests.support import factories


@pytest.fixture
def store_file(cli_db) -> str:
    path = cli_db
    assert main(["init", "--db", str(path), "--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"]) == 0
    handle = open_store(path)
    actor = login_at_till(handle.sessions, "T1", "1234")
    with handle.sessions.begin() as s:
        item = factories.add_item(s, name="大米 5kg", price=2500)
        factories.add_lot(s, item, 500)
        shifts.open_shift(s, actor, 10000)
    handle.close()
    return path


def sell_some(path, count: int) -> None:
    handle = open_store(path)
    actor = login_at_till(handle.sessions, "T1", "1234")
    try:
        for _ in range(count):
            with handle.sessions.begin() as s:
                basket = Basket()
                checkout.add_item(s, actor, basket, factories.code_of(s, s.get(factories.Item, 1)), 1)
                checkout.complete_sale(s, actor, basket, [Payment("cash", basket.total)])
    finally:
        handle.close()


def files_of(db) -> dict[str, bytes] | tuple:
    """The store's files byte for byte; on a server, what a refused command could have written."""
    if "://" in str(db):
        return server_state(db)
    path = Path(db)
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*")}


def test_export_each_kind(store_file, tmp_path, capsys):
    sell_some(store_file, 3)
    for kind in ("sales", "sale-lines", "donations", "stock", "hours"):
        out = tmp_path / f"{kind}.csv"
        assert main(["export", kind, "--db", str(store_file), "--from", "2026-03-01", "--to", "2026-03-31",
                     "--out", str(out)]) == 0
        assert f"of {kind} to" in capsys.readouterr().out
        rows = list(csv.reader(out.open(encoding="utf-8-sig")))
        assert rows[0][0] in ("receipt_number", "date", "barcode", "volunteer_code")
    assert len(list(csv.reader((tmp_path / "sales.csv").open(encoding="utf-8-sig")))) == 4
    stock_rows = list(csv.DictReader((tmp_path / "stock.csv").open(encoding="utf-8-sig")))
    assert stock_rows[0]["on_hand"] == "497"


def test_export_refusals_change_nothing(store_file, tmp_path, capsys):
    before = files_of(store_file)
    assert main(["export", "sales", "--db", str(store_file), "--out", str(tmp_path / "x.csv")]) == 1
    assert "--from" in capsys.readouterr().err
    assert main(["export", "sales", "--db", str(store_file), "--from", "2026-04-01", "--to", "2026-03-01",
                 "--out", str(tmp_path / "x.csv")]) == 1
    assert "after" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "sales", "--db", str(store_file), "--from", "2026-02-30", "--out", str(tmp_path / "x.csv")])
    assert files_of(store_file) == before


@pytest.mark.sqlite_only  # a SQLite file backup (the server's: tests/services/store/test_pg_backup.py)
def test_backup_taken_while_selling_restores_to_a_verified_store(store_file, tmp_path, capsys):
    seller = threading.Thread(target=sell_some, args=(store_file, 40))
    seller.start()
    backups = []
    while seller.is_alive() and len(backups) < 200:
        out = tmp_path / f"b{len(backups)}.sqlite"
        assert main(["backup", "--db", str(store_file), "--out", str(out)]) == 0
        backups.append(out)
    seller.join()
    sales_seen = {backup.inspect_backup(copy).sales for copy in backups}
    assert any(0 < n < 40 for n in sales_seen), f"no backup was taken mid-way: {sales_seen}"
    for copy in backups[:: max(1, len(backups) // 4)]:
        target = tmp_path / f"restored-{copy.name}"
        assert main(["restore", str(copy), "--db", str(target)]) == 0
        assert "verify passed" in capsys.readouterr().out
        assert main(["verify", "--db", str(target)]) == 0


@pytest.mark.sqlite_only  # a SQLite file backup (the server's: tests/services/store/test_pg_backup.py)
def test_restore_keeps_the_replaced_store(store_file, tmp_path, capsys):
    copy = tmp_path / "b.sqlite"
    assert main(["backup", "--db", str(store_file), "--out", str(copy)]) == 0
    sell_some(store_file, 2)
    assert main(["restore", str(copy), "--db", str(store_file)]) == 0
    out = capsys.readouterr().out
    assert "the replaced store is kept at" in out
    kept = Path(out.rsplit("kept at ", 1)[1].strip())
    con = sqlite3.connect(kept)
    assert con.execute("SELECT count(*) FROM sales").fetchone()[0] == 2
    con.close()
    con = sqlite3.connect(store_file)
    assert con.execute("SELECT count(*) FROM sales").fetchone()[0] == 0
    con.close()


@pytest.mark.sqlite_only  # a SQLite file backup (the server's: tests/services/store/test_pg_backup.py)
def test_restore_refuses_a_bad_file_and_changes_nothing(store_file, tmp_path, capsys):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"\0" * 4096)
    before = files_of(store_file)
    assert main(["restore", str(junk), "--db", str(store_file)]) == 1
    assert "error:" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "none.sqlite"), "--db", str(store_file)]) == 1
    assert files_of(store_file) == before


def tamper(db: str, sql: str) -> None:
    run_sql(db, sql)


@pytest.mark.parametrize("sql, named", [
    ("UPDATE sales SET total = 1 WHERE id = 1", "sales row 1 was edited"),
    ("DELETE FROM tenders WHERE id = 1", "tenders row 1 was deleted"),
    ("INSERT INTO cash_movements (id, shift_id, kind, amount, reason, user_id, created_at) "
     "VALUES (7, 1, 'out', 5000, 'x', 1, '2026-03-10 03:00:00')", "cash_movements row 7 has no audit event"),
])
def test_verify_names_edited_deleted_and_inserted_rows(store_file, capsys, sql, named):
    sell_some(store_file, 1)
    assert main(["verify", "--db", str(store_file)]) == 0
    capsys.readouterr()
    tamper(store_file, sql)
    assert main(["verify", "--db", str(store_file)]) == 1
    assert named in capsys.readouterr().err


def test_verify_checks_a_published_head(store_file, capsys):
    assert main(["verify", "--db", str(store_file)]) == 0
    head = capsys.readouterr().out.rsplit("head ", 1)[1].strip()
    sell_some(store_file, 1)
    assert main(["verify", "--db", str(store_file), "--head", head]) == 0
    assert main(["verify", "--db", str(store_file), "--head", "0" * 63 + "1"]) == 1
    assert "not in this store's audit chain" in capsys.readouterr().err


def test_commands_on_a_database_without_a_store(cli_db, tmp_path, capsys):
    empty = cli_db
    assert main(["export", "sales", "--db", str(empty), "--from", "2026-01-01", "--out", str(tmp_path / "x.csv")]) == 1
    assert "no store yet" in capsys.readouterr().err
