"""Screenshots of the back office's Documents pages at 1366x768 in zh_CN and en, for
docs/screenshots/ and for a person to look at before a GUI change is called done: month end,
the publish confirmation, spending (and its add dialog), shift and stock, volunteer certificate (with one issued).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_documents.py
(QT_QPA_PLATFORM=offscreen also works.) It builds a 45-day demo store in a temp folder and logs
in as its manager; each page is shown standalone, as the back-office shell holds it.
"""

from __future__ import annotations

import sys
from datetime import timedelta

from office_shots import finish, office_context, shoot
from PySide6.QtWidgets import QApplication


def main(language: str) -> None:
    from charitymart.services.context import store_today
    from charitymart.services.people import certificates
    from charitymart.services.people import search as people_search
    from charitymart.ui.office.documents.certificate_page import CertificatePage
    from charitymart.ui.office.documents.month_end_page import MonthEndPage, PublishDialog
    from charitymart.ui.office.documents.shift_stock_page import ShiftStockPage
    from charitymart.ui.office.documents.spending_page import ExpenseDialog, SpendingPage

    handle, manager, context = office_context(language, prefix="cm-documents-shots-", days=45)

    month_end = MonthEndPage(context)
    month_end.papers_message.success(month_end.batch.written_text("donor_receipts", 12, f"D:/receipts/{month_end.month_label()}"))
    shoot(month_end, f"office-documents-month-end-{language}", context)
    dialog = PublishDialog(month_end.month_label(), month_end)
    shoot(dialog, f"office-documents-publish-{language}", context, size=(760, 300))
    dialog.hide()
    shift_page = ShiftStockPage(context)
    shoot(shift_page, f"office-documents-shift-stock-{language}", context)
    spending = SpendingPage(context)
    shoot(spending, f"office-documents-spending-{language}", context)
    add = ExpenseDialog(spending)
    shoot(add, f"office-documents-add-expense-{language}", context, size=(760, 480))
    add.hide()

    with handle.sessions.begin() as s:
        today = store_today(s)
        volunteer = people_search.search_volunteers(s)[0]
        if not certificates.certificate_register(s, manager):
            certificates.issue_certificate(s, manager, volunteer.code, today - timedelta(days=40), today, language)
    page = CertificatePage(context)
    page.volunteer = (volunteer.code, volunteer.name)
    page.retranslate()
    shoot(page, f"office-documents-certificate-{language}", context)
    finish(handle, context)


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(lang)
