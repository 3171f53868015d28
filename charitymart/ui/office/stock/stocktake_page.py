"""Stocktake: start one, count (type counts on a sheet, or scan: each scan counts one, `5*code`
counts five, `-1*code` undoes a double scan), review the variances with their value, then post
them as adjustments (a manager) or cancel.

Every count is one short transaction; the sheet and the review are read off the GUI thread.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.clock import to_local
from charitymart.services.errors import CharityMartError
from charitymart.services.stock import catalog
from charitymart.services.stock import control as stock
from charitymart.services.stock import listing as stock_list
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text
from charitymart.ui.office.stock.items_model import LatestOnly
from charitymart.ui.office.stock.tables import (
    ALIGNMENT,
    BACKGROUND,
    DISPLAY,
    EDIT,
    HORIZONTAL,
    RIGHT,
    RowsModel,
    big_table,
    error_label,
    title_label,
)

SCAN = re.compile(r"^\s*(-?\d+)\s*\*\s*(\S+)\s*$")
COUNTED = 4
TO_COUNT = QColor("#fff3b0")  # not counted yet


class CountSheetModel(QAbstractTableModel):
    """Items to count; the Counted column is typed into (each entry saved at once)."""

    def __init__(self, record, parent=None):
        super().__init__(parent)
        self._record = record  # (item_id, text) -> new count, or None when refused
        self.rows: list[stock_list.SheetRow] = []
        self._headers = (self.tr("Barcode"), self.tr("Name"), self.tr("Category"), self.tr("Expected"),
                         self.tr("Counted"))

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=DISPLAY):
        shown = role in (DISPLAY, Qt.ToolTipRole) and orientation == HORIZONTAL  # tooltip: the whole, if elided
        return self._headers[section] if shown else None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemIsEditable if index.column() == COUNTED else flags

    def data(self, index, role=DISPLAY):
        if role == DISPLAY or role == EDIT:
            row = self.rows[index.row()]
            values = (row.barcode, row.name, row.category, str(row.expected),
                      "" if row.counted is None else str(row.counted))
            return values[index.column()]
        if role == ALIGNMENT:
            return RIGHT if index.column() >= 3 else None
        if role == BACKGROUND and index.column() == COUNTED and self.rows[index.row()].counted is None:
            return TO_COUNT
        return None

    def setData(self, index, value, role=EDIT) -> bool:
        if role != EDIT or index.column() != COUNTED:
            return False
        row = self.rows[index.row()]
        counted = self._record(row.item_id, str(value))
        if counted is None:
            return False
        self.rows[index.row()] = stock_list.SheetRow(row.item_id, row.barcode, row.name, row.category, row.expected,
                                                     counted)
        self.dataChanged.emit(index, index)
        return True


class StocktakePage(QWidget):
    posted = Signal()  # stock changed: other pages reload

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Stocktake"))
        self.queue = BackgroundQueue("stocktake", self, poll_ms=20)
        self.runner = LatestOnly(self.queue)
        self.stocktake_id: int | None = None
        self.status = title_label("")
        self.start_button = QPushButton(self.tr("Start a stocktake"))
        self.start_button.clicked.connect(self.start)
        self.post_button = QPushButton(self.tr("Post the differences as adjustments"))
        self.post_button.clicked.connect(lambda: self.post())
        self.cancel_button = QPushButton(self.tr("Cancel the stocktake"))
        self.cancel_button.clicked.connect(lambda: self.cancel())
        self.error = error_label()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._sheet_tab(), self.tr("Count sheet"))
        self.tabs.addTab(self._scan_tab(), self.tr("Scan to count"))
        self.tabs.addTab(self._review_tab(), self.tr("Differences"))
        self.tabs.currentChanged.connect(self._tab_changed)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.post_button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self.reload()

    # --- building -------------------------------------------------------------------------------
    def _sheet_tab(self) -> QWidget:
        page = QWidget()
        self.category = QComboBox()
        self.category.setMinimumWidth(260)
        self.category.currentIndexChanged.connect(lambda _i: self.load_sheet())
        self.sheet_model = CountSheetModel(self._record_typed, self)
        self.sheet = big_table(self.sheet_model)
        self.sheet.setEditTriggers(self.sheet.EditTrigger.AnyKeyPressed | self.sheet.EditTrigger.DoubleClicked
                                   | self.sheet.EditTrigger.EditKeyPressed)
        hint = QLabel(self.tr("Type the number counted in the Counted column and press Enter. "
                              "Items left empty are not changed."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Category")))
        row.addWidget(self.category)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(self.sheet, 1)
        return page

    def _scan_tab(self) -> QWidget:
        page = QWidget()
        self.scan = QLineEdit()
        self.scan.setStyleSheet("font-size: 24pt;")
        self.scan.setPlaceholderText(self.tr("Scan a barcode: each scan counts one; 5*code counts five"))
        self.scan.returnPressed.connect(self._scanned)
        self.scan_result = QLabel()
        self.scan_result.setStyleSheet("font-size: 20pt; color: #0a3d0a;")
        self.scan_result.setWordWrap(True)
        self.scan_log = QListWidget()
        self.scan_log.setStyleSheet("font-size: 15pt;")
        self.scan_log.setFocusPolicy(Qt.NoFocus)
        layout = QVBoxLayout(page)
        layout.addWidget(self.scan)
        layout.addWidget(self.scan_result)
        layout.addWidget(self.scan_log, 1)
        return page

    def _review_tab(self) -> QWidget:
        page = QWidget()
        self.review_model = RowsModel([self.tr("Name"), self.tr("Barcode"), self.tr("Expected"), self.tr("Counted"),
                                       self.tr("Difference"), self.tr("Value")], numeric=(2, 3, 4, 5))
        self.review = big_table(self.review_model, stretch=0)
        self.review_total = QLabel()
        self.review_total.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.review_total.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.review, 1)
        layout.addWidget(self.review_total)
        return page

    # --- state ----------------------------------------------------------------------------------
    def reload(self) -> None:
        def load(session):
            open_one = stock.open_stocktake(session)
            return (None if open_one is None else (open_one.id, open_one.started_at),
                    [(c.name, c.id) for c in catalog.list_categories(session)],
                    stock_list.stock_settings(session).timezone)

        current, categories, timezone = self.context.read(load)
        self.stocktake_id = current[0] if current else None
        if current:
            started = to_local(current[1], timezone).strftime("%Y-%m-%d %H:%M")
            self.status.setText(self.tr("Stocktake {number} open since {started}").format(
                number=current[0], started=started))
        else:
            self.status.setText(self.tr("No stocktake is open. Start one to count the stock."))
        for widget in (self.post_button, self.cancel_button, self.tabs):
            widget.setEnabled(current is not None)
        self.start_button.setEnabled(current is None)
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for name, category_id in categories:
            self.category.addItem(name, category_id)
        self.category.blockSignals(False)
        self.load_sheet()
        self.load_review()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.scan.setFocus()
        elif index == 2:
            self.load_review()

    def load_sheet(self) -> None:
        stocktake_id, category_id = self.stocktake_id, self.category.currentData()
        if stocktake_id is None:
            self.sheet_model.set_rows([])
            return
        self.runner.run("sheet", lambda: self.context.read(
            lambda s: stock_list.count_sheet(s, stocktake_id, category_id)), self.sheet_model.set_rows, self._failed)

    def load_review(self) -> None:
        stocktake_id = self.stocktake_id
        if stocktake_id is None:
            self.review_model.set_rows([])
            self.review_total.clear()
            return
        self.runner.run("review", lambda: self.context.read(lambda s: stock_list.variance_review(s, stocktake_id)),
                        self._show_review, self._failed)

    def _show_review(self, rows: list[stock_list.VarianceRow]) -> None:
        money = lambda fen: money_text(fen, self.context.currency, self.context.language)  # noqa: E731
        self.review_model.set_rows(
            [(r.name, r.barcode, str(r.expected), str(r.counted), f"{r.difference:+d}" if r.difference else "0",
              money(r.value)) for r in rows], keys=[r.item_id for r in rows], warn=[i for i, r in enumerate(rows) if r.difference < 0])
        changed = [r for r in rows if r.difference]
        self.review_total.setText(self.tr("{counted} items counted, {changed} with a difference; "
                                          "value of the differences {value}").format(
            counted=len(rows), changed=len(changed), value=money(sum(r.value for r in rows))))

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))

    # --- actions --------------------------------------------------------------------------------
    def _act(self, change) -> bool:
        try:
            self.context.write(change)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        return True

    def start(self) -> bool:
        done = self._act(lambda s: stock.start_stocktake(s, self.context.actor))
        if done:
            self.reload()
        return done

    def _record_typed(self, item_id: int, text: str) -> int | None:
        text = text.strip()
        if not re.fullmatch(r"-?\d+", text):
            self.error.setText(self.tr("The count must be a whole number, such as 12."))
            return None
        stocktake_id, actor = self.stocktake_id, self.context.actor
        result: list[int] = []
        if self._act(lambda s: result.append(stock.record_count(s, actor, stocktake_id, item_id, int(text)).counted)):
            return result[0]
        return None

    def _scanned(self) -> None:
        typed = self.scan.text().strip()
        self.scan.clear()
        if typed:
            self.count_scan(typed)

    def count_scan(self, typed: str) -> bool:
        """`code` counts one, `5*code` five (a negative number takes back a double scan)."""
        match = SCAN.match(typed)
        quantity, code = (int(match.group(1)), match.group(2)) if match else (1, typed.strip())
        stocktake_id, actor = self.stocktake_id, self.context.actor

        def count(session):
            item = catalog.find_by_code(session, code)
            if item is None:
                return None
            return item.name, stock.record_count(session, actor, stocktake_id, item.id, quantity, add=True).counted

        try:
            found = self.context.write(count)
        except CharityMartError as exc:
            self.scan_result.setText("")
            self.error.setText(error_text(exc))
            return False
        if found is None:
            QApplication.beep()
            self.scan_result.setText("")
            self.error.setText(self.tr("No item has the barcode {code}. Nothing was counted.").format(code=code))
            return False
        name, total = found
        self.error.clear()
        line = self.tr("{quantity} × {name}: {total} counted so far").format(quantity=quantity, name=name,
                                                                               total=total)
        self.scan_result.setText(line)
        self.scan_log.insertItem(0, line)
        return True

    def post(self, confirm: bool = True) -> bool:
        if self.stocktake_id is None:
            return False
        if confirm and not self._confirm(self.tr("Post the stocktake"),
                                         self.tr("Write every difference into the stock as an adjustment? "
                                                 "This cannot be undone."), self.tr("Post the differences")):
            return False
        stocktake_id, written = self.stocktake_id, []
        if not self._act(lambda s: written.extend(stock.post_stocktake(s, self.context.actor, stocktake_id))):
            return False
        self.reload()
        self.status.setText(self.tr("Stocktake {number} is posted: {count} adjustments written.").format(
            number=stocktake_id, count=len(written)))
        self.posted.emit()
        return True

    def cancel(self, confirm: bool = True) -> bool:
        if self.stocktake_id is None:
            return False
        if confirm and not self._confirm(self.tr("Cancel the stocktake"),
                                         self.tr("Throw away every count of this stocktake? The stock is not changed."),
                                         self.tr("Cancel the stocktake")):
            return False
        stocktake_id = self.stocktake_id
        if not self._act(lambda s: stock.cancel_stocktake(s, self.context.actor, stocktake_id)):
            return False
        self.reload()
        return True

    def _confirm(self, title: str, question_text: str, yes_text: str) -> bool:
        question = QMessageBox(QMessageBox.Question, title, question_text, parent=self)
        yes = question.addButton(yes_text, QMessageBox.AcceptRole)
        question.addButton(self.tr("Go back"), QMessageBox.RejectRole)
        run_modal(question)
        return question.clickedButton() is yes
