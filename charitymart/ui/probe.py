"""What the counter shows, written to a file for tests that drive the app on a real display.

`CHARITYMART_UI_PROBE=FILE` makes the app write a small JSON object to FILE whenever it
changes (checked five times a second): the page shown, the dialog open, the widget with the
keyboard focus, whether the window is active, the big figure's caption and text, the status
line and the customer display's figure. Typed text is never written (PINs stay private); the
tests in tests/ui/realwindow/ read it to wait for a screen as a volunteer waits to see it, and
prove the outcome of the keys they typed in the database.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

ENV_VAR = "CHARITYMART_UI_PROBE"
INTERVAL_MS = 200


def _name(widget) -> str:
    if widget is None:
        return ""
    return widget.objectName() or type(widget).__name__


def window_state(window) -> dict:
    app = QApplication.instance()
    page = window.stack.currentWidget()
    sale = window.sale_page
    display = getattr(window, "customer_display", None)
    return {
        "page": _name(page),
        "dialog": _name(app.activeModalWidget()),
        "focus": _name(app.focusWidget()),
        "active": window.isActiveWindow() or (app.activeModalWidget() is not None),
        "figure_caption": sale.total_caption.text(),
        "figure": sale.total.text(),
        "status": sale.status.text(),
        "customer_caption": display.total_caption.text() if display is not None else "",
        "customer_figure": display.total.text() if display is not None else "",
    }


class Probe(QObject):
    def __init__(self, window, path: Path):
        super().__init__(window)
        self.window_ = window
        self.path = path
        self._last = ""
        self.timer = QTimer(self, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.write)
        self.timer.start()

    def write(self) -> None:
        text = json.dumps(window_state(self.window_), ensure_ascii=False)
        if text == self._last:
            return
        partial = self.path.with_suffix(".part")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, self.path)  # a reader never sees half a file
        self._last = text


def maybe_install_probe(window) -> Probe | None:
    target = os.environ.get(ENV_VAR, "").strip()
    if not target:
        return None
    window.probe = Probe(window, Path(target))
    return window.probe
