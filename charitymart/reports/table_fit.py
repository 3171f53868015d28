"""Column widths measured from a table's text, so headers and figures never break mid-word.

Each column gets at least the width of its longest unbreakable piece (an English word, a
figure such as "¥12,345.60", one CJK character), plus padding; the width left over goes to the
columns whose text would otherwise wrap most, in proportion to how much wider they want to be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

# Runs of anything but white space and CJK, or one CJK character (which may break on either side).
_PIECES = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]|[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")
PADDING = 7.5  # a cell's left and right padding (3.5 each in the transparency tables) and the grid lines


def longest_piece(text: str, font: str, size: float) -> float:
    return max((stringWidth(piece, font, size) for piece in _PIECES.findall(text)), default=0.0)


def fit_widths(rows: Sequence[Sequence[str]], total: float, font: str, size: float, *,
               fill: bool = True) -> list[float]:
    """Widths summing to `total` (or less, when `fill` is false and the text is narrower)."""
    columns = max(len(row) for row in rows)
    least = [PADDING + max(longest_piece(row[c], font, size) for row in rows if c < len(row))
             for c in range(columns)]
    natural = [PADDING + max(stringWidth(row[c], font, size) for row in rows if c < len(row))
               for c in range(columns)]
    if sum(natural) <= total:
        if not fill:
            return natural
        spare = total - sum(natural)
        return [w + spare * w / sum(natural) for w in natural]
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]  # squeezed: text larger than the page allows
    spare = total - sum(least)
    wants = [n - m for n, m in zip(natural, least)]
    return [m + spare * want / (sum(wants) or 1) for m, want in zip(least, wants)]
