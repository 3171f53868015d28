"""The sale screen: basket, big total, the scan field that always has focus, the key legend.

Keys follow the counter's keyboard contract (docs/counter.md). Each F-key runs an action
registered by the main window, so dialogs live in their own modules.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.store import checkpoints
from charitymart.ui.counter.basket_model import BasketModel
from charitymart.ui.fields import keep_inputs_tall, without_input_method
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text

SAVE_DELAY_MS = 300
TABLE_POINTS = 18
# (caption, figure) styles of the big figure: the total in green, the change in blue.
TOTAL_STYLE = ("font-size: 20pt;", "font-size: 44pt; font-weight: bold; color: #0a3d0a;")
CHANGE_STYLE = ("font-size: 26pt; font-weight: bold; color: #0a58ca;",
                "font-size: 52pt; font-weight: bold; color: #0a58ca;")
ACTION_KEYS = ("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11", "F12")


class SalePage(QWidget):
    basket_changed = Signal()

    def __init__(self, controller, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.actions: dict[str, Callable[[], None]] = {}
        self.model = BasketModel(controller, language, self)
        self.change_shown: int | None = None  # after a sale, the big figure shows the change until the next scan
        self._build()
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_basket)
        # The till's WAL checkpoint runs here, when nobody scans, never inside a sale's commit.
        self._idle_timer = QTimer(self, singleShot=True, interval=checkpoints.IDLE_CHECKPOINT_MS)
        self._idle_timer.timeout.connect(self._idle_checkpoint)
        for key in ACTION_KEYS:
            QShortcut(QKeySequence(key), self, context=Qt.WidgetWithChildrenShortcut,
                      activated=lambda k=key: self.run_action(k))
        QShortcut(QKeySequence(Qt.Key_Delete), self, context=Qt.WidgetWithChildrenShortcut,
                  activated=self.remove_selected_line)
        self.retranslate()
        keep_inputs_tall(self)

    def _table_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSize(TABLE_POINTS)
        return font

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("Banner")
        self.banner.setAlignment(Qt.AlignCenter)
        self.banner.hide()
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 14pt;")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setFocusPolicy(Qt.NoFocus)
        self.table.setStyleSheet(f"font-size: {TABLE_POINTS}pt;")
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        # Fixed widths that fit the largest amount a till sees: the columns never jump while a
        # basket fills, and a long basket costs nothing to lay out.
        metrics = QFontMetrics(self._table_font())
        widest_money = money_text(9_999_999, self.controller.currency, self.language)
        widths = (metrics.horizontalAdvance("99999"), metrics.horizontalAdvance(widest_money),
                  metrics.horizontalAdvance(widest_money))
        for column, width in zip((1, 2, 3), widths):
            header.setSectionResizeMode(column, QHeaderView.Fixed)
            header.resizeSection(column, width + 28)
        self.total_caption = QLabel()
        self.total_caption.setAlignment(Qt.AlignRight)
        self.total = QLabel()
        self.total.setAlignment(Qt.AlignRight)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignRight)
        self.count.setStyleSheet("font-size: 18pt;")
        self.card = QLabel()
        self.card.setWordWrap(True)
        self.card.setStyleSheet("font-size: 15pt; color: #0a3d0a;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-size: 16pt;")
        self.scan = QLineEdit()
        self.scan.setObjectName("ScanField")
        without_input_method(self.scan)
        self.scan.setStyleSheet("font-size: 22pt;")
        self.scan.returnPressed.connect(self._on_enter)
        self.scan.installEventFilter(self)
        self.legend = QLabel()
        self.legend.setObjectName("Legend")
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("font-size: 13pt;")

        side = QVBoxLayout()
        side.addWidget(self.total_caption)
        side.addWidget(self.total)
        side.addWidget(self.count)
        side.addSpacing(12)
        side.addWidget(self.card)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addLayout(middle, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.scan)
        layout.addWidget(self.legend)

    def retranslate(self) -> None:
        self.scan.setPlaceholderText(self.tr("Scan a barcode, or type a name and press Enter"))
        self.legend.setText(self.tr(
            "F1 Volunteer clock   F2 Search   F3 Refund   F4 Reprint   F5 Cash in/out   F6 Close shift   F7 Points   "
            "F8 Household card   F9 Hold/Recall   F10 Log out   F11 Drawer   F12 Pay   Del Remove line"))
        self.model.retranslate()
        self.refresh()

    # ----- showing the basket -----
    def refresh(self) -> None:
        self.model.refresh()
        basket = self.controller.basket
        if basket.lines:
            self.change_shown = None
        self._show_figure()
        items = sum(line.quantity for line in basket.lines)
        self.count.setText(self.tr("%n item(s)", "", items))
        actor = self.controller.actor
        if actor is not None:
            self.header.setText(self.tr("{store} · till {till} · cashier {name}").format(
                store=self.controller.store_name, till=self.controller.till_code, name=actor.name))

    def _show_figure(self) -> None:
        """The big figure: the basket's total, or right after a sale the change to give back,
        labelled and in another colour so nobody takes it for a total."""
        if self.change_shown is None:
            caption, fen, style = self.tr("Total"), self.controller.basket.total, TOTAL_STYLE
        else:
            caption, fen, style = self.tr("Change due"), self.change_shown, CHANGE_STYLE
        self.total_caption.setText(caption)
        self.total_caption.setStyleSheet(style[0])
        self.total.setText(money_text(fen, self.controller.currency, self.language))
        self.total.setStyleSheet(style[1])

    def clear_change(self) -> None:
        if self.change_shown is not None:
            self.change_shown = None
            self._show_figure()
            self.basket_changed.emit()  # the customer display follows

    def clear_for_next_cashier(self) -> None:
        """On log out: nothing typed, no message and no change of the last sale stays behind."""
        self.scan.clear()
        self.change_shown = None
        self.show_message("")

    def select_line(self, index: int | None) -> None:
        if index is not None and 0 <= index < self.model.rowCount():
            self.table.selectRow(index)
            self.table.scrollTo(self.model.index(index, 0))

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(f"font-size: 16pt; color: {'#b00020' if error else '#0a3d0a'};")
        self.status.setText(text)
        if error:
            QApplication.beep()

    def basket_edited(self) -> None:
        """After any change: repaint now, save the open basket a moment later (off the scan path)."""
        self.refresh()
        self._save_timer.start()
        self._idle_timer.start()
        self.basket_changed.emit()

    def _idle_checkpoint(self) -> None:
        idle_checkpoint = getattr(self.controller, "idle_checkpoint", None)
        if idle_checkpoint is not None:
            idle_checkpoint()

    def flush_save(self) -> None:
        """Save a pending change of the open basket now (before this page goes away)."""
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_basket()

    def _save_basket(self) -> None:
        try:
            self.controller.save_basket()
        except CharityMartError as exc:
            self.show_message(error_text(exc), error=True)

    # ----- keys -----
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self.scan.setFocus()

    def hideEvent(self, event) -> None:
        # A hidden page keeps no typed text: keys that reached it while hidden are dropped.
        self.scan.clear()
        super().hideEvent(event)

    def eventFilter(self, obj, event) -> bool:
        # The scan field always has focus, so it would swallow Del: with nothing typed, Del
        # removes the selected line as the keyboard contract says.
        if (obj is self.scan and event.type() == event.Type.KeyPress and event.key() == Qt.Key_Delete
                and not self.scan.text()):
            self.remove_selected_line()
            return True
        if obj is self.scan and event.type() == event.Type.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down):
            rows = self.model.rowCount()
            if rows:
                current = self.table.currentIndex().row()
                step = -1 if event.key() == Qt.Key_Up else 1
                self.select_line(min(rows - 1, max(0, (current if current >= 0 else rows) + step)))
            return True
        return super().eventFilter(obj, event)

    def run_action(self, key: str) -> None:
        action = self.actions.get(key)
        if action is not None:
            action()
        self.scan.setFocus()

    def _on_enter(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if not text.strip():
            return
        self.clear_change()
        self.show_message("")  # an old scan's error does not stay next to this scan
        try:
            outcome = self.controller.scan(text)
        except CharityMartError as exc:
            self.show_message(error_text(exc), error=True)
            return
        handler = self.actions.get(f"scan:{outcome.kind}")
        if outcome.kind == "added":
            self.basket_edited()
            self.select_line(outcome.line_index)
            self.show_message("")
        elif outcome.kind == "pending_quantity":
            self.show_message(self.tr("Quantity {n}: now scan the item").format(n=self.controller.pending_quantity))
        elif handler is not None:
            handler(outcome)
        self.scan.setFocus()

    def remove_selected_line(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            self.show_message(self.tr("Select a line with the arrow keys first"), error=True)
            return
        try:
            self.controller.remove_line(row)
        except CharityMartError as exc:
            self.show_message(error_text(exc), error=True)
            return
        self.basket_edited()
        self.select_line(min(row, self.model.rowCount() - 1))
