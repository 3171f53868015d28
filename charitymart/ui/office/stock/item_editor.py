"""One item: its details to edit (name, English name, category, price, reorder level, allowance,
active, barcodes), its lots, and the history of its stock movements.

Each button is one service call in one transaction (context.write); the item's lots and
history are read off the GUI thread. `changed(item_id)` tells the list to refresh the row.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charitymart.domain.money import format_plain
from charitymart.services import clock
from charitymart.services.errors import CharityMartError
from charitymart.services.stock import catalog
from charitymart.services.stock import listing as stock_list
from charitymart.ui.fields import keep_inputs_tall
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text, parse_money
from charitymart.ui.office.shared.widgets import scrolling
from charitymart.ui.office.stock.items_model import LatestOnly
from charitymart.ui.office.stock.tables import (
    RowsModel,
    big_table,
    error_label,
    fund_source_name,
    movement_kind_name,
    reason_name,
)


class ItemEditor(QTabWidget):
    changed = Signal(int)  # item id whose row and stock may have changed
    adjust_requested = Signal(int)  # item id: open the adjustment dialog

    def __init__(self, context, runner: LatestOnly, timezone: str, parent=None):
        super().__init__(parent)
        self.context = context
        self.runner = runner
        self.timezone = timezone
        self.item_id: int | None = None
        self.detail: catalog.ItemDetail | None = None
        self.lots: list[stock_list.LotRow] = []
        self.setStyleSheet("QTabBar::tab { padding: 8px 16px; }")
        self.addTab(self._details_tab(), self.tr("Details"))
        self.lots_model = RowsModel([self.tr("Lot"), self.tr("Source"), self.tr("From"), self.tr("Received on"),
                                     self.tr("Expiry"), self.tr("Unit value"), self.tr("Weight (g)"),
                                     self.tr("Received qty"), self.tr("Remaining")], numeric=(0, 5, 6, 7, 8))
        self.lots_view = big_table(self.lots_model, stretch=2, font_pt=13)
        self.addTab(self.lots_view, self.tr("Lots"))
        self.moves_model = RowsModel([self.tr("Time"), self.tr("What"), self.tr("Quantity"), self.tr("Lot"),
                                      self.tr("Reason"), self.tr("Receipt or donation"), self.tr("By"),
                                      self.tr("Note")], numeric=(2, 3))
        self.moves_view = big_table(self.moves_model, stretch=7, font_pt=13)
        self.addTab(self.moves_view, self.tr("Movements"))
        self._set_enabled(False)
        keep_inputs_tall(self)  # the reorder spin box clipped its digits in a squeezed form

    # --- building -------------------------------------------------------------------------------
    def _details_tab(self) -> QWidget:
        page = QWidget()
        self.heading = QLabel(self.tr("Choose an item in the list."))
        self.heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.name = QLineEdit()
        self.name_en = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.price = QLineEdit()
        self.price.textEdited.connect(self._validate)
        self.name.textEdited.connect(self._validate)
        self.reorder = QSpinBox()
        self.reorder.setRange(0, 1_000_000)
        self.allowance_ok = QCheckBox(self.tr("Can be paid with a household allowance"))
        self.active = QCheckBox(self.tr("Active: sold at the counter and found by search"))
        self.barcodes = QListWidget()
        self.barcodes.setMaximumHeight(90)
        self.new_code = QLineEdit()
        self.new_code.setPlaceholderText(self.tr("New barcode"))
        self.new_code.returnPressed.connect(self.add_barcode)
        add_code = QPushButton(self.tr("Add barcode"))
        add_code.clicked.connect(self.add_barcode)
        remove_code = QPushButton(self.tr("Remove selected barcode"))
        remove_code.clicked.connect(self.remove_barcode)
        self.stock_line = QLabel()
        self.stock_line.setWordWrap(True)
        self.error = error_label()
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.adjust_button = QPushButton(self.tr("Adjust stock…"))
        self.adjust_button.clicked.connect(lambda: self.item_id and self.adjust_requested.emit(self.item_id))

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Price (yuan)"), self.price)
        form.addRow(self.tr("Reorder level"), self.reorder)
        form.addRow(self.allowance_ok)
        form.addRow(self.active)
        codes = QHBoxLayout()
        codes.addWidget(self.new_code, 1)
        codes.addWidget(add_code)
        codes.addWidget(remove_code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.adjust_button)
        buttons.addStretch(1)
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.heading)
        fields_layout.addWidget(self.stock_line)
        fields_layout.addLayout(form)
        fields_layout.addWidget(QLabel(self.tr("Barcodes")))
        fields_layout.addWidget(self.barcodes)
        fields_layout.addLayout(codes)
        fields_layout.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(scrolling(fields), 1)  # the form scrolls on a small screen; Save stays in view
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._inputs = (self.name, self.name_en, self.category, self.price, self.reorder, self.allowance_ok,
                        self.active, self.barcodes, self.new_code, add_code, remove_code, self.save_button,
                        self.adjust_button)
        return page

    def _set_enabled(self, enabled: bool) -> None:
        for widget in self._inputs:
            widget.setEnabled(enabled)

    # --- loading --------------------------------------------------------------------------------
    def show_item(self, item_id: int | None) -> None:
        """Load the item's details, lots and history (off the GUI thread)."""
        self.item_id = item_id
        self.error.clear()
        if item_id is None:
            self.runner.forget("detail")
            self._set_enabled(False)
            return

        def load(session):
            return (catalog.item_detail(session, item_id), stock_list.item_lots(session, item_id),
                    stock_list.item_movements(session, item_id),
                    [c.name for c in catalog.list_categories(session)])

        self.runner.run("detail", lambda: self.context.read(load), self._fill, self._failed)

    def _fill(self, loaded) -> None:
        detail, lots, moves, categories = loaded
        self.detail, self.lots = detail, lots
        currency, language = self.context.currency, self.context.language
        self.heading.setText(detail.name)
        self.stock_line.setText(self.tr("On hand: {on_hand} (sellable {sellable})").format(
            on_hand=detail.on_hand, sellable=detail.sellable_on_hand))
        self.name.setText(detail.name)
        self.name_en.setText(detail.name_en)
        self.category.clear()
        self.category.addItems([""] + categories)
        self.category.setCurrentText(detail.category)
        self.price.setText(format_plain(detail.price))
        self.reorder.setValue(detail.reorder_level)
        self.allowance_ok.setChecked(detail.allowance_ok)
        self.active.setChecked(detail.active)
        self.barcodes.clear()
        self.barcodes.addItems(detail.barcodes)
        self.lots_model.set_rows(
            [(str(lot.lot_id), fund_source_name(lot.fund_source), lot.party, lot.received_on.isoformat(),
              lot.expiry.isoformat() if lot.expiry else "", money_text(lot.unit_value, currency, language),
              str(lot.weight_g), str(lot.quantity_received), str(lot.on_hand)) for lot in lots],
            keys=[lot.lot_id for lot in lots], warn=[i for i, lot in enumerate(lots) if lot.expired and lot.on_hand])
        self.moves_model.set_rows(
            [(clock.to_local(m.created_at, self.timezone).strftime("%Y-%m-%d %H:%M"), movement_kind_name(m.kind),
              f"{m.quantity:+d}", str(m.lot_id), reason_name(m.reason), m.reference, m.user, m.note)
             for m in moves],
            warn=[i for i, m in enumerate(moves) if m.kind == "adjustment" and m.quantity < 0])
        self._set_enabled(True)
        self._validate()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))

    # --- validating and saving ------------------------------------------------------------------
    def _validate(self) -> bool:
        """Name the first field that is wrong while typing; Save only when all are right."""
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("The name is required.")
        elif parse_money(self.price.text()) is None or parse_money(self.price.text()) < 0:
            problem = self.tr("The price must be an amount in yuan, such as 12.50.")
        self.error.setText(problem)
        self.save_button.setEnabled(not problem and self.detail is not None)
        return not problem

    def changes(self) -> dict:
        """The fields that differ from what was loaded (so only real changes are audited)."""
        detail = self.detail
        wanted = {"name": self.name.text().strip(), "name_en": self.name_en.text().strip(),
                  "category": self.category.currentText().strip() or None, "price": parse_money(self.price.text()),
                  "reorder_level": self.reorder.value(), "allowance_ok": self.allowance_ok.isChecked(),
                  "active": self.active.isChecked()}
        loaded = {"name": detail.name, "name_en": detail.name_en, "category": detail.category or None,
                  "price": detail.price, "reorder_level": detail.reorder_level,
                  "allowance_ok": detail.allowance_ok, "active": detail.active}
        return {key: value for key, value in wanted.items() if value != loaded[key]}

    def save(self) -> bool:
        if self.detail is None or not self._validate():
            return False
        changes = self.changes()
        if not changes:
            self.error.setText(self.tr("Nothing has changed."))
            return False
        item_id = self.item_id
        return self._write(lambda s: catalog.edit_item(s, self.context.actor, item_id, **changes))

    def add_barcode(self) -> bool:
        code, item_id = self.new_code.text().strip(), self.item_id
        if item_id is None:
            return False
        if self._write(lambda s: catalog.add_barcode(s, self.context.actor, item_id, code)):
            self.new_code.clear()
            return True
        return False

    def remove_barcode(self) -> bool:
        current, item_id = self.barcodes.currentItem(), self.item_id
        if current is None or item_id is None:
            self.error.setText(self.tr("Choose the barcode to remove in the list of barcodes."))
            return False
        code = current.text()
        return self._write(lambda s: catalog.remove_barcode(s, self.context.actor, item_id, code))

    def _write(self, change) -> bool:
        try:
            self.context.write(change)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return False
        self.changed.emit(self.item_id)
        self.show_item(self.item_id)
        return True
