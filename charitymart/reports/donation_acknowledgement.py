"""Donation acknowledgement: given to the donor at intake, for one donation (A4).

Plain data in: a donation shaped like services.reporting.ReceiptDonation (number, received_on,
kind, conditions, lines, official_receipts, goods_value, cash_amount, total, weight_g) and the
donor; PDF bytes out. `donation_table` is shared with the monthly donor receipt.

The shop's own acknowledgement is not the finance bureau's 公益事业捐赠票据: it lists the goods
by item with the shop's estimated values and names the official receipt if one was issued.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from charitymart.domain.units import english_quantity
from charitymart.reports.base import a4_pdf, day, money, table_style, weight_kg
from charitymart.reports.letterhead import (
    StoreHeading,
    amount_lines,
    document_styles,
    esc,
    facts,
    header_cells,
    heading,
    organisation_block,
    signature_area,
    valuation_basis_text,
)
from charitymart.reports.text import document_text


@dataclass(frozen=True)
class Donor:
    code: str
    name: str
    kind: str  # person | organisation | anonymous


def donor_name(tr, donor: Donor) -> str:
    if donor.kind == "anonymous" or not donor.name:
        return tr("Anonymous donor")
    return donor.name


def item_name(line, language: str) -> str:
    return line.item_name_en if language.startswith("en") and line.item_name_en else line.item_name


def quantity_text(quantity: int, unit: str, language: str) -> str:
    """"10 袋" on Chinese papers, "10 bags" on English ones (a unit with no English word: the number alone)."""
    if language.startswith("zh"):
        return f"{quantity} {unit}".strip()
    return english_quantity(quantity, unit)


def unvalued_lines(donation) -> list:
    """Goods received with no value the shop could set: listed by name and quantity, never as ¥0.00."""
    return [line for line in donation.lines if not line.unit_value]


def donation_table(donation, store: StoreHeading, language: str, tr, st: dict) -> Table:
    """Every line of the donation (goods with estimated values and weight; cash as one row) and its total.
    Goods that could not be valued say so instead of showing ¥0.00."""
    cur = lambda fen: money(fen, store.currency, language)
    rows = [header_cells([tr("Item"), tr("Quantity"), tr("Estimated unit value"), tr("Estimated value"),
                          tr("Weight (kg)")], st)]
    for line in donation.lines:
        quantity = quantity_text(line.quantity, line.unit, language)
        unit_value, value = ((cur(line.unit_value), cur(line.value)) if line.unit_value else
                             (Paragraph(esc(tr("Not valued")), st["cell_right"]), ""))
        rows.append([Paragraph(esc(item_name(line, language)), st["cell"]), quantity, unit_value,
                     value, weight_kg(line.weight_g, language) if line.weight_g else ""])
    if donation.cash_amount:
        rows.append([Paragraph(esc(tr("Cash donation")), st["cell"]), "", "", cur(donation.cash_amount), ""])
    rows.append([tr("Total"), "", "", cur(donation.total),
                 weight_kg(donation.weight_g, language) if donation.weight_g else ""])
    table = Table(rows, colWidths=[70 * mm, 24 * mm, 30 * mm, 30 * mm, 24 * mm], repeatRows=1, hAlign="LEFT")
    style = table_style(total_row=True, font_size=10)
    style.add("ALIGN", (1, 0), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def official_receipt_lines(donation, language: str, tr, st: dict) -> list[Flowable]:
    out = []
    for receipt in donation.official_receipts:
        issued = day(receipt.issued_on, language) if receipt.issued_on else ""
        text = (tr("Official donation receipt (公益事业捐赠票据): code {code}, number {number}, issued {date}",
                   code=receipt.code, number=receipt.number, date=issued) if issued else
                tr("Official donation receipt (公益事业捐赠票据): code {code}, number {number}",
                   code=receipt.code, number=receipt.number))
        out.append(Paragraph(esc(text), st["body"]))
    return out


def no_return_line(tr, st: dict) -> Paragraph:
    return Paragraph(esc(tr("No goods or services were given in return for this donation.")), st["body"])


def not_official_line(tr, st: dict) -> Paragraph:
    """The shop's papers are not the finance bureau's receipt, and must say so (财综〔2024〕1号)."""
    return Paragraph(esc(tr("This paper is the shop's own acknowledgement. It is not a public welfare donation "
                            "receipt (公益事业捐赠票据) and cannot be used as one; where such a receipt was "
                            "issued, its code and number are given above.")), st["small"])


def unvalued_paragraph(lines, language: str, tr, st: dict) -> Paragraph | None:
    """"Goods not valued (not in the total): 旧书 × 12 本; ..." or None when every line has a value."""
    if not lines:
        return None
    listed = "; ".join(tr("{name} × {quantity}", name=item_name(line, language),
                          quantity=quantity_text(line.quantity, line.unit, language)) for line in lines)
    return Paragraph(esc(tr("Goods received that could not be valued (not counted in the total): {goods}",
                            goods=listed)), st["body"])


def acknowledgement_pdf(donation, donor: Donor, store: StoreHeading, language: str = "zh_CN",
                        issued_on: date | None = None) -> bytes:
    """`issued_on`: the store's today when printed (default: the day the donation was received)."""
    issued_on = issued_on or donation.received_on
    tr = document_text(language)
    st = document_styles(language)
    title = tr("Donation acknowledgement")

    def story() -> list[Flowable]:
        out = heading(store, title, tr("Donation {number}", number=donation.number), st, tr)
        pairs = [(tr("Donor"), donor_name(tr, donor)), (tr("Donor code"), donor.code or "—"),
                 (tr("Date received"), day(donation.received_on, language)),
                 (tr("Donation number"), donation.number)]
        if donation.conditions:
            pairs.append((tr("Conditions set by the donor"), donation.conditions))
        out += [facts(pairs, st), Spacer(1, 4 * mm), donation_table(donation, store, language, tr, st),
                Spacer(1, 4 * mm)]
        closing = amount_lines(tr("Total estimated value"), donation.total, store, language, st, tr)
        unvalued = unvalued_paragraph(unvalued_lines(donation), language, tr, st)
        if unvalued is not None:
            closing.append(unvalued)
        if donation.goods_value or unvalued is not None:
            closing.append(Paragraph(esc(valuation_basis_text(store, tr)), st["small"]))
        closing.append(Spacer(1, 3 * mm))
        closing += official_receipt_lines(donation, language, tr, st)
        closing += [Paragraph(esc(tr("We thank you warmly for your gift. The values above are the shop's own "
                                     "estimates of the goods received.")), st["body"]),
                    no_return_line(tr, st), not_official_line(tr, st),
                    signature_area([tr("Received for the shop by"), tr("Donor")], st, tr),
                    organisation_block(store, st, tr, language, issued_on)]
        out.append(KeepTogether(closing))  # the total stays with the signatures and the seal
        return out

    return a4_pdf(story, title=title, tr=tr, author=store.name,
                  footer=tr("{store} · donation {number}", store=store.name, number=donation.number))

