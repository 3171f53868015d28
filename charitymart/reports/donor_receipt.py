"""Monthly donor receipt: one per donor, every donation received from them that month (A4).

Plain data in: a receipt shaped like services.reporting.DonorReceipt (party_code, name, kind,
first, last, donations, goods_value, cash_amount, total, weight_g); PDF bytes out. Each donation
is listed with its items, quantities, estimated values and weight, and the 捐赠票据 code and
number where one was recorded; the month's total is given in figures and, in Chinese, in
capitals (大写). Goods that could not be valued are listed by name and quantity, never as ¥0.00.
The receipt has its own serial number and issue date, says it is not a 捐赠票据, states the
valuation basis, and ends with the organisation block. Everything from the month's total to the
seal is kept on one page, so the signature never stands alone on a last page.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from charitymart.reports.base import a4_pdf, day, money, weight_kg
from charitymart.reports.donation_acknowledgement import (
    Donor,
    donation_table,
    donor_name,
    no_return_line,
    not_official_line,
    official_receipt_lines,
    unvalued_lines,
    unvalued_paragraph,
)
from charitymart.reports.letterhead import (
    StoreHeading,
    amount_lines,
    document_styles,
    esc,
    facts,
    heading,
    organisation_block,
    signature_area,
    valuation_basis_text,
)
from charitymart.reports.text import document_text


def month_text(first, language: str) -> str:
    """年月 / "March 2026": a month as a reader names it."""
    if language.startswith("zh"):
        return f"{first.year}年{first.month}月"
    return format_date(first, "MMMM y", locale="en")


def receipt_serial(receipt) -> str:
    """The receipt's own number: month and donor, so a reprint carries the same number."""
    return f"DR{receipt.first.year:04d}{receipt.first.month:02d}-{receipt.party_code}"


def donor_receipt_pdf(receipt, store: StoreHeading, language: str = "zh_CN", issued_on: date | None = None) -> bytes:
    """`issued_on`: the store's today when printed (default: the last day of the month)."""
    issued_on = issued_on or receipt.last
    serial = receipt_serial(receipt)
    tr = document_text(language)
    st = document_styles(language)
    donor = Donor(receipt.party_code, receipt.name, receipt.kind)
    month = month_text(receipt.first, language)
    title = tr("Donor receipt")
    cur = lambda fen: money(fen, store.currency, language)

    def story() -> list[Flowable]:
        out = heading(store, title, tr("Donations received in {month}", month=month), st, tr)
        out.append(facts([
            (tr("Donor receipt number"), serial), (tr("Date of issue"), day(issued_on, language)),
            (tr("Donor"), donor_name(tr, donor)), (tr("Donor code"), donor.code),
            (tr("Period"), tr("{first} to {last}", first=day(receipt.first, language), last=day(receipt.last, language))),
            (tr("Donations"), str(len(receipt.donations))),
        ], st))
        for donation in receipt.donations:
            block: list[Flowable] = [Paragraph(esc(tr("Donation {number}, received {date}", number=donation.number,
                                                      date=day(donation.received_on, language))), st["heading"]),
                                     donation_table(donation, store, language, tr, st), Spacer(1, 1.5 * mm)]
            block += official_receipt_lines(donation, language, tr, st)
            if donation.conditions:
                block.append(Spacer(1, 1.5 * mm))
                block.append(Paragraph(esc(tr("Conditions set by the donor: {conditions}",
                                              conditions=donation.conditions)), st["body"]))
            out.append(KeepTogether(block))
        summary = [(tr("Goods, estimated value"), cur(receipt.goods_value)), (tr("Cash"), cur(receipt.cash_amount))]
        if receipt.weight_g:
            summary.append((tr("Weight of goods (kg)"), weight_kg(receipt.weight_g, language)))
        closing: list[Flowable] = [Spacer(1, 5 * mm), facts(summary, st, label_width=52 * mm)]
        closing += amount_lines(tr("Total for the month"), receipt.total, store, language, st, tr)
        unvalued = unvalued_paragraph([line for donation in receipt.donations for line in unvalued_lines(donation)],
                                      language, tr, st)
        if unvalued is not None:
            closing.append(unvalued)
        if receipt.goods_value or unvalued is not None:
            closing.append(Paragraph(esc(valuation_basis_text(store, tr)), st["small"]))
        closing += [Spacer(1, 3 * mm),
                    Paragraph(esc(tr("Thank you for supporting families in our community.")), st["body"]),
                    no_return_line(tr, st), not_official_line(tr, st),
                    signature_area([tr("For the shop")], st, tr),
                    organisation_block(store, st, tr, language, issued_on)]
        # The total, the signature and the seal are one block: it moves to the next page whole.
        out.append(KeepTogether(closing))
        return out

    return a4_pdf(story, title=title, tr=tr, author=store.name,
                  footer=tr("{store} · donor receipt {code} · {month}", store=store.name, code=serial, month=month))
