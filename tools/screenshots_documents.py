"""Screenshots of the back office's Documents pages at 1366x768 in zh_CN and en, for
docs/screenshots/ and for a person to look at before a GUI change is called done: month end,
the publish confirmation, shift and stock, volunteer certificate (with one issued).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_documents.py
(QT_QPA_PLATFORM=offscreen also works.) It builds a 45-day demo store in a temp folder and logs
in as its manager; each page is shown standalone, as the back-office shell holds it.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1366, 768)
SHOWN = []  # kept alive until the end, then deleted in order (PySide dislikes deletion at exit)


def shoot(widget, name: str, context, size=SIZE) -> None:
    SHOWN.append(widget)
    widget.resize(*size)
    widget.show()
    context.jobs.wait(20000)
    QTest.qWait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main(language: str) -> None:
    os.environ.setdefault("CHARITYMART_HOME", tempfile.mkdtemp(prefix="cm-documents-shots-"))
    from charitymart.db.models import Store
    from charitymart.services import certificates, demo_data, people_search
    from charitymart.services.context import store_today
    from charitymart.services.demo import build_demo
    from charitymart.services.session import login_at_till
    from charitymart.services.store_setup import open_store
    from charitymart.ui.messages import install_translators
    from charitymart.ui.office.certificate_page import CertificatePage
    from charitymart.ui.office.context import OfficeContext
    from charitymart.ui.office.month_end_page import MonthEndPage, PublishDialog
    from charitymart.ui.office.shift_stock_page import ShiftStockPage
    from charitymart.ui.theme import load_fonts

    app = QApplication.instance()
    load_fonts(app)
    app._charitymart_translators = install_translators(app, language)
    handle = open_store(Path(os.environ["CHARITYMART_HOME"]) / "demo.sqlite")
    with handle.sessions() as s:
        empty = s.get(Store, 1) is None
    if empty:
        build_demo(handle.sessions, days=45)
    manager = login_at_till(handle.sessions, "T1", demo_data.MANAGER[1])
    context = OfficeContext(handle=handle, actor=manager, language=language, currency="CNY")

    month_end = MonthEndPage(context)
    month_end.papers_message.success(month_end.batch.written_text("donor_receipts", 12, f"D:/receipts/{month_end.month_label()}"))
    shoot(month_end, f"office-documents-month-end-{language}", context)
    dialog = PublishDialog(month_end.month_label(), month_end)
    shoot(dialog, f"office-documents-publish-{language}", context, size=(760, 300))
    dialog.hide()
    shift_page = ShiftStockPage(context)
    shoot(shift_page, f"office-documents-shift-stock-{language}", context)

    with handle.sessions.begin() as s:
        today = store_today(s)
        volunteer = people_search.search_volunteers(s)[0]
        if not certificates.certificate_register(s):
            certificates.issue_certificate(s, manager, volunteer.code, today - timedelta(days=40), today, language)
    page = CertificatePage(context)
    page.volunteer = (volunteer.code, volunteer.name)
    page.retranslate()
    shoot(page, f"office-documents-certificate-{language}", context)
    context.jobs.wait(20000)
    while SHOWN:
        SHOWN.pop().deleteLater()
    QTest.qWait(100)
    handle.close()


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(lang)
