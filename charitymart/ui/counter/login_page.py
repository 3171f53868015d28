"""Login: the PIN field has focus; a PIN and Enter logs that user in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from charitymart.services.errors import CharityMartError
from charitymart.ui.messages import error_text


class LoginPage(QWidget):
    logged_in = Signal()

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignCenter)
        self.title.setStyleSheet("font-size: 28pt; font-weight: bold;")
        self.prompt = QLabel()
        self.prompt.setAlignment(Qt.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMaxLength(12)
        self.pin.setAlignment(Qt.AlignCenter)
        self.pin.setFixedWidth(320)
        self.pin.setStyleSheet("font-size: 28pt;")
        self.pin.returnPressed.connect(self._submit)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.controller.store_name)
        self.prompt.setText(self.tr("Type your PIN and press Enter"))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.pin.clear()
        self.pin.setFocus()

    def _submit(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if not pin:
            return
        try:
            self.controller.login(pin)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            self.pin.setFocus()
            return
        self.error.clear()
        self.logged_in.emit()
