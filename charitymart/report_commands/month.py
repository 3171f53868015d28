"""`charitymart report ...` commands for the month documents (filled in by the documents issue)."""

from __future__ import annotations


def add_parsers(kinds, common) -> None:
    """No commands yet."""
