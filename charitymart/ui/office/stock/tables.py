"""Pieces the stock pages share: a read-only table of text rows, a large table view, and the
words for fund sources, movement kinds and adjustment reasons in the UI language."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from charitymart.ui.office.shared.widgets import error_label  # noqa: F401  (the stock pages take it from here)

# Roles as plain ints: a view asks data() for a dozen roles of every visible cell on each
# paint, and comparing an int with a PySide enum costs ~9 µs (search results painted 10x slower).
DISPLAY = Qt.ItemDataRole.DisplayRole.value
EDIT = Qt.ItemDataRole.EditRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
USER = Qt.ItemDataRole.UserRole.value
HORIZONTAL = Qt.Orientation.Horizontal
RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
CENTER = int(Qt.AlignCenter)
WARN_COLOUR = QColor("#8b0000")


def fund_source_name(source: str) -> str:
    names = {
        "donated": QCoreApplication.translate("StockWords", "Donated"),
        "purchased": QCoreApplication.translate("StockWords", "Purchased"),
        "consigned": QCoreApplication.translate("StockWords", "Consigned"),
    }
    return names.get(source, source)


def movement_kind_name(kind: str) -> str:
    names = {
        "intake": QCoreApplication.translate("StockWords", "Received"),
        "sale": QCoreApplication.translate("StockWords", "Sale"),
        "void": QCoreApplication.translate("StockWords", "Sale voided"),
        "refund": QCoreApplication.translate("StockWords", "Refund"),
        "adjustment": QCoreApplication.translate("StockWords", "Adjustment"),
    }
    return names.get(kind, kind)


def reason_name(reason: str) -> str:
    names = {
        "damaged": QCoreApplication.translate("StockWords", "Damaged"),
        "expired": QCoreApplication.translate("StockWords", "Expired"),
        "lost": QCoreApplication.translate("StockWords", "Lost"),
        "transferred": QCoreApplication.translate("StockWords", "Passed to another charity"),
        "found": QCoreApplication.translate("StockWords", "Found"),
        "stocktake": QCoreApplication.translate("StockWords", "Stocktake"),
        "refund_damaged": QCoreApplication.translate("StockWords", "Returned damaged"),
        "": "",
    }
    return names.get(reason, reason)


class RowsModel(QAbstractTableModel):
    """Rows of ready-made text; `keys[i]` is what Qt.UserRole gives for row i."""

    def __init__(self, headers: Sequence[str], numeric: Sequence[int] = (), parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._numeric = set(numeric)
        self._rows: list[Sequence[str]] = []
        self._keys: list[object] = []
        self._warn: set[int] = set()

    def set_rows(self, rows: Sequence[Sequence[str]], keys: Sequence[object] | None = None,
                 warn: Sequence[int] = ()) -> None:
        """`warn`: rows to show in red (expired, a loss)."""
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self._keys = list(keys) if keys is not None else list(range(len(rows)))
        self._warn = set(warn)
        self.endResetModel()

    def key(self, row: int):
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=DISPLAY):
        if role in (DISPLAY, Qt.ToolTipRole) and orientation == HORIZONTAL:  # tooltip: the whole, if elided
            return self._headers[section]
        return None

    def data(self, index, role=DISPLAY):
        if role == DISPLAY:
            return self._rows[index.row()][index.column()]
        if role == ALIGNMENT:
            return RIGHT if index.column() in self._numeric else None
        if role == FOREGROUND:
            return WARN_COLOUR if index.row() in self._warn else None
        if role == USER:
            return self._keys[index.row()]
        return None


def big_table(model, stretch: int = 1, font_pt: int = 15) -> QTableView:
    """A read-only table with whole-row selection, large text and one stretching column."""
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setStyleSheet(f"font-size: {font_pt}pt;")
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(font_pt * 2 + 12)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    header.setTextElideMode(Qt.ElideRight)  # a narrow column's header ends "…" (whole in the tooltip), not cut
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
    return view


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 20pt; font-weight: bold;")
    label.setWordWrap(True)
    return label
