"""`charitymart report labels` and `report card-labels` on a real store file."""

from __future__ import annotations

from pathlib import Path

import pytest

from charitymart.cli import main
from charitymart.domain.label_layouts import built_in_layout
from charitymart.services.store.setup import open_store
from tests.support import factories
from tests.support.labels import decode_pages, page_sizes_mm, pdf_text

RICE, OIL = "2000000000015", "6901234567892"


@pytest.fixture
def store_file(cli_db) -> str:
    path = cli_db  # a SQLite file, or a server database with --db-backend=postgresql
    assert main(["init", "--db", str(path), "--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"]) == 0
    handle = open_store(path)
    with handle.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE), 10)
        factories.add_item(s, name="食用油 1L", price=1850, barcode=OIL)
        factories.add_beneficiary(s, "H0001", name="张三")
        factories.add_volunteer(s, "V001", name="李志愿")
    handle.close()
    return path


def write_csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_labels_from_a_csv_on_a_named_layout(store_file, tmp_path, capsys):
    rows = write_csv(tmp_path / "labels.csv", f"barcode,copies\n{RICE},3\n\n{OIL},\n")
    out = tmp_path / "labels.pdf"
    code = main(["report", "labels", "--db", str(store_file), "--barcodes", str(rows), "--layout", "a4-4x10",
                 "--out", str(out), "--skip", "38"])
    assert code == 0
    assert capsys.readouterr().out.strip() == f"wrote 4 label(s) on 2 page(s) of layout a4-4x10 to {out}"
    pages = decode_pages(out.read_bytes(), tmp_path / "pages", built_in_layout("a4-4x10"))
    assert [[(d.text, d.cell) for d in page] for page in pages] == [[(RICE, 38), (RICE, 39)], [(RICE, 0), (OIL, 1)]]
    assert "大米 5kg" in pdf_text(out.read_bytes())[0]


def test_a_csv_with_bad_rows_is_refused_naming_row_and_column(store_file, tmp_path, capsys):
    rows = write_csv(tmp_path / "labels.csv", f"barcode,copies\n{RICE},2\n6900000000000,1\n{OIL},zero\n,4\n")
    out = tmp_path / "labels.pdf"
    assert main(["report", "labels", "--db", str(store_file), "--barcodes", str(rows), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "labels refused, nothing was written: 3 problem(s)" in err
    assert "row 3, column barcode: no item has barcode 6900000000000" in err
    assert "row 4, column copies: 'zero' is not a whole number" in err
    assert "row 5, column barcode: is empty" in err
    assert not out.exists()


def test_a_csv_without_the_barcode_column_is_refused(store_file, tmp_path, capsys):
    rows = write_csv(tmp_path / "labels.csv", "code,copies\n1,1\n")
    assert main(["report", "labels", "--db", str(store_file), "--barcodes", str(rows), "--out",
                 str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert "row 1, column barcode: required column is missing" in err
    assert "row 1, column code: unknown column" in err


def test_an_unknown_layout_or_skip_past_the_sheet_is_an_error(store_file, tmp_path, capsys):
    rows = write_csv(tmp_path / "labels.csv", f"barcode\n{RICE}\n")
    out = tmp_path / "labels.pdf"
    assert main(["report", "labels", "--db", str(store_file), "--barcodes", str(rows), "--layout", "a3-1x1",
                 "--out", str(out)]) == 1
    assert "there is no label layout called a3-1x1" in capsys.readouterr().err
    assert main(["report", "labels", "--db", str(store_file), "--barcodes", str(rows), "--skip", "24",
                 "--out", str(out)]) == 1
    assert "labels to skip must be a whole number from 0 to 23" in capsys.readouterr().err
    assert not out.exists()


def test_household_and_volunteer_card_labels(store_file, tmp_path, capsys):
    households = tmp_path / "households.pdf"
    assert main(["report", "card-labels", "--db", str(store_file), "--households", "H0001", "--layout",
                 "printer-50x30", "--out", str(households), "--lang", "en"]) == 0
    assert "wrote 1 label(s) on 1 page(s) of layout printer-50x30" in capsys.readouterr().out
    assert page_sizes_mm(households.read_bytes()) == [(50.0, 30.0)]
    text = pdf_text(households.read_bytes())[0]
    assert "household card" in text and "张三" not in text
    volunteers = tmp_path / "volunteers.pdf"
    assert main(["report", "card-labels", "--db", str(store_file), "--volunteers", "V001", "--out",
                 str(volunteers)]) == 0
    pages = decode_pages(volunteers.read_bytes(), tmp_path / "v", built_in_layout("a4-3x8"))
    assert [[d.text for d in page] for page in pages] == [["V001"]]
    assert "李志愿" in pdf_text(volunteers.read_bytes())[0]


def test_card_labels_with_the_holders_name_and_unknown_cards(store_file, tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    assert main(["report", "card-labels", "--db", str(store_file), "--households", "H0001", "--with-name",
                 "--out", str(out)]) == 0
    assert "张三" in pdf_text(out.read_bytes())[0]
    assert main(["report", "card-labels", "--db", str(store_file), "--households", "H0001,H0404", "--out",
                 str(tmp_path / "none.pdf")]) == 1
    assert "no household has card H0404" in capsys.readouterr().err
    assert main(["verify", "--db", str(store_file)]) == 0
