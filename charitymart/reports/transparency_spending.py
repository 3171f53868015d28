"""The 公示's "Spending and balance" section, shared with the annual report: money received by
fund source, spent by category, the balance carried forward and at the period's end.

Public: categories and totals only (services.reporting.spending), never a payee or a description.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from charitymart.reports.text import DocumentText


def expense_category_name(tr: DocumentText, category: str) -> str:
    return {
        "rent": tr("Rent"), "utilities": tr("Water and electricity"), "staff": tr("Staff"),
        "transport": tr("Transport"), "purchase": tr("Purchase of goods"),
        "aid": tr("Direct aid to households"), "office": tr("Office costs"), "other": tr("Other spending"),
    }.get(category, category)


def money_fund_name(tr: DocumentText, source: str) -> str:
    return {"donations": tr("Cash donations"), "sales": tr("Sales income")}.get(source, source)


def spending_parts(b, spending, *, opening_label: str, closing_label: str) -> list:
    """The balance table (per fund source: start + received − spent = end), then spending by
    category; `b` is a transparency.Builder (or anything with its tr, money, table, para)."""
    tr = b.tr
    rows = [[tr("Money"), opening_label, tr("+ Received"), tr("− Spent"), closing_label]]
    for f in spending.funds:
        rows.append([money_fund_name(tr, f.fund_source), b.money(f.opening), b.money(f.received),
                     b.money(f.spent), b.money(f.closing)])
    rows.append([tr("Total"), b.money(spending.opening), b.money(spending.received), b.money(spending.spent),
                 b.money(spending.closing)])
    balance = b.table(rows, total=True)
    spent = [[tr("Spent on"), tr("Amount")]]
    spent += [[expense_category_name(tr, c.category), b.money(c.amount)] for c in spending.by_category if c.amount]
    if spending.consignor_payments:
        spent.append([tr("Paid to consignors for goods sold on their behalf"), b.money(spending.consignor_payments)])
    spent.append([tr("Total spent"), b.money(spending.spent)])
    return [balance,
            b.para(tr("Start + received − spent = end, to the fen. Cash donations and sales income are kept "
                      "apart; allowance and time-bank points are not money received."), "small"),
            Spacer(1, 2 * mm),
            b.table(spent, total=True, width=120 * mm)]


def spending(b) -> None:
    """The monthly 公示's section."""
    tr = b.tr
    parts = spending_parts(b, b.f.spending, opening_label=tr("Carried forward from last month"),
                           closing_label=tr("Balance at month end"))
    b.section(tr("9. Spending and balance"), *parts)
