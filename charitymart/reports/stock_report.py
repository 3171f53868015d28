"""Stock and expiry report (internal, A4): value by fund source, lots expiring soon, every item on hand.

Plain data in (services.reporting.StockReport), PDF bytes out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from charitymart.reports.base import a4_pdf, day, moment, money, number, styles, table_style
from charitymart.reports.text import document_text
from charitymart.reports.transparency import fund_source_name

if TYPE_CHECKING:
    from charitymart.services.reporting import StockReport


@dataclass(frozen=True)
class StockDocument:
    store_name: str
    currency: str
    report: StockReport
    generated_local: datetime


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def stock_pdf(doc: StockDocument, language: str) -> bytes:
    tr = document_text(language)
    report = doc.report
    title = tr("Stock and expiry report at the end of {day}", day=report.as_of.isoformat())

    def cash(fen: int) -> str:
        return money(fen, doc.currency, language)

    def story() -> list:
        st = styles(10)
        right, body = st["right"], st["body"]

        def p(text: str, style=body) -> Paragraph:
            return Paragraph(_escape(text), style)

        out = [p(doc.store_name, st["title"]),
               p(tr("Stock and expiry report at the end of {day}", day=day(report.as_of, language)), st["subtitle"]),
               p(tr("1. Stock value by fund source"), st["heading"])]
        rows = [[p(tr("Fund source")), p(tr("Number of items")), p(tr("Estimated value"))]]
        rows += [[p(fund_source_name(tr, s.fund_source)), p(number(s.quantity, language), right), p(cash(s.value), right)]
                 for s in report.by_fund_source]
        rows.append([p(tr("Total")), p(number(report.quantity, language), right), p(cash(report.value), right)])
        table = Table(rows, colWidths=[70 * mm, 40 * mm, 60 * mm], hAlign="LEFT")
        table.setStyle(table_style(1, font_size=10, total_row=True))
        out.append(table)

        out.append(p(tr("2. Lots expired or expiring within {days} days", days=report.warning_days), st["heading"]))
        if report.expiring:
            rows = [[p(tr("Expiry")), p(tr("Barcode")), p(tr("Item")), p(tr("Fund source")), p(tr("On hand")),
                     p(tr("Value"))]]
            for lot in report.expiring:
                if lot.days_left < 0:
                    state = tr("expired {days} days ago", days=-lot.days_left)
                elif lot.days_left == 0:
                    state = tr("expires today")
                else:
                    state = tr("in {days} days", days=lot.days_left)
                rows.append([p(tr("{date} ({state})", date=lot.expiry.isoformat(), state=state)), p(lot.barcode),
                             p(lot.name), p(fund_source_name(tr, lot.fund_source)),
                             p(number(lot.on_hand, language), right), p(cash(lot.value), right)])
            table = Table(rows, colWidths=[38 * mm, 30 * mm, 46 * mm, 24 * mm, 18 * mm, 24 * mm], repeatRows=1,
                          hAlign="LEFT")
            style = table_style(1, font_size=9.5)
            for r, lot in enumerate(report.expiring, start=1):
                if lot.days_left < 0:
                    style.add("TEXTCOLOR", (0, r), (0, r), colors.HexColor("#B00020"))
            table.setStyle(style)
            out.append(table)
        else:
            out.append(p(tr("No lot with stock expires within {days} days.", days=report.warning_days)))

        out.append(p(tr("3. Items on hand"), st["heading"]))
        rows = [[p(tr("Category")), p(tr("Barcode")), p(tr("Item")), p(tr("On hand")), p(tr("Value")),
                 p(tr("Earliest expiry"))]]
        for line in report.lines:
            name = line.name_en if language == "en" and line.name_en else line.name
            category = line.category_en if language == "en" and getattr(line, "category_en", "") else line.category
            rows.append([p(category or "—"), p(line.barcode), p(name), p(number(line.on_hand, language), right),
                         p(cash(line.value), right), p(line.earliest_expiry.isoformat() if line.earliest_expiry else "—")])
        table = Table(rows, colWidths=[26 * mm, 32 * mm, 52 * mm, 18 * mm, 26 * mm, 26 * mm], repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(table_style(1, font_size=9.5))
        out += [table, Spacer(1, 3 * mm),
                p(tr("Generated on {time}.", time=moment(doc.generated_local, language)), st["small"])]
        return out

    return a4_pdf(story, title=title, tr=tr, footer=title)
