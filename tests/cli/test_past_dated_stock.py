"""Issue 12, item 2: donations imported after the fact, dated in March, are in March's stock.

Through the command line exactly as a manager runs it: import the documented example files in
mid-April (the donations are dated 2-8 March), then ask for the stock at the end of March as a
CSV export, as the stock report and as the March 公示's month-end stock (PDFs read back).
"""

from __future__ import annotations

import csv
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from charitymart.cli import main
from charitymart.services import clock
from tests.support.documents import pdf_text

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
APRIL_15 = datetime(2026, 4, 15, 2, 0)  # 10:00 in Shanghai: the donations are entered six weeks late
# The example file's 135 units at their estimated values, by fund source, as both PDFs print them.
BY_FUND_SOURCE = ("Donated goods 100 ¥857.00 Purchased goods 20 ¥420.00 Consigned goods 15 ¥180.00 "
                  "Total 135 ¥1,457.00")


def example_quantities() -> Counter:
    rows = csv.DictReader((EXAMPLES / "donations.csv").open(encoding="utf-8-sig"))
    quantities: Counter = Counter()
    for row in rows:
        quantities[row["barcode"]] += int(row["quantity"])
    return quantities


@pytest.fixture
def late_store(cli_db, capsys) -> str:
    """A store whose March donations were all typed in on 15 April (a file, or on the server)."""
    path = cli_db
    clock.set_now(APRIL_15)
    assert main(["init", "--db", str(path), "--store-name", "阳光", "--admin-name", "管理员",
                 "--admin-pin", "1234"]) == 0
    for kind in ("catalog", "donors", "donations"):
        assert main(["import", kind, "--db", str(path), str(EXAMPLES / f"{kind}.csv")]) == 0
    assert "imported 10 rows: 10 added" in capsys.readouterr().out
    return path


def test_export_stock_at_the_end_of_march_has_the_march_donations(late_store, tmp_path):
    out = tmp_path / "stock.csv"
    assert main(["export", "stock", "--db", str(late_store), "--to", "2026-03-31", "--out", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert Counter({row["barcode"]: int(row["on_hand"]) for row in rows}) == example_quantities()
    assert sum(int(row["on_hand"]) for row in rows) == 135


def test_nothing_was_in_stock_before_the_first_donation(late_store, tmp_path):
    out = tmp_path / "stock.csv"
    assert main(["export", "stock", "--db", str(late_store), "--to", "2026-03-01", "--out", str(out)]) == 0
    assert list(csv.DictReader(out.open(encoding="utf-8-sig"))) == []
    assert main(["export", "stock", "--db", str(late_store), "--to", "2026-03-02", "--out", str(out)]) == 0
    rows = {row["barcode"]: int(row["on_hand"]) for row in csv.DictReader(out.open(encoding="utf-8-sig"))}
    assert rows == {"6901234567014": 10, "6901234567021": 4}  # only what came in on 2 March


def test_stock_report_as_of_the_end_of_march_counts_them(late_store, tmp_path):
    out = tmp_path / "stock.pdf"
    assert main(["report", "stock", "--db", str(late_store), "--lang", "en", "--as-of", "2026-03-31",
                 "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    assert "Stock and expiry report at the end of Mar 31, 2026" in text
    assert BY_FUND_SOURCE in text
    assert "6901234567052 Soda crackers 30 ¥90.00 2026-09-30" in text
    assert "Rice 5kg 30 ¥620.00" in text  # 10 donated on 2 March + 20 bought on 6 March


def test_the_march_report_prints_the_month_end_stock(late_store, tmp_path):
    out = tmp_path / "march.pdf"
    assert main(["report", "transparency", "--db", str(late_store), "--lang", "en", "--month", "2026-03",
                 "--out", str(out)]) == 0
    text = pdf_text(out.read_bytes())
    # The stock flow: nothing before March, 135 items received in it, none out; the same by fund source.
    assert "Stock at the start of the month 0 ¥0.00 + Received (donated, bought, consigned) +135 +¥1,457.00" in text
    assert "= Stock at the end of the month 135 ¥1,457.00" in text
    for source, items, value in (("Donated goods", 100, "857.00"), ("Purchased goods", 20, "420.00"),
                                 ("Consigned goods", 15, "180.00")):
        assert f"{source} Items 0 +{items} 0 0 0 0 {items} Value ¥0.00 +¥{value}" in text, source
