"""The receipt as plain text in N columns, for thermal printers driven with raw ESC/POS.

The same rows as the PDF receipt (`reports.receipt.receipt_rows`), laid out on a grid of
character cells: 32 columns on 58 mm paper, 48 on 80 mm (font A). No Qt and no ReportLab
drawing here: text in, lines of text out; `services.sales.receipt_printer` turns them into bytes.

Widths are counted as a Chinese thermal printer prints them: a wide or full-width character
(unicodedata east_asian_width W or F) takes 2 columns, and so does an "ambiguous" one (×, ·, …)
that GB18030 encodes in two or more bytes, because the printer takes it from its 2-column
Chinese font. "¥" (U+00A5) is printed as the full-width "￥": the half-width sign is a 4-byte
GB18030 sequence that most printers' GB2312/GBK fonts lack.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from charitymart.reports.receipt import NO_BREAK_BEFORE, Row, receipt_rows

PAPER_COLUMNS = {"58mm": 32, "80mm": 48}
DEFAULT_COLUMNS = 48  # any other paper (A5) on a thermal printer: the 80 mm grid
PRINTER_SUBSTITUTES = str.maketrans({"¥": "￥"})


def columns_for(paper: str) -> int:
    return PAPER_COLUMNS.get(paper, DEFAULT_COLUMNS)


@dataclass(frozen=True)
class TextLine:
    text: str
    bold: bool = False


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    kind = unicodedata.east_asian_width(ch)
    if kind in ("W", "F"):
        return 2
    if kind == "A" and len(ch.encode("gb18030", errors="replace")) >= 2:
        return 2
    return 1


def text_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def printable(text: str) -> str:
    return text.translate(PRINTER_SUBSTITUTES)


def wrap(text: str, columns: int) -> list[str]:
    """Greedy wrap by display width: at a space where it can, else between characters (CJK).
    Closing punctuation never starts a line: the character before it moves down with it."""
    if not text:
        return [""]
    lines: list[str] = []
    current, width = "", 0
    for ch in text:
        w = char_width(ch)
        if width + w <= columns or not current:
            current += ch
            width += w
            continue
        cut = current.rfind(" ")
        if cut > 0 and ch != " ":
            lines.append(current[:cut])
            current = current[cut + 1:] + ch
        elif ch in NO_BREAK_BEFORE and len(current) > 1:
            lines.append(current[:-1].rstrip())
            current = current[-1] + ch
        else:
            lines.append(current.rstrip())
            current = ch.lstrip()
        width = text_width(current)
    lines.append(current)
    return lines


def center(text: str, columns: int) -> str:
    pad = max(0, (columns - text_width(text)) // 2)
    return " " * pad + text


def pair(left: str, right: str, columns: int) -> list[str]:
    """`left` wrapped, `right` right-aligned on the last line (or on a line of its own)."""
    right_w = text_width(right)
    # A label too long to sit beside the figure keeps its words whole: wrapped to the full width,
    # with the figure on the last line if there is room, else on a line of its own.
    beside = right and text_width(left) + right_w + 1 <= columns
    lines = wrap(left, max(1, columns - right_w - 1)) if beside else wrap(left, columns)
    if not right:
        return lines
    last = lines[-1]
    gap = columns - text_width(last) - right_w
    if gap >= 1:
        lines[-1] = last + " " * gap + right
    else:
        lines.append(" " * max(0, columns - right_w) + right)
    return lines


def rows_to_lines(rows: list[Row], columns: int) -> list[TextLine]:
    out: list[TextLine] = []
    for row in rows:
        left, right = printable(row.left), printable(row.right)
        bold = row.style in ("title", "mark", "strong")
        if row.style == "rule":
            out.append(TextLine("-" * columns))
        elif row.style == "sign":  # a line to sign on: room above it for the pen, the rest of the width to write
            out.append(TextLine(""))
            label = wrap(left, columns)
            out += [TextLine(part) for part in label[:-1]]
            last = label[-1]
            if columns - text_width(last) < 8:  # too little room left to sign: the line goes below
                out.append(TextLine(last))
                last = ""
            out.append(TextLine(last + "_" * (columns - text_width(last))))
        elif row.style == "mark":
            out.append(TextLine("*" * columns, True))
            out += [TextLine(center(part, columns), True) for part in wrap(left, columns)]
            out.append(TextLine("*" * columns, True))
        elif row.style in ("title", "center"):
            out += [TextLine(center(part, columns), bold) for part in wrap(left, columns)]
        else:
            out += [TextLine(part, bold) for part in pair(left, right, columns)]
    return out


def receipt_lines(data, *, columns: int = DEFAULT_COLUMNS, language: str = "zh_CN", training: bool = False,
                  copy: bool = False) -> list[TextLine]:
    """The receipt (`data`: services.sales.receipts.ReceiptData) as lines of at most `columns` cells."""
    return rows_to_lines(receipt_rows(data, language=language, training=training, copy=copy), columns)
