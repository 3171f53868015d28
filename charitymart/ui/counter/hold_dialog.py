"""F9: hold the basket (so the next customer can be served) or, with an empty basket, recall a held one.

With lines in the basket F9 asks for an optional short label (a name, a coat colour) and Enter
holds it; the counter is then empty. With an empty basket F9 lists the held baskets (time,
lines, total, label): arrows choose, Enter recalls. Esc always leaves everything as it was.
Each action is one service call in its own transaction.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from charitymart.domain.basket import Basket
from charitymart.services import clock
from charitymart.services.context import get_store
from charitymart.services.errors import CharityMartError
from charitymart.services.sales import parked_baskets
from charitymart.ui.counter.controller import SaleContext
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text

LABEL_MAX = 40


def install(window) -> None:
    """Register this module's keys and scan handlers on the main window."""
    window.sale_page.actions["F9"] = lambda: hold_or_recall(window)


def hold_or_recall(window) -> None:
    if window.controller.basket.lines:
        hold_basket(window)
    else:
        recall_basket(window)
    window.return_to_scan()


def _clear_counter(controller) -> None:
    """The counter after a hold: nothing in the basket, no card attached, no tenders taken."""
    controller.basket = Basket()
    controller.context = SaleContext()
    controller.payments = []
    controller.pending_quantity = None


def hold_basket(window) -> bool:
    dialog = HoldDialog(window.controller, window.language, window)
    if not run_modal(dialog):
        return False
    page = window.sale_page
    _clear_counter(window.controller)
    page.card.clear()
    page.basket_edited()
    label = dialog.held_label
    if label:
        page.show_message(QCoreApplication.translate(
            "HoldDialog", "Basket held as “{label}”. F9 with an empty basket brings it back.").format(label=label))
    else:
        page.show_message(QCoreApplication.translate("HoldDialog", "Basket held. F9 with an empty basket brings it back."))
    return True


def recall_basket(window) -> bool:
    page = window.sale_page
    controller = window.controller
    try:
        with controller.handle.readers() as s:
            held = parked_baskets.list_held(s, controller.actor.till_id)
            zone = get_store(s).timezone
    except CharityMartError as exc:
        page.show_message(error_text(exc), error=True)
        return False
    if not held:
        page.show_message(QCoreApplication.translate(
            "HoldDialog", "No basket is held. F9 holds the basket once something is scanned."), error=True)
        return False
    dialog = RecallDialog(controller, held, zone, window.language, window)
    if not run_modal(dialog) or dialog.state is None:
        return False
    controller._set_state(dialog.state)
    controller.payments = []
    controller.pending_quantity = None
    page.basket_edited()
    page.select_line(len(controller.basket.lines) - 1)
    card = controller.context.beneficiary_card
    page.card.setText(QCoreApplication.translate("HoldDialog", "Household card {card} is attached to this basket")
                      .format(card=card) if card else "")
    page.show_message(QCoreApplication.translate(
        "HoldDialog", "Held basket recalled: %n line(s), {total}", None, len(controller.basket.lines)).format(
        total=money_text(controller.basket.total, controller.currency, window.language)))
    return True


def _legend(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setObjectName("Legend")
    return hint


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("Error")
    label.setWordWrap(True)
    return label


class HoldDialog(QDialog):
    """Enter holds the basket under the typed label (which may be empty); Esc goes back unchanged."""

    def __init__(self, controller, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.held_label: str | None = None
        self.held_id: int | None = None
        self.setWindowTitle(self.tr("Hold this basket"))
        self.setMinimumWidth(640)
        basket = controller.basket
        intro = QLabel(self.tr("Hold this basket (%n line(s), {total}) and serve the next customer. "
                               "Type a short label if you like (a name, a coat colour), then press Enter.",
                               "", len(basket.lines))
                       .format(total=money_text(basket.total, controller.currency, language)))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-size: 16pt;")
        self.label = QLineEdit()
        self.label.setMaxLength(LABEL_MAX)
        self.label.setStyleSheet("font-size: 22pt;")
        self.label.setPlaceholderText(self.tr("Label (optional)"))
        self.label.returnPressed.connect(self.hold)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.label)
        layout.addWidget(self.error)
        layout.addWidget(_legend(self.tr("Enter: hold the basket   Esc: back to the basket")))
        self.label.setFocus()

    def hold(self) -> None:
        label = self.label.text().strip()
        controller = self.controller
        try:
            self.held_id = controller.hold(label)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            QApplication.beep()
            return
        self.held_label = label
        self.accept()


class RecallDialog(QDialog):
    """The held baskets of this till, oldest first: arrows choose, Enter recalls, Esc closes."""

    def __init__(self, controller, held, zone: str, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.held = list(held)
        self.state: dict | None = None
        self.setWindowTitle(self.tr("Held baskets"))
        self.setMinimumSize(760, 420)
        self.table = QTableWidget(len(self.held), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Held at"), self.tr("Lines"), self.tr("Total"),
                                              self.tr("Label")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setStyleSheet("font-size: 18pt;")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        today = clock.local_date(clock.now(), zone)
        for row, entry in enumerate(self.held):
            local = clock.to_local(entry.updated_at, zone)
            when = local.strftime("%H:%M") if local.date() == today else local.strftime("%m-%d %H:%M")
            cells = (when, str(entry.lines), money_text(entry.total, controller.currency, language), entry.label)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 2):
                    cell.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(row, column, cell)
        self.table.activated.connect(lambda _index: self.recall())
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(_legend(self.tr("↑ ↓ choose   Enter: recall this basket   Esc: close")))
        if self.held:
            self.table.selectRow(0)
        self.table.setFocus()

    def current_held(self):
        row = self.table.currentRow()
        return self.held[row] if 0 <= row < len(self.held) else None

    def recall(self) -> None:
        entry = self.current_held()
        if entry is None or self.state is not None:
            return
        controller = self.controller
        try:
            state = controller.recall_held(entry.id)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            QApplication.beep()
            return
        self.state = state
        self.accept()
