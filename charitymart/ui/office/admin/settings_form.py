"""Form fields bound to store settings: each shows the stored value, gives back what the person
entered (typed text as typed: the service reads yuan, hours and points from text), and is
checked as it changes with the same rules the service applies when saving."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from charitymart.domain.money import fen_to_decimal
from charitymart.services.errors import CharityMartError
from charitymart.services.store.settings_fields import clean
from charitymart.ui.messages import error_text

ERROR_STYLE = "border: 3px solid #b00020; background: #fff0f0;"


@dataclass
class Binding:
    name: str  # the setting's name in services.store.settings
    widget: QWidget
    label: QLabel
    read: Callable[[], Any]  # what to send to update_settings
    show: Callable[[Any], None]  # put the stored value on screen
    problem: str = ""
    base_style: str = ""  # the widget's own look, kept when the error mark comes and goes

    def check(self) -> str:
        """The problem with the entered value in the UI language ("" if none); marks the field."""
        try:
            clean(self.name, self.read())
            self.problem = ""
        except CharityMartError as exc:
            self.problem = QCoreApplication.translate("SettingsForm", "{field}: {problem}").format(
                field=self.label.text(), problem=error_text(exc))
        mark = f" {type(self.widget).__name__} {{ {ERROR_STYLE} }}" if self.problem else ""
        self.widget.setStyleSheet(self.base_style + mark)
        return self.problem


def text_field(name: str, *, width: int | None = None, max_length: int = 500,
               to_text: Callable[[Any], str] = lambda v: "" if v is None else str(v)) -> Binding:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    if width:
        edit.setFixedWidth(width)
    return Binding(name, edit, QLabel(), read=edit.text, show=lambda v: edit.setText(to_text(v)))


def choice_field(name: str, choices: Sequence[tuple[str, Any]]) -> Binding:
    combo = QComboBox()
    for text, data in choices:
        combo.addItem(text, data)

    def show(value):
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    return Binding(name, combo, QLabel(), read=combo.currentData, show=show)


def check_field(name: str) -> Binding:
    box = QCheckBox()
    style = "QCheckBox::indicator { width: 28px; height: 28px; }"
    box.setStyleSheet(style)
    return Binding(name, box, QLabel(), read=box.isChecked, show=lambda v: box.setChecked(bool(v)), base_style=style)


def changed_signal(binding: Binding):
    widget = binding.widget
    if isinstance(widget, QLineEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    return widget.toggled


# Stored values shown as a person types them.
def yuan_text(fen: int) -> str:
    return str(fen_to_decimal(fen))


def hours_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    return _plain(Decimal(minutes) / 60)


def points_text(points_x100: int) -> str:
    return _plain(Decimal(points_x100) / 100)


def _plain(number: Decimal) -> str:
    text = format(number.quantize(Decimal("0.01")), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def split_drawer_spec(spec: str) -> tuple[str, str]:
    """("none", ""), ("printer", "") (on the ESC/POS receipt printer) or ("escpos", "usb:04b8:0202,pin=5")
    from the stored drawer setting."""
    spec = (spec or "").strip()
    if not spec or spec.lower() == "none":
        return "none", ""
    return ("printer", "") if spec.lower() == "printer" else ("escpos", spec)
