"""A small dialog asking a reason and/or a manager's PIN before an action that needs approval.

Enter in the reason moves on to the PIN (or accepts when no PIN is needed); Enter in the PIN
accepts; Esc closes and nothing happens. The PIN is never shown (password echo) and the
dialog checks nothing itself: the service decides whether the PIN is a manager's.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QVBoxLayout

from charitymart.ui.dialogs import run_modal


class ApprovalDialog(QDialog):
    def __init__(self, title: str, message: str = "", *, ask_reason: bool = False, ask_pin: bool = True,
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if message:
            text = QLabel(message)
            text.setWordWrap(True)
            layout.addWidget(text)
        self.reason_edit: QLineEdit | None = None
        self.pin_edit: QLineEdit | None = None
        if ask_reason:
            layout.addWidget(QLabel(self.tr("Reason")))
            self.reason_edit = QLineEdit()
            self.reason_edit.setMaxLength(200)
            self.reason_edit.setStyleSheet("font-size: 20pt;")
            self.reason_edit.returnPressed.connect(self._reason_entered)
            layout.addWidget(self.reason_edit)
        if ask_pin:
            layout.addWidget(QLabel(self.tr("Manager's PIN")))
            self.pin_edit = QLineEdit()
            self.pin_edit.setEchoMode(QLineEdit.Password)
            self.pin_edit.setMaxLength(12)
            self.pin_edit.setAlignment(Qt.AlignCenter)
            self.pin_edit.setStyleSheet("font-size: 26pt;")
            self.pin_edit.returnPressed.connect(self._pin_entered)
            layout.addWidget(self.pin_edit)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        hint = QLabel(self.tr("Enter: confirm   Esc: cancel, nothing is changed"))
        hint.setObjectName("Legend")
        layout.addWidget(hint)
        first = self.reason_edit or self.pin_edit
        if first is not None:
            first.setFocus()

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip() if self.reason_edit else ""

    @property
    def pin(self) -> str | None:
        return self.pin_edit.text() if self.pin_edit else None

    def _reason_entered(self) -> None:
        if not self.reason:
            self._refuse(self.tr("Say why, in a few words"), self.reason_edit)
        elif self.pin_edit is not None:
            self.pin_edit.setFocus()
        else:
            self.accept()

    def _pin_entered(self) -> None:
        if self.reason_edit is not None and not self.reason:
            self._refuse(self.tr("Say why, in a few words"), self.reason_edit)
        elif not self.pin:
            self._refuse(self.tr("A manager types their PIN here"), self.pin_edit)
        else:
            self.accept()

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.error.setText(text)
        QApplication.beep()
        field.setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        first = self.reason_edit or self.pin_edit
        if first is not None:
            first.setFocus()


def ask_approval(parent, title: str, message: str = "", *, ask_reason: bool = False,
                 ask_pin: bool = True) -> tuple[str, str | None] | None:
    """(reason, manager PIN or None) once confirmed; None if the cashier pressed Esc."""
    if not ask_reason and not ask_pin:
        return "", None
    dialog = ApprovalDialog(title, message, ask_reason=ask_reason, ask_pin=ask_pin, parent=parent)
    if run_modal(dialog) != QDialog.Accepted:
        return None
    return dialog.reason, dialog.pin
