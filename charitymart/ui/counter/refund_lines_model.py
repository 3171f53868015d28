"""The lines of a receipt being refunded, as a Qt table: what was sold, what is already back,
and what the cashier chose to refund now (quantity, and "damaged: do not restock")."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from charitymart.services.sales.refunds import RefundableLine, RefundableSale
from charitymart.ui.money import money_text

ITEM, SOLD, REFUNDED, PRICE, REFUND_NOW, DAMAGED = range(6)


class RefundLinesModel(QAbstractTableModel):
    def __init__(self, currency: str = "CNY", language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.currency = currency
        self.language = language
        self.sale: RefundableSale | None = None
        self.chosen: dict[int, int] = {}  # sale_line_id -> quantity to refund now
        self.damaged: set[int] = set()  # sale_line_ids not to restock
        self.locked = False  # after the refund or void is done: nothing more to choose
        self.typed = ""  # digits typed on the selected line since it was selected

    # ----- state -----
    def load(self, sale: RefundableSale | None) -> None:
        self.beginResetModel()
        self.sale, self.chosen, self.damaged, self.locked = sale, {}, set(), False
        self.endResetModel()

    def line(self, row: int) -> RefundableLine | None:
        lines = self.sale.lines if self.sale else ()
        return lines[row] if 0 <= row < len(lines) else None

    def set_quantity(self, row: int, quantity: int) -> None:
        line = self.line(row)
        if line is None or self.locked:
            return
        if quantity > 0:
            self.chosen[line.sale_line_id] = quantity
        else:
            self.chosen.pop(line.sale_line_id, None)
        self._changed(row)

    def quantity(self, row: int) -> int:
        line = self.line(row)
        return self.chosen.get(line.sale_line_id, 0) if line else 0

    def type_digit(self, row: int, digit: str) -> RefundableLine | None:
        """Add a typed digit to the selected line's quantity. Returns the line if the quantity
        would exceed what can still be refunded (nothing changes then), else None."""
        line = self.line(row)
        quantity = int(self.typed + digit)
        if quantity > line.refundable:
            self.typed = ""
            return line
        self.typed += digit
        self.set_quantity(row, quantity)
        return None

    def backspace(self, row: int) -> None:
        digits = self.typed or str(self.quantity(row) or "")
        self.typed = digits[:-1]
        self.set_quantity(row, int(self.typed or 0))

    def toggle_damaged(self, row: int) -> None:
        line = self.line(row)
        if line is None or self.locked:
            return
        self.damaged ^= {line.sale_line_id}
        self._changed(row)

    def choose_all(self) -> None:
        for row, line in enumerate(self.sale.lines if self.sale and not self.locked else ()):
            self.set_quantity(row, line.refundable)

    def requested(self) -> list[tuple[int, int, bool]]:
        """(sale_line_id, quantity, restock) for every line with a quantity chosen, in line order."""
        lines = self.sale.lines if self.sale else ()
        return [(line.sale_line_id, self.chosen[line.sale_line_id], line.sale_line_id not in self.damaged)
                for line in lines if self.chosen.get(line.sale_line_id)]

    def amount(self) -> int:
        lines = self.sale.lines if self.sale else ()
        return sum(line.unit_price * self.chosen.get(line.sale_line_id, 0) for line in lines)

    def _changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, DAMAGED))

    # ----- Qt model -----
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.sale is None else len(self.sale.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 6

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role not in (Qt.DisplayRole, Qt.ToolTipRole) or orientation != Qt.Horizontal:
            return None  # the tooltip: the whole header when a narrow column elides it
        return (self.tr("Item"), self.tr("Sold"), self.tr("Refunded before"), self.tr("Price"),
                self.tr("Refund now"), self.tr("Damaged: do not restock"))[section]

    def flags(self, index):
        flags = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        if index.isValid() and index.column() == DAMAGED and not self.locked:
            flags |= Qt.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.DisplayRole):
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.DisplayRole:
            if column == ITEM:
                return line.name
            if column == SOLD:
                return str(line.quantity)
            if column == REFUNDED:
                return str(line.refunded) if line.refunded else ""
            if column == PRICE:
                return money_text(line.unit_price, self.currency, self.language)
            if column == REFUND_NOW:
                quantity = self.chosen.get(line.sale_line_id, 0)
                return str(quantity) if quantity else ""
            if column == DAMAGED:
                return self.tr("damaged") if line.sale_line_id in self.damaged else ""
        if role == Qt.CheckStateRole and column == DAMAGED:
            return Qt.Checked if line.sale_line_id in self.damaged else Qt.Unchecked
        if role == Qt.TextAlignmentRole and column in (SOLD, REFUNDED, PRICE, REFUND_NOW):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole:
            if column == DAMAGED:
                return QColor("#b00020")
            if not line.refundable:
                return QColor("#777777")
        return None

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if index.isValid() and index.column() == DAMAGED and role == Qt.CheckStateRole and not self.locked:
            line = self.line(index.row())
            checked = Qt.CheckState(value) == Qt.Checked if not isinstance(value, bool) else value
            if (line.sale_line_id in self.damaged) != checked:
                self.toggle_damaged(index.row())
            return True
        return False
