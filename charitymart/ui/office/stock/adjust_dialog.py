"""Adjust an item's stock with a reason: damaged, expired, lost, passed to another charity
(taken away) or found (added), from a chosen lot or first-expiry-first.

The quantity is typed as a positive number; the reason says which way it goes. OK is one
call of services.stock.control.adjust in one transaction; a refusal is shown and the dialog stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.stock import control as stock
from charitymart.services.stock.listing import LotRow
from charitymart.ui.messages import error_text
from charitymart.ui.office.shared.widgets import error_label
from charitymart.ui.office.stock.tables import fund_source_name, reason_name

REASONS = stock.REASONS_OUT + stock.REASONS_IN


class AdjustDialog(QDialog):
    def __init__(self, context, item_id: int, item_name: str, lots: list[LotRow], parent=None):
        super().__init__(parent)
        self.context = context
        self.item_id = item_id
        self.adjustment_id: int | None = None
        self.setWindowTitle(self.tr("Adjust stock"))
        self.setMinimumWidth(760)
        self.setStyleSheet("font-size: 16pt;")
        heading = QLabel(self.tr("Adjust the stock of {name}").format(name=item_name))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        heading.setWordWrap(True)
        self.reason = QComboBox()
        for reason in REASONS:
            self.reason.addItem(reason_name(reason), reason)
        self.reason.currentIndexChanged.connect(self._reason_changed)
        self.lot = QComboBox()
        self._lots = [lot for lot in lots if lot.on_hand > 0]
        self.lot.addItem("", None)
        for lot in self._lots:
            label = (self.tr("Lot {lot} · {source} · expires {expiry} · {left} left").format(
                lot=lot.lot_id, source=fund_source_name(lot.fund_source), expiry=lot.expiry.isoformat(),
                left=lot.on_hand) if lot.expiry else
                self.tr("Lot {lot} · {source} · no expiry · {left} left").format(
                lot=lot.lot_id, source=fund_source_name(lot.fund_source), left=lot.on_hand))
            self.lot.addItem(label, lot.lot_id)
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1_000_000)
        self.note = QLineEdit()
        self.direction = QLabel()
        self.direction.setWordWrap(True)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record adjustment"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.direction)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._reason_changed()
        self.quantity.setFocus()

    def _reason_changed(self) -> None:
        found = self.reason.currentData() in stock.REASONS_IN
        self.lot.setItemText(0, self.tr("A new lot") if found else self.tr("Any lot, the first to expire first"))
        self.direction.setText(self.tr("The quantity is added to the stock.") if found
                               else self.tr("The quantity is taken out of the stock."))

    def choose(self, reason: str, quantity: int, lot_id: int | None = None, note: str = "") -> None:
        """Fill the form (tests and the alerts page's one-click write-off)."""
        self.reason.setCurrentIndex(REASONS.index(reason))
        self.lot.setCurrentIndex(max(0, self.lot.findData(lot_id)) if lot_id is not None else 0)
        self.quantity.setValue(quantity)
        self.note.setText(note)

    def record(self) -> bool:
        reason = self.reason.currentData()
        sign = 1 if reason in stock.REASONS_IN else -1
        quantity, lot_id, note = sign * self.quantity.value(), self.lot.currentData(), self.note.text()
        try:
            adjustment = self.context.write(lambda s: stock.adjust(s, self.context.actor, self.item_id, lot_id,
                                                                   quantity, reason, note).id)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return False
        self.adjustment_id = adjustment
        self.accept()
        return True
