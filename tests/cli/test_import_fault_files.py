"""Import files the fault campaign (benchmarks/faults/mutate_imports.py) found crashing
`charitymart import`: each must be imported or refused with a message, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from charitymart.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


@pytest.fixture
def store_file(tmp_path) -> Path:
    path = tmp_path / "store.sqlite"
    assert main(["init", "--db", str(path), "--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"]) == 0
    return path


def item_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as con:
        return [name for (name,) in con.execute("SELECT name FROM items ORDER BY id")]


def test_csv_with_old_mac_line_ends_is_imported(store_file, tmp_path, capsys):
    # Excel for Mac (and some old tools) end lines with a bare CR.
    text = (EXAMPLES / "catalog.csv").read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\n", "\r")
    source = tmp_path / "catalog.csv"
    source.write_bytes(text.encode("utf-8"))
    assert main(["import", "catalog", str(source), "--db", str(store_file)]) == 0
    assert "imported" in capsys.readouterr().out
    assert "大米 5kg" in item_names(store_file)


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 half a workbook", b"\x00\x01junk" * 50],
                         ids=["empty", "truncated", "junk"])
def test_xlsx_that_is_not_a_workbook_is_refused(store_file, tmp_path, capsys, content):
    source = tmp_path / "catalog.xlsx"
    source.write_bytes(content)
    assert main(["import", "catalog", str(source), "--db", str(store_file)]) == 1
    err = capsys.readouterr().err
    assert "catalog.xlsx is not a readable .xlsx workbook" in err
    assert item_names(store_file) == []


def test_csv_that_the_reader_cannot_parse_is_refused(store_file, tmp_path, capsys):
    source = tmp_path / "catalog.csv"
    source.write_text("barcode,name,category,price\n" + '"' + "x" * 200_000 + '",a,b,1\n', encoding="utf-8")
    assert main(["import", "catalog", str(source), "--db", str(store_file)]) == 1
    assert "catalog.csv is not a readable CSV file" in capsys.readouterr().err


@pytest.mark.parametrize("column, value", [("reorder_level", "1" + "0" * 20), ("price", "1" + "0" * 20)])
def test_a_number_too_large_to_store_is_refused_by_row_and_column(store_file, tmp_path, capsys, column, value):
    source = tmp_path / "catalog.csv"
    source.write_text("barcode,name,category,price,reorder_level\n6901234567014,大米 5kg,粮油,25.00,10\n",
                      encoding="utf-8")
    text = source.read_text(encoding="utf-8")
    source.write_text(text.replace(",25.00," if column == "price" else ",10\n",
                                   f",{value}," if column == "price" else f",{value}\n"), encoding="utf-8")
    assert main(["import", "catalog", str(source), "--db", str(store_file)]) == 1
    err = capsys.readouterr().err
    assert f"row 2, column {column}:" in err and "too large" in err
    assert item_names(store_file) == []


def test_xlsx_with_junk_inside_its_zip_is_refused(store_file, tmp_path, capsys):
    # Made by the campaign: a volunteers.xlsx with random bytes spliced in; zipfile then seeks to a
    # negative offset and raises OSError(EINVAL) from inside openpyxl.
    source = tmp_path / "volunteers.xlsx"
    source.write_bytes((Path(__file__).resolve().parents[1] / "data" / "xlsx-junk-inside-zip.xlsx").read_bytes())
    assert main(["import", "volunteers", str(source), "--db", str(store_file)]) == 1
    assert "volunteers.xlsx is not a readable .xlsx workbook" in capsys.readouterr().err
