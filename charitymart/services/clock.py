"""The one place services read the time: naive UTC, freezable in tests; store-local dates."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import Iterator
from zoneinfo import ZoneInfo

_fixed: datetime | None = None


def now() -> datetime:
    if _fixed is not None:
        return _fixed
    return datetime.now(timezone.utc).replace(tzinfo=None)


@contextmanager
def frozen(at: datetime) -> Iterator[None]:
    """Freeze `now()` at a naive UTC time (tests, the demo generator)."""
    global _fixed
    previous = _fixed
    _fixed = at
    try:
        yield
    finally:
        _fixed = previous


def set_now(at: datetime | None) -> None:
    global _fixed
    _fixed = at


def advance(delta: timedelta) -> None:
    global _fixed
    _fixed = (_fixed or now()) + delta


def to_local(at_utc: datetime, tz_name: str) -> datetime:
    return at_utc.replace(tzinfo=timezone.utc).astimezone(ZoneInfo(tz_name))


def local_date(at_utc: datetime, tz_name: str) -> date:
    return to_local(at_utc, tz_name).date()


def local_day_bounds_utc(first: date, last: date, tz_name: str) -> tuple[datetime, datetime]:
    """[start, end) in naive UTC for the inclusive local date range first..last."""
    zone = ZoneInfo(tz_name)
    start = datetime.combine(first, datetime.min.time(), zone).astimezone(timezone.utc)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone).astimezone(timezone.utc)
    return start.replace(tzinfo=None), end.replace(tzinfo=None)
