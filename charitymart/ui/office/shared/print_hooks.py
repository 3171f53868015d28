"""Where the back-office pages' print requests go: item labels to the label dialog, card labels
and documents to the document dialog. The pages only say what they want printed (signals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from charitymart.services.documents import donors as documents_donors
from charitymart.services.stock import labels
from charitymart.ui.dialogs import run_modal
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from charitymart.ui.office.shared.label_dialog import LabelDialog


def print_item_labels(context: OfficeContext, requests: list[tuple[str, int]], parent) -> None:
    run_modal(LabelDialog(context, list(requests), parent))


def print_card_labels(context: OfficeContext, kind: str, codes: list[str], parent) -> None:
    codes = list(codes)
    if kind == "household":
        def make(session):
            return labels.household_card_labels_pdf(session, context.actor, codes, None, context.language)
        title = QCoreApplication.translate("PrintHooks", "Household card labels")
    else:
        def make(session):
            return labels.volunteer_card_labels_pdf(session, codes, None, context.language)
        title = QCoreApplication.translate("PrintHooks", "Volunteer card labels")
    run_modal(DocumentDialog(context, title, make, f"{kind}-cards.pdf", parent))


def print_acknowledgement(context: OfficeContext, donation_number: str, parent) -> None:
    def make(session):
        return documents_donors.donation_acknowledgement_pdf(session, context.actor, donation_number, context.language)
    title = QCoreApplication.translate("PrintHooks", "Donation acknowledgement {number}").format(number=donation_number)
    run_modal(DocumentDialog(context, title, make,
                             f"acknowledgement-{donation_number}.pdf", parent))


def connect_print_hooks(page, context: OfficeContext) -> None:
    """Connect whichever print signals `page` has."""
    if hasattr(page, "labels_requested"):
        page.labels_requested.connect(lambda requests: print_item_labels(context, requests, page))
    if hasattr(page, "acknowledgement_requested"):
        page.acknowledgement_requested.connect(lambda number: print_acknowledgement(context, number, page))
    if hasattr(page, "card_labels_requested"):
        page.card_labels_requested.connect(lambda kind, codes: print_card_labels(context, kind, codes, page))
