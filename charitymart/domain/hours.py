"""Volunteer hours: each entry rounded down to the store's unit, with an optional daily cap."""

from __future__ import annotations


def round_down_minutes(minutes: int, unit_minutes: int) -> int:
    """An entry under one unit counts 0; otherwise whole units only."""
    if minutes <= 0:
        return 0
    if unit_minutes <= 1:
        return minutes
    return (minutes // unit_minutes) * unit_minutes


def credit_minutes(
    raw_minutes: int,
    unit_minutes: int,
    already_credited_today: int = 0,
    daily_cap_minutes: int | None = None,
) -> int:
    credited = round_down_minutes(raw_minutes, unit_minutes)
    if daily_cap_minutes is not None:
        credited = max(0, min(credited, daily_cap_minutes - already_credited_today))
    return credited


def points_for_minutes(minutes: int, points_per_hour_x100: int) -> int:
    """Time-bank points (in hundredths) earned for credited minutes, rounded down."""
    return minutes * points_per_hour_x100 // 60
