"""A plain sale / collection / refund receipt: 58 mm or 80 mm roll, or A5 (ReportLab).

Plain data in (services.receipts.ReceiptData), PDF out; no Qt, no Session. The words come in
a `ReceiptLabels` (English by default; the counter passes its translated set). `receipt_rows`
is the layout as plain rows, so a printer driven by another painter (the counter's QPainter)
prints the same receipt. The documents issue will bring the final design.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from babel.numbers import format_currency
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from charitymart.domain.money import fen_to_decimal

FONT_NAME = "WQYMicroHei"
FONT_FILE = "wqy-microhei.ttc"
# Closing punctuation stays on the line before it (a lone "）" on a line looks broken).
NO_BREAK_BEFORE = set("）)」』】〕，。、；：！？,.;:!?%")


@dataclass(frozen=True)
class Paper:
    width_mm: float
    margin_mm: float
    body_pt: float
    title_pt: float
    page_height_mm: float | None  # None: a roll, cut to the receipt's length


PAPERS = {
    "58mm": Paper(58, 4, 8, 11, None),
    "80mm": Paper(80, 4, 9, 13, None),
    "A5": Paper(148, 12, 11, 16, 210),
}


@dataclass(frozen=True)
class ReceiptLabels:
    """Every word on the receipt; `{placeholders}` are filled in by `receipt_rows`."""

    receipt: str = "Receipt {number}"
    till_cashier: str = "Till {till} · Cashier {cashier}"
    phone: str = "Tel. {phone}"
    quantity_price: str = "{quantity} × {price}"
    price_changed: str = "(price changed)"
    total: str = "Total"
    refund_total: str = "Total refunded"
    cash: str = "Cash"
    mobile: str = "Mobile payment"
    card: str = "Bank card"
    allowance: str = "Allowance used"
    points: str = "Time-bank points used"
    points_count: str = "{points} points"
    change: str = "Change"
    reference: str = "Ref. {reference}"
    refund_mark: str = "REFUND"
    refund_of: str = "Refund of receipt {number}"
    void_mark: str = "VOID"
    collection_mark: str = "FREE COLLECTION"
    delivery: str = "Home delivery"
    training_mark: str = "TRAINING · NOT A REAL RECEIPT"
    copy_mark: str = "COPY"
    thank_you: str = "Thank you! Every purchase helps families in our community."


@dataclass(frozen=True)
class Row:
    """One row of the layout. style: mark | title | center | text | pair | strong | rule."""

    style: str
    left: str = ""
    right: str = ""


def money(fen: int, currency: str, language: str) -> str:
    return format_currency(fen_to_decimal(fen), currency, locale=language)


def _points(points_x100: int) -> str:
    return f"{points_x100 // 100}" if points_x100 % 100 == 0 else f"{points_x100 / 100:.2f}"


def receipt_rows(data, labels: ReceiptLabels | None = None, *, language: str = "zh_CN",
                 training: bool = False, copy: bool = False) -> list[Row]:
    """The receipt, top to bottom, as plain rows (`data` is a services.receipts.ReceiptData)."""
    labels = labels or ReceiptLabels()

    def cur(fen: int) -> str:
        return money(fen, data.currency, language)

    marks = [m for m, on in ((labels.training_mark, training), (labels.void_mark, data.voided),
                             (labels.refund_mark, data.is_refund), (labels.copy_mark, copy)) if on]
    rows = [Row("mark", m) for m in marks]
    rows.append(Row("title", data.store_name))
    if data.store_address:
        rows.append(Row("center", data.store_address))
    if data.store_phone:
        rows.append(Row("center", labels.phone.format(phone=data.store_phone)))
    rows.append(Row("rule"))
    rows.append(Row("strong", labels.receipt.format(number=data.receipt_number)))
    rows.append(Row("text", labels.till_cashier.format(till=data.till, cashier=data.cashier)))
    rows.append(Row("text", data.local_time.strftime("%Y-%m-%d %H:%M")))
    if data.refund_of:
        rows.append(Row("text", labels.refund_of.format(number=data.refund_of)))
    if data.kind == "collection":
        rows.append(Row("mark", labels.collection_mark))
    rows.append(Row("rule"))
    for line in data.lines:
        name = line.name_en if language.startswith("en") and line.name_en else line.name
        rows.append(Row("text", f"{name} {labels.price_changed}" if line.price_changed else name))
        rows.append(Row("pair", "    " + labels.quantity_price.format(quantity=line.quantity, price=cur(line.unit_price)),
                        cur(line.line_total)))
    rows.append(Row("rule"))
    rows.append(Row("strong", labels.refund_total if data.is_refund else labels.total, cur(data.total)))
    names = {"cash": labels.cash, "mobile": labels.mobile, "card": labels.card, "allowance": labels.allowance,
             "points": labels.points}
    for tender in data.tenders:
        shown = tender.received if tender.kind == "cash" and tender.received else tender.amount
        rows.append(Row("pair", names.get(tender.kind, tender.kind), cur(shown)))
        if tender.kind == "points" and tender.points_x100:
            rows.append(Row("pair", "    " + labels.points_count.format(points=_points(tender.points_x100))))
        if tender.reference:
            rows.append(Row("text", "    " + labels.reference.format(reference=tender.reference)))
    if data.change:
        rows.append(Row("strong", labels.change, cur(data.change)))
    if data.delivery:
        rows.append(Row("text", labels.delivery))
    rows.append(Row("rule"))
    rows.append(Row("center", labels.thank_you))
    rows += [Row("mark", m) for m in marks if m in (labels.training_mark, labels.void_mark)]
    return rows


# ----- PDF -----
def register_font() -> str:
    """Register the shipped WenQuanYi Micro Hei (TTC subfont 0) once; returns its ReportLab name."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        font = resources.files("charitymart.resources.fonts").joinpath(FONT_FILE)
        with resources.as_file(font) as path:
            pdfmetrics.registerFont(TTFont(FONT_NAME, str(path), subfontIndex=0))
    return FONT_NAME


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Greedy wrap by width: breaks at spaces where it can, else between characters (CJK)."""
    if not text:
        return [""]
    lines: list[str] = []
    current = ""
    for ch in text:
        trial = current + ch
        fits = pdfmetrics.stringWidth(trial, FONT_NAME, size) <= width
        if fits or not current or ch in NO_BREAK_BEFORE:
            current = trial
            continue
        cut = current.rfind(" ")
        if cut > 0 and ch != " ":
            lines.append(current[:cut])
            current = current[cut + 1:] + ch
        else:
            lines.append(current.rstrip())
            current = ch.lstrip()
    lines.append(current)
    return lines


def _size(row: Row, paper: Paper) -> float:
    if row.style in ("title",):
        return paper.title_pt
    if row.style in ("mark", "strong"):
        return paper.body_pt * 1.25
    return paper.body_pt


def _laid_out(rows: list[Row], paper: Paper, width: float) -> list[tuple[Row, float, list[str]]]:
    out = []
    for row in rows:
        size = _size(row, paper)
        if row.style == "rule":
            out.append((row, size * 0.8, []))
            continue
        right_w = pdfmetrics.stringWidth(row.right, FONT_NAME, size) + 2 * mm if row.right else 0
        lines = _wrap(row.left, size, width - right_w)
        out.append((row, size * 1.35 * len(lines), lines))
    return out


def render_receipt_pdf(data, *, paper: str = "80mm", labels: ReceiptLabels | None = None,
                       language: str = "zh_CN", training: bool = False, copy: bool = False) -> bytes:
    """The receipt as PDF bytes, with the CJK font embedded."""
    spec = PAPERS.get(paper, PAPERS["80mm"])
    register_font()
    margin = spec.margin_mm * mm
    page_w = spec.width_mm * mm
    width = page_w - 2 * margin
    laid = _laid_out(receipt_rows(data, labels, language=language, training=training, copy=copy), spec, width)
    page_h = spec.page_height_mm * mm if spec.page_height_mm else sum(h for _, h, _ in laid) + 2 * margin
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(page_w, page_h), pageCompression=1, initialFontName=FONT_NAME,
                        initialFontSize=spec.body_pt)
    pdf.setTitle(data.receipt_number)
    pdf.setCreator("CharityMart")
    y = page_h - margin
    for row, height, lines in laid:
        if y - height < margin and spec.page_height_mm:
            pdf.showPage()
            y = page_h - margin
        size = _size(row, spec)
        if row.style == "rule":
            pdf.setDash(1, 2)
            pdf.line(margin, y - height / 2, page_w - margin, y - height / 2)
            pdf.setDash()
            y -= height
            continue
        pdf.setFont(FONT_NAME, size)
        step = height / len(lines)
        for i, text in enumerate(lines):
            baseline = y - step * (i + 1) + size * 0.3
            if row.style in ("title", "center", "mark"):
                pdf.drawCentredString(page_w / 2, baseline, text)
            else:
                pdf.drawString(margin, baseline, text)
            if i == 0 and row.right:
                pdf.drawRightString(page_w - margin, baseline, row.right)
        y -= height
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_receipt_pdf(data, path: str | Path, **options) -> Path:
    """Write the receipt PDF to `path` (its folder is created); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    content = render_receipt_pdf(data, **options)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(content)
    tmp.replace(path)
    return path
