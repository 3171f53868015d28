"""Fitting a line of text into a box on a label: wrap, shrink, and as a last resort shorten.

Chinese wraps between any two characters, Latin words between words; closing punctuation
never starts a line. Sizes are in points, boxes in points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

LEADING = 1.15
ELLIPSIS = "…"
NO_BREAK_BEFORE = set("）)」』】〕，。、；：！？,.;:!?%")
_TOKENS = re.compile(r"[A-Za-z0-9'’\-_/.%&+]+|\s+|.")


@dataclass(frozen=True)
class FittedText:
    size: float
    lines: tuple[str, ...]

    @property
    def height(self) -> float:
        return self.size * LEADING * len(self.lines)


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for token in _TOKENS.findall(text):
        if tokens and token in NO_BREAK_BEFORE:
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap of `text` into lines no wider than `width` (a word wider than the line is split)."""
    lines: list[str] = []
    line = ""
    for token in _tokens(" ".join(text.split())):
        candidate = line + token
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = "" if token.isspace() else token
        while line and stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line) - 1
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip():
        lines.append(line.rstrip())
    return lines


def shorten(line: str, font: str, size: float, width: float) -> str:
    """`line` cut so that it and an ellipsis fit in `width`."""
    while line and stringWidth(line + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


def fit(text: str, font: str, *, width: float, height: float, largest: float, smallest: float,
        max_lines: int = 2) -> FittedText:
    """The largest size (stepping down by half points) at which `text` fits the box in at most
    `max_lines` lines; at the smallest size the last line is shortened with an ellipsis."""
    size = largest
    while size >= smallest:
        lines = wrap(text, font, size, width)
        if len(lines) <= max_lines and size * LEADING * len(lines) <= height:
            return FittedText(size, tuple(lines))
        size -= 0.5
    size = smallest
    lines_fit = max(1, min(max_lines, int(height // (size * LEADING))))
    lines = wrap(text, font, size, width)
    if len(lines) > lines_fit:
        lines = lines[:lines_fit]
        lines[-1] = shorten(lines[-1], font, size, width)
    return FittedText(size, tuple(lines))
