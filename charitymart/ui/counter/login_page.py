"""Login: the PIN field has focus; a PIN and Enter logs that user in.

F1 (or the "Back office" button) switches to the back-office login: a manager's PIN and Enter
opens the back office instead of the counter (charitymart/ui/office/entry.py checks it); Esc
switches back. The PIN field keeps the focus throughout, so a scanner or a habit can't miss it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from charitymart.services.errors import CharityMartError
from charitymart.ui.fields import keep_inputs_tall, without_input_method
from charitymart.ui.messages import error_text


class LoginPage(QWidget):
    logged_in = Signal()
    office_pin_entered = Signal(str)  # a PIN typed in back-office mode, for the back office to check

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.prompt = QLabel()
        self.prompt.setAlignment(Qt.AlignCenter)
        self.prompt.setWordWrap(True)
        self.pin = QLineEdit()
        self.pin.setObjectName("PinField")
        self.pin.setEchoMode(QLineEdit.Password)
        without_input_method(self.pin)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignCenter)
        self.pin.setFixedWidth(320)
        self.pin.setStyleSheet("font-size: 28pt;")
        self.pin.returnPressed.connect(self._submit)
        self.office_mode = False
        self.office_button = QPushButton()
        self.office_button.setFocusPolicy(Qt.NoFocus)
        self.office_button.setStyleSheet("font-size: 16pt; padding: 10px 20px;")
        self.office_button.clicked.connect(lambda: self.set_office_mode(not self.office_mode))
        QShortcut(QKeySequence("F1"), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=lambda: self.set_office_mode(not self.office_mode))
        QShortcut(QKeySequence(Qt.Key_Escape), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=lambda: self.set_office_mode(False))
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setAlignment(Qt.AlignCenter)
        self.error.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.prompt)
        layout.addWidget(self.pin, alignment=Qt.AlignCenter)
        layout.addWidget(self.error)
        layout.addStretch(3)
        layout.addWidget(self.office_button, alignment=Qt.AlignRight)
        self.retranslate()
        keep_inputs_tall(self)

    def retranslate(self) -> None:
        self.title.setText(self.controller.store_name)
        if self.office_mode:
            self.prompt.setText(self.tr("Back office: a manager types their PIN and presses Enter (Esc: back to the counter login)"))
            self.office_button.setText(self.tr("Back to the counter login (Esc)"))
        else:
            self.prompt.setText(self.tr("Type your PIN and press Enter"))
            self.office_button.setText(self.tr("Back office (F1)"))
        self.prompt.setStyleSheet("font-size: 18pt; background: #fff3c4; padding: 8px;" if self.office_mode else "")

    def set_office_mode(self, on: bool) -> None:
        self.office_mode = on
        self.error.clear()
        self.pin.clear()
        self.retranslate()
        self.pin.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.pin.setFocus()

    def hideEvent(self, event) -> None:
        self.pin.clear()  # a hidden page keeps no typed text
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.pin.clear()
        self.pin.setFocus()

    def _submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            return
        if self.office_mode:
            self.office_pin_entered.emit(pin)
            return
        try:
            self.controller.login(pin)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            self.pin.setFocus()
            return
        self.error.clear()
        self.logged_in.emit()
