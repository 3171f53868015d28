"""The monthly public transparency report (公示) for the shop's noticeboard, A4.

Plain data in (services.reporting.MonthFigures plus the organisation's particulars and when it
was generated and published, in store-local time), PDF bytes out. Public: it prints counts and
money, consenting donors' names, never a household's name or card number, a volunteer's name,
a non-consenting donor, or the free-text reason of a correction (only its category).
The foot of the report names the audit chain head the figures were read from, with a QR code
of the command an auditor runs to check it is in the store's chain; the "How to check" box
stays with the last section, the date and the seal, so no page holds only the box.
Pieces in reports.transparency_parts, sections in reports.transparency_sections.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from charitymart.reports import transparency_sections as sections
from charitymart.reports.transparency_spending import spending
from charitymart.reports.base import a4_pdf, day, moment
from charitymart.reports.charts import qr_code
from charitymart.reports.letterhead import organisation_block
from charitymart.reports.text import document_text
from charitymart.reports.transparency_parts import (  # noqa: F401  (the report's public names)
    FIGURES_ATTACHMENT,
    TEXT_WIDTH,
    Builder,
    Organisation,
    TransparencyDocument,
    escape,
    fund_source_name,
    report_hash_command,
    short_fund_source_name,
    tender_name,
    verify_command,
)


def build(b: Builder) -> list:
    tr, f = b.tr, b.f
    month_name = f"{f.year:04d}-{f.month:02d}"
    b.story.append(b.para(f.store_name, "title"))
    b.story.append(b.para(tr("Public report for {month}: donations received and how they were used",
                               month=month_name), "subtitle"))
    period = tr("Period: {first} to {last}", first=day(f.first, b.language), last=day(f.last, b.language))
    if b.doc.address:
        period = tr("{period} · {address}", period=period, address=b.doc.address)
    b.story.append(b.para(period, "subtitle"))
    if b.doc.figures_match is False:
        b.story.append(b.heading(tr(
            "Warning: these figures differ from the ones published. Run the check below and tell the manager.")))
    sections.donations(b)
    sections.other_intake(b)
    sections.money_received(b)
    sections.value_given(b)
    sections.households(b)
    sections.goods_out(b)
    sections.volunteers(b)
    sections.stock_flow(b)
    spending(b)
    last = sections.corrections(b)
    verification(b, last)
    return b.story


def verification(b: Builder, last_section: list) -> None:
    """The check box, then the organisation block (particulars, date, seal: reports.letterhead,
    as on every public paper), kept with the last section so no page holds only them."""
    from charitymart.reports.base import register_font

    tr, f, lang = b.tr, b.f, b.language
    publication = f.publication
    head = publication.chain_head if publication else f.chain_head
    lines = [(tr("Generated on {time} from audit chain head:", time=moment(b.doc.generated_local, lang)), False),
             (f.chain_head, True)]
    if publication is not None:
        lines += [(tr("Published on {time}; chain head at publication:",
                      time=moment(b.doc.published_local, lang)), False), (publication.chain_head, True)]
    else:
        lines.append((tr("Not yet published: the figures may still change."), False))
    lines += [(tr("Anyone holding the store's records can check these figures with:"), False),
              (verify_command(head), True)]
    if b.doc.figures_hash:  # the figures themselves, not only the chain: `verify --report` or this hash
        lines += [(tr("Figures hash (sha256), checked with:"), False),
                  (report_hash_command(b.doc.figures_hash, f.year, f.month), True)]
    mono = b.st["small"].clone("mono", fontSize=6.8, leading=8.5, wordWrap="CJK")
    cells = [Paragraph(escape(text), mono if is_code else b.st["small"]) for text, is_code in lines]
    box = Table([[cells, qr_code(verify_command(head), 28 * mm)]], colWidths=[TEXT_WIDTH - 34 * mm, 34 * mm])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("FONTNAME", (0, 0), (-1, -1), register_font()),
                             ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888"))]))
    issued_on = (b.doc.published_local or b.doc.generated_local).date()
    seal = organisation_block(b.doc.heading(), b.st, tr, lang, issued_on, width=TEXT_WIDTH)
    b.story.append(KeepTogether(last_section + [b.heading(tr("How to check this report")), box, seal]))


def transparency_pdf(doc: TransparencyDocument, language: str) -> bytes:
    """The report as PDF bytes in `language` (zh_CN or en)."""
    tr = document_text(language)
    f = doc.figures
    title = tr("{store}: public report for {month}", store=f.store_name, month=f"{f.year:04d}-{f.month:02d}")
    from charitymart.reports.attachments import with_attachment

    pdf = a4_pdf(lambda: build(Builder(doc, language)), title=title, tr=tr, footer=title, margins_mm=14,
                 one_pass=True)
    return with_attachment(pdf, FIGURES_ATTACHMENT, doc.figures_attachment) if doc.figures_attachment else pdf
