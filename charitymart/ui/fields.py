"""Input fields: no input method for codes, PINs and amounts; never squeezed below their height.

A Chinese IME on a counter PC turns a scanner's keystrokes into pinyin candidates, so a scan
never reaches the field as digits. Fields that take a barcode, a card or receipt number, a PIN
or an amount switch input methods off; fields for names and reasons keep them (Chinese is typed
there)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

EDITABLE = (QLineEdit, QAbstractSpinBox, QComboBox)
CODE_HINTS = Qt.ImhPreferLatin | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase


def without_input_method(field: QLineEdit) -> QLineEdit:
    """Call after setEchoMode/setReadOnly: QLineEdit turns input methods back on in those."""
    field.setAttribute(Qt.WA_InputMethodEnabled, False)
    field.setInputMethodHints(field.inputMethodHints() | CODE_HINTS)
    return field


def keep_inputs_tall(container: QWidget) -> None:
    """No layout may squeeze an input below its size hint (its font's line plus padding and
    frame): on a 768-pixel screen a tall dialog was shrunk until "12" showed as "1ↄ" (issue 13.3).
    Call once the container's style sheets are set."""
    for field in container.findChildren(QWidget):
        if isinstance(field, EDITABLE):
            field.ensurePolished()
            field.setMinimumHeight(max(field.minimumHeight(), field.sizeHint().height()))
