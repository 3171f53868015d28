"""Importer for expenses (`charitymart import expenses FILE`): one row, one expense, recorded by
services.money.expenses (so every check the back-office form makes, and one audit event each).
Columns and rules: docs/import-formats.md."""

from __future__ import annotations

from functools import partial

from sqlalchemy.orm import Session

from charitymart.db.models import EXPENSE_CATEGORIES, EXPENSE_FUNDS
from charitymart.services.context import Actor, store_today
from charitymart.services.data.imports_common import Spec, attempt, pick
from charitymart.services.money import expenses
from charitymart.services.tabular import Problem, RowReader, Table

# The words a finance volunteer's own book uses.
CATEGORY_ALIASES = {"房租": "rent", "租金": "rent", "水电": "utilities", "水电费": "utilities", "人员": "staff",
                    "工资": "staff", "运输": "transport", "运费": "transport", "采购": "purchase",
                    "救助支出": "aid", "救助": "aid", "办公": "office", "办公费": "office", "其他": "other"}
FUND_ALIASES = {"捐赠": "donations", "捐赠资金": "donations", "捐款": "donations", "donation": "donations",
                "销售": "sales", "销售收入": "sales", "sale": "sales"}
FIELDS = {"spent_on": "date"}


def run_expenses(session: Session, actor: Actor, table: Table, problems: list[Problem]) -> tuple[int, int]:
    """Each row is one expense (expenses.record_expense): (rows added, 0)."""
    present = set(table.columns)
    today = store_today(session)
    added = 0
    for number, cells in table.rows:
        before = len(problems)
        reader = RowReader(number, cells, problems)
        day = reader.day("date")
        if day is not None and day > today:
            reader.problem("date", "{date} is in the future", date=day.isoformat())
        category = pick(reader, "category", EXPENSE_CATEGORIES, CATEGORY_ALIASES)
        amount = reader.money("amount")
        if amount is not None and amount <= 0:
            reader.problem("amount", "must be more than 0")
        fund = pick(reader, "fund_source", EXPENSE_FUNDS, FUND_ALIASES)
        payee = reader.text("payee", required=False, max_length=expenses.PAYEE_MAX) if "payee" in present else ""
        description = (reader.text("description", required=False, max_length=expenses.DESCRIPTION_MAX)
                       if "description" in present else "")
        if len(problems) > before:
            continue
        call = partial(expenses.record_expense, session, actor, spent_on=day, category=category, amount=amount,
                       fund_source=fund, payee=payee, description=description)
        if attempt(session, problems, [number], table.columns, call, FIELDS):
            added += 1
    return added, 0


EXPENSES = Spec(["date", "category", "amount", "fund_source"], ["payee", "description"], run_expenses)
