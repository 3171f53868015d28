"""A new item made on the spot while taking goods in. It is created when the intake is saved, in
the same transaction; without a barcode it gets the store's own in-store code then."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from charitymart.domain.codes import is_valid_ean, looks_like_ean
from charitymart.domain.money import format_plain
from charitymart.services.stock import intake_desk
from charitymart.services.stock.intake_desk import CategoryChoice, NewItem
from charitymart.ui.dialogs import run_modal
from charitymart.ui.money import money_text, parse_money


class NewItemDialog(QDialog):
    def __init__(self, context, categories: list[CategoryChoice], barcode: str = "", name: str = "",
                 taken_codes: frozenset[str] = frozenset(), parent=None):
        super().__init__(parent)
        self.context = context
        self.categories = {c.name: c for c in categories}
        self.taken_codes = taken_codes  # codes of other new items on this intake
        self.result_item: NewItem | None = None
        self._price_typed = False
        self.setWindowTitle(self.tr("New item"))
        self.setMinimumWidth(680)
        self.name = QLineEdit(name)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItem("")
        self.category.addItems(sorted(self.categories))
        self.category.setCurrentIndex(0)
        self.category.currentTextChanged.connect(self._category_changed)
        self.suggestion = QLabel()
        self.suggestion.setStyleSheet("color: #0a3d0a;")
        self.price = QLineEdit()
        self.price.textEdited.connect(self._price_edited)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("e.g. bag, bottle, piece"))
        self.barcode = QLineEdit(barcode)
        self.barcode.setPlaceholderText(self.tr("Empty: the store gives it its own code and a label"))
        for field in (self.name, self.price, self.barcode):
            field.textChanged.connect(self._check)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow("", self.suggestion)
        form.addRow(self.tr("Price (yuan)"), self.price)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Barcode"), self.barcode)
        # Our own button texts: Qt's standard ones would stay English without Qt's own translations.
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("OK"), QDialogButtonBox.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()

    def _price_edited(self, _text: str) -> None:
        self._price_typed = True

    def _category_changed(self, name: str) -> None:
        category = self.categories.get(name.strip())
        if category is None or category.default_price is None:
            self.suggestion.setText(self.tr("A new category is created when the intake is saved.")
                                    if name.strip() and category is None else "")
        else:
            self.suggestion.setText(self.tr("Suggested price for this category: {price}").format(
                price=money_text(category.default_price, self.context.currency, self.context.language)))
            if not self._price_typed or not self.price.text().strip():
                self.price.setText(format_plain(category.default_price))
                self._price_typed = False
        self._check()

    def _problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Name: type the item's name.")
        price = parse_money(self.price.text())
        if price is None or price < 0:
            return self.tr("Price: type an amount in yuan, such as 12.50.")
        code = self.barcode.text().strip()
        if code and looks_like_ean(code) and not is_valid_ean(code):
            return self.tr("Barcode: {code} has a wrong check digit; check it was typed correctly.").format(code=code)
        if code and (len(code) > 64 or not all("!" <= ch <= "~" for ch in code) or "*" in code):
            return self.tr("Barcode: letters, digits and punctuation only, without spaces or *.")
        if code in self.taken_codes:
            return self.tr("Barcode: {code} is already on another new item of this intake.").format(code=code)
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.error.setText(problem)
        self.ok_button.setEnabled(not problem)

    def _accept(self) -> None:
        if self._problem():
            return
        code = self.barcode.text().strip()
        if code:
            owner = self.context.read(lambda s: intake_desk.item_by_code(s, code))
            if owner is not None:
                self.error.setText(self.tr("Barcode: {code} already belongs to {name}.").format(
                    code=code, name=owner.name))
                return
        self.result_item = NewItem(name=self.name.text().strip(), price=parse_money(self.price.text()),
                                   category=self.category.currentText().strip(), barcode=code,
                                   unit=self.unit.text().strip())
        self.accept()


def ask_new_item(context, categories, parent, *, barcode: str = "", name: str = "",
                 taken_codes: frozenset[str] = frozenset()) -> NewItem | None:
    dialog = NewItemDialog(context, categories, barcode, name, taken_codes, parent)
    return dialog.result_item if run_modal(dialog) == QDialog.Accepted else None
