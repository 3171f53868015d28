"""The collection slip: what a household took free against its allowance, for its signature.

Plain data in (`CollectionSlip`), PDF out; no Qt, no Session. The household is named by its
card number only: the slip stays at the counter's desk and in the shop's files, so it carries
no name (the signature says who collected). The words come from `tr = document_text(language)`
in the slip's language (the counter passes its UI language).

The shipped WenQuanYi Micro Hei (TrueType outlines, TTC subfont 0) is embedded so Chinese
renders on any PC and printer.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from charitymart.reports.base import money as format_money
from charitymart.reports.receipt import Row
from charitymart.reports.text import document_text

FONT_NAME = "WQYMicroHei"  # the same name as reports.receipt: registered once per process, whichever comes first
FONT_FILE = "wqy-microhei.ttc"


@dataclass(frozen=True)
class SlipLine:
    name: str
    quantity: int
    unit_price: int  # fen
    line_total: int  # fen


@dataclass(frozen=True)
class CollectionSlip:
    store_name: str
    receipt_number: str
    when: datetime  # store-local time of the collection
    card_number: str  # the household's card; never its name
    lines: tuple[SlipLine, ...]
    allowance_used: int  # fen
    allowance_remaining: int  # fen, left this period after this collection
    delivery: bool = False  # home delivery: the goods were taken to the household
    currency: str = "CNY"
    training: bool = False
    category: str = ""  # household category, optional
    extra_notes: tuple[str, ...] = field(default_factory=tuple)
    language: str = "zh_CN"

    @property
    def total(self) -> int:
        return sum(line.line_total for line in self.lines)


def register_font() -> str:
    """Register the shipped CJK font with ReportLab once per process; returns its name."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        font = resources.files("charitymart.resources.fonts").joinpath(FONT_FILE)
        with resources.as_file(font) as path:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME


def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=13)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontSize=15, leading=19, alignment=1),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14, alignment=1),
        "mark": ParagraphStyle("mark", parent=base, fontSize=13, leading=17, textColor=colors.HexColor("#b00020")),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=12),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#444444")),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_pdf(slip: CollectionSlip, *, address: str | None = None) -> bytes:
    """The slip as PDF bytes. With `address` it is the delivery slip the volunteer takes to the
    household: the address under the card number, and the household signs when the goods arrive."""
    font = register_font()
    st = _styles(font)
    tr = document_text(slip.language)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A5, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title=f"{slip.receipt_number}", author=slip.store_name,
                            subject=tr("Delivery slip") if address is not None else tr("Household collection slip"))

    def money(fen: int) -> str:
        return format_money(fen, slip.currency, slip.language)

    story: list = []
    if slip.training:
        story.append(Paragraph(_escape(tr("TRAINING · NOT A REAL RECEIPT")), st["mark"]))
    story.append(Paragraph(_escape(slip.store_name), st["title"]))
    story.append(Paragraph(_escape(tr("Delivery slip") if address is not None else tr("Household collection slip")),
                           st["subtitle"]))
    story.append(Spacer(1, 4 * mm))

    facts = [
        (tr("Receipt number"), slip.receipt_number),
        (tr("Time"), slip.when.strftime("%Y-%m-%d %H:%M")),
        (tr("Card number"), slip.card_number),
    ]
    if slip.category:
        facts.append((tr("Category"), slip.category))
    if address is not None:
        facts.append((tr("Delivery address"), address or tr("No address on file")))
    head = Table([[Paragraph(_escape(label), st["base"]), Paragraph(_escape(value), st["base"])] for label, value in facts],
                 colWidths=[38 * mm, None])
    head.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story.append(head)
    if slip.delivery and address is None:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(_escape(tr("Home delivery: the goods were taken to the household.")), st["mark"]))
    story.append(Spacer(1, 4 * mm))

    rows = [[Paragraph(text, st["cell"]) for text in (tr("Item"), tr("Quantity"), tr("Unit price"), tr("Value"))]]
    for line in slip.lines:
        rows.append([Paragraph(_escape(line.name), st["cell"]), str(line.quantity), money(line.unit_price),
                     money(line.line_total)])
    rows.append([Paragraph(_escape(tr("Total")), st["cell"]), str(sum(line.quantity for line in slip.lines)), "",
                 money(slip.total)])
    items = Table(rows, colWidths=[None, 20 * mm, 24 * mm, 26 * mm], repeatRows=1)
    items.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("GRID", (0, 1), (-1, -2), 0.25, colors.HexColor("#999999")),
    ]))
    story.append(items)
    story.append(Spacer(1, 4 * mm))

    allowance = Table([
        [Paragraph(_escape(tr("Allowance used")), st["base"]), money(slip.allowance_used)],
        [Paragraph(_escape(tr("Allowance left this period")), st["base"]), money(slip.allowance_remaining)],
    ], colWidths=[None, 30 * mm])
    allowance.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(allowance)
    for note in slip.extra_notes:
        story.append(Paragraph(_escape(note), st["small"]))
    story.append(Spacer(1, 14 * mm))

    signature = Table([
        [Paragraph(_escape(tr("Signature")), st["base"]), ""],
        [Paragraph(_escape(tr("Date")), st["base"]), ""],
    ], colWidths=[38 * mm, None], rowHeights=[14 * mm, 10 * mm])
    signature.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font),
                                   ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story.append(signature)
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(_escape(tr("The household signs to confirm it received the goods listed above.")),
                           st["small"]))
    doc.build(story)
    return buffer.getvalue()


