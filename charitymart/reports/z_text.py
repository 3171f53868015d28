"""The shift Z-report (or X-report) as plain text in 32 or 48 columns, for a thermal receipt
printer (services.sales.receipt_printer). The same figures and words as the A4 PDF
(`reports.z_report`): counts, takings by payment, goods by fund source, the cash in the drawer."""

from __future__ import annotations

from charitymart.reports.base import money
from charitymart.reports.receipt import Row
from charitymart.reports.receipt_text import TextLine, rows_to_lines
from charitymart.reports.text import document_text
from charitymart.reports.z_report import ZReport, _fund_names, _tender_names


def _shift_rows(report: ZReport, store, language: str, tr) -> list[Row]:
    cur = lambda fen: money(fen, store.currency, language)
    z = report.totals
    closed = report.closed_at is not None
    rows = [Row("title", store.name),
            Row("center", tr("Z-report: shift closed") if closed else tr("X-report: shift still open")),
            Row("center", tr("Till {till} · shift {shift}", till=report.till, shift=report.shift_id)),
            Row("rule"),
            Row("text", tr("Opened") + " " + tr("{time} by {name}", time=f"{report.opened_at:%Y-%m-%d %H:%M}",
                                                 name=report.opened_by))]
    if closed:
        rows.append(Row("text", tr("Closed") + " " + tr("{time} by {name}", time=f"{report.closed_at:%Y-%m-%d %H:%M}",
                                                         name=report.closed_by)))
    rows += [Row("rule"), Row("strong", tr("Sales, refunds and voids"))]
    for key, label in (("sales", tr("Sales")), ("collections", tr("Free collections")),
                       ("refunds", tr("Refunds")), ("voids", tr("Voided sales"))):
        rows.append(Row("pair", f"{label} ×{z[key]['count']}", cur(z[key]["total"])))
    rows += [Row("rule"), Row("strong", tr("Takings by payment (net of voids, refunds included)"))]
    names = _tender_names(tr)
    for kind, figures in z["tenders"].items():
        rows.append(Row("pair", f"{names.get(kind, kind)} ×{figures['count']}", cur(figures["amount"])))
    rows.append(Row("strong", tr("Total"), cur(sum(f["amount"] for f in z["tenders"].values()))))
    rows += [Row("rule"), Row("strong", tr("Goods by fund source"))]
    funds = _fund_names(tr)
    for source, figures in z["fund_sources"].items():
        rows.append(Row("pair", f"{funds.get(source, source)} ×{figures['quantity']}", cur(figures["amount"])))
    cash = z["cash"]
    rows += [Row("rule"), Row("strong", tr("Cash"))]
    for label, amount in ((tr("Opening float"), cash["float"]), (tr("Cash received"), cash["received"]),
                          (tr("Change given"), -cash["change"]), (tr("Cash handed back on voided sales"), -cash["voided"]),
                          (tr("Cash refunded"), -cash["refunded"]), (tr("Cash put in"), cash["in"]),
                          (tr("Cash taken out"), -cash["out"])):
        rows.append(Row("pair", label, cur(amount)))
    rows.append(Row("strong", tr("Expected in the drawer"), cur(report.expected_cash)))
    if closed:
        rows.append(Row("pair", tr("Counted"), cur(report.counted_cash or 0)))
        rows.append(Row("strong", tr("Variance (counted less expected)"), cur(report.variance or 0)))
    else:
        rows.append(Row("text", tr("The shift is still open: the cash has not been counted yet.")))
    rows.append(Row("pair", tr("Drawer openings in all"), str(z["drawer_openings"]["count"])))
    rows.append(Row("rule"))
    return rows


def z_report_lines(reports: list[ZReport], store, *, columns: int = 48, language: str = "zh_CN") -> list[TextLine]:
    """One or more shifts one after another (`store`: reports.letterhead.StoreHeading)."""
    tr = document_text(language)
    rows: list[Row] = []
    for report in reports:
        rows += _shift_rows(report, store, language, tr)
    return rows_to_lines(rows, columns)
