"""The customer display: a second window, for a monitor facing the customer, with the basket
lines and the total in very large type.

`attach_customer_display(window)` creates it (full screen on the second screen when there is
one, else an ordinary window) and keeps it up to date from `window.sale_page.basket_changed`
and page changes. It never takes the keyboard focus from the counter. When it is wanted:
`customer_display_wanted()` — the `--customer-display` option or the environment variable
CHARITYMART_CUSTOMER_DISPLAY=1; the app calls `maybe_attach_customer_display(window)` at start.
While nobody is logged in it shows only a welcome, never the previous customer's basket.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charitymart.ui.money import money_text
from charitymart.ui.training import banner_text, is_training

ENV_VAR = "CHARITYMART_CUSTOMER_DISPLAY"
FLAG = "--customer-display"
SHOWN_LINES = 8  # the last lines scanned; older ones scroll away


def customer_display_wanted(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> bool:
    argv = sys.argv[1:] if argv is None else argv
    environ = os.environ if environ is None else environ
    return FLAG in argv or environ.get(ENV_VAR, "").strip().lower() in ("1", "yes", "true", "on")


class CustomerDisplay(QWidget):
    def __init__(self, window):
        super().__init__(window, Qt.Window | Qt.WindowDoesNotAcceptFocus)
        self.main_window = window
        self.controller = window.controller
        self.language = getattr(window, "language", "zh_CN")
        self._last_receipt = self.controller.last_receipt
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.NoFocus)
        self.setStyleSheet("QWidget { background: #101820; color: #f4f4f4; }")
        self.setWindowTitle(self.tr("Customer display"))
        self.training = QLabel()
        self.training.setAlignment(Qt.AlignCenter)
        self.training.setStyleSheet("background: #b00020; color: white; font-size: 28pt; font-weight: bold;")
        self.training.hide()
        self.store = QLabel(self.controller.store_name)
        self.store.setAlignment(Qt.AlignCenter)
        self.store.setStyleSheet("font-size: 30pt; font-weight: bold; color: #ffd866;")
        self.lines = QListWidget()
        self.lines.setFocusPolicy(Qt.NoFocus)
        self.lines.setStyleSheet("font-size: 34pt; border: none; background: #101820; color: #f4f4f4;")
        self.lines.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.total_caption = QLabel()
        self.total_caption.setStyleSheet("font-size: 36pt;")
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.total.setStyleSheet("font-size: 96pt; font-weight: bold; color: #7CFC8A;")
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 40pt; color: #ffd866;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.total_caption)
        bottom.addWidget(self.total, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.training)
        layout.addWidget(self.store)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        window.sale_page.basket_changed.connect(self.refresh)
        window.stack.currentChanged.connect(lambda _index: self.refresh())
        self.refresh()

    def set_language(self, language: str) -> None:
        """After the counter switched language (its pages were rebuilt): follow the new sale page."""
        self.language = language
        self.setWindowTitle(self.tr("Customer display"))
        self.main_window.sale_page.basket_changed.connect(self.refresh)
        self.refresh()

    def _money(self, fen: int) -> str:
        return money_text(fen, self.controller.currency, self.language)

    def refresh(self) -> None:
        self.training.setVisible(is_training(self.main_window))
        if self.training.isVisible():
            self.training.setText(banner_text())
        self.total_caption.setText(self.tr("Total"))
        basket = self.controller.basket
        selling = self.main_window.stack.currentWidget() is self.main_window.sale_page
        self.lines.clear()
        if not selling:
            self.total.clear()
            self.total_caption.hide()
            self.message.setText(self.tr("Welcome"))
            return
        self.total_caption.show()
        for line in basket.lines[-SHOWN_LINES:]:
            text = self.tr("{name}   × {quantity}   {amount}").format(
                name=line.name, quantity=line.quantity, amount=self._money(line.line_total))
            entry = QListWidgetItem(text)
            self.lines.addItem(entry)
        change = getattr(self.main_window.sale_page, "change_shown", None)
        if change is not None and not basket.lines:
            self.total_caption.setText(self.tr("Change due"))
            self.total.setText(self._money(change))
        else:
            self.total.setText(self._money(basket.total))
        receipt = self.controller.last_receipt
        if basket.lines:
            self.message.clear()
        elif receipt != self._last_receipt:
            self.message.setText(self.tr("Thank you!"))
        else:
            self.message.setText(self.tr("Welcome"))
        self._last_receipt = receipt

    def place(self) -> None:
        """Full screen on the second monitor when there is one; else a window beside the counter."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            screen = screens[1]
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(800, 600)
            self.show()
        self.main_window.activateWindow()  # the keyboard stays at the counter


def attach_customer_display(window) -> CustomerDisplay:
    """Create and show the customer display for `window` (kept as `window.customer_display`)."""
    display = getattr(window, "customer_display", None)
    if display is None:
        display = CustomerDisplay(window)
        window.customer_display = display
    display.place()
    return display


def maybe_attach_customer_display(window, argv: Sequence[str] | None = None,
                                  environ: Mapping[str, str] | None = None) -> CustomerDisplay | None:
    return attach_customer_display(window) if customer_display_wanted(argv, environ) else None
