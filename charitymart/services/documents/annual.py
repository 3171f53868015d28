"""The annual report (年度工作报告 figures) as PDF bytes, for the back office and the command line.
Run in one read transaction (`handle.readers()`), so every month and the chain head come from one
state of the ledger. Public, like the 公示: it needs no manager."""

from __future__ import annotations

from sqlalchemy.orm import Session

from charitymart.reports.annual_report import AnnualDocument, annual_pdf
from charitymart.services import clock
from charitymart.services.context import get_store
from charitymart.services.documents.common import organisation
from charitymart.services.reporting.annual import annual_figures
from charitymart.services.store.settings import current_settings


def annual_document(session: Session, year: int) -> AnnualDocument:
    figures = annual_figures(session, year)
    store = get_store(session)
    return AnnualDocument(figures=figures, address=store.address,
                          generated_local=clock.to_local(figures.generated_at, store.timezone),
                          organisation=organisation(session), valuation_basis=current_settings(session).valuation_basis)


def annual_report_pdf(session: Session, year: int, language: str) -> bytes:
    return annual_pdf(annual_document(session, year), language)
