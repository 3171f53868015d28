"""The intake form's lines: what was typed, read at the edge (quantities, weights, dates), and the
table model that shows them with the line a refusal was about marked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from charitymart.services.stock.intake_desk import DraftLine, NewItem
from charitymart.ui.money import money_text

GRAMS_PER = {"g": 1, "kg": 1000}
MAX_QUANTITY = 1_000_000
MAX_WEIGHT_G = 100_000_000  # 100 tonnes: anything above is a typing slip
_DATE = re.compile(r"^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$")
_ERROR_BACKGROUND = QBrush(QColor("#ffd6d6"))


@dataclass(frozen=True)
class LineEntry:
    """One line as the form holds it: an existing item (item_id) or a new one (new_item)."""

    name: str
    barcode: str  # "" for a new item that gets the store's own code when saved
    quantity: int
    unit_value: int
    weight_g: int = 0
    expiry: date | None = None
    condition: str = ""
    item_id: int | None = None
    new_item: NewItem | None = None

    @property
    def value(self) -> int:
        return self.quantity * self.unit_value

    def draft(self) -> DraftLine:
        return DraftLine(quantity=self.quantity, unit_value=self.unit_value, weight_g=self.weight_g,
                         expiry=self.expiry, condition=self.condition, item_id=self.item_id, new_item=self.new_item)


def parse_quantity(text: str) -> int | None:
    """A whole number of units, at least 1; None if it is not one."""
    text = (text or "").strip()
    if not text.isdigit():
        return None
    value = int(text)
    return value if 1 <= value <= MAX_QUANTITY else None


def parse_weight_g(text: str, unit: str) -> int | None:
    """Grams from a weight typed in g or kg ("1.5" kg -> 1500); blank is 0; None if unreadable."""
    text = (text or "").strip().replace(",", ".")
    if not text:
        return 0
    try:
        grams = Decimal(text) * GRAMS_PER[unit]
    except (InvalidOperation, KeyError):
        return None
    if not grams.is_finite() or grams < 0 or grams != grams.to_integral_value() or grams > MAX_WEIGHT_G:
        return None
    return int(grams)


def parse_day(text: str) -> tuple[bool, date | None]:
    """(readable, date) from 2026-03-31, 2026/3/31, 2026.3.31 or 20260331; blank is (True, None)."""
    text = (text or "").strip()
    if not text:
        return True, None
    match = _DATE.match(text)
    if not match:
        return False, None
    try:
        return True, date(*(int(part) for part in match.groups()))
    except ValueError:
        return False, None


def weight_text(grams: int) -> str:
    if grams == 0:
        return ""
    if grams < 1000:
        return f"{grams} g"
    kilograms = f"{Decimal(grams) / 1000:f}"
    if "." in kilograms:  # 1.500 -> 1.5, but 20 stays 20
        kilograms = kilograms.rstrip("0").rstrip(".")
    return f"{kilograms} kg"


class LinesModel(QAbstractTableModel):
    COLUMNS = 9

    def __init__(self, currency: str, language: str, parent=None):
        super().__init__(parent)
        self.currency, self.language = currency, language
        self.lines: list[LineEntry] = []
        self.bad_row: int | None = None  # the line a refusal named (0-based)

    # ----- changes -----
    def add(self, entry: LineEntry) -> int:
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        self.lines.append(entry)
        self.endInsertRows()
        self.mark_bad(None)
        return len(self.lines) - 1

    def replace_line(self, row: int, entry: LineEntry) -> None:
        self.lines[row] = entry
        self.mark_bad(None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.lines[row]
        self.endRemoveRows()
        self.mark_bad(None)

    def clear(self) -> None:
        self.beginResetModel()
        self.lines = []
        self.bad_row = None
        self.endResetModel()

    def mark_bad(self, row: int | None) -> None:
        self.bad_row = row
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.COLUMNS - 1))

    # ----- totals -----
    def units(self) -> int:
        return sum(line.quantity for line in self.lines)

    def value(self) -> int:
        return sum(line.value for line in self.lines)

    def weight_g(self) -> int:
        return sum(line.weight_g for line in self.lines)

    # ----- Qt -----
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None  # the tooltip: the whole header when a narrow column elides it
        return (self.tr("No."), self.tr("Item"), self.tr("Barcode"), self.tr("Quantity"), self.tr("Condition"),
                self.tr("Value each"), self.tr("Line value"), self.tr("Expiry"), self.tr("Weight"))[section]

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.BackgroundRole and index.row() == self.bad_row:
            return _ERROR_BACKGROUND
        if role == Qt.TextAlignmentRole and index.column() in (0, 3, 5, 6, 8):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role != Qt.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(index.row() + 1)
        if column == 1:
            return self.tr("{name} (new item)").format(name=line.name) if line.new_item else line.name
        if column == 2:
            return line.barcode or self.tr("store code when saved")
        if column == 3:
            return str(line.quantity)
        if column == 4:
            return line.condition
        if column == 5:
            return money_text(line.unit_value, self.currency, self.language)
        if column == 6:
            return money_text(line.value, self.currency, self.language)
        if column == 7:
            return line.expiry.isoformat() if line.expiry else ""
        return weight_text(line.weight_g)
