"""Monthly beneficiary statement: one household's collections and purchases in a month, for its
signature (A4). A private paper kept in the shop's files: the household's name and card appear.

Plain data in: a statement shaped like services.reporting.HouseholdStatement (card_number, name,
category, household_size, first, last, visits, allowance_used, goods_value, periods); PDF out.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from charitymart.reports.base import a4_pdf, day, money, table_style
from charitymart.reports.donor_receipt import month_text
from charitymart.reports.letterhead import (
    StoreHeading,
    document_styles,
    esc,
    facts,
    header_cells,
    heading,
    signature_area,
)
from charitymart.reports.text import document_text


def _kind(tr, kind: str, delivery: bool) -> str:
    if kind == "collection":
        return tr("Free collection, delivered") if delivery else tr("Free collection")
    return {"sale": tr("Purchase"), "refund": tr("Refund"), "void": tr("Cancelled sale")}.get(kind, kind)


def people(tr, count: int) -> str:
    """"1 person", "2 people": the English template is chosen by count, each translated whole (one
    Chinese form, "{count} 人")."""
    return tr("{count} person" if count == 1 else "{count} people", count=count)


def _items(tr, visit, language: str) -> str:
    names = []
    for line in visit.lines:
        name = line.item_name_en if language.startswith("en") and line.item_name_en else line.item_name
        names.append(tr("{name} × {quantity}", name=name, quantity=line.quantity))
    return "<br/>".join(esc(name) for name in names)


def statement_pdf(statement, store: StoreHeading, language: str = "zh_CN") -> bytes:
    tr = document_text(language)
    st = document_styles(language)
    month = month_text(statement.first, language)
    title = tr("Household statement")
    cur = lambda fen: money(fen, store.currency, language)

    def visits_table() -> Table:
        rows = [header_cells([tr("Date and receipt"), tr("What happened"), tr("Items"), tr("Value"),
                              tr("Allowance used"), tr("Paid otherwise")], st, right_from=3)]
        for visit in statement.visits:
            when = f"{visit.local_time:%Y-%m-%d %H:%M}<br/>{esc(visit.receipt_number)}"  # figures, no words
            rows.append([Paragraph(when, st["cell"]), Paragraph(esc(_kind(tr, visit.kind, visit.delivery)), st["cell"]),
                         Paragraph(_items(tr, visit, language), st["cell"]), cur(visit.total),
                         cur(visit.allowance_used), cur(visit.other_paid)])
        rows.append([Paragraph(esc(tr("Total for the month")), st["cell"]), "", "", cur(statement.goods_value),
                     cur(statement.allowance_used), cur(statement.goods_value - statement.allowance_used)])
        table = Table(rows, colWidths=[31 * mm, 29 * mm, 50 * mm, 22 * mm, 23 * mm, 23 * mm], repeatRows=1,
                      hAlign="LEFT")
        style = table_style(total_row=True, font_size=10)
        style.add("ALIGN", (3, 1), (-1, -1), "RIGHT")
        style.add("VALIGN", (0, 0), (-1, -1), "TOP")
        table.setStyle(style)
        return table

    def periods_table() -> Table:
        rows = [header_cells([tr("Allowance period"), tr("Granted"), tr("Used"), tr("Left")], st)]
        for period in statement.periods:
            rows.append([tr("{first} to {last}", first=day(period.period_start, language),
                            last=day(period.period_end, language)),
                         cur(period.granted), cur(period.used), cur(period.remaining)])
        table = Table(rows, colWidths=[82 * mm, 32 * mm, 32 * mm, 32 * mm], hAlign="LEFT")
        style = table_style(font_size=10)
        style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
        table.setStyle(style)
        return table

    def story() -> list[Flowable]:
        out = heading(store, title, tr("Collections and purchases in {month}", month=month), st, tr)
        out.append(facts([(tr("Household"), statement.name), (tr("Card number"), statement.card_number),
                          (tr("Category"), statement.category),
                          (tr("Household size"), people(tr, statement.household_size))], st))
        out += [Spacer(1, 4 * mm), visits_table()]
        if statement.periods:
            out += [Spacer(1, 2 * mm), Paragraph(esc(tr("Allowance balance at the end of the month")), st["heading"]),
                    periods_table()]
        out += [Spacer(1, 4 * mm),
                Paragraph(esc(tr("I confirm that our household received the goods listed above.")), st["body"]),
                signature_area([tr("Household member"), tr("For the shop")], st, tr),
                Spacer(1, 3 * mm),
                Paragraph(esc(tr("Private: this statement names a household. Keep it in the shop's files and "
                                 "never pin it up.")), st["small"])]
        return out

    return a4_pdf(story, title=title, tr=tr, author=store.name,
                  footer=tr("{store} · household {card} · {month}", store=store.name, card=statement.card_number,
                            month=month))
