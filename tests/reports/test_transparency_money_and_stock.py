"""The sample store's month read back from the public report's PDF (issue 12.5 and 12.6):
income is money received only (by tender), apart from value given to households; the stock
flow shows every term and closes to the unit and to the fen, for all goods and per fund source,
and its opening and closing agree with the stock ledger."""

from __future__ import annotations

import re
import subprocess

import pytest
from sqlalchemy import text

from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from tests.conftest import START
from tests.support.documents import MONTH, MONTH_END_UTC, MONTH_START_UTC, demo, demo_db  # noqa: F401

MONEY = re.compile(r"([+\-−]?)¥([\d,]+\.\d\d)")
COUNT = re.compile(r"^[+\-−]?[\d,]+$")
SALES_IN_MONTH = f"s.created_at >= '{MONTH_START_UTC}' AND s.created_at < '{MONTH_END_UTC}'"
VOIDS_IN_MONTH = f"v.created_at >= '{MONTH_START_UTC}' AND v.created_at < '{MONTH_END_UTC}'"


def fen(match: re.Match) -> int:
    sign = -1 if match.group(1) in ("-", "−") else 1
    return sign * int(match.group(2).replace(",", "").replace(".", ""))


def count(token: str) -> int:
    return int(token.replace(",", "").replace("−", "-").replace("+", ""))


@pytest.fixture
def report(demo, tmp_path):
    clock.set_now(START)
    with demo.readers() as s:
        data = documents_month.transparency_report_pdf(s, *MONTH, "en")
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def scalar(handle, sql: str) -> int:
    with handle.sessions() as s:
        return s.execute(text(sql)).scalar() or 0


def tenders(handle, kinds: str) -> int:
    """Signed tenders of the month's sale events: sales made in it, less voids entered in it."""
    made = scalar(handle, f"SELECT sum(t.amount) FROM tenders t JOIN sales s ON s.id = t.sale_id "
                          f"WHERE t.kind IN ({kinds}) AND {SALES_IN_MONTH}")
    voided = scalar(handle, f"SELECT sum(t.amount) FROM tenders t JOIN sale_voids v ON v.sale_id = t.sale_id "
                            f"WHERE t.kind IN ({kinds}) AND {VOIDS_IN_MONTH}")
    return made - voided


def row(report_text: str, label: str) -> str:
    found = [line for line in report_text.splitlines() if line.strip().startswith(label)]
    assert found, f"{label!r} not in the report"
    return found[0]


def money_in(line: str) -> list[int]:
    return [fen(m) for m in MONEY.finditer(line)]


def test_income_is_money_received_by_tender_apart_from_value_given(demo, report):
    received = tenders(demo, "'cash', 'mobile', 'card'")
    everything = tenders(demo, "'cash', 'mobile', 'card', 'allowance', 'points'")
    allowance, points = tenders(demo, "'allowance'"), tenders(demo, "'points'")
    assert 0 < received < everything and allowance > 0  # the sample month has both kinds
    assert money_in(row(report, "Total money received")) == [received]
    for label, kind in (("Cash", "'cash'"), ("Mobile payment", "'mobile'"), ("Bank card", "'card'")):
        assert money_in(row(report, label + "  "))[-1] == tenders(demo, kind), label
    assert money_in(row(report, "Total value given")) == [allowance + points]
    assert money_in(row(report, "Time-bank points spent")) == [points]
    collections = scalar(demo, f"SELECT sum(t.amount) FROM tenders t JOIN sales s ON s.id = t.sale_id "
                               f"WHERE s.kind = 'collection' AND {SALES_IN_MONTH}") - scalar(
        demo, f"SELECT sum(t.amount) FROM tenders t JOIN sale_voids v ON v.sale_id = t.sale_id JOIN sales s "
              f"ON s.id = v.sale_id WHERE s.kind = 'collection' AND {VOIDS_IN_MONTH}")
    assert money_in(row(report, "Free collections against the allowance")) == [collections]
    assert money_in(row(report, "Household allowance used in sales")) == [allowance - collections]
    # The goods' value at shop prices is everything; it is never called income.
    assert money_in(row(report, "Total  "))[0] == everything  # (a bar label may share the line)
    assert "Income" not in report


