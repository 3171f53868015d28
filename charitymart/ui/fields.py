"""Input fields for codes, PINs and amounts: no input method.

A Chinese IME on a counter PC turns a scanner's keystrokes into pinyin candidates, so a scan
never reaches the field as digits. Fields that take a barcode, a card or receipt number, a PIN
or an amount switch input methods off; fields for names and reasons keep them (Chinese is typed
there)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

CODE_HINTS = Qt.ImhPreferLatin | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase


def without_input_method(field: QLineEdit) -> QLineEdit:
    """Call after setEchoMode/setReadOnly: QLineEdit turns input methods back on in those."""
    field.setAttribute(Qt.WA_InputMethodEnabled, False)
    field.setInputMethodHints(field.inputMethodHints() | CODE_HINTS)
    return field
