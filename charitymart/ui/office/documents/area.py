"""The back office's Documents area: month end (transparency report, publishing, papers for each
person), shift and stock reports, volunteer certificates."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.documents.certificate_page import CertificatePage
from charitymart.ui.office.documents.month_end_page import MonthEndPage
from charitymart.ui.office.documents.shift_stock_page import ShiftStockPage


def pages(context: OfficeContext) -> list[QWidget]:
    return [MonthEndPage(context), ShiftStockPage(context), CertificatePage(context)]
