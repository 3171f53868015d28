"""The intake page: donated goods, cash donations, purchases and consignments on one screen.

Save is one transaction (services.stock.intake_desk.save_intake: new items and record_intake), so a
refused line saves nothing. Afterwards the page offers labels for the lines whose items carry
the store's own codes and, for donations, the acknowledgement: `labels_requested` and
`acknowledgement_requested` are the hooks the back office connects to its printing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.context import store_today
from charitymart.services.errors import AT_LINE, CharityMartError
from charitymart.services.reporting import closing
from charitymart.services.stock import intake_desk
from charitymart.services.stock.intake_desk import ItemChoice, SavedIntake
from charitymart.ui.messages import error_text, translate_message
from charitymart.ui.money import money_text, parse_money
from charitymart.ui.office.intake.line_form import LineForm
from charitymart.ui.office.intake.lines import LinesModel, weight_text
from charitymart.ui.office.intake.party_picker import PartyPicker
from charitymart.ui.office.shared.correction_box import CorrectionBox

KINDS = ("donated", "cash", "purchased", "consigned")
FUND_SOURCE = {"donated": "donated", "cash": "donated", "purchased": "purchased", "consigned": "consigned"}


class IntakePage(QWidget):
    labels_requested = Signal(list)  # [(barcode, quantity)] for the store's own codes of the last intake
    acknowledgement_requested = Signal(str)  # the number of the donation to acknowledge
    saved = Signal(object)  # the SavedIntake

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.last_saved: SavedIntake | None = None
        self._categories = context.read(intake_desk.categories)
        self._today = context.read(store_today)
        self.model = LinesModel(context.currency, context.language, self)
        self._build()
        self.kind_buttons["donated"].setChecked(True)
        self.retranslate()
        self._kind_changed()

    # ----- building -----
    def _build(self) -> None:
        self.kind_buttons = {kind: QRadioButton() for kind in KINDS}
        self.kind_group = QButtonGroup(self)
        for button in self.kind_buttons.values():
            self.kind_group.addButton(button)
            button.toggled.connect(lambda on: on and self._kind_changed())
        self.date_caption = QLabel()
        self.date = QDateEdit(QDate(self._today.year, self._today.month, self._today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(self.date.date())
        self.date.dateChanged.connect(self._date_changed)
        self.party = PartyPicker(self.context)
        self.form = LineForm(self.context, self.received_on, lambda: self._categories, self._taken_codes)
        self.form.line_ready.connect(self._line_ready)
        self.form.edit_cancelled.connect(lambda: self.table.clearSelection())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda index: self.edit_line(index.row()))
        QShortcut(QKeySequence(Qt.Key_Delete), self.table, context=Qt.WidgetShortcut,
                  activated=self.remove_selected)
        QShortcut(QKeySequence(Qt.Key_Return), self.table, context=Qt.WidgetShortcut,
                  activated=lambda: self.edit_line(self.table.currentIndex().row()))
        self.edit_button, self.remove_button = QPushButton(), QPushButton()
        self.edit_button.clicked.connect(lambda: self.edit_line(self.table.currentIndex().row()))
        self.remove_button.clicked.connect(self.remove_selected)
        goods = QWidget()
        goods_layout = QVBoxLayout(goods)
        goods_layout.setContentsMargins(0, 0, 0, 0)
        goods_layout.addWidget(self.form)
        goods_layout.addWidget(self.table, 1)
        self.cash_caption = QLabel()
        self.cash_amount = QLineEdit()
        self.cash_amount.setStyleSheet("font-size: 20pt;")
        self.cash_amount.setMaximumWidth(300)
        cash = QWidget()
        cash_layout = QHBoxLayout(cash)
        cash_layout.addWidget(self.cash_caption)
        cash_layout.addWidget(self.cash_amount)
        cash_layout.addStretch(1)
        self.body = QStackedWidget()
        self.body.addWidget(goods)
        self.body.addWidget(cash)
        self.conditions_caption, self.receipt_caption = QLabel(), QLabel()
        self.conditions = QLineEdit()
        self.receipt_code, self.receipt_number = QLineEdit(), QLineEdit()
        self.receipt_code.setMaximumWidth(200)
        self.receipt_number.setMaximumWidth(200)
        self.correction = CorrectionBox(self.context.read(closing.closed_through))
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.setStyleSheet("font-size: 17pt; padding: 8px 28px;")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.labels_button, self.ack_button = QPushButton(), QPushButton()
        self.labels_button.clicked.connect(self._request_labels)
        self.ack_button.clicked.connect(self._request_acknowledgement)
        self.labels_button.hide()  # offered once an intake is saved
        self.ack_button.hide()
        self._lay_out()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        for button in self.kind_buttons.values():
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.date_caption)
        top.addWidget(self.date)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.edit_button)
        line_buttons.addWidget(self.remove_button)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.totals)
        notes = QHBoxLayout()
        notes.addWidget(self.conditions_caption)
        notes.addWidget(self.conditions, 1)
        notes.addWidget(self.receipt_caption)
        notes.addWidget(self.receipt_code)
        notes.addWidget(self.receipt_number)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.labels_button)
        bottom.addWidget(self.ack_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.party)
        layout.addWidget(self.body, 1)
        layout.addLayout(line_buttons)
        layout.addLayout(notes)
        layout.addWidget(self.correction)
        layout.addLayout(bottom)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Intake"))
        for kind, text in zip(KINDS, (self.tr("Donated goods"), self.tr("Cash donation"), self.tr("Purchased goods"),
                                      self.tr("Consigned goods"))):
            self.kind_buttons[kind].setText(text)
        self.date_caption.setText(self.tr("Received on"))
        self.cash_caption.setText(self.tr("Amount given (yuan)"))
        self.conditions_caption.setText(self.tr("Donor's conditions"))
        self.receipt_caption.setText(self.tr("捐赠票据 code and number"))
        self.receipt_code.setPlaceholderText(self.tr("code"))
        self.receipt_number.setPlaceholderText(self.tr("number"))
        self.edit_button.setText(self.tr("Change line"))
        self.remove_button.setText(self.tr("Remove line"))
        self.save_button.setText(self.tr("Save intake"))
        self.labels_button.setText(self.tr("Print labels"))
        self.ack_button.setText(self.tr("Print acknowledgement"))
        self.correction.retranslate()
        self._refresh_totals()

    # ----- state -----
    def kind(self) -> str:
        return next(kind for kind, button in self.kind_buttons.items() if button.isChecked())

    def received_on(self) -> date:
        return self.date.date().toPython()

    def _kind_changed(self) -> None:
        kind = self.kind()
        fund_source = FUND_SOURCE[kind]
        self.party.set_fund_source(fund_source)
        self.body.setCurrentIndex(1 if kind == "cash" else 0)
        donated = fund_source == "donated"
        for widget in (self.receipt_caption, self.receipt_code, self.receipt_number):
            widget.setVisible(donated)
        self.conditions_caption.setText(self.tr("Donor's conditions") if donated else self.tr("Note"))
        for widget in (self.edit_button, self.remove_button):
            widget.setVisible(kind != "cash")
        self._refresh_totals()

    def _taken_codes(self) -> frozenset[str]:
        return frozenset(line.new_item.barcode for line in self.model.lines if line.new_item and line.new_item.barcode)

    def _date_changed(self) -> None:
        self.form.check()
        day = self.received_on()
        self.correction.follow_day(day)
        for row, line in enumerate(self.model.lines):
            if line.expiry is not None and line.expiry < day:
                self.model.mark_bad(row)
                self._error(self.tr("Line {line}, expiry: {date} is before the day received.").format(
                    line=row + 1, date=line.expiry.isoformat()))
                return
        self.model.mark_bad(None)
        self.status.clear()

    def _refresh_totals(self) -> None:
        if self.kind() == "cash":
            self.totals.clear()
            return
        self.totals.setText(self.tr("Lines: {lines}   Units: {units}   Estimated value: {value}   Weight: {weight}")
                            .format(lines=len(self.model.lines), units=self.model.units(),
                                    value=self.form_money(self.model.value()),
                                    weight=weight_text(self.model.weight_g()) or "0"))

    def form_money(self, fen: int) -> str:
        return money_text(fen, self.context.currency, self.context.language)

    # ----- lines -----
    def _line_ready(self, entry) -> None:
        row = self.form.editing_row
        if row is not None and 0 <= row < len(self.model.lines):
            self.model.replace_line(row, entry)
        else:
            row = self.model.add(entry)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self._refresh_totals()
        self.status.clear()

    def edit_line(self, row: int) -> None:
        if not 0 <= row < len(self.model.lines):
            return
        entry = self.model.lines[row]
        item = ItemChoice(entry.item_id, entry.name, entry.barcode, entry.unit_value, "") if entry.item_id else None
        self.form.load(row, entry, item)

    def remove_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < len(self.model.lines):
            self.model.remove(row)
            if self.form.editing_row is not None:
                self.form.reset()
            self._refresh_totals()

    # ----- saving -----
    def save(self) -> None:
        kind, actor = self.kind(), self.context.actor
        fund_source = FUND_SOURCE[kind]
        common = {"party_code": self.party.chosen.code if self.party.chosen else None,
                  "received_on": self.received_on(), "conditions": self.conditions.text()}
        if fund_source == "donated":
            common.update(receipt_code=self.receipt_code.text(), receipt_number=self.receipt_number.text())
        missing = self.correction.problem()
        if missing:
            self._error(missing)
            return
        common.update(self.correction.fields())
        if kind == "cash":
            amount = parse_money(self.cash_amount.text())
            if amount is None or amount <= 0:
                self._error(self.tr("Amount: type the amount given in yuan, such as 200 or 50.50."))
                return

            def job(session):
                return intake_desk.save_cash_donation(session, actor, amount=amount, **common)
        else:
            if not self.model.lines:
                self._error(self.tr("Add at least one line before saving."))
                return
            drafts = [line.draft() for line in self.model.lines]

            def job(session):
                return intake_desk.save_intake(session, actor, fund_source=fund_source, lines=drafts, **common)
        self.save_button.setEnabled(False)  # a double click must not save twice
        try:
            saved = self.context.write(job)
        except CharityMartError as exc:
            self._refused(exc)
            return
        finally:
            self.save_button.setEnabled(True)
        self._saved(saved)

    def _field_label(self, field: str | None) -> str | None:
        party = {"donated": self.tr("donor"), "purchased": self.tr("supplier"),
                 "consigned": self.tr("consignor")}[FUND_SOURCE[self.kind()]]
        return {"quantity": self.tr("quantity"), "unit_value": self.tr("value each"), "weight_g": self.tr("weight"),
                "expiry": self.tr("expiry"), "condition": self.tr("condition"), "barcode": self.tr("item"),
                "name": self.tr("item name"), "price": self.tr("price"), "category": self.tr("category"),
                "unit": self.tr("unit"), "party_code": party, "received_on": self.tr("received on"),
                "receipt_code": self.tr("捐赠票据 code"), "receipt_number": self.tr("捐赠票据 number"),
                "amount": self.tr("amount"), "lines": self.tr("lines"),
                "correction_reason": self.tr("correction reason"),
                "correction_category": self.tr("correction category")}.get(field or "")

    def refusal_text(self, exc: CharityMartError) -> str:
        """The refusal naming the line and the field: "Line 3, expiry: ..." ."""
        label = self._field_label(exc.field)
        inner = exc.params.get("message") if exc.template == AT_LINE else None
        if inner is not None:
            return self.tr("Line {line}, {field}: {message}").format(
                line=exc.params["line"], field=label or exc.field,
                message=translate_message(inner.template, inner.params))
        if label:
            return self.tr("{field}: {message}").format(field=label, message=error_text(exc))
        return error_text(exc)

    def _refused(self, exc: CharityMartError) -> None:
        line = exc.params.get("line") if exc.template == AT_LINE else None
        self.model.mark_bad(line - 1 if line else None)
        if line:
            self.table.selectRow(line - 1)
        self._error(self.refusal_text(exc))

    def _error(self, text: str) -> None:
        self.status.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status.setText(text)

    def _saved(self, saved: SavedIntake) -> None:
        self.last_saved = saved
        self._categories = self.context.read(intake_desk.categories)  # the save may have added one
        self.model.clear()
        self.form.reset()
        self.party.choose(None)
        for field in (self.conditions, self.receipt_code, self.receipt_number, self.cash_amount):
            field.clear()
        self.correction.clear()
        self._refresh_totals()
        self.status.setStyleSheet("color: #0a3d0a; font-weight: bold;")
        self.status.setText(self.tr("Saved as {number}.").format(number=saved.number))
        count = sum(quantity for _code, quantity in saved.labels)
        self.labels_button.setText(self.tr("Print labels ({count})").format(count=count))
        self.labels_button.setVisible(bool(saved.labels))
        self.ack_button.setVisible(saved.fund_source == "donated")
        self.saved.emit(saved)

    def _request_labels(self) -> None:
        if self.last_saved is not None and self.last_saved.labels:
            self.labels_requested.emit(list(self.last_saved.labels))

    def _request_acknowledgement(self) -> None:
        if self.last_saved is not None and self.last_saved.fund_source == "donated":
            self.acknowledgement_requested.emit(self.last_saved.number)
