"""Screenshots of the back office (start page, users, tills, settings) at 1366x768 in zh_CN and
en, for docs/screenshots/ and for a person to look at before a change is called done.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/office_screenshots.py [zh_CN en]

It builds a demo store in a temp folder, presses F1 on the login page and types the admin's PIN.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def pump(ms: int = 150) -> None:
    QTest.qWait(ms)


def save(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main(language: str) -> None:
    os.environ.setdefault("CHARITYMART_HOME", tempfile.mkdtemp(prefix="cm-office-shots-"))
    from charitymart.services.demo import data as demo_data
    from charitymart.services.demo.build import build_demo
    from charitymart.services.store.setup import open_store
    from charitymart.ui.app import build_window

    handle = open_store(Path(os.environ["CHARITYMART_HOME"]) / f"demo-{language}.sqlite")
    with handle.sessions() as s:
        from charitymart.db.models import Store

        empty = s.get(Store, 1) is None
    if empty:
        build_demo(handle.sessions, days=20)
    window = build_window(handle, language=language)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    pump(300)
    QTest.keyClick(window.login_page.pin, Qt.Key_F1)
    pump()
    save(window, f"office-login-{language}")
    QTest.keyClicks(window.login_page.pin, demo_data.ADMIN[1])
    QTest.keyClick(window.login_page.pin, Qt.Key_Return)
    pump(300)
    shell = window.office
    shell.context.jobs.wait()
    pump(300)
    save(window, f"office-start-{language}")
    titles = shell.page_titles()
    for index, name in ((1, "users"), (2, "tills"), (3, "settings")):
        shell.nav.setCurrentRow(index)
        pump(300)
        save(window, f"office-{name}-{language}")
        print(titles[index])
    scroll = shell.pages.currentWidget().findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    pump(300)
    save(window, f"office-settings-lower-{language}")
    handle.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(lang)
