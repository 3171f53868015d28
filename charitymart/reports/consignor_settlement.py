"""Consignor monthly settlement statement: what of the consignor's goods sold, for how much, the
shop's agreed share and what the shop owes (A4).

Plain data in: a settlement shaped like services.reporting.ConsignorSettlement (party_code,
name, first, last, shop_share_bp, lines, quantity, amount, shop_share, owed); PDF out.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from charitymart.reports.base import a4_pdf, day, money, table_style
from charitymart.reports.donation_acknowledgement import quantity_text
from charitymart.reports.donor_receipt import month_text
from charitymart.reports.letterhead import (
    StoreHeading,
    amount_lines,
    document_styles,
    esc,
    facts,
    header_cells,
    heading,
    signature_area,
)
from charitymart.reports.text import document_text


def percent(basis_points: int) -> str:
    return f"{basis_points / 100:g} %"


def settlement_pdf(settlement, store: StoreHeading, language: str = "zh_CN") -> bytes:
    tr = document_text(language)
    st = document_styles(language)
    month = month_text(settlement.first, language)
    title = tr("Consignment settlement")
    cur = lambda fen: money(fen, store.currency, language)

    def lines_table() -> Table:
        rows = [header_cells([tr("Item"), tr("Quantity sold"), tr("Average price"), tr("Sales")], st)]
        for line in settlement.lines:
            name = line.item_name_en if language.startswith("en") and line.item_name_en else line.item_name
            average = cur(round(line.amount / line.quantity)) if line.quantity else ""
            rows.append([Paragraph(esc(name), st["cell"]), quantity_text(line.quantity, line.unit, language), average,
                         cur(line.amount)])
        rows.append([tr("Total"), str(settlement.quantity), "", cur(settlement.amount)])
        table = Table(rows, colWidths=[80 * mm, 32 * mm, 32 * mm, 34 * mm], repeatRows=1, hAlign="LEFT")
        style = table_style(total_row=True, font_size=10)
        style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
        table.setStyle(style)
        return table

    def story() -> list[Flowable]:
        out = heading(store, title, tr("Goods sold on consignment in {month}", month=month), st, tr)
        out.append(facts([(tr("Consignor"), settlement.name), (tr("Consignor code"), settlement.party_code),
                          (tr("Period"), tr("{first} to {last}", first=day(settlement.first, language),
                                            last=day(settlement.last, language))),
                          (tr("Shop's share"), percent(settlement.shop_share_bp))], st))
        out += [Spacer(1, 4 * mm), lines_table(), Spacer(1, 4 * mm)]
        out.append(facts([(tr("Sales"), cur(settlement.amount)),
                          (tr("Shop's share ({percent})", percent=percent(settlement.shop_share_bp)),
                           cur(settlement.shop_share))], st, label_width=60 * mm))
        out += amount_lines(tr("Owed to the consignor"), settlement.owed, store, language, st, tr)
        out += [Spacer(1, 2 * mm),
                Paragraph(esc(tr("Sales are net of refunds; cancelled sales are left out. The shop's share is "
                                 "worked out once on the month's sales and rounded to the fen.")), st["small"]),
                signature_area([tr("Consignor"), tr("For the shop")], st, tr, seal=True)]
        return out

    return a4_pdf(story, title=title, tr=tr, author=store.name,
                  footer=tr("{store} · consignor {code} · {month}", store=store.name, code=settlement.party_code,
                            month=month))
