"""Screenshots of the back office's import and export page at 1366x768 in zh_CN and en, for
docs/screenshots/ and for a person to look at before a change is called done:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_office_data.py [zh_CN en]

office-data-problems-*: a refused catalog file with its problems listed;
office-data-progress-*: an import under way (the progress line as a running job shows it);
office-data-done-*: the example catalog imported.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's charitymart, not an installed one
OUT = ROOT / "docs" / "screenshots"
BAD_CATALOG = ("barcode,name,category,price\n"
               "6901234567014,大米 5kg,粮油,25.00\n"
               "6901234567015,花生油 1.8L,粮油,30.00\n"
               "6901234567038,,粮油,6.5元\n"
               "6901234567014,大米 10kg,粮油,45.00\n")


def save(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def finish(page) -> None:
    page.context.jobs.wait(60000)
    QTest.qWait(200)


def main(app: QApplication, language: str) -> None:
    from charitymart.services.store.setup import create_store, open_store
    from charitymart.services.users.session import login_at_till
    from charitymart.ui.messages import install_translators
    from charitymart.ui.office.admin.data_job import JobProgress
    from charitymart.ui.office.admin.data_page import DataPage
    from charitymart.ui.office.context import OfficeContext
    from charitymart.ui.office.shell import OfficeShell

    folder = Path(tempfile.mkdtemp(prefix="cm-data-shots-"))
    os.environ["CHARITYMART_HOME"] = str(folder / "home")
    install_translators(app, language)
    handle = open_store(folder / "store.sqlite")
    with handle.sessions.begin() as s:
        create_store(s, name="阳光慈善超市", admin_name="管理员", admin_pin="9999", address="幸福路1号")
    actor = login_at_till(handle.sessions, "T1", "9999")
    shell = OfficeShell(OfficeContext(handle, actor, language, "CNY"))
    shell.resize(1366, 768)
    shell.show()
    page = next(shell.pages.widget(i) for i in range(shell.pages.count())
                if isinstance(shell.pages.widget(i), DataPage))
    shell.nav.setCurrentRow(shell.pages.indexOf(page))
    bad = folder / "商品目录.csv"
    bad.write_text(BAD_CATALOG, encoding="utf-8")
    page.import_file.setText(str(bad))
    page.export_file.setText(str(folder / "sales-2026-03-01-2026-03-31.csv"))
    page.import_button.click()
    finish(page)
    save(shell, f"office-data-problems-{language}")

    page.problems.hide()
    page.message.setText("")
    page.jobs.progress = JobProgress()  # the line as it looks while a 400-row file is read
    page.jobs.progress.done, page.jobs.progress.total = 120, 400
    page.jobs.show()
    page.jobs.show_progress()
    QTest.qWait(100)
    save(shell, f"office-data-progress-{language}")
    page.jobs.progress = None
    page.jobs.hide()

    page.import_file.setText(str(ROOT / "docs" / "examples" / "catalog.csv"))
    page.import_button.click()
    finish(page)
    save(shell, f"office-data-done-{language}")
    shell.close()
    handle.close()


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(application, lang)
