"""Screenshots of the counter at 1366x768 in zh_CN and en, for docs/screenshots/ and for a
person to look at before a GUI change is called done.

Run under a virtual X server so the real platform plugin draws the window:
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots.py
(QT_QPA_PLATFORM=offscreen also works for a quick look.) It builds a demo store in a temp
folder and drives the window with key presses, as a cashier would.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"


def pump(ms: int = 150) -> None:
    QTest.qWait(ms)


def type_enter(widget, text: str) -> None:
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key_Return)
    pump()


def save(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def shoot_dialog(window, key, name: str, before=None) -> None:
    """Press a key that opens a modal dialog, photograph the dialog over the window, close it."""
    def capture():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
        if dialog is None:
            print("no dialog for", name)
            return
        if before:
            before(dialog)
            pump(200)
        pump(200)
        dialog.grab().save(str(OUT / f"{name}.png"))
        print("wrote", OUT / f"{name}.png")
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(400, capture)
    window.activateWindow()
    pump(200)
    QTest.keyClick(window.sale_page.scan, key)
    pump(300)


def main(language: str) -> None:
    os.environ.setdefault("CHARITYMART_HOME", tempfile.mkdtemp(prefix="cm-shots-"))
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
    pump(300)
    save(window, f"login-{language}")
    type_enter(window.login_page.pin, "3001")
    if window.stack.currentWidget() is window.float_page:
        save(window, f"float-{language}")
        type_enter(window.float_page.amount, "200")
    page = window.sale_page
    shoot_dialog(window, Qt.Key_F6, f"close-shift-{language}")  # F6 needs an empty basket
    from charitymart.services.stock.search import search_items

    with handle.readers() as s:
        codes = [hit.barcode for hit in search_items(s, "米", limit=3) + search_items(s, "油", limit=2) if hit.barcode]
    type_enter(page.scan, f"2*{codes[0]}")
    for code in codes[1:4]:
        type_enter(page.scan, code)
    save(window, f"sale-{language}")
    shoot_dialog(window, Qt.Key_F12, f"payment-{language}")
    for key, name in ((Qt.Key_F8, "household"), (Qt.Key_F3, "refund"), (Qt.Key_F9, "hold")):
        shoot_dialog(window, key, f"{name}-{language}")
    handle.close()


if __name__ == "__main__":
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(lang)