def flow_rows(report_text: str) -> list[tuple[str, int, int]]:
    """(label, units, fen) of the stock-flow table, first row to last."""
    lines = report_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("Stock at the start of the month"))
    end = next(i for i, line in enumerate(lines) if line.strip().startswith("= Stock at the end of the month"))
    rows = []
    for line in lines[start:end + 1]:
        parts = re.split(r"\s{2,}", line.strip())
        if len(parts) < 3:
            continue
        label, units, value = parts[0], parts[-2], parts[-1]
        assert COUNT.match(units), line
        rows.append((label, count(units), fen(MONEY.search(value))))
    return rows


def test_the_stock_flow_closes_to_the_unit_and_the_fen(demo, report):
    rows = flow_rows(report)
    labels = [label for label, _, _ in rows]
    for term in ("+ Received", "− Sold (net of refunds)", "− Given to households"):
        assert any(label.startswith(term) for label in labels), term
    opening, closing, terms = rows[0], rows[-1], rows[1:-1]
    assert opening[1] + sum(t[1] for t in terms) == closing[1]
    assert opening[2] + sum(t[2] for t in terms) == closing[2]
    # Opening and closing are the stock ledger at the month's edges.
    for edge, shown in ((MONTH_START_UTC, opening), (MONTH_END_UTC, closing)):
        units = scalar(demo, f"SELECT sum(m.quantity) FROM stock_movements m WHERE m.created_at < '{edge}'")
        value = scalar(demo, f"SELECT sum(m.quantity * l.unit_value) FROM stock_movements m JOIN lots l "
                             f"ON l.id = m.lot_id WHERE m.created_at < '{edge}'")
        assert (shown[1], shown[2]) == (units, value), edge
    # Write-offs are shown: the month's negative adjustments are in the flow.
    written_off = scalar(demo, f"SELECT -sum(m.quantity) FROM stock_movements m JOIN stock_adjustments a "
                               f"ON a.id = m.adjustment_id WHERE a.reason IN ('expired', 'damaged', 'lost') "
                               f"AND m.created_at >= '{MONTH_START_UTC}' AND m.created_at < '{MONTH_END_UTC}'")
    shown_off = -sum(units for label, units, _ in terms if label.startswith("− Written off"))
    assert shown_off == written_off
    not_restocked = scalar(demo, f"SELECT -sum(x.quantity) FROM sale_line_lots x JOIN sale_lines l ON "
                                 f"l.id = x.sale_line_id JOIN sales s ON s.id = l.sale_id WHERE s.kind = 'refund' "
                                 f"AND l.restock = 0 AND {SALES_IN_MONTH}")
    assert not_restocked > 0  # the sample month has damaged refunds
    assert [-units for label, units, _ in terms if label.startswith("− Refunded and not restocked")] == [not_restocked]


def test_each_fund_source_closes_too(report):
    """The "by fund source" rows: start + in + sold + given + written off + other = end."""
    lines = [line for line in report.splitlines() if re.match(r"\s*((Donated|Purchased|Consigned) goods\s+)?"
                                                               r"(Items|Value)\s{2,}", line)]
    assert len(lines) >= 4 and len(lines) % 2 == 0
    for line in lines:
        cells = re.split(r"\s{2,}", line.strip())
        cells = cells[cells.index("Items" if "Items" in cells else "Value") + 1:]
        figures = [fen(MONEY.search(c)) for c in cells] if "Value" in line else [count(c) for c in cells]
        assert len(figures) == 7, line
        assert sum(figures[:-1]) == figures[-1], line
