"""A small dialog asking a reason and/or a manager's PIN before an action that needs approval.

The reason is typed, or picked from a numbered list (`reasons`): a digit or the arrows choose,
Enter takes it; the list's last choice, "Other", asks for the reason in words. Enter in the
reason moves on to the PIN (or accepts when no PIN is needed); Enter in the PIN accepts; Esc
closes and nothing happens. The PIN is never shown (password echo) and the
dialog checks nothing itself: the service decides whether the PIN is a manager's.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QListWidget, QVBoxLayout

from charitymart.ui.dialogs import run_modal
from charitymart.ui.fields import without_input_method


class ApprovalDialog(QDialog):
    def __init__(self, title: str, message: str = "", *, ask_reason: bool = False, ask_pin: bool = True,
                 reasons: Sequence[tuple[str, str]] = (), parent=None):
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
        self.reasons = list(reasons)  # (stored reason, shown text); the last one is "Other": typed
        self.reason_list: QListWidget | None = None
        if self.reasons:
            layout.addWidget(QLabel(self.tr("Reason: type its number or choose with ↑ ↓, then Enter")))
            self.reason_list = QListWidget()
            self.reason_list.setObjectName("ReasonList")
            self.reason_list.setStyleSheet("font-size: 18pt;")
            for number, (_stored, shown) in enumerate(self.reasons, start=1):
                self.reason_list.addItem(f"{number}   {shown}")
            self.reason_list.setCurrentRow(0)
            self.reason_list.setFixedHeight(self.reason_list.sizeHintForRow(0) * len(self.reasons) + 8)
            self.reason_list.installEventFilter(self)
            layout.addWidget(self.reason_list)
        if ask_reason or self.reasons:
            if not self.reasons:
                layout.addWidget(QLabel(self.tr("Reason")))
            self.reason_edit = QLineEdit()
            self.reason_edit.setMaxLength(200)
            self.reason_edit.setStyleSheet("font-size: 20pt;")
            self.reason_edit.returnPressed.connect(self._reason_entered)
            layout.addWidget(self.reason_edit)
            if self.reasons:
                self.reason_edit.setPlaceholderText(self.tr("Other: say why, in a few words"))
                self.reason_edit.hide()
        if ask_pin:
            layout.addWidget(QLabel(self.tr("Manager's PIN")))
            self.pin_edit = QLineEdit()
            self.pin_edit.setObjectName("ManagerPin")
            self.pin_edit.setEchoMode(QLineEdit.Password)
            without_input_method(self.pin_edit)
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
        first = self.reason_list or self.reason_edit or self.pin_edit
        if first is not None:
            first.setFocus()

    @property
    def reason(self) -> str:
        if self.reason_list is not None and self.reason_list.currentRow() < len(self.reasons) - 1:
            return self.reasons[self.reason_list.currentRow()][0]
        return self.reason_edit.text().strip() if self.reason_edit else ""

    def eventFilter(self, obj, event) -> bool:
        if obj is self.reason_list and event.type() == event.Type.KeyPress:
            text = event.text()
            if text.isdigit() and text.isascii() and 1 <= int(text) <= len(self.reasons):
                self.reason_list.setCurrentRow(int(text) - 1)
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self._reason_picked()
                return True
        return super().eventFilter(obj, event)

    def _reason_picked(self) -> None:
        if self.reason_list.currentRow() == len(self.reasons) - 1:  # "Other": say it in words
            self.reason_edit.show()
            self.reason_edit.setFocus()
        elif self.pin_edit is not None:
            self.pin_edit.setFocus()
        else:
            self.accept()

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
        first = self.reason_list or self.reason_edit or self.pin_edit
        if first is not None:
            first.setFocus()


def ask_approval(parent, title: str, message: str = "", *, ask_reason: bool = False,
                 ask_pin: bool = True, reasons: Sequence[tuple[str, str]] = ()) -> tuple[str, str | None] | None:
    """(reason, manager PIN or None) once confirmed; None if the cashier pressed Esc."""
    if not ask_reason and not ask_pin and not reasons:
        return "", None
    dialog = ApprovalDialog(title, message, ask_reason=ask_reason, ask_pin=ask_pin, reasons=reasons, parent=parent)
    if run_modal(dialog) != QDialog.Accepted:
        return None
    return dialog.reason, dialog.pin
