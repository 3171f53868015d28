"""Items: the whole catalogue in a list that fetches as it scrolls, search as you type, and the
editor of the chosen item beside it.

Typing starts a search after a short pause (a scanner's burst of digits is one search); the
query runs on the page's own worker and only the newest query's results are ever shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.stock import listing as stock_list
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.dialogs import run_modal
from charitymart.ui.office.shared.widgets import error_label
from charitymart.ui.office.stock.adjust_dialog import AdjustDialog
from charitymart.ui.office.stock.item_editor import ItemEditor
from charitymart.ui.office.stock.items_model import BARCODE, NAME, ItemListModel, LatestOnly

DEBOUNCE_MS = 10  # collapses a scanner's keystrokes (a few ms apart); a person's typing is slower
POLL_MS = 5  # how soon a finished query is noticed
# The editor loads the chosen item once the choice rests this long, so arrowing down the list
# or typing on (the first hit is chosen each time) never queues item loads ahead of the search.
DETAIL_DELAY_MS = 250


class ItemsPage(QWidget):
    labels_requested = Signal(list)  # [(barcode, number of labels)] for the selected items

    def __init__(self, context, settings: stock_list.StockSettings, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Items"))
        self.queue = BackgroundQueue("stock-items", self, poll_ms=POLL_MS)
        self.runner = LatestOnly(self.queue)
        self.model = ItemListModel(context.read, self.runner, context.currency, context.language, parent=self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a barcode, a name, pinyin or initials (dm finds 大米)"))
        self.search.setStyleSheet("font-size: 20pt;")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.model.set_query(self.search.text()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("font-size: 15pt;")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing columns to their contents would read every fetched row.
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.Stretch)
        for column, width in ((BARCODE, 170), (2, 120), (3, 100), (4, 90), (5, 140), (6, 70)):
            self.table.setColumnWidth(column, width)
        self.detail_timer = QTimer(self)
        self.detail_timer.setSingleShot(True)
        self.detail_timer.setInterval(DETAIL_DELAY_MS)
        self.detail_timer.timeout.connect(self._show_current)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.detail_timer.start())
        self.status = QLabel()
        self.error = error_label()
        self.model.shown.connect(self._shown)
        self.model.failed.connect(self.error.setText)
        self.labels_button = QPushButton(self.tr("Print labels for the selected items"))
        self.labels_button.clicked.connect(self.request_labels)
        self.editor = ItemEditor(context, self.runner, settings.timezone)
        self.editor.changed.connect(self.refresh_item)
        self.editor.adjust_requested.connect(self.adjust)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.labels_button)
        left_layout.addLayout(bottom)
        left_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([850, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.model.fetchMore()

    # --- search ---------------------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._debounce.start()

    def eventFilter(self, obj, event) -> bool:
        # ↓ from the search field goes to the list, so the keyboard alone can pick an item.
        if obj is self.search and event.type() == event.Type.KeyPress and event.key() == Qt.Key_Down:
            if self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    def _shown(self, query: str) -> None:
        count = self.model.rowCount()
        if query:
            self.status.setText(self.tr("%n item(s) found for “{query}”", "", count).format(query=query))
        else:
            self.status.setText(self.tr("%n item(s) shown; scroll down for more", "", count)
                                if self.model.canFetchMore() else self.tr("%n item(s)", "", count))
        if query and count and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    # --- the chosen item ------------------------------------------------------------------------
    def _show_current(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or row.item_id != self.editor.item_id:
            self.editor.show_item(row.item_id if row else None)

    def selected_rows(self) -> list[stock_list.ItemRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def request_labels(self) -> None:
        """One label per unit on hand (at least one) for each selected item with a barcode."""
        wanted = [(row.barcode, max(row.on_hand, 1)) for row in self.selected_rows() if row.barcode]
        if not wanted:
            self.error.setText(self.tr("Select the items to print labels for."))
            return
        self.error.clear()
        self.labels_requested.emit(wanted)

    def adjust(self, item_id: int) -> int:
        detail = self.editor.detail
        if detail is None or detail.item_id != item_id:
            return 0
        dialog = AdjustDialog(self.context, item_id, detail.name, self.editor.lots, self)
        result = run_modal(dialog)
        if result:
            self.refresh_item(item_id)
            self.editor.show_item(item_id)
        return result

    def refresh_item(self, item_id: int) -> None:
        self.runner.run(f"row-{item_id}", lambda: self.context.read(lambda s: stock_list.item_rows(s, [item_id])),
                        self.model.refresh_rows)
