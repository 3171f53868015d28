"""What every ReportLab document shares: the shipped CJK font, styles, money and dates, an A4 page.

Plain data in, PDF bytes out; no Qt, no Session. The font is WenQuanYi Micro Hei (TrueType
outlines, so ReportLab embeds it: Chinese renders and copies on a machine with no CJK font).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from importlib import resources

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from reportlab.lib import colors
from reportlab.lib import textsplit as _textsplit
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, TableStyle
from reportlab.platypus import paragraph as _paragraph

from charitymart.domain.money import fen_to_decimal
from charitymart.domain.money_text import format_money, parsed_locale
from charitymart.reports.text import DocumentText

# Chinese line breaking (GB/T 15834 and common 避头 rules): full-width closing punctuation never starts
# a line. ReportLab's CJK wrap knows the Japanese set only (。、」 ...), not "，；：！？" and the
# closing brackets and quotes, so a line could begin with "，". Both of its CJK wraps (one-run
# paragraphs: textsplit.wordSplit; mixed runs: paragraph.cjkFragSplit) read a module-level set.
CHINESE_CANNOT_START = "，。、；：！？）》〉」』】〕］｝”’·%％"
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START = _module.ALL_CANNOT_START + "".join(
        ch for ch in CHINESE_CANNOT_START if ch not in _module.ALL_CANNOT_START)

FONT_NAME = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
BOLD_FONT_NAME = FONT_NAME  # the shipped font has one weight; headings are larger instead


def register_font() -> str:
    """Register the shipped font once (TTC, index 0) and return its ReportLab name."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        font = resources.files("charitymart.resources.fonts").joinpath(FONT_FILE)
        with resources.as_file(font) as path:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME


def babel_locale(language: str) -> str:
    return "zh_CN" if language.startswith("zh") else "en"


def money(fen: int, currency: str, language: str) -> str:
    """¥1,234.50 in either language: the reader's pattern, the currency's own sign (domain.money_text)."""
    return format_money(fen_to_decimal(fen), currency, babel_locale(language))


def number(value: float, language: str) -> str:
    return format_decimal(value, locale=parsed_locale(babel_locale(language)))


def weight_kg(grams: int, language: str) -> str:
    return format_decimal(round(grams / 1000, 1), format="#,##0.0", locale=parsed_locale(babel_locale(language)))


def day(value: date, language: str) -> str:
    return format_date(value, format="long" if language.startswith("zh") else "medium", locale=babel_locale(language))


def moment(value: datetime, language: str) -> str:
    """A store-local datetime (already converted by the caller) for print."""
    return format_datetime(value, format="yyyy-MM-dd HH:mm", locale=babel_locale(language))


def styles(base_size: float = 10) -> dict[str, ParagraphStyle]:
    """Paragraph styles in the shipped font: title, heading, body, small, right, centre."""
    font = register_font()
    body = ParagraphStyle("body", fontName=font, fontSize=base_size, leading=base_size * 1.45,
                          wordWrap="CJK")
    return {
        "title": ParagraphStyle("title", parent=body, fontSize=base_size * 1.8, leading=base_size * 2.4,
                                alignment=TA_CENTER, spaceAfter=base_size * 0.6),
        "subtitle": ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, textColor=colors.HexColor("#444444")),
        "heading": ParagraphStyle("heading", parent=body, fontSize=base_size * 1.3, leading=base_size * 1.8,
                                  spaceBefore=base_size * 0.9, spaceAfter=base_size * 0.3),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=base_size * 0.8, leading=base_size * 1.15,
                                textColor=colors.HexColor("#444444")),
        "right": ParagraphStyle("right", parent=body, alignment=TA_RIGHT),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
    }


def table_style(header_rows: int = 1, *, font_size: float = 9, total_row: bool = False) -> TableStyle:
    """Grid table: shaded header, right-aligned numbers are the caller's (per column) choice."""
    font = register_font()
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.3),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#E8E8E8")))
    if total_row:
        commands.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F3F3F3")))
    return TableStyle(commands)


def a4_pdf(story: Sequence[Flowable] | Callable[[], Sequence[Flowable]], *, title: str, tr: DocumentText, author: str = "CharityMart",
           footer: str = "", margins_mm: float = 16, on_page: Callable | None = None,
           one_pass: bool = False) -> bytes:
    """An A4 PDF of `story` with the document title in its metadata and "page N of M" plus
    `footer` at the foot of every page. Pass a function making the story when it holds
    flowables that can't be deep-copied (the page count needs a first, throwaway build).

    `one_pass`: lay the story out once and write every page's footer when the last page is known
    (the pages are held until then) instead of a first, throwaway build to count them; half the
    layout time of a long document (the 公示, issue 15)."""
    make_story = story if callable(story) else (lambda: copy.deepcopy(list(story)))
    font = register_font()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=margins_mm * mm, rightMargin=margins_mm * mm,
                            topMargin=margins_mm * mm, bottomMargin=(margins_mm + 6) * mm,
                            title=title, author=author, creator="CharityMart",
                            # Start every page in the shipped font: else each page names Helvetica,
                            # a font the PDF does not embed.
                            initialFontName=font)

    def footer_text(canvas, page: int, total_pages: int) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        y = margins_mm * mm
        if footer:
            canvas.drawString(margins_mm * mm, y, footer)
        canvas.drawRightString(A4[0] - margins_mm * mm, y,
                               tr("Page {page} of {pages}", page=page, pages=total_pages))
        canvas.restoreState()

    def draw_footer(canvas, document, total_pages: int) -> None:
        footer_text(canvas, document.page, total_pages)
        if on_page is not None:
            on_page(canvas, document)

    if one_pass:
        def own_page(canvas, document) -> None:
            if on_page is not None:
                on_page(canvas, document)

        doc.build(list(make_story()), onFirstPage=own_page, onLaterPages=own_page,
                  canvasmaker=_footer_at_end(footer_text))
        return buffer.getvalue()
    # Two passes: the first counts the pages so every footer can say "of M".
    pages = _count_pages(make_story(), doc)
    doc.build(list(make_story()), onFirstPage=lambda c, d: draw_footer(c, d, pages),
              onLaterPages=lambda c, d: draw_footer(c, d, pages))
    return buffer.getvalue()


def _footer_at_end(footer_text: Callable) -> type[Canvas]:
    """A canvas that holds each finished page and, on save, writes `footer_text(canvas, page,
    pages)` on every one before emitting it: "page N of M" without laying the story out twice."""

    class FooterAtEndCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, page in enumerate(self._held_pages, start=1):
                self.__dict__.update(page)
                footer_text(self, number, len(self._held_pages))
                super().showPage()
            super().save()

    return FooterAtEndCanvas


def _count_pages(story: list[Flowable], doc: SimpleDocTemplate) -> int:
    counter = {"pages": 0}

    def count(canvas, document) -> None:
        counter["pages"] = max(counter["pages"], document.page)

    probe = SimpleDocTemplate(io.BytesIO(), pagesize=doc.pagesize, leftMargin=doc.leftMargin,
                              rightMargin=doc.rightMargin, topMargin=doc.topMargin, bottomMargin=doc.bottomMargin)
    probe.build(list(story), onFirstPage=count, onLaterPages=count)
    return counter["pages"]
