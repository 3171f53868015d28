"""The item list's Qt model: pages fetched as the view scrolls, search results as they arrive.

Nothing here touches the database on the GUI thread: pages and searches run on a
`BackgroundQueue` through `LatestOnly`, which drops a request that a newer one of the same
kind has overtaken, both before it runs (a keystroke typed while the previous query ran) and
when its answer comes back (never show an older query's results).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from charitymart.services.stock import listing as stock_list
from charitymart.services.stock.listing import ItemRow
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text
from charitymart.ui.office.stock.tables import ALIGNMENT, DISPLAY, FOREGROUND, HORIZONTAL, RIGHT, USER

# Babel takes ~0.5 ms per amount; a catalogue has few distinct prices.
_money = lru_cache(maxsize=4096)(money_text)
INACTIVE_COLOUR = QColor("#666666")

BARCODE, NAME, CATEGORY, PRICE, ON_HAND, EXPIRY, ACTIVE = range(7)
NUMERIC = (PRICE, ON_HAND)


class LatestOnly:
    """Runs jobs on a queue where only the newest request of each kind counts."""

    def __init__(self, queue: BackgroundQueue):
        self.queue = queue
        self._latest: dict[str, int] = {}
        self._tickets = 0

    def run(self, kind: str, job: Callable[[], object], done: Callable[[object], None],
           failed: Callable[[BaseException], None] | None = None) -> None:
        self._tickets += 1
        ticket = self._latest[kind] = self._tickets

        def run_if_current():
            # Read from the worker thread: a plain dict lookup, safe under the GIL.
            return job() if self._latest.get(kind) == ticket else None

        def deliver(future) -> None:
            if self._latest.get(kind) != ticket:
                return
            exc = future.exception()
            if exc is None:
                done(future.result())
            elif failed is not None:
                failed(exc)
            else:
                raise exc

        self.queue.start(run_if_current, deliver)

    def forget(self, kind: str) -> None:
        """Drop whatever answer of this kind is still on its way."""
        self._tickets += 1
        self._latest[kind] = self._tickets


class ItemListModel(QAbstractTableModel):
    """Items in name order, fetched a page at a time; or the results of a typed search."""

    failed = Signal(str)  # an error to show, in the UI language
    shown = Signal(str)  # the query whose rows are now in the model ("" for the browse list)

    def __init__(self, read: Callable, runner: LatestOnly, currency: str, language: str,
                 page_size: int = stock_list.PAGE_SIZE, parent: QObject | None = None):
        super().__init__(parent)
        self._read = read
        self._runner = runner
        self._currency, self._language = currency, language
        self._page_size = page_size
        self._rows: list[ItemRow] = []
        self._query = ""
        self._exhausted = False
        self._fetching = False
        self._headers = (self.tr("Barcode"), self.tr("Name"), self.tr("Category"), self.tr("Price"),
                         self.tr("On hand"), self.tr("Earliest expiry"), self.tr("Active"))

    # --- what the view asks -------------------------------------------------------------------
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
            return self._text(self._rows[index.row()], index.column())
        if role == ALIGNMENT:
            return RIGHT if index.column() in NUMERIC else None
        if role == FOREGROUND:
            return None if self._rows[index.row()].active else INACTIVE_COLOUR
        if role == USER:
            return self._rows[index.row()].item_id
        return None

    def _text(self, row: ItemRow, column: int) -> str:
        if column == BARCODE:
            return row.barcode
        if column == NAME:
            return row.name
        if column == CATEGORY:
            return row.category
        if column == PRICE:
            return _money(row.price, self._currency, self._language)
        if column == ON_HAND:
            return str(row.on_hand)
        if column == EXPIRY:
            return row.earliest_expiry.isoformat() if row.earliest_expiry else ""
        return self.tr("yes") if row.active else self.tr("no")

    def row_at(self, row: int) -> ItemRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def query(self) -> str:
        return self._query

    # --- browsing: pages as the view scrolls ----------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._query and not self._exhausted and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        after = self._rows[-1].page_key if self._rows else None
        size = self._page_size
        self._runner.run("list", lambda: self._read(lambda s: stock_list.item_page(s, after, size)),
                         self._append, self._failed)

    def _append(self, rows: list[ItemRow]) -> None:
        self._fetching = False
        self._exhausted = len(rows) < self._page_size
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.shown.emit("")

    def reload(self) -> None:
        """Back to the first page of the whole list (or the current search, run again)."""
        if self._query:
            self.set_query(self._query)
            return
        self._runner.forget("list")
        self.beginResetModel()
        self._rows, self._exhausted, self._fetching = [], False, False
        self.endResetModel()
        self.fetchMore()

    # --- search ------------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        """Show the items matching `text` (empty: the whole list again) once they are found."""
        text = text.strip()
        if not text:
            self._query = ""
            self.reload()
            return
        self._query = text
        self._fetching = False
        self._runner.run("list", lambda: self._read(lambda s: stock_list.search_rows(s, text)),
                         lambda rows: self._show_results(text, rows), self._failed)

    def _show_results(self, text: str, rows: list[ItemRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._exhausted = True
        self.endResetModel()
        self.shown.emit(text)

    def refresh_rows(self, rows: list[ItemRow]) -> None:
        """Replace the rows of these items (after an edit or an adjustment) where they are shown."""
        fresh = {row.item_id: row for row in rows}
        for position, row in enumerate(self._rows):
            if row.item_id in fresh:
                self._rows[position] = fresh[row.item_id]
                self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._headers) - 1))

    def _failed(self, exc: BaseException) -> None:
        self._fetching = False
        self.failed.emit(error_text(exc))
