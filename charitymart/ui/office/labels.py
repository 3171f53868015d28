"""Words the back-office pages share: role names, fund sources, tender kinds, yes/no."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficeLabels", text)


def role_text(role: str) -> str:
    return {
        "cashier": _tr("Cashier"),
        "manager": _tr("Manager"),
        "admin": _tr("Administrator"),
    }.get(role, role)


def fund_source_text(source: str) -> str:
    return {
        "donated": _tr("Donated goods"),
        "purchased": _tr("Purchased goods"),
        "consigned": _tr("Consigned goods"),
    }.get(source, source)


def tender_text(kind: str) -> str:
    return {
        "cash": _tr("Cash"),
        "mobile": _tr("Mobile payment"),
        "card": _tr("Bank card"),
        "allowance": _tr("Household allowance"),
        "points": _tr("Time-bank points"),
    }.get(kind, kind)


def yes_no_text(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")


def period_text(period: str) -> str:
    return {
        "month": _tr("Month"),
        "quarter": _tr("Quarter"),
        "half_year": _tr("Half-year"),
        "year": _tr("Year"),
    }.get(period, period)
