"""The basket as a Qt table: name, quantity, price, line total.

A QStandardItemModel, so painting the table never calls back into Python. Each change is applied
as narrowly as it happened (a scan adds one row or changes one row), with the texts formatted
once per change: scan-to-row stays quick however long the basket gets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from charitymart.ui.money import money_text

COLUMNS = 4
NUMBER_ALIGNMENT = Qt.AlignRight | Qt.AlignVCenter


class BasketModel(QStandardItemModel):
    def __init__(self, controller, language: str = "zh_CN", parent=None):
        super().__init__(0, COLUMNS, parent)
        self.controller = controller
        self.language = language
        self._rows: list[tuple[str, str, str, str]] = []
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount")])

    def _texts(self) -> list[tuple[str, str, str, str]]:
        currency, language = self.controller.currency, self.language
        return [(line.name, str(line.quantity), money_text(line.unit_price, currency, language),
                 money_text(line.line_total, currency, language)) for line in self.controller.basket.lines]

    @staticmethod
    def _items(texts: tuple[str, ...]) -> list[QStandardItem]:
        items = []
        for column, text in enumerate(texts):
            item = QStandardItem(text)
            item.setEditable(False)
            if column:
                item.setTextAlignment(NUMBER_ALIGNMENT)
            items.append(item)
        return items

    def refresh(self) -> None:
        new, old = self._texts(), self._rows
        kept = min(len(new), len(old))
        for row in range(kept):
            if new[row] != old[row]:
                for column, text in enumerate(new[row]):
                    if text != old[row][column]:
                        self.item(row, column).setText(text)
        if len(old) > len(new):
            self.removeRows(len(new), len(old) - len(new))
        for row in range(kept, len(new)):
            self.appendRow(self._items(new[row]))
        self._rows = new
