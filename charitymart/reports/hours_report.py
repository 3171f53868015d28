"""Volunteer hours report (internal, A4): credited hours per volunteer over a date range.

Plain data in (services.reporting.HoursReport), PDF bytes out. Internal paper for the
manager: it names volunteers, so it is not for the noticeboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from babel.numbers import format_decimal
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table

from charitymart.reports.base import a4_pdf, babel_locale, day, moment, number, styles, table_style
from charitymart.reports.text import document_text

if TYPE_CHECKING:
    from charitymart.services.reporting import HoursReport


@dataclass(frozen=True)
class HoursDocument:
    store_name: str
    report: HoursReport
    generated_local: datetime


def hours_text(hours, language: str) -> str:
    """Hours with one or two decimals as needed: 163.0, 154.5, 2.25."""
    return format_decimal(hours, format="#,##0.0#", locale=babel_locale(language))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def hours_pdf(doc: HoursDocument, language: str) -> bytes:
    tr = document_text(language)
    report = doc.report
    title = tr("Volunteer hours from {first} to {last}", first=report.first.isoformat(), last=report.last.isoformat())

    def story() -> list:
        st = styles(10.5)
        right = st["right"]
        rows = [[Paragraph(_escape(t), st["body"]) for t in
                 (tr("Card"), tr("Name"), tr("Hours credited"), tr("Approved"), tr("Rejected"), tr("Waiting"))]]
        for v in report.volunteers:
            rows.append([Paragraph(_escape(v.code), st["body"]), Paragraph(_escape(v.name), st["body"]),
                         Paragraph(hours_text(v.hours, language), right),
                         Paragraph(number(v.approved_entries, language), right),
                         Paragraph(number(v.rejected_entries, language), right),
                         Paragraph(number(v.pending_entries, language), right)])
        rows.append([Paragraph(_escape(tr("Total")), st["body"]),
                     Paragraph(_escape(tr("1 volunteer") if len(report.volunteers) == 1 else
                                       tr("{count} volunteers", count=len(report.volunteers))), st["body"]),
                     Paragraph(hours_text(report.hours, language), right),
                     Paragraph(number(sum(v.approved_entries for v in report.volunteers), language), right),
                     Paragraph(number(sum(v.rejected_entries for v in report.volunteers), language), right),
                     Paragraph(number(sum(v.pending_entries for v in report.volunteers), language), right)])
        table = Table(rows, colWidths=[26 * mm, 44 * mm, 34 * mm, 22 * mm, 22 * mm, 22 * mm], repeatRows=1)
        table.setStyle(table_style(1, font_size=10.5, total_row=True))
        return [
            Paragraph(_escape(doc.store_name), st["title"]),
            Paragraph(_escape(tr("Volunteer hours from {first} to {last}", first=day(report.first, language),
                                 last=day(report.last, language))), st["subtitle"]),
            Spacer(1, 5 * mm),
            table,
            Spacer(1, 4 * mm),
            Paragraph(_escape(tr("Hours are those a manager approved, after rounding and the daily cap, counted on "
                                 "the day worked. Entries still waiting count no hours yet.")), st["small"]),
            Paragraph(_escape(tr("Generated on {time}. Internal: it names volunteers, do not post it.",
                                 time=moment(doc.generated_local, language))), st["small"]),
        ]

    return a4_pdf(story, title=title, tr=tr, footer=title)
