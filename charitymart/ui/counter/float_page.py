"""Opening float: asked when this till has no open shift; the amount field has focus, Enter accepts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from charitymart.services.errors import CharityMartError
from charitymart.ui.fields import keep_inputs_tall, without_input_method
from charitymart.ui.messages import error_text
from charitymart.ui.money import parse_money


class FloatPage(QWidget):
    shift_opened = Signal()
    logout_requested = Signal()  # Esc: the way back, for a cashier who is not opening the till

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignCenter)
        self.heading.setStyleSheet("font-size: 24pt; font-weight: bold;")
        self.hint = QLabel()
        self.hint.setAlignment(Qt.AlignCenter)
        self.hint.setWordWrap(True)
        self.amount = QLineEdit()
        self.amount.setObjectName("FloatAmount")
        without_input_method(self.amount)
        self.amount.setAlignment(Qt.AlignCenter)
        self.amount.setFixedWidth(320)
        self.amount.setStyleSheet("font-size: 28pt;")
        self.amount.returnPressed.connect(self._submit)
        QShortcut(QKeySequence(Qt.Key_Escape), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=self.logout_requested.emit)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.amount, alignment=Qt.AlignCenter)
        layout.addWidget(self.error)
        layout.addStretch(3)
        self.retranslate()
        keep_inputs_tall(self)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Open the shift"))
        self.hint.setText(self.tr("Count the cash in the drawer, type the amount (e.g. 200) and press Enter. "
                                  "Esc: log out"))

    def hideEvent(self, event) -> None:
        self.amount.clear()  # a hidden page keeps no typed text
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.amount.clear()
        self.amount.setFocus()

    def _submit(self) -> None:
        fen = parse_money(self.amount.text())
        if fen is None:
            self.error.setText(self.tr("That is not an amount of money: type it like 200 or 150.50"))
            self.amount.selectAll()
            return
        try:
            self.controller.open_shift(fen)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        self.shift_opened.emit()