# ----- on a receipt printer (rolls of 58 or 80 mm) -----
SHOP_COPY = "shop"
HOUSEHOLD_COPY = "household"


def slip_rows(slip: CollectionSlip, *, copy: str = SHOP_COPY, reprint: bool = False) -> list[Row]:
    """The slip as receipt rows, for the thermal printer (reports.receipt_text: 32/48 columns) and
    the counter's Qt printer. The household is its card number (and category), never a name or an
    ID number. `copy`: SHOP_COPY (the household signs it, the shop keeps it) or HOUSEHOLD_COPY;
    `reprint` marks a slip printed again (F4) as a COPY, so two signed originals never exist."""
    tr = document_text(slip.language)

    def cur(fen: int) -> str:
        return format_money(fen, slip.currency, slip.language)

    rows: list[Row] = []
    if slip.training:
        rows.append(Row("mark", tr("TRAINING · NOT A REAL RECEIPT")))
    if reprint:
        rows.append(Row("mark", tr("COPY")))
    rows += [Row("title", slip.store_name), Row("center", tr("Household collection slip"))]
    rows.append(Row("strong", tr("Shop copy: signed by the household, kept by the shop") if copy == SHOP_COPY
                    else tr("Household copy")))
    rows += [Row("rule"),
             Row("pair", tr("Receipt number"), slip.receipt_number),
             Row("pair", tr("Time"), slip.when.strftime("%Y-%m-%d %H:%M")),
             Row("pair", tr("Card number"), slip.card_number)]
    if slip.category:
        rows.append(Row("pair", tr("Category"), slip.category))
    if slip.delivery:
        rows.append(Row("mark", tr("Home delivery: the goods were taken to the household.")))
    rows.append(Row("rule"))
    for line in slip.lines:
        rows.append(Row("text", line.name))
        rows.append(Row("pair", "    " + tr("{quantity} × {price}", quantity=line.quantity, price=cur(line.unit_price)),
                        cur(line.line_total)))
    rows += [Row("rule"),
             Row("strong", tr("Total"), cur(slip.total)),
             Row("pair", tr("Allowance used"), cur(slip.allowance_used)),
             Row("pair", tr("Allowance left this period"), cur(slip.allowance_remaining))]
    rows += [Row("text", note) for note in slip.extra_notes]
    rows.append(Row("rule"))
    if copy == SHOP_COPY:
        rows += [Row("sign", tr("Signature:")), Row("sign", tr("Date:")),
                 Row("text", tr("The household signs to confirm it received the goods listed above."))]
    if slip.training:
        rows.append(Row("mark", tr("TRAINING · NOT A REAL RECEIPT")))
    return rows


def slip_filename(slip: CollectionSlip) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in slip.receipt_number)
    return f"collection-{safe}.pdf"


def write_pdf(slip: CollectionSlip, folder: Path | str) -> Path:
    """Write the slip into `folder` (created if missing) as collection-<receipt>.pdf; returns the path.

    Written to a temporary file first and renamed, so a half-written slip never appears.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / slip_filename(slip)
    data = build_pdf(slip)
    tmp = folder / f".{target.name}.{os.getpid()}.tmp"
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
