"""The correction row of the intake page and the hours form: shown when the chosen day is in a
published month.

A change dated there is a correction (services.reporting.closing): it needs a category chosen
from the fixed list (printed in the public report) and a reason (kept internal: it may name a
donor or a phone number, so the form says it is never published). The combo starts on no
choice, so a correction can't be saved until the manager picks one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from charitymart.services.reporting.closing import CORRECTION_CATEGORIES


class CorrectionBox(QWidget):
    def __init__(self, closed_through: date | None, parent=None):
        super().__init__(parent)
        self.closed_through = closed_through
        self.caption, self.reason_caption, self.note = QLabel(), QLabel(), QLabel()
        self.note.setStyleSheet("color: #444444;")
        self.category = QComboBox()
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.caption, self.category, self.reason_caption):
            layout.addWidget(widget)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.note)
        self.retranslate()
        self.hide()

    def category_names(self) -> dict[str, str]:
        return {"entry_error": self.tr("Entry error"), "duplicate": self.tr("Duplicate entry"),
                "wrong_quantity": self.tr("Wrong quantity"), "wrong_value": self.tr("Wrong value"),
                "donor_withdrew": self.tr("Donor withdrew"), "late_entry": self.tr("Entered late"),
                "other": self.tr("Other")}

    def retranslate(self) -> None:
        chosen = self.chosen_category()
        self.caption.setText(self.tr("Correction of a published month: category"))
        self.reason_caption.setText(self.tr("Reason"))
        self.note.setText(self.tr("(the category is published; the reason stays internal)"))
        self.category.clear()
        self.category.addItem(self.tr("Choose…"), None)
        names = self.category_names()
        for category in CORRECTION_CATEGORIES:
            self.category.addItem(names[category], category)
        if chosen:
            self.category.setCurrentIndex(self.category.findData(chosen))

    def follow_day(self, day: date) -> None:
        """Show the row for a day in a published month (and clear it when the day leaves it)."""
        needed = self.closed_through is not None and day <= self.closed_through
        if not needed:
            self.clear()
        self.setVisible(needed)

    def needed(self) -> bool:
        return not self.isHidden()

    def chosen_category(self) -> str | None:
        return self.category.currentData()

    def clear(self) -> None:
        self.category.setCurrentIndex(0)
        self.reason.clear()

    def problem(self) -> str | None:
        """What is missing before a correction can be saved, in the reader's language."""
        if not self.needed():
            return None
        if not self.chosen_category():
            return self.tr("Correction: choose the category of the correction.")
        if not self.reason.text().strip():
            return self.tr("Correction: say why (the reason stays internal).")
        return None

    def fields(self) -> dict:
        if not self.needed():
            return {}
        return {"correction_category": self.chosen_category(), "correction_reason": self.reason.text().strip()}
