"""Barcode labels: items (name, price, barcode, fund source mark), household cards and volunteer cards.

Plain data in, PDF bytes out; no Qt, no Session. A `LabelLayout` (domain/label_layouts.py)
says where the labels sit: an A4 sheet of rows x columns, or one label per page for a label
printer. Every label keeps its barcode whole with its quiet zones; its text shrinks (and at the
smallest size is shortened) to fit the rest. Text is drawn in the shipped font, so Chinese
names print and can be copied out of the PDF.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdf_canvas

from charitymart.domain.label_layouts import LABEL_PADDING_MM, LabelLayout
from charitymart.reports.barcodes import draw_barcode, module_mm
from charitymart.reports.base import day, money, register_font
from charitymart.reports.label_text import LEADING, fit
from charitymart.reports.text import document_text

FUND_SOURCES = ("donated", "purchased", "consigned")
# Share of a label's height (inside its padding) for each band, top to bottom.
ITEM_BANDS = (0.34, 0.20, 0.46)   # name, price (+ fund source mark), barcode
CARD_BANDS = (0.22, 0.30, 0.48)   # title, details, barcode
PT_PER_MM = mm
BAND_GAP_MM = 0.8  # white space above the bars, so text never touches them
# Office printers can't print the outer 3-4 mm of a sheet: on A4 label sheets nothing is drawn
# nearer the page edge than this, whatever the label's own padding (label printers print edge to edge).
SHEET_EDGE_MM = 4.0


@dataclass(frozen=True)
class ItemLabel:
    code: str
    name: str
    price: int  # fen
    fund_source: str | None = None  # donated | purchased | consigned; None: no mark


@dataclass(frozen=True)
class HouseholdCardLabel:
    card_number: str
    valid_until: date
    name: str = ""  # only when the holder's own card should carry it


@dataclass(frozen=True)
class VolunteerCardLabel:
    code: str
    name: str


@dataclass(frozen=True)
class Box:
    """A label's printable area in mm from the page's bottom-left (ReportLab's origin)."""

    x: float
    y: float
    width: float
    height: float


def label_content_width(layout: LabelLayout) -> float:
    """The width (mm) a barcode may take on every label of `layout` (on a sheet, the labels at the
    page's edge give up what lies within SHEET_EDGE_MM of it)."""
    width = layout.label_size[0] - 2 * LABEL_PADDING_MM
    if not layout.is_label_printer:
        lost_left = max(0.0, SHEET_EDGE_MM - layout.margin_left - LABEL_PADDING_MM)
        lost_right = max(0.0, SHEET_EDGE_MM - layout.margin_right - LABEL_PADDING_MM)
        width -= lost_left + lost_right if layout.columns == 1 else max(lost_left, lost_right)
    return width


def code_fits(code: str, layout: LabelLayout) -> bool:
    return module_mm(code, label_content_width(layout)) is not None


def fund_source_text(tr, fund_source: str) -> str:
    texts = {"donated": tr("Donated"), "purchased": tr("Purchased"), "consigned": tr("Consigned")}
    return texts.get(fund_source, fund_source)


def _bands(box: Box, shares: tuple[float, ...]) -> list[Box]:
    """Split `box` into horizontal bands, top first."""
    bands, top = [], box.y + box.height
    for share in shares:
        height = box.height * share
        top -= height
        bands.append(Box(box.x, top, box.width, height))
    return bands


def _draw_text(canvas, text: str, box: Box, font: str, *, largest: float, smallest: float, max_lines: int,
               align: str = "left") -> float:
    """Draw `text` fitted into `box` (vertically centred); returns the width of its widest line (pt)."""
    fitted = fit(text, font, width=box.width * PT_PER_MM, height=box.height * PT_PER_MM,
                 largest=largest, smallest=smallest, max_lines=max_lines)
    if not fitted.lines:
        return 0.0
    canvas.setFont(font, fitted.size)
    line_height = fitted.size * LEADING
    top = box.y * PT_PER_MM + (box.height * PT_PER_MM + fitted.height) / 2
    widest = 0.0
    for number, line in enumerate(fitted.lines):
        # The font's ascent is about 0.88 of its size: the line's text sits centred in its leading.
        baseline = top - line_height * number - (line_height - fitted.size) / 2 - fitted.size * 0.88
        width = stringWidth(line, font, fitted.size)
        widest = max(widest, width)
        x = box.x * PT_PER_MM
        if align == "centre":
            x += (box.width * PT_PER_MM - width) / 2
        canvas.drawString(x, baseline, line)
    return widest


def _largest_pt(band: Box, lines: int) -> float:
    """The font size that fills `lines` lines of the band's height (capped for big labels)."""
    return min(16.0, band.height * PT_PER_MM / (lines * LEADING))


def _draw_item(canvas, label: ItemLabel, box: Box, font: str, tr, currency: str, language: str) -> None:
    name_band, price_band, code_band = _bands(box, ITEM_BANDS)
    _draw_text(canvas, label.name, name_band, font, largest=min(14.0, _largest_pt(name_band, 1)), smallest=5.5,
               max_lines=2)
    mark_width = 0.0
    if label.fund_source:
        mark_width = _draw_mark(canvas, fund_source_text(tr, label.fund_source), price_band, font)
    price_box = Box(price_band.x, price_band.y, price_band.width - mark_width / PT_PER_MM - 1, price_band.height)
    _draw_text(canvas, money(label.price, currency, language), price_box, font,
               largest=_largest_pt(price_band, 1), smallest=6, max_lines=1)
    draw_barcode(canvas, label.code, x_mm=code_band.x, y_mm=code_band.y, width_mm=code_band.width,
                 height_mm=code_band.height - BAND_GAP_MM, font=font)


def _draw_mark(canvas, text: str, band: Box, font: str) -> float:
    """The fund source in a small outlined box at the right of the price band; returns its width (pt)."""
    size = max(5.0, min(9.0, band.height * PT_PER_MM * 0.55))
    padding = size * 0.3
    width = stringWidth(text, font, size) + 2 * padding
    height = size * 1.3
    right = (band.x + band.width) * PT_PER_MM
    bottom = band.y * PT_PER_MM + (band.height * PT_PER_MM - height) / 2
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.6)
    canvas.roundRect(right - width, bottom, width, height, radius=size * 0.25, stroke=1, fill=0)
    canvas.setFont(font, size)
    canvas.drawString(right - width + padding, bottom + height * 0.5 - size * 0.35, text)
    canvas.restoreState()
    return width


