"""CSV exports: columns as documented, refunds negative, voids marked, tenders summing to totals."""

from __future__ import annotations

import csv
from datetime import date

from sqlalchemy import text

from charitymart.report_commands.common import script_actor
from charitymart.services.data import exports
from charitymart.services.sales import refunds
from charitymart.services.sales.checkout import Payment
from tests.support.counter import cashier, manager_id, sell, shift_id, stock  # noqa: F401  (fixtures)


def read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_sales_and_lines_export(store, cashier, manager_id, shift_id, tmp_path):
    rice, _, _ = stock(store, "大米 5kg", 2500, lots=((3, None, "donated"), (5, None, "purchased")))
    oil, _, _ = stock(store, "食用油 1L", 1800)
    first = sell(store, cashier, [(rice, 4), (oil, 1)], [Payment("cash", 11800, received=12000)])
    second = sell(store, cashier, [(oil, 1)], [Payment("mobile", 1800, reference="WX1")])
    with store.sessions.begin() as s:
        line_id = s.scalar(text(
            "SELECT sale_lines.id FROM sale_lines JOIN sales ON sales.id = sale_id "
            "WHERE receipt_number = :n AND line_no = 1"), {"n": first})
        refunds.refund(s, cashier, first, [(line_id, 1, True)], manager_pin="5555")
        refunds.void_sale(s, cashier, second, "wrong item", manager_pin="5555")
    out = tmp_path / "sales.csv"
    with store.sessions() as s:
        assert exports.export_csv(s, script_actor(s), "sales", date(2026, 3, 1), date(2026, 3, 31), out) == 3
    rows = read(out)
    assert list(rows[0]) == exports.EXPORT_COLUMNS["sales"]
    by_number = {r["receipt_number"]: r for r in rows}
    assert by_number[first]["status"] == "completed" and by_number[first]["total"] == "118.00"
    assert by_number[first]["cash"] == "118.00"  # net of the ¥2 change
    assert by_number[second]["status"] == "void" and by_number[second]["mobile"] == "18.00"
    refund_row = next(r for r in rows if r["status"] == "refund")
    assert refund_row["total"] == "-25.00"
    assert by_number[first]["time"].startswith("2026-03-10 10:")  # Shanghai time
    for r in rows:
        paid = sum(float(r[k]) for k in ("cash", "mobile", "card", "allowance", "points"))
        assert round(paid, 2) == float(r["total"])

    lines_out = tmp_path / "lines.csv"
    with store.sessions() as s:
        exports.export_csv(s, script_actor(s), "sale-lines", date(2026, 3, 10), date(2026, 3, 10), lines_out)
    lines = read(lines_out)
    rice_lines = [r for r in lines if r["receipt_number"] == first and r["name"] == "大米 5kg"]
    # four bags: three from the donated lot, one from the purchased lot
    assert sorted((r["fund_source"], r["quantity"], r["line_total"]) for r in rice_lines) == [
        ("donated", "3", "75.00"), ("purchased", "1", "25.00")]
    assert any(r["quantity"].startswith("-") for r in lines)


def test_export_outside_the_range_is_empty(store, cashier, shift_id, tmp_path):
    rice, _, _ = stock(store)
    sell(store, cashier, [(rice, 1)])
    out = tmp_path / "s.csv"
    with store.sessions() as s:
        assert exports.export_csv(s, script_actor(s), "sales", date(2026, 3, 11), date(2026, 3, 31), out) == 0
    assert out.read_text(encoding="utf-8-sig").strip() == ",".join(exports.EXPORT_COLUMNS["sales"])
