"""`charitymart import expenses FILE` (all or nothing, row and column in every problem) and
`charitymart export expenses`, run as documented over a real store file."""

from __future__ import annotations

import csv
from charitymart.cli import main
from charitymart.services.money import expenses
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till
from tests.support.counter import snapshot

GOOD = """date,category,amount,fund_source,payee,description
2026-03-01,房租,1500.00,sales,街道资产管理中心,三月店面租金
2026-03-05,utilities,236.40,销售收入,国网电力,二月电费
2026-03-09,aid,600.00,donations,,临时救助
"""


def new_store(tmp_path):
    path = tmp_path / "store.sqlite"
    assert main(["init", "--db", str(path), "--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"]) == 0
    return path


def fresh_output(capsys) -> None:
    capsys.readouterr()  # drop init's line


def test_import_then_export_expenses(tmp_path, capsys):
    path = new_store(tmp_path)
    source = tmp_path / "expenses.csv"
    source.write_text(GOOD, encoding="utf-8-sig")
    fresh_output(capsys)
    assert main(["import", "--db", str(path), "expenses", str(source)]) == 0
    assert capsys.readouterr().out.strip() == "imported 3 rows: 3 added, 0 updated"
    handle = open_store(path)
    try:
        actor = login_at_till(handle.sessions, "T1", "1234")
        with handle.sessions.begin() as s:
            first = expenses.month_expenses(s, actor, 2026, 3)[0]
            expenses.reverse_expense(s, actor, first.id, "wrong month")
    finally:
        handle.close()
    out = tmp_path / "out.csv"
    assert main(["export", "--db", str(path), "expenses", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["date"], r["category"], r["amount"], r["fund_source"], r["reverses"]) for r in rows] == [
        ("2026-03-01", "rent", "1500.00", "sales", ""), ("2026-03-01", "rent", "-1500.00", "sales", "1"),
        ("2026-03-05", "utilities", "236.40", "sales", ""), ("2026-03-09", "aid", "600.00", "donations", "")]
    assert rows[1]["reason"] == "wrong month" and rows[0]["payee"] == "街道资产管理中心"
    assert rows[0]["entered_by"] == "管理员"


def test_a_bad_file_imports_nothing_and_names_every_row_and_column(tmp_path, capsys):
    path = new_store(tmp_path)
    source = tmp_path / "expenses.csv"
    source.write_text(GOOD + "2026-03-02,party,10.00,sales,,\n2026-03-03,rent,0,sales,,\n"
                      "2026-03-04,rent,12.00,bank,,\n2026-04-01,rent,12.00,sales,,\n", encoding="utf-8")  # row 8: after today
    handle = open_store(path)
    before = snapshot(handle)
    handle.close()
    assert main(["import", "--db", str(path), "expenses", str(source)]) != 0
    err = capsys.readouterr().err
    assert "nothing was imported: 4 problem(s)" in err
    for expected in ("row 5, column category", "row 6, column amount", "row 7, column fund_source",
                     "row 8, column date"):
        assert expected in err, (expected, err)
    handle = open_store(path)
    try:
        assert snapshot(handle) == before
    finally:
        handle.close()
