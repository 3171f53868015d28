"""Pieces the shop's own A4 papers share: the letterhead, a facts table, amounts in words, a
signature and seal area, and the organisation block every public paper ends with. Plain data
in; the words come from the caller's `tr`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from charitymart.domain.capital_numerals import capital_amount
from charitymart.reports.base import day, money, register_font

A4_TEXT_WIDTH = 178 * mm  # A4 less the 16 mm margins of base.a4_pdf
# Empty table cells are drawn in the table's font too: without this, Helvetica (not embedded) creeps in.
FONT = register_font()


@dataclass(frozen=True)
class Organisation:
    """Who answers for the paper, as a registered charity must say it on public papers (store settings)."""

    credit_code: str = ""  # 统一社会信用代码
    registering_authority: str = ""  # 登记管理机关
    person_in_charge: str = ""  # 负责人
    complaint_phone: str = ""  # 监督投诉电话

    def missing(self) -> tuple[str, ...]:
        """The settings left empty, by field name (the manager is told before printing)."""
        return tuple(name for name in ("credit_code", "registering_authority", "person_in_charge",
                                       "complaint_phone") if not getattr(self, name))


@dataclass(frozen=True)
class StoreHeading:
    """Who issues the paper: the store's name, address, phone and currency, and its registration."""

    name: str
    address: str = ""
    phone: str = ""
    currency: str = "CNY"
    organisation: Organisation = field(default_factory=Organisation)
    valuation_basis: str = ""  # how donated goods are valued, in the store's words; "" = the standard sentence


def esc(text: object) -> str:
    """Text for a ReportLab Paragraph (which reads a little XML)."""
    return escape(str(text))


def heading(store: StoreHeading, title: str, subtitle: str, st: dict, tr) -> list[Flowable]:
    """Store name and contact line, then the document's title and subtitle."""
    out: list[Flowable] = [Paragraph(esc(store.name), st["heading"])]
    contact = [store.address] if store.address else []
    if store.phone:
        contact.append(tr("Tel. {phone}", phone=store.phone))
    if contact:
        out.append(Paragraph(esc("   ".join(contact)), st["small"]))
    out += [Spacer(1, 3 * mm), Paragraph(esc(title), st["title"])]
    if subtitle:
        out.append(Paragraph(esc(subtitle), st["subtitle"]))
    out.append(Spacer(1, 4 * mm))
    return out


def facts(pairs: list[tuple[str, str]], st: dict, label_width: float = 42 * mm) -> Table:
    """Two columns, label and value, no grid: who, when, which number."""
    table = Table([[Paragraph(esc(label), st["body"]), Paragraph(esc(value), st["body"])] for label, value in pairs],
                  colWidths=[label_width, A4_TEXT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#444444"))]))
    return table


def amount_lines(label: str, fen: int, store: StoreHeading, language: str, st: dict, tr) -> list[Flowable]:
    """A total in figures and, on Chinese papers, in financial capitals (大写) as finance offices expect."""
    out = [Paragraph(esc(tr("{label}: {amount}", label=label, amount=money(fen, store.currency, language))),
                     st["heading"])]
    if language.startswith("zh") and store.currency == "CNY":
        out.append(Paragraph(esc(tr("In capitals: {capitals}", capitals="人民币" + capital_amount(fen))), st["body"]))
    return out


def signature_area(labels: list[str], st: dict, tr, *, seal: bool = False) -> Flowable:
    """Signature lines (one per label, each with a date line) and, for the shop, a seal box."""
    register_font()
    rows = []
    for label in labels:
        rows.append([Paragraph(esc(label), st["body"]), "", Paragraph(esc(tr("Date")), st["body"]), ""])
    table = Table(rows, colWidths=[48 * mm, 62 * mm, 16 * mm, 36 * mm], rowHeights=[14 * mm] * len(rows),
                  hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.black),
                               ("LINEBELOW", (3, 0), (3, -1), 0.8, colors.black)]))
    parts: list[Flowable] = [Spacer(1, 6 * mm), table]
    if seal:
        box = Table([[Paragraph(esc(tr("Seal of the organisation")), st["small"])]], colWidths=[42 * mm],
                    rowHeights=[32 * mm], hAlign="RIGHT")
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                                 ("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        parts += [Spacer(1, 4 * mm), box]
    return KeepTogether(parts)


def header_cells(labels: list[str], st: dict, right_from: int = 1) -> list[Paragraph]:
    """A table's header as wrapping paragraphs (long English headings must not run into the next
    column); columns from `right_from` on hold figures and are right-aligned."""
    return [Paragraph(esc(label), st["cell_right"] if index >= right_from else st["cell"])
            for index, label in enumerate(labels)]


def document_styles(language: str, base_size: float = 10.5) -> dict:
    """base.styles plus table cell styles (left and right aligned) of the table's font size.
    English text wraps at spaces only (CJK wrapping would break "collection" as "collectio / n")."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    from charitymart.reports.base import styles

    st = styles(base_size)
    cell = ParagraphStyle("cell", parent=st["body"], fontSize=10, leading=12.5)
    st["cell"] = cell
    st["cell_right"] = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    if not language.startswith("zh"):
        for style in st.values():
            style.wordWrap = None
    return st


def organisation_block(store: StoreHeading, st: dict, tr, language: str, issued_on: date, *,
                       width: float = A4_TEXT_WIDTH) -> Flowable:
    """The issuer's particulars (统一社会信用代码, registering authority, person in charge, the
    supervision and complaint phone), the date of issue and a box for the seal, kept on one page.

    Every public paper ends with it (donor receipts, acknowledgements, certificates, the
    transparency report). A setting left empty is left out rather than printed as a bare dash;
    `Organisation.missing()` says which, so the caller can warn before printing. `width`: the
    page's text width (A4 with base.a4_pdf's 16 mm margins by default)."""
    org = store.organisation
    pairs = [(tr("Issued by"), store.name)]
    for label, value in ((tr("Unified social credit code"), org.credit_code),
                         (tr("Registering authority"), org.registering_authority),
                         (tr("Person in charge"), org.person_in_charge),
                         (tr("Supervision and complaints phone"), org.complaint_phone)):
        if value:
            pairs.append((label, value))
    pairs.append((tr("Date of issue"), day(issued_on, language)))
    label_width, seal_width = 44 * mm, 46 * mm
    details = Table([[Paragraph(esc(label), st["small"]), Paragraph(esc(value), st["body"])] for label, value in pairs],
                    colWidths=[label_width, width - seal_width - label_width - 4 * mm], hAlign="LEFT")
    details.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("FONTNAME", (0, 0), (-1, -1), FONT),
                                 ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    seal = Table([[Paragraph(esc(tr("Seal of the organisation")), st["small"])]], colWidths=[seal_width - 4 * mm],
                 rowHeights=[34 * mm])
    seal.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                              ("FONTNAME", (0, 0), (-1, -1), FONT),
                              ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    block = Table([[details, seal]], colWidths=[width - seal_width, seal_width], hAlign="LEFT")
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#888888")),
                               ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    return KeepTogether([Spacer(1, 5 * mm), block])


def valuation_basis_text(store: StoreHeading, tr) -> str:
    """How the shop valued the donated goods on this paper (receipts and the public report say it)."""
    basis = store.valuation_basis or tr(
        "Donated goods are valued at the shop's estimate of their market value on the day they were received "
        "(the price of comparable goods in local shops, reduced for used goods); goods with no reliable value "
        "are listed by name and quantity and not counted in the total.")
    return tr("Valuation basis: {basis}", basis=basis)
