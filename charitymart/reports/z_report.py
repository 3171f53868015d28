"""Shift Z-report: a till's takings for one shift, by tender and by fund source, the cash
count against what the drawer should hold, cash in and out, drawer openings, refunds and voids.

Plain data in (`ZReport`, with the figures of services.sales.shifts.z_totals: the ones stored on the
shift's close when it is closed, so a reprint shows what was closed); PDF out, A4.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from charitymart.reports.base import a4_pdf, money, table_style
from charitymart.reports.letterhead import (
    StoreHeading,
    document_styles,
    esc,
    facts,
    header_cells,
    heading,
)
from charitymart.reports.text import document_text


@dataclass(frozen=True)
class ZReport:
    shift_id: int
    till: str
    opened_at: datetime  # store-local
    opened_by: str
    totals: dict  # services.sales.shifts.z_totals
    closed_at: datetime | None = None  # None: the shift is still open (an X-report)
    closed_by: str = ""
    expected_cash: int = 0
    counted_cash: int | None = None
    variance: int | None = None
    denominations: dict = field(default_factory=dict)  # {"10000": 3, ...} fen value -> count


def _tender_names(tr) -> dict[str, str]:
    return {"cash": tr("Cash"), "mobile": tr("Mobile payment"), "card": tr("Bank card"),
            "allowance": tr("Household allowance"), "points": tr("Time-bank points")}


def _fund_names(tr) -> dict[str, str]:
    return {"donated": tr("Donated goods"), "purchased": tr("Purchased goods"), "consigned": tr("Consigned goods")}


def _drawer_reasons(tr) -> dict[str, str]:
    return {"sale": tr("Sale"), "refund": tr("Refund"), "void": tr("Void"), "no_sale": tr("No sale (F11)"),
            "cash_movement": tr("Cash in or out")}


def _table(rows: list, widths: list[float], total_row: bool = False) -> Table:
    table = Table(rows, colWidths=[w * mm for w in widths], hAlign="LEFT")
    style = table_style(total_row=total_row, font_size=10)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    table.setStyle(style)
    return table


def shift_story(report: ZReport, store: StoreHeading, language: str, tr, st: dict) -> list[Flowable]:
    cur = lambda fen: money(fen, store.currency, language)
    z = report.totals
    closed = report.closed_at is not None
    title = tr("Z-report: shift closed") if closed else tr("X-report: shift still open")
    out = heading(store, title, tr("Till {till} · shift {shift}", till=report.till, shift=report.shift_id), st, tr)
    pairs = [(tr("Opened"), tr("{time} by {name}", time=f"{report.opened_at:%Y-%m-%d %H:%M}", name=report.opened_by))]
    if closed:
        pairs.append((tr("Closed"), tr("{time} by {name}", time=f"{report.closed_at:%Y-%m-%d %H:%M}",
                                        name=report.closed_by)))
    out += [facts(pairs, st), Spacer(1, 3 * mm)]

    counts = [header_cells([tr("Receipts"), tr("Count"), tr("Amount")], st)]
    for key, label in (("sales", tr("Sales")), ("collections", tr("Free collections")),
                       ("refunds", tr("Refunds")), ("voids", tr("Voided sales"))):
        counts.append([label, str(z[key]["count"]), cur(z[key]["total"])])
    out += [Paragraph(esc(tr("Sales, refunds and voids")), st["heading"]), _table(counts, [90, 40, 48])]
    if z["collections"].get("deliveries"):
        deliveries = z["collections"]["deliveries"]
        out.append(Paragraph(esc(tr("Of the free collections, 1 was a home delivery.") if deliveries == 1 else
                                 tr("Of the free collections, {count} were home deliveries.", count=deliveries)),
                             st["small"]))

    names = _tender_names(tr)
    tenders = [header_cells([tr("Takings by payment"), tr("Payments"), tr("Amount")], st)]
    for kind, figures in z["tenders"].items():
        tenders.append([names.get(kind, kind), str(figures["count"]), cur(figures["amount"])])
    tenders.append([tr("Total"), str(sum(f["count"] for f in z["tenders"].values())),
                    cur(sum(f["amount"] for f in z["tenders"].values()))])
    out += [Paragraph(esc(tr("Takings by payment (net of voids, refunds included)")), st["heading"]),
            _table(tenders, [90, 40, 48], total_row=True)]

    funds = _fund_names(tr)
    sources = [header_cells([tr("Fund source"), tr("Quantity"), tr("Amount")], st)]
    for source, figures in z["fund_sources"].items():
        sources.append([funds.get(source, source), str(figures["quantity"]), cur(figures["amount"])])
    sources.append([tr("Total"), str(sum(f["quantity"] for f in z["fund_sources"].values())),
                    cur(sum(f["amount"] for f in z["fund_sources"].values()))])
    out += [Paragraph(esc(tr("Goods by fund source")), st["heading"]), _table(sources, [90, 40, 48], total_row=True)]

    cash = z["cash"]
    drawer = [header_cells([tr("Cash in the drawer"), tr("Amount")], st)]
    for label, amount in ((tr("Opening float"), cash["float"]), (tr("Cash received"), cash["received"]),
                          (tr("Change given"), -cash["change"]), (tr("Cash handed back on voided sales"), -cash["voided"]),
                          (tr("Cash refunded"), -cash["refunded"]), (tr("Cash put in"), cash["in"]),
                          (tr("Cash taken out"), -cash["out"])):
        drawer.append([label, cur(amount)])
    drawer.append([tr("Expected in the drawer"), cur(report.expected_cash)])
    if closed:
        drawer.append([tr("Counted"), cur(report.counted_cash or 0)])
        drawer.append([tr("Variance (counted less expected)"), cur(report.variance or 0)])
    block: list[Flowable] = [Paragraph(esc(tr("Cash")), st["heading"]), _table(drawer, [130, 48], total_row=True)]
    if not closed:
        block.append(Paragraph(esc(tr("The shift is still open: the cash has not been counted yet.")), st["small"]))
    out.append(KeepTogether(block))

    if report.denominations:
        notes = [header_cells([tr("Notes and coins"), tr("Count"), tr("Amount")], st)]
        for value, count in sorted(((int(v), c) for v, c in report.denominations.items()), reverse=True):
            notes.append([cur(value), str(count), cur(value * count)])
        out.append(KeepTogether([Paragraph(esc(tr("Cash counted")), st["heading"]), _table(notes, [90, 40, 48])]))

    movements = z["cash_movements"]
    reasons = _drawer_reasons(tr)
    other = [header_cells([tr("Other events"), tr("Count"), tr("Amount")], st)]
    other.append([tr("Cash put in"), str(movements["in"]["count"]), cur(movements["in"]["amount"])])
    other.append([tr("Cash taken out"), str(movements["out"]["count"]), cur(movements["out"]["amount"])])
    for reason, count in z["drawer_openings"]["by_reason"].items():
        other.append([tr("Drawer opened: {reason}", reason=reasons.get(reason, reason)), str(count), ""])
    other.append([tr("Drawer openings in all"), str(z["drawer_openings"]["count"]), ""])
    removed = z["removed_lines"]
    other.append([tr("Lines removed from unpaid baskets"), str(removed["count"]), cur(removed["value"])])
    out.append(KeepTogether([Paragraph(esc(tr("Drawer and other events")), st["heading"]),
                             _table(other, [90, 40, 48])]))
    return out


def z_report_pdf(reports: list[ZReport], store: StoreHeading, language: str = "zh_CN") -> bytes:
    """One or more shifts (a day's shifts), each starting on a new page."""
    tr = document_text(language)
    st = document_styles(language)

    def story() -> list[Flowable]:
        out: list[Flowable] = []
        for index, report in enumerate(reports):
            if index:
                out.append(PageBreak())
            out += shift_story(report, store, language, tr, st)
        return out

    title = tr("Shift report")
    return a4_pdf(story, title=title, tr=tr, author=store.name, footer=store.name)
