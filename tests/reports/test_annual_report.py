"""The annual report read back from its PDF, against the three monthly 公示 of the sample store
(January to March 2026, read back from their PDFs too): the year's figures are the months' sums,
the balance and the stock flow start where January starts and end where March ends, and the
spending matches a direct query over the whole year. Both languages; no name is printed."""

from __future__ import annotations

import re
import subprocess
from datetime import date

import pytest
from sqlalchemy import text as sql

from charitymart.cli import main
from charitymart.services import clock
from charitymart.services.documents import annual, month
from charitymart.services.reporting.common import date_period
from charitymart.services.reporting.spending import spending_figures
from tests.conftest import START
from tests.support.documents import demo, demo_db  # noqa: F401

MONEY = re.compile(r"(-?)¥([\d,]+\.\d\d)")
HOURS = re.compile(r"([\d,]+\.\d+)\s*$")


def fen(line: str) -> list[int]:
    return [(-1 if m.group(1) else 1) * int(m.group(2).replace(",", "").replace(".", "")) for m in MONEY.finditer(line)]


def pdf_text(data: bytes, tmp_path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def row(text: str, label: str, after: str = "") -> str:
    start = text.index(after) if after else 0
    lines = [line for line in text[start:].splitlines() if line.strip().startswith(label)]
    assert lines, f"{label!r} not in the report"
    return lines[0]


@pytest.fixture(scope="module")
def papers(demo_db, tmp_path_factory):
    from charitymart.services.store.setup import open_store

    folder = tmp_path_factory.mktemp("annual")
    clock.set_now(START)
    handle = open_store(demo_db)
    try:
        with handle.readers() as s:
            months = [pdf_text(month.transparency_report_pdf(s, 2026, m, "en"), folder, f"m{m}") for m in (1, 2, 3)]
            year = pdf_text(annual.annual_report_pdf(s, 2026, "en"), folder, "year")
            year_zh = pdf_text(annual.annual_report_pdf(s, 2026, "zh_CN"), folder, "year-zh")
            spending = spending_figures(s, date_period(s, date(2026, 1, 1), date(2026, 3, 31)))
        names = {}
        with handle.sessions() as s:
            for table in ("beneficiaries", "volunteers"):
                names[table] = [n for (n,) in s.execute(sql(f"SELECT name FROM {table}"))]
            names["payees"] = [p for (p,) in s.execute(sql("SELECT DISTINCT payee FROM expenses WHERE payee != ''"))]
            names["descriptions"] = [d for (d,) in s.execute(sql("SELECT DISTINCT description FROM expenses"))]
    finally:
        handle.close()
        clock.set_now(None)
    return months, year, year_zh, spending, names


def test_the_years_money_is_the_sum_of_the_months(papers):
    months, year, _zh, _spending, _names = papers
    for label in ("Total money received", "Total value given", "Household allowance used in sales",
                  "Time-bank points spent", "Total spent"):
        assert fen(row(year, label)) == [sum(fen(row(m, label))[0] for m in months)], label
    assert sum(fen(row(m, "Total money received"))[0] for m in months) > 0


def test_the_balance_starts_in_january_and_ends_in_march(papers):
    months, year, _zh, spending, _names = papers
    monthly = [fen(row(m, "Total  ", after="9. Spending and balance")) for m in months]
    yearly = fen(row(year, "Total  ", after="9. Spending and balance"))
    assert yearly == [monthly[0][0], sum(m[1] for m in monthly), sum(m[2] for m in monthly), monthly[-1][3]]
    assert yearly[0] + yearly[1] - yearly[2] == yearly[3]
    assert yearly == [spending.opening, spending.received, spending.spent, spending.closing]  # a direct query agrees
    assert spending.spent > 0  # the sample store pays its bills
    for months_row, label in ((monthly[i][3], f"2026-0{i + 1}") for i in range(3)):
        assert fen(row(year, label))[-1] == months_row  # the per-month table's balance column


def test_the_stock_flow_and_hours_add_up(papers):
    months, year, _zh, _spending, _names = papers
    start = fen(row(months[0], "Stock at the start of the month"))
    end = fen(row(months[-1], "= Stock at the end of the month"))
    assert fen(row(year, "Stock at the start of the year")) == start
    assert fen(row(year, "= Stock at the end of the year")) == end
    received = sum(fen(row(m, "+ Received"))[0] for m in months)
    assert fen(row(year, "+ Received (donated"))[0] == received
    hours = [float(HOURS.search(row(m, "Hours of service (approved)")).group(1).replace(",", "")) for m in months]
    assert float(HOURS.search(row(year, "Hours of service (approved)")).group(1).replace(",", "")) == pytest.approx(sum(hours))


def test_both_languages_and_no_names(papers):
    _months, year, year_zh, _spending, names = papers
    assert "Annual report 2026" in year and "2026-03" in year
    assert "慈善超市" in year_zh or "2026" in year_zh
    for text in (year, year_zh):
        for name in names["beneficiaries"] + names["volunteers"] + names["payees"] + names["descriptions"]:
            assert name not in text, name


def test_the_command_writes_the_report(demo_db, tmp_path, capsys):
    out = tmp_path / "annual.pdf"
    assert main(["report", "annual", "--db", str(demo_db), "--year", "2026", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {out}: annual report for 2026 (2026-01-01 to 2026-03-10)")
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["report", "annual", "--db", str(demo_db), "--year", "2027", "--out", str(out)]) != 0


HEADING = {"en": re.compile(r"^\d+\. \S"), "zh_CN": re.compile(r"^[一二三四五六七八九十]+、")}
LAST = {"en": ("9. Spending and balance", "Issued by"), "zh_CN": ("九、资金支出与结余", "出具单位")}


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_heading_is_left_at_a_page_foot_and_the_seal_stays_with_the_balance(demo, language):  # noqa: F811
    import io

    from pypdf import PdfReader

    clock.set_now(START)
    with demo.readers() as s:
        data = annual.annual_report_pdf(s, 2026, language)
    pages = []
    for page in PdfReader(io.BytesIO(data)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        pages.append([line for line in lines if not re.search(r"Page \d+ of \d+|第 \d+ 页", line)
                      and "annual report 2026" not in line and "年度工作报告" not in line[-12:]])
    for number, lines in enumerate(pages[:-1], start=1):
        assert not HEADING[language].match(lines[-1]), (number, lines[-1])
    section, seal = LAST[language]
    on = [n for n, lines in enumerate(pages) if any(section in line for line in lines)]
    assert on and any(seal in line for line in pages[on[0]])
