"""The pieces the public transparency report (公示) is built from: its input data, the words
for fund sources and tenders, and the Builder (styles, measured tables, sections kept together).

Layout rules (issue 16): column widths are measured from the text (reports.table_fit) and
English wraps at word boundaries only; a heading always stays with what follows it; a table
short enough for one page never splits.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from charitymart.reports.base import money, register_font, styles, table_style
from charitymart.reports.hours_report import hours_text
from charitymart.reports.letterhead import Organisation, StoreHeading
from charitymart.reports.table_fit import fit_widths
from charitymart.reports.text import DocumentText, document_text

if TYPE_CHECKING:
    from charitymart.services.reporting import MonthFigures

TEXT_WIDTH = 177 * mm  # A4 less the report's 14 mm margins and the frame's 6 pt padding
TABLE_FONT_SIZE = 9.5
SMALL_TABLE_ROWS = 16  # a table this short is never split across pages
CELL_PADDING = 3.5  # left and right, points


@dataclass(frozen=True)
class TransparencyDocument:
    figures: MonthFigures
    address: str
    generated_local: datetime  # store-local
    published_local: datetime | None  # store-local; None while the month is not published
    figures_match: bool | None  # recomputed figures equal the published hash (None: not published)
    organisation: Organisation = field(default_factory=Organisation)  # printed at the foot, with the seal
    valuation_basis: str = ""  # the store's words for how donated goods are valued ("" = the standard sentence)
    figures_hash: str = ""  # sha256 of the figures (services.reporting.month.figures_content), printed by the head
    figures_attachment: bytes = b""  # those figures as JSON, embedded in the PDF for `verify --report`

    def heading(self) -> StoreHeading:
        """The issuer as the shared letterhead pieces (reports.letterhead) take it."""
        return StoreHeading(name=self.figures.store_name, address=self.address, currency=self.figures.currency,
                            organisation=self.organisation, valuation_basis=self.valuation_basis)


FIGURES_ATTACHMENT = "charitymart-figures.json"


def verify_command(head: str) -> str:
    return f"charitymart verify --head {head}"


def report_hash_command(figures_hash: str, year: int, month: int) -> str:
    return f"charitymart verify --report-hash {figures_hash} --month {year:04d}-{month:02d}"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fund_source_name(tr: DocumentText, source: str) -> str:
    names = {"donated": tr("Donated goods"), "purchased": tr("Purchased goods"),
             "consigned": tr("Consigned goods")}
    return names.get(source, source)


def short_fund_source_name(tr: DocumentText, source: str) -> str:
    """For chart axes, where three long names collide."""
    names = {"donated": tr("Donated"), "purchased": tr("Purchased"), "consigned": tr("Consigned")}
    return names.get(source, source)


def tender_name(tr: DocumentText, kind: str) -> str:
    names = {"cash": tr("Cash"), "mobile": tr("Mobile payment"), "card": tr("Bank card"),
             "allowance": tr("Household allowance"), "points": tr("Time-bank points")}
    return names.get(kind, kind)


class Builder:
    """The story's shared pieces: styles, money, cells, measured tables, sections kept together."""

    def __init__(self, doc: TransparencyDocument, language: str):
        self.doc, self.f, self.language = doc, doc.figures, language
        self.tr = document_text(language)
        self.st = styles(10.5)
        self.st["heading"].spaceBefore = 6
        self.st["cell"] = self.st["body"].clone("cell", fontSize=TABLE_FONT_SIZE, leading=TABLE_FONT_SIZE * 1.3)
        self.st["cell_right"] = self.st["right"].clone("cell_right", fontSize=TABLE_FONT_SIZE,
                                                       leading=TABLE_FONT_SIZE * 1.3)
        if not language.startswith("zh"):
            for style in self.st.values():
                style.wordWrap = None  # English breaks at spaces only ("Numbe/r" was CJK wrapping)
        self.story: list = []

    def money(self, fen: int) -> str:
        return money(fen, self.f.currency, self.language)

    def hours(self, value: Decimal) -> str:
        return hours_text(value, self.language)

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.st[style])

    def heading(self, text: str) -> Paragraph:
        return self.para(text, "heading")

    def section(self, title: str, *parts) -> None:
        """A heading kept with its first part; a small table kept whole."""
        parts = [p for p in parts if p is not None]
        if not parts:
            self.story.append(self.heading(title))
            return
        self.story.append(KeepTogether([self.heading(title), parts[0]]))
        self.story += [KeepTogether([p]) if isinstance(p, Table) and len(p._cellvalues) <= SMALL_TABLE_ROWS else p
                       for p in parts[1:]]

    def table(self, rows: list[list[str]], *, header: bool = True, total: bool = False, numbers_from: int = 1,
              width: float = TEXT_WIDTH, fill: bool = True, left_columns: tuple[int, ...] = (),
              size: float = TABLE_FONT_SIZE):
        """A grid of wrapping cells, columns measured from the text; figures right-aligned from
        `numbers_from` (except `left_columns`). `section` keeps a short one whole."""
        font = self.st["cell"].fontName
        widths = fit_widths(rows, width, font, size, fill=fill)
        cell = self.st["cell"].clone("cell_sized", fontSize=size, leading=size * 1.3)
        cell_right = self.st["cell_right"].clone("cell_right_sized", fontSize=size, leading=size * 1.3)
        style = table_style(1 if header else 0, font_size=size, total_row=total)
        style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING)
        style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)
        body = []
        for r, row in enumerate(rows):
            cells = []
            for c, text in enumerate(row):
                right = c >= numbers_from and c not in left_columns and (r > 0 or not header)
                if stringWidth(text, font, size) <= widths[c] - 2 * CELL_PADDING - 0.5:
                    # Fits on one line: the table draws the string itself, the same font, size and
                    # leading, without a Paragraph's line breaking (most cells; issue 15).
                    cells.append(text)
                    if right:
                        style.add("ALIGN", (c, r), (c, r), "RIGHT")
                else:
                    cells.append(Paragraph(escape(text), cell_right if right else cell))
            body.append(cells)
        table = Table(body, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        table.setStyle(style)
        return table

    def facts(self, pairs: list[tuple[str, str]]):
        return self.table([[k, v] for k, v in pairs], header=False, width=150 * mm)

    def side_by_side(self, left, right, left_width: float):
        side = Table([[left, right]], colWidths=[left_width, TEXT_WIDTH - left_width], hAlign="LEFT")
        side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("FONTNAME", (0, 0), (-1, -1), register_font())]))
        return side