def _draw_card(canvas, title: str, details: Sequence[str], code: str, box: Box, font: str) -> None:
    title_band, details_band, code_band = _bands(box, CARD_BANDS)
    _draw_text(canvas, title, title_band, font, largest=min(13.0, _largest_pt(title_band, 1)), smallest=5.5,
               max_lines=1, align="centre")
    lines = [line for line in details if line]
    if lines:
        share = details_band.height / len(lines)
        for number, line in enumerate(lines):
            line_box = Box(details_band.x, details_band.y + details_band.height - share * (number + 1),
                           details_band.width, share)
            _draw_text(canvas, line, line_box, font, largest=min(10.0, _largest_pt(line_box, 1)), smallest=5.5,
                       max_lines=1, align="centre")
    draw_barcode(canvas, code, x_mm=code_band.x, y_mm=code_band.y, width_mm=code_band.width,
                 height_mm=code_band.height - BAND_GAP_MM, font=font)


def _inside_printable_area(box: Box, page_width: float, page_height: float) -> Box:
    """`box` shrunk where it comes nearer than SHEET_EDGE_MM to an edge of the sheet."""
    left = max(box.x, SHEET_EDGE_MM)
    bottom = max(box.y, SHEET_EDGE_MM)
    right = min(box.x + box.width, page_width - SHEET_EDGE_MM)
    top = min(box.y + box.height, page_height - SHEET_EDGE_MM)
    return Box(left, bottom, right - left, top - bottom)


def _sheets(layout: LabelLayout, drawers: Sequence[Callable[[object, Box, str], None]], *, title: str,
            skip: int = 0) -> bytes:
    """Place each drawer's label in turn, starting `skip` labels into the first sheet."""
    font = register_font()
    page_width, page_height = layout.page_size
    label_width, label_height = layout.label_size
    buffer = io.BytesIO()
    # The shipped font from the first line: else every page names Helvetica, which the PDF does not embed.
    canvas = pdf_canvas.Canvas(buffer, pagesize=(page_width * mm, page_height * mm), pageCompression=1,
                               initialFontName=font)
    canvas.setTitle(title)
    canvas.setAuthor("CharityMart")
    canvas.setCreator("CharityMart")
    slot = skip
    for number, draw in enumerate(drawers):
        if number and slot % layout.per_page == 0:
            canvas.showPage()
        left, top = layout.position(slot)
        box = Box(left + LABEL_PADDING_MM, page_height - top - label_height + LABEL_PADDING_MM,
                  label_width - 2 * LABEL_PADDING_MM, label_height - 2 * LABEL_PADDING_MM)
        if not layout.is_label_printer:
            box = _inside_printable_area(box, page_width, page_height)
        canvas.saveState()
        draw(canvas, box, font)
        canvas.restoreState()
        slot += 1
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def item_labels_pdf(labels: Sequence[ItemLabel], layout: LabelLayout, *, currency: str, language: str,
                    skip: int = 0) -> bytes:
    tr = document_text(language)

    def drawer(label: ItemLabel):
        return lambda canvas, box, font: _draw_item(canvas, label, box, font, tr, currency, language)

    return _sheets(layout, [drawer(label) for label in labels], title=tr("Item labels"), skip=skip)


def household_card_labels_pdf(cards: Sequence[HouseholdCardLabel], layout: LabelLayout, *, store_name: str,
                              language: str, skip: int = 0) -> bytes:
    tr = document_text(language)

    def drawer(card: HouseholdCardLabel):
        title = tr("{store} household card", store=store_name)
        details = [card.name, tr("Valid until {date}", date=day(card.valid_until, language))]
        return lambda canvas, box, font: _draw_card(canvas, title, details, card.card_number, box, font)

    return _sheets(layout, [drawer(card) for card in cards], title=tr("Household card labels"), skip=skip)


def volunteer_card_labels_pdf(cards: Sequence[VolunteerCardLabel], layout: LabelLayout, *, store_name: str,
                              language: str, skip: int = 0) -> bytes:
    tr = document_text(language)

    def drawer(card: VolunteerCardLabel):
        title = tr("{store} volunteer card", store=store_name)
        return lambda canvas, box, font: _draw_card(canvas, title, [card.name], card.code, box, font)

    return _sheets(layout, [drawer(card) for card in cards], title=tr("Volunteer card labels"), skip=skip)
