"""The sale / collection / refund receipt: 58 mm or 80 mm roll, or A5 (ReportLab).

Plain data in (services.sales.receipts.ReceiptData), PDF out; no Qt, no Session. The words come from
`tr = document_text(language)`, so the counter, the CLI and the back office print the same
receipt. `receipt_rows` is the layout as plain rows, so a printer driven by another painter (the
counter's QPainter) prints the same receipt as the PDF.

Marks a cashier or customer must not miss (TRAINING, VOID, REFUND, COPY) are printed at the top,
and TRAINING and VOID again at the foot, where a torn-off receipt still shows them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from charitymart.reports.base import money, register_font
from charitymart.reports.text import document_text

FONT_NAME = "WQYMicroHei"  # reports.base registers the shipped font under this name
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
    # Common 58 mm printers print 48 mm of it, 80 mm printers 72 mm: the margins leave that width.
    "58mm": Paper(58, 5, 8.5, 11, None),
    "80mm": Paper(80, 4, 10, 13, None),
    "A5": Paper(148, 14, 12, 17, 210),
}


@dataclass(frozen=True)
class Row:
    """One row of the layout. style: mark | title | center | text | pair | strong | rule | sign
    (a label followed by a line to sign on, as on the collection slip)."""

    style: str
    left: str = ""
    right: str = ""


def points_text(points_x100: int) -> str:
    return f"{points_x100 // 100}" if points_x100 % 100 == 0 else f"{points_x100 / 100:.2f}"


def points_words(tr, points_x100: int) -> str:
    """"1 point", "2.50 points": one whole sentence per case."""
    return tr("1 point") if points_x100 == 100 else tr("{points} points", points=points_text(points_x100))


def _tender_name(tr, kind: str) -> str:
    names = {"cash": tr("Cash"), "mobile": tr("Mobile payment"), "card": tr("Bank card"),
             "allowance": tr("Allowance used"), "points": tr("Time-bank points used")}
    return names.get(kind, kind)


def _marks(tr, data, training: bool, copy: bool) -> list[str]:
    marks = []
    if training:
        marks.append(tr("TRAINING · NOT A REAL RECEIPT"))
    if data.voided:
        marks.append(tr("VOID · THIS SALE WAS CANCELLED"))
    if data.is_refund:
        marks.append(tr("REFUND"))
    if copy:
        marks.append(tr("COPY"))
    return marks


def receipt_rows(data, *, language: str = "zh_CN", training: bool = False, copy: bool = False) -> list[Row]:
    """The receipt, top to bottom, as plain rows (`data` is a services.sales.receipts.ReceiptData)."""
    tr = document_text(language)

    def cur(fen: int) -> str:
        return money(fen, data.currency, language)

    marks = _marks(tr, data, training, copy)
    rows = [Row("mark", m) for m in marks]
    rows.append(Row("title", data.store_name))
    if data.store_address:
        rows.append(Row("center", data.store_address))
    if data.store_phone:
        rows.append(Row("center", tr("Tel. {phone}", phone=data.store_phone)))
    rows.append(Row("rule"))
    rows.append(Row("strong", tr("Receipt {number}", number=data.receipt_number)))
    rows.append(Row("text", tr("Till {till} · Cashier {cashier}", till=data.till, cashier=data.cashier)))
    rows.append(Row("text", tr("Time {time}", time=data.local_time.strftime("%Y-%m-%d %H:%M"))))
    if data.refund_of:
        rows.append(Row("text", tr("Refund of receipt {number}", number=data.refund_of)))
    if data.kind == "collection":
        rows.append(Row("mark", tr("FREE COLLECTION")))
    rows.append(Row("rule"))
    for line in data.lines:
        name = line.name_en if language.startswith("en") and line.name_en else line.name
        rows.append(Row("text", tr("{name} (price changed)", name=name) if line.price_changed else name))
        rows.append(Row("pair", "    " + tr("{quantity} × {price}", quantity=line.quantity,
                                            price=cur(line.unit_price)), cur(line.line_total)))
    rows.append(Row("rule"))
    rows.append(Row("strong", tr("Total refunded") if data.is_refund else tr("Total"), cur(data.total)))
    for tender in data.tenders:
        shown = tender.received if tender.kind == "cash" and tender.received else tender.amount
        rows.append(Row("pair", _tender_name(tr, tender.kind), cur(shown)))
        if tender.kind == "points" and tender.points_x100:
            rows.append(Row("pair", "    " + points_words(tr, abs(tender.points_x100))))
        if tender.reference:
            rows.append(Row("text", "    " + tr("Ref. {reference}", reference=tender.reference)))
    if data.change:
        rows.append(Row("strong", tr("Change"), cur(data.change)))
    if data.allowance_remaining is not None:
        rows.append(Row("pair", tr("Allowance left this period"), cur(data.allowance_remaining)))
    if data.points_remaining_x100 is not None:
        rows.append(Row("pair", tr("Time-bank points left"),
                        points_words(tr, data.points_remaining_x100)))
    if data.delivery:
        rows.append(Row("text", tr("Home delivery")))
    rows.append(Row("rule"))
    if data.voided:
        rows.append(Row("center", tr("This sale was voided: it is not valid as a receipt.")))
    else:
        rows.append(Row("center", tr("Thank you! Every purchase helps families in our community.")))
    rows += [Row("mark", m) for m in marks[: int(training) + int(data.voided)]]
    return rows


# ----- PDF -----
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


def render_receipt_pdf(data, *, paper: str = "80mm", language: str = "zh_CN", training: bool = False,
                       copy: bool = False) -> bytes:
    """The receipt as PDF bytes, with the CJK font embedded."""
    spec = PAPERS.get(paper, PAPERS["80mm"])
    register_font()
    margin = spec.margin_mm * mm
    page_w = spec.width_mm * mm
    width = page_w - 2 * margin
    laid = _laid_out(receipt_rows(data, language=language, training=training, copy=copy), spec, width)
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
        if row.style == "mark":
            # a frame round the mark: it must not be mistaken for an ordinary line
            pdf.setLineWidth(1.2)
            pdf.rect(margin, y - height + size * 0.1, width, height - size * 0.15)
            pdf.setLineWidth(1)
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
