"""The volunteer-service certificate (志愿服务证明), A4.

Plain data in, PDF bytes out. Fields follow the usual form: volunteer name, ID type and number,
volunteer number, hours and service content, issuing organisation, person in charge, handler,
contact details, certificate number (from the numbered register) and date; a space for the seal.

服务内容 sums every approved hour by activity (not only the entries that have a description). A
person in charge or phone left unset prints an empty space to fill in by hand, never a bare
"—" (services.people.certificates warns the manager first). The contact line is the phone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from charitymart.reports.base import a4_pdf, day
from charitymart.reports.hours_report import hours_text
from charitymart.reports.letterhead import (
    StoreHeading,
    document_styles,
    organisation_block,
)
from charitymart.reports.text import DocumentText, document_text


@dataclass(frozen=True)
class CertificateDocument:
    number: str  # from the register, e.g. 2026-0007
    issued_on: date
    volunteer_name: str
    volunteer_code: str
    id_type: str
    id_number: str  # full (decrypted for this paper by a manager) or masked
    first: date
    last: date
    hours: Decimal
    entries: int
    services: tuple[str, ...]
    issuer: str
    person_in_charge: str
    handler: str
    address: str
    phone: str
    # (kind, description, hours): kind "described" | "counter" | "other" (reporting.CertificateData.service_minutes)
    service_hours: tuple[tuple[str, str, Decimal], ...] = ()
    heading: StoreHeading | None = None  # the organisation block at the foot; None: a plain seal box


def id_type_name(tr: DocumentText, id_type: str) -> str:
    names = {"resident_id": tr("Resident identity card"), "passport": tr("Passport"),
             "hk_macao_permit": tr("Mainland travel permit for Hong Kong and Macao residents"),
             "taiwan_permit": tr("Mainland travel permit for Taiwan residents"),
             "foreign_permanent": tr("Foreign permanent resident ID card"), "other": tr("Other identity document")}
    return names.get(id_type, id_type)


def service_summary(tr: DocumentText, doc: CertificateDocument, language: str) -> str:
    """服务内容: every approved hour by activity ("门店收银与理货服务 212 小时；社区义卖 7.5 小时")."""
    if not doc.service_hours:
        return "; ".join(doc.services) if doc.services else tr("Volunteer service at the charity supermarket")
    names = {"counter": tr("Service at the shop counter and on the shop floor"), "other": tr("Other volunteer service")}
    parts = [tr("{activity}: {hours} hours", activity=names.get(kind, description) if kind != "described" else description,
                hours=hours_text(hours, language)) for kind, description, hours in doc.service_hours]
    return ("；" if language.startswith("zh") else "; ").join(parts)


def hours_and_sessions(tr: DocumentText, doc: CertificateDocument, language: str) -> str:
    """"12.5 hours in 5 sessions", "1 hour in 1 session": one whole sentence per case."""
    hours = hours_text(doc.hours, language)
    if doc.hours == 1:
        return tr("1 hour in 1 session") if doc.entries == 1 else tr("1 hour in {entries} sessions",
                                                                       entries=doc.entries)
    if doc.entries == 1:
        return tr("{hours} hours in 1 session", hours=hours)
    return tr("{hours} hours in {entries} sessions", hours=hours, entries=doc.entries)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def certificate_pdf(doc: CertificateDocument, language: str) -> bytes:
    tr = document_text(language)
    title = tr("Volunteer service certificate {number}", number=doc.number)

    def story() -> list:
        st = document_styles(language, 12)  # English wraps at spaces, Chinese between characters
        body = st["body"]

        def p(text: str, style=body) -> Paragraph:
            return Paragraph(_escape(text), style)

        services = service_summary(tr, doc, language)
        fields = [
            (tr("Certificate number"), doc.number),
            (tr("Volunteer name"), doc.volunteer_name),
            (tr("ID type"), id_type_name(tr, doc.id_type)),
            (tr("ID number"), doc.id_number or "—"),
            (tr("Volunteer number"), doc.volunteer_code),
            (tr("Period of service"), tr("{first} to {last}", first=day(doc.first, language),
                                         last=day(doc.last, language))),
            (tr("Hours of service"), hours_and_sessions(tr, doc, language)),
            (tr("Service content"), services),
            (tr("Issuing organisation"), doc.issuer),
            (tr("Person in charge"), doc.person_in_charge),  # unset: left blank to write in by hand
            (tr("Handled by"), doc.handler),
            (tr("Contact phone"), doc.phone),
        ]
        table = Table([[p(k), p(v)] for k, v in fields], colWidths=[45 * mm, 125 * mm])
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F0F0F0")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("FONTNAME", (0, 0), (-1, -1), body.fontName),
        ]))
        statement = tr("This certifies that {name} served as a volunteer with {issuer} from {first} to {last}, "
                       "for {hours} hours of service recorded and confirmed by the organiser.",
                       name=doc.volunteer_name, issuer=doc.issuer, first=day(doc.first, language),
                       last=day(doc.last, language), hours=hours_text(doc.hours, language))
        if doc.heading is not None:
            closing = [organisation_block(doc.heading, st, tr, language, doc.issued_on, width=170 * mm)]
        else:
            closing = [_seal_table(doc, st, tr, language, p)]
        return [
            Spacer(1, 6 * mm),
            p(tr("Volunteer service certificate"), st["title"]),
            p(tr("No. {number}", number=doc.number), st["subtitle"]),
            Spacer(1, 8 * mm),
            p(statement),
            Spacer(1, 6 * mm),
            table,
            Spacer(1, 6 * mm),
            *closing,
            Spacer(1, 3 * mm),
            p(tr("Hours are actual service time confirmed by the organiser, excluding travel. This certificate is "
                 "entered in the organisation's numbered register under the number above."), st["small"]),
        ]

    return a4_pdf(story, title=title, tr=tr, footer=title, margins_mm=20)


def _seal_table(doc: CertificateDocument, st: dict, tr, language: str, p) -> Table:
    """The plain seal and date box (papers made without the store's organisation block)."""
    seal = Table([[p(tr("Issuing organisation (seal)")), p(tr("Date: {date}", date=day(doc.issued_on, language)))],
                  ["", ""]], colWidths=[95 * mm, 75 * mm], rowHeights=[9 * mm, 34 * mm])
    # Empty cells are drawn in the table's font: named, so Helvetica (not embedded) never creeps in.
    seal.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), st["body"].fontName)]))
    return seal
