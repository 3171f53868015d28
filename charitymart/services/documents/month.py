"""Month documents as PDF bytes: the public transparency report, hours and stock reports.

Each function gathers plain data with the reporting queries (read-only) and hands it to the
ReportLab document in charitymart.reports; the GUI and the command line call these. Run each
in one read transaction (`handle.readers()`), so every figure comes from one state of the ledger.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from charitymart.reports.hours_report import HoursDocument, hours_pdf
from charitymart.reports.stock_report import StockDocument, stock_pdf
from charitymart.reports.transparency import TransparencyDocument, transparency_pdf
from charitymart.services import clock, reporting
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.documents import report_check
from charitymart.services.documents.common import organisation
from charitymart.services.reporting.month import figures_match
from charitymart.services.store.settings import current_settings


def transparency_document(session: Session, year: int, month: int) -> TransparencyDocument:
    figures = reporting.month_figures(session, year, month)
    store = get_store(session)
    publication = figures.publication
    figures_hash, attachment = report_check.figures_attachment(store, figures)
    return TransparencyDocument(
        figures=figures,
        address=store.address,
        generated_local=clock.to_local(figures.generated_at, store.timezone),
        published_local=clock.to_local(publication.published_at, store.timezone) if publication else None,
        figures_match=figures_match(session, figures, publication.figures_hash) if publication else None,
        organisation=organisation(session),
        valuation_basis=current_settings(session).valuation_basis,
        figures_hash=figures_hash,
        figures_attachment=attachment,
    )


def transparency_report_pdf(session: Session, year: int, month: int, language: str) -> bytes:
    """The month's 公示. A published month prints the figures it was published with, the head
    at publication and the current head (see services.reporting.closing)."""
    return transparency_pdf(transparency_document(session, year, month), language)


def hours_report_pdf(session: Session, actor: Actor, first: date, last: date, language: str) -> bytes:
    """Credited hours per volunteer over an inclusive range of store-local dates (internal: names
    volunteers, so a manager's)."""
    require_role(actor, "manager", "the hours report names volunteers: it needs a manager")
    store = get_store(session)
    report = reporting.hours_report(session, actor, first, last)
    return hours_pdf(HoursDocument(store_name=store.name, report=report,
                                   generated_local=clock.to_local(clock.now(), store.timezone)), language)


def stock_report_pdf(session: Session, language: str, as_of: date | None = None) -> bytes:
    """Stock on hand by item, value by fund source and lots expiring soon (internal)."""
    store = get_store(session)
    report = reporting.stock_report(session, as_of)
    return stock_pdf(StockDocument(store_name=store.name, currency=store.currency, report=report,
                                   generated_local=clock.to_local(clock.now(), store.timezone)), language)
