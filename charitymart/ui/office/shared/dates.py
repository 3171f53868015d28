"""Date fields and month lists that several back-office areas share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

TEXT = "font-size: 16pt;"
MONTHS_SHOWN = 24


def date_field(day: date) -> QDateEdit:
    field = QDateEdit(QDate(day.year, day.month, day.day))
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    field.setStyleSheet(TEXT)
    field.setMinimumWidth(190)
    return field


def picked_date(field: QDateEdit) -> date:
    chosen = field.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def recent_months(today: date, count: int = MONTHS_SHOWN) -> list[tuple[int, int]]:
    """(year, month) from last month back, then the current month last (it can't be paid yet)."""
    months, year, month = [], today.year, today.month
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        months.append((year, month))
    return months + [(today.year, today.month)]
