"""Monthly donor receipt: one per donor, every donation received from them that month (A4).

Plain data in: a receipt shaped like services.reporting.DonorReceipt (party_code, name, kind,
first, last, donations, goods_value, cash_amount, total, weight_g); PDF bytes out. Each donation
is listed with its items, quantities, estimated values and weight, and the 捐赠票据 code and
number where one was recorded; the month's total is given in figures and, in Chinese, in
capitals (大写).
"""

from __future__ import annotations

from babel.dates import format_date
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from charitymart.reports.base import a4_pdf, day, money, weight_kg
from charitymart.reports.donation_acknowledgement import (
    Donor,
    donation_table,
    donor_name,
    no_return_line,
    official_receipt_lines,
)
from charitymart.reports.letterhead import (
    StoreHeading,
    amount_lines,
    document_styles,
    esc,
    facts,
    heading,
    signature_area,
)
from charitymart.reports.text import document_text


def month_text(first, language: str) -> str:
    """年月 / "March 2026": a month as a reader names it."""
    if language.startswith("zh"):
        return f"{first.year}年{first.month}月"
    return format_date(first, "MMMM y", locale="en")


def donor_receipt_pdf(receipt, store: StoreHeading, language: str = "zh_CN") -> bytes:
    tr = document_text(language)
    st = document_styles(language)
    donor = Donor(receipt.party_code, receipt.name, receipt.kind)
    month = month_text(receipt.first, language)
    title = tr("Donor receipt")
    cur = lambda fen: money(fen, store.currency, language)

    def story() -> list[Flowable]:
        out = heading(store, title, tr("Donations received in {month}", month=month), st, tr)
        out.append(facts([
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
        out.append(Spacer(1, 5 * mm))
        summary = [(tr("Goods, estimated value"), cur(receipt.goods_value)), (tr("Cash"), cur(receipt.cash_amount))]
        if receipt.weight_g:
            summary.append((tr("Weight of goods (kg)"), weight_kg(receipt.weight_g, language)))
        out.append(facts(summary, st, label_width=52 * mm))
        out += amount_lines(tr("Total for the month"), receipt.total, store, language, st, tr)
        out.append(Spacer(1, 3 * mm))
        out.append(Paragraph(esc(tr("Thank you for supporting families in our community.")), st["body"]))
        out.append(no_return_line(tr, st))
        out.append(signature_area([tr("For the shop")], st, tr, seal=True))
        return out

    return a4_pdf(story, title=title, tr=tr, author=store.name,
                  footer=tr("{store} · donor receipt {code} · {month}", store=store.name, code=donor.code, month=month))
