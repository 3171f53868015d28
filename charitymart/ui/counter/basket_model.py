"""The basket as a Qt table: name, quantity, price, line total."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from charitymart.ui.money import money_text


class BasketModel(QAbstractTableModel):
    def __init__(self, controller, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.language = language

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.controller.basket.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 4

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role != Qt.DisplayRole or orientation != Qt.Horizontal:
            return None
        return (self.tr("Item"), self.tr("Qty"), self.tr("Price"), self.tr("Amount"))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        line = self.controller.basket.lines[index.row()]
        if role == Qt.DisplayRole:
            money = lambda fen: money_text(fen, self.controller.currency, self.language)  # noqa: E731
            return (line.name, str(line.quantity), money(line.unit_price), money(line.line_total))[index.column()]
        if role == Qt.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None
