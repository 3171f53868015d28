"""Calendar allowance periods (month, quarter, half-year, year) in the store's time zone."""

from __future__ import annotations

from datetime import date

PERIOD_MONTHS = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}
PERIODS = tuple(PERIOD_MONTHS)


def period_start(day: date, period: str) -> date:
    months = PERIOD_MONTHS[period]
    first_month = ((day.month - 1) // months) * months + 1
    return date(day.year, first_month, 1)


def next_period_start(start: date, period: str) -> date:
    months = PERIOD_MONTHS[period]
    index = start.year * 12 + (start.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


def previous_period_start(start: date, period: str) -> date:
    months = PERIOD_MONTHS[period]
    index = start.year * 12 + (start.month - 1) - months
    return date(index // 12, index % 12 + 1, 1)


def period_starts_between(first: date, last: date, period: str) -> list[date]:
    """Every period start from the period holding `first` to the one holding `last`."""
    starts = []
    current = period_start(first, period)
    end = period_start(last, period)
    while current <= end:
        starts.append(current)
        current = next_period_start(current, period)
    return starts
