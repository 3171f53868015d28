"""The line being entered: find the item (scan, name or pinyin, or a new one), then quantity,
condition, estimated value, expiry and weight, checked as they are typed. Enter adds the line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.domain.money import format_plain
from charitymart.services.stock import intake_desk
from charitymart.services.stock.intake_desk import ItemChoice, NewItem
from charitymart.ui.money import money_text, parse_money
from charitymart.ui.office.intake.item_dialog import ask_new_item
from charitymart.ui.office.intake.lines import LineEntry, parse_day, parse_quantity, parse_weight_g
from charitymart.ui.office.shared.live_search import LiveSearch, ResultList

BAD_FIELD = "border-color: #b00020; background: #fff0f0;"


class LineForm(QWidget):
    line_ready = Signal(object)  # a LineEntry
    edit_cancelled = Signal()

    def __init__(self, context, received_on: Callable[[], date], categories: Callable[[], list],
                 taken_codes: Callable[[], frozenset], parent=None):
        super().__init__(parent)
        self.context = context
        self.received_on, self.categories, self.taken_codes = received_on, categories, taken_codes
        self.item: ItemChoice | None = None
        self.new_item: NewItem | None = None
        self.editing_row: int | None = None
        self.find = QLineEdit()
        self.find.setClearButtonEnabled(True)
        self.find.setStyleSheet("font-size: 17pt;")
        self.find.textEdited.connect(lambda text: self.search.request(text))
        self.find.returnPressed.connect(self._find_enter)
        self.results = ResultList(self.find)
        self.results.itemClicked.connect(lambda _entry: self._find_enter())
        self.search = LiveSearch(context, lambda s, text: intake_desk.find_items(s, text), self._show_hits, self)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self._new_item())
        self.item_label = QLabel()
        self.item_label.setStyleSheet("font-weight: bold;")
        self.quantity = QLineEdit("1")
        self.condition = QComboBox()
        self.condition.setEditable(True)
        self.unit_value = QLineEdit()
        self.expiry = QLineEdit()
        self.weight = QLineEdit()
        self.weight_unit = QComboBox()
        self.weight_unit.addItem("kg", "kg")
        self.weight_unit.addItem("g", "g")
        self.fields = {"quantity": self.quantity, "unit_value": self.unit_value, "expiry": self.expiry,
                       "weight": self.weight}
        for field in self.fields.values():
            field.textChanged.connect(self.check)
            field.returnPressed.connect(self.submit)
        self.condition.lineEdit().returnPressed.connect(self.submit)
        self.weight_unit.currentIndexChanged.connect(self.check)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.cancel_button.hide()
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.captions = [QLabel() for _ in range(5)]
        self._layout()
        self.retranslate()
        self.reset()

    def _layout(self) -> None:
        find_row = QHBoxLayout()
        find_row.addWidget(self.find, 3)
        find_row.addWidget(self.new_button)
        find_row.addWidget(self.item_label, 2)
        grid = QGridLayout()
        widgets = (self.quantity, self.condition, self.unit_value, self.expiry)
        for column, (caption, widget) in enumerate(zip(self.captions, widgets)):
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
        weight = QHBoxLayout()
        weight.addWidget(self.weight, 1)
        weight.addWidget(self.weight_unit)
        grid.addWidget(self.captions[4], 0, 4)
        grid.addLayout(weight, 1, 4)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        grid.addLayout(buttons, 1, 5)
        for column, stretch in enumerate((1, 2, 2, 2, 2, 2)):
            grid.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(find_row)
        layout.addWidget(self.results)
        layout.addLayout(grid)
        layout.addWidget(self.error)

    def retranslate(self) -> None:
        self.find.setPlaceholderText(self.tr("Scan a barcode, or type a name or pinyin"))
        self.new_button.setText(self.tr("New item…"))
        for caption, text in zip(self.captions, (self.tr("Quantity"), self.tr("Condition"),
                                                 self.tr("Value each (yuan)"), self.tr("Expiry (YYYY-MM-DD)"),
                                                 self.tr("Weight of the line"))):
            caption.setText(text)
        current = self.condition.currentText()
        self.condition.clear()
        self.condition.addItems([self.tr("new"), self.tr("good"), self.tr("fair")])
        self.condition.setCurrentText(current or self.tr("new"))
        self._show_item()
        self.check()

    # ----- the item -----
    def _show_hits(self, hits: list[ItemChoice]) -> None:
        self.results.fill([(self.tr("{name} · {price} · {barcode}").format(
            name=h.name, price=money_text(h.price, self.context.currency, self.context.language),
            barcode=h.barcode or "-"), h) for h in hits])

    def _find_enter(self) -> None:
        text = self.find.text().strip()
        if not text:
            return
        found = self.context.read(lambda s: intake_desk.item_by_code(s, text))  # one indexed look-up
        if found is None:
            found = self.results.current_value()
        if found is not None:
            self.set_item(found)
        elif text.isdigit() and len(text) >= 8:  # an unknown barcode: make the item now
            self._new_item(barcode=text)
        else:
            self.search.request(text)

    def _new_item(self, *, barcode: str = "") -> None:
        typed = self.find.text().strip()
        name = "" if barcode or typed.isdigit() else typed
        new = ask_new_item(self.context, self.categories(), self, barcode=barcode, name=name,
                           taken_codes=self.taken_codes())
        if new is not None:
            self.set_new_item(new)

    def set_item(self, item: ItemChoice) -> None:
        self.item, self.new_item = item, None
        if not self.unit_value.text().strip():
            self.unit_value.setText(format_plain(item.price))
        self._item_chosen()

    def set_new_item(self, new: NewItem) -> None:
        self.item, self.new_item = None, new
        if not self.unit_value.text().strip():
            self.unit_value.setText(format_plain(new.price))
        self._item_chosen()

    def _item_chosen(self) -> None:
        self.search.cancel()
        self.find.clear()
        self.results.fill([])
        self._show_item()
        self.check()
        self._focus_quantity()
        QTimer.singleShot(0, self._focus_quantity)  # again once a closed dialog has given focus back

    def _focus_quantity(self) -> None:
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _show_item(self) -> None:
        if self.new_item is not None:
            self.item_label.setText(self.tr("{name} (new item)").format(name=self.new_item.name))
        elif self.item is not None:
            self.item_label.setText(self.item.name)
        else:
            self.item_label.setText(self.tr("No item chosen yet"))

    # ----- checking -----
    def problems(self) -> dict[str, str]:
        """Field -> whole sentence naming it, for every field that is wrong now."""
        found = {}
        if parse_quantity(self.quantity.text()) is None:
            found["quantity"] = self.tr("Quantity: type a whole number, 1 or more.")
        value = parse_money(self.unit_value.text()) if self.unit_value.text().strip() else 0
        if value is None or value < 0:
            found["unit_value"] = self.tr("Value each: type an amount in yuan, such as 3.50 (0 if it can't be valued).")
        readable, expiry = parse_day(self.expiry.text())
        if not readable:
            found["expiry"] = self.tr("Expiry: type a date as YYYY-MM-DD, such as 2026-12-31.")
        elif expiry is not None and expiry < self.received_on():
            found["expiry"] = self.tr("Expiry: {date} is before the day received; expired goods can't be sold.").format(
                date=expiry.isoformat())
        if parse_weight_g(self.weight.text(), self.weight_unit.currentData()) is None:
            found["weight"] = self.tr("Weight: type a number, such as 2.5 kg or 500 g (whole grams).")
        if len(self.condition.currentText().strip()) > 40:
            found["condition"] = self.tr("Condition: at most 40 characters.")
        return found

    def check(self) -> bool:
        problems = self.problems()
        for name, field in self.fields.items():
            field.setStyleSheet(BAD_FIELD if name in problems else "")
        self.error.setText(next(iter(problems.values()), ""))
        ready = not problems and (self.item is not None or self.new_item is not None)
        self.add_button.setEnabled(ready)
        return ready

    # ----- adding and editing -----
    def submit(self) -> None:
        if not self.check():
            if self.item is None and self.new_item is None:
                self.error.setText(self.tr("Item: scan or find the item first."))
                self.find.setFocus()
            return
        name, barcode = ((self.new_item.name, self.new_item.barcode) if self.new_item
                         else (self.item.name, self.item.barcode))
        entry = LineEntry(
            name=name, barcode=barcode, quantity=parse_quantity(self.quantity.text()),
            unit_value=parse_money(self.unit_value.text()) if self.unit_value.text().strip() else 0,
            weight_g=parse_weight_g(self.weight.text(), self.weight_unit.currentData()),
            expiry=parse_day(self.expiry.text())[1], condition=self.condition.currentText().strip(),
            item_id=self.item.item_id if self.item else None, new_item=self.new_item)
        self.line_ready.emit(entry)
        self.reset()

    def load(self, row: int, entry: LineEntry, item: ItemChoice | None) -> None:
        """Put a line back in the form to change it."""
        self.editing_row = row
        self.item, self.new_item = item, entry.new_item
        self.quantity.setText(str(entry.quantity))
        self.condition.setCurrentText(entry.condition)
        self.unit_value.setText(format_plain(entry.unit_value))
        self.expiry.setText(entry.expiry.isoformat() if entry.expiry else "")
        self.weight_unit.setCurrentIndex(self.weight_unit.findData("g"))
        self.weight.setText(str(entry.weight_g) if entry.weight_g else "")
        self._show_item()
        self.add_button.setText(self.tr("Update line {n}").format(n=row + 1))
        self.cancel_button.show()
        self.check()
        self.quantity.setFocus()

    def cancel_edit(self) -> None:
        self.reset()
        self.edit_cancelled.emit()

    def reset(self) -> None:
        self.editing_row = None
        self.item = self.new_item = None
        self.quantity.setText("1")
        for field in (self.unit_value, self.expiry, self.weight):
            field.clear()
        self.add_button.setText(self.tr("Add line"))
        self.cancel_button.setText(self.tr("Cancel change"))
        self.cancel_button.hide()
        self._show_item()
        self.check()
        self.error.clear()
        self.find.setFocus()
