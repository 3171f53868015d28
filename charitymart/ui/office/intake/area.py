"""Back-office area: goods in (donations, cash donations, purchases, consignments) and the
monthly consignor settlement. The pages live in intake_page.py and settlement_page.py."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.intake.page import IntakePage
from charitymart.ui.office.intake.settlement_page import SettlementPage


def pages(context: OfficeContext) -> list[QWidget]:
    """The intake page, then the consignor settlement page (each page's windowTitle() is its label)."""
    return [IntakePage(context), SettlementPage(context)]
