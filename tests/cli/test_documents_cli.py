"""`charitymart report ...` for the money and donor documents: files written, one summary line,
errors on stderr with exit 1."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from charitymart.cli import main
from charitymart.services.store.setup import open_store
from tests.support.documents import demo_db, pdf_text  # noqa: F401


@pytest.fixture
def db(demo_db, tmp_path):
    copy = tmp_path / "store.sqlite"
    shutil.copy(demo_db, copy)
    return str(copy)


def _scalar(db: str, sql: str):
    handle = open_store(db)
    try:
        with handle.readers() as s:
            return s.scalar(text(sql))
    finally:
        handle.close()


def test_monthly_folders(db, tmp_path, capsys):
    donors = _scalar(db, "SELECT COUNT(DISTINCT party_id) FROM donations WHERE fund_source = 'donated' "
                         "AND party_id IS NOT NULL AND received_on BETWEEN '2026-02-01' AND '2026-02-28'")
    assert main(["report", "donor-receipts", "--month", "2026-02", "--out", str(tmp_path / "donors"), "--db", db,
                 "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == f"wrote {donors} donor receipts for 2026-02 to {tmp_path / 'donors'}"
    files = sorted((tmp_path / "donors").glob("donor-receipt-2026-02-*.pdf"))
    assert len(files) == donors and "Donor receipt" in pdf_text(str(files[0]))

    assert main(["report", "beneficiary-statements", "--month", "2026-02", "--out", str(tmp_path / "hh"),
                 "--db", db]) == 0
    out = capsys.readouterr().out
    statements = sorted((tmp_path / "hh").glob("household-statement-2026-02-*.pdf"))
    assert statements and out.startswith(f"wrote {len(statements)} household statements")
    assert "受助家庭月度对账单" in pdf_text(str(statements[0]))  # the store's language by default

    assert main(["report", "consignor-settlement", "--month", "2026-02", "--out", str(tmp_path / "cs"),
                 "--db", db]) == 0
    assert len(list((tmp_path / "cs").glob("*.pdf"))) == int(capsys.readouterr().out.split()[1]) > 0


def test_single_documents(db, tmp_path, capsys):
    shift = _scalar(db, "SELECT MAX(shift_id) FROM shift_closes")
    receipt = _scalar(db, "SELECT MIN(receipt_number) FROM sales")
    donation = _scalar(db, "SELECT MIN(number) FROM donations WHERE fund_source = 'donated'")
    runs = [
        (["z", "--shift", str(shift)], "z.pdf", f"wrote the report of 1 shift(s) to {tmp_path / 'z.pdf'}", "Z-report"),
        (["receipt", "--number", receipt, "--paper", "A5"], "r.pdf",
         f"wrote a copy of receipt {receipt} (A5) to {tmp_path / 'r.pdf'}", receipt),
        (["acknowledgement", "--donation", donation], "a.pdf",
         f"wrote the acknowledgement of donation {donation} to {tmp_path / 'a.pdf'}", "Donation acknowledgement"),
    ]
    for args, name, summary, inside in runs:
        assert main(["report", *args, "--out", str(tmp_path / name), "--db", db, "--lang", "en"]) == 0
        assert capsys.readouterr().out.strip() == summary
        assert inside in pdf_text(str(tmp_path / name))


def test_errors_go_to_stderr(db, tmp_path, capsys):
    assert main(["report", "acknowledgement", "--donation", "D1999-000001", "--out", str(tmp_path / "a.pdf"),
                 "--db", db, "--lang", "en"]) == 1
    assert "D1999-000001" in capsys.readouterr().err and not (tmp_path / "a.pdf").exists()
    assert main(["report", "z", "--date", "2020-01-01", "--out", str(tmp_path / "z.pdf"), "--db", db]) == 1
    assert "2020-01-01" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["report", "donor-receipts", "--month", "2026-13", "--out", str(tmp_path), "--db", db])
    assert "is not a month" in capsys.readouterr().err
