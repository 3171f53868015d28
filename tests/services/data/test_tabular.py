from datetime import date

import pytest
from openpyxl import Workbook

from charitymart.services.tabular import ImportRefused, RowReader, read_table


def test_csv_with_bom_and_row_numbers(tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("\ufeffbarcode,name,price\n6901234567892,大米,12.50\n\n123,油,-1\n".encode("utf-8"))
    table = read_table(path, ["barcode", "name", "price"])
    assert [n for n, _ in table.rows] == [2, 4]
    problems = []
    for number, cells in table.rows:
        RowReader(number, cells, problems).money("price")
    assert [str(p) for p in problems] == ["row 4, column price: negative amount: '-1'"]


def test_missing_and_unknown_columns_are_named(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("barcode,nmae\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as err:
        read_table(path, ["barcode", "name"])
    assert {(p.row, p.column) for p in err.value.problems} == {(1, "name"), (1, "nmae")}


def test_xlsx_cells_are_read_as_text(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["date", "quantity", "ok"])
    sheet.append([date(2026, 3, 1), 3, "是"])
    path = tmp_path / "d.xlsx"
    book.save(path)
    table = read_table(path, ["date", "quantity", "ok"])
    number, cells = table.rows[0]
    problems = []
    reader = RowReader(number, cells, problems)
    assert reader.day("date") == date(2026, 3, 1)
    assert reader.integer("quantity") == 3
    assert reader.boolean("ok", default=False) is True
    assert problems == []


def test_bad_cells_collect_problems():
    problems = []
    reader = RowReader(7, {"d": "2026-13-01", "q": "x", "b": "maybe", "k": "zzz"}, problems)
    assert reader.day("d") is None and reader.integer("q") is None
    assert reader.boolean("b", default=False) is None and reader.choice("k", ("a", "b")) is None
    assert [p.column for p in problems] == ["d", "q", "b", "k"]
    assert all(p.row == 7 for p in problems)
