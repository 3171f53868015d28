"""The back office's Documents area: month end (transparency report, publishing, papers for each
person), spending and the annual report, shift and stock reports, volunteer certificates."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.documents.certificate_page import CertificatePage
from charitymart.ui.office.documents.month_end_page import MonthEndPage
from charitymart.ui.office.documents.shift_stock_page import ShiftStockPage
from charitymart.ui.office.documents.spending_page import SpendingPage


def pages(context: OfficeContext) -> list[QWidget]:
    return [MonthEndPage(context), SpendingPage(context), ShiftStockPage(context), CertificatePage(context)]
