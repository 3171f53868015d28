"""Words the back-office pages share: role names, fund sources, tender kinds, yes/no."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def role_text(role: str) -> str:
    return {
        "cashier": QCoreApplication.translate("OfficeLabels", "Cashier"),
        "manager": QCoreApplication.translate("OfficeLabels", "Manager"),
        "admin": QCoreApplication.translate("OfficeLabels", "Administrator"),
    }.get(role, role)


def fund_source_text(source: str) -> str:
    return {
        "donated": QCoreApplication.translate("OfficeLabels", "Donated goods"),
        "purchased": QCoreApplication.translate("OfficeLabels", "Purchased goods"),
        "consigned": QCoreApplication.translate("OfficeLabels", "Consigned goods"),
    }.get(source, source)


def tender_text(kind: str) -> str:
    return {
        "cash": QCoreApplication.translate("OfficeLabels", "Cash"),
        "mobile": QCoreApplication.translate("OfficeLabels", "Mobile payment"),
        "card": QCoreApplication.translate("OfficeLabels", "Bank card"),
        "allowance": QCoreApplication.translate("OfficeLabels", "Household allowance"),
        "points": QCoreApplication.translate("OfficeLabels", "Time-bank points"),
    }.get(kind, kind)


def yes_no_text(value: bool) -> str:
    if value:
        return QCoreApplication.translate("OfficeLabels", "Yes")
    return QCoreApplication.translate("OfficeLabels", "No")


def period_text(period: str) -> str:
    return {
        "month": QCoreApplication.translate("OfficeLabels", "Every month"),
        "quarter": QCoreApplication.translate("OfficeLabels", "Every quarter"),
        "half_year": QCoreApplication.translate("OfficeLabels", "Every half-year"),
        "year": QCoreApplication.translate("OfficeLabels", "Every year"),
    }.get(period, period)
