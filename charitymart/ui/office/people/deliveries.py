"""Back office: home deliveries (services.sales.deliveries).

The list shows the deliveries still to be taken out or failed (or all of them), by receipt,
date, household card and category: never a name or address. For the selected one: Delivered,
Failed (with the reason), Retry, Cancel (refunds what is left of it: goods back to stock, the
allowance and money back; it needs an open shift on this till, like any refund) and the
delivery slip, which carries the address and is printed only after the manager says why
(recorded as an identity access of the household).

The counter has no key of its own for this list: every F-key of the keyboard contract is
taken, so deliveries are handled here.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.sales import deliveries
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text
from charitymart.ui.office.people.common import (
    ERROR_STYLE,
    TITLE_STYLE,
    RowsModel,
    ask_purpose,
    big_table,
    list_and_detail,
    selected_rows,
)
from charitymart.ui.office.shared.document_dialog import DocumentDialog


class OutcomeDialog(QDialog):
    """The reason for a failed or cancelled delivery, and (when it failed) who took it out."""

    def __init__(self, title: str, prompt: str, *, ask_volunteer: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        question = QLabel(prompt)
        question.setWordWrap(True)
        layout.addWidget(question)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        form.addRow(self.tr("Reason"), self.reason)
        self.volunteer = QLineEdit()
        self.volunteer.setMaxLength(40)
        self.volunteer.setPlaceholderText(self.tr("Volunteer code (optional)"))
        if ask_volunteer:
            form.addRow(self.tr("Taken out by"), self.volunteer)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Record"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.reason.text().strip()))


class DeliveriesPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Deliveries"))
        self.current: deliveries.Delivery | None = None
        self._build()
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    # ----- layout -----
    def _build(self) -> None:
        self.which = QComboBox()
        self.which.addItem(self.tr("Still to deliver or failed"), False)
        self.which.addItem(self.tr("All deliveries"), True)
        filters = QHBoxLayout()
        filters.addWidget(self.which)
        filters.addStretch(1)
        self.model = RowsModel([self.tr("Receipt"), self.tr("Date"), self.tr("Card number"), self.tr("Value"),
                                self.tr("Status")], self)
        self.table = big_table(self.model)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        self.count = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.delivered_button = QPushButton(self.tr("Delivered"))
        self.failed_button = QPushButton(self.tr("Failed…"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.cancel_button = QPushButton(self.tr("Cancel the delivery…"))
        self.slip_button = QPushButton(self.tr("Delivery slip…"))
        actions = ((self.delivered_button, self.delivered), (self.failed_button, self.failed),
                   (self.retry_button, self.retry), (self.cancel_button, self.cancel),
                   (self.slip_button, self.print_slip))
        splitter = list_and_detail(filters, (self.table, self.count, self.message), actions, self._build_detail(),
                                   (700, 660))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _build_detail(self) -> QWidget:
        panel = QWidget()
        column = QVBoxLayout(panel)
        self.title = QLabel()
        self.title.setStyleSheet(TITLE_STYLE)
        self.title.setWordWrap(True)
        grid = QGridLayout()
        self.facts: dict[str, QLabel] = {}
        captions = (("kind", self.tr("What")), ("category", self.tr("Category")), ("status", self.tr("Status")),
                    ("attempts", self.tr("Failed attempts")), ("reason", self.tr("Why it failed")),
                    ("address", self.tr("Address")))
        for row, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setWordWrap(True)
            self.facts[key] = value
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        column.addWidget(self.title)
        column.addLayout(grid)
        column.addStretch(1)
        return panel

    # ----- words -----
    def status_text(self, status: str) -> str:
        return {deliveries.TO_DELIVER: self.tr("To deliver"), deliveries.FAILED: self.tr("Failed"),
                deliveries.DELIVERED: self.tr("Delivered"), deliveries.CANCELLED: self.tr("Cancelled"),
                deliveries.RETURNED: self.tr("Returned at the counter")}.get(status, status)

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setText(text)

    # ----- list -----
    def refresh(self, keep_sale_id: int | None = None) -> None:
        include_closed = bool(self.which.currentData())
        try:
            found = self.context.read(lambda s: deliveries.list_deliveries(s, self.context.actor,
                                                                           include_closed=include_closed))
        except CharityMartError as exc:
            found = []
            self.say(error_text(exc), error=True)
        currency = self.context.currency
        rows = [((d.receipt_number, d.when.strftime("%Y-%m-%d"), d.card_number,
                  money_text(d.total, currency, self.context.language), self.status_text(d.status)), d)
                for d in found]
        self.model.set_rows(rows)
        self.count.setText(self.tr("{count} deliveries").format(count=len(rows)))
        wanted = next((i for i, (_, d) in enumerate(rows) if d.sale_id == keep_sale_id), 0 if rows else None)
        if wanted is not None:
            self.table.selectRow(wanted)
        self.show_selected()

    def show_selected(self) -> None:
        picked = selected_rows(self.table)
        self.current = self.model.payload(picked[0]) if picked else None
        d = self.current
        steps = deliveries.NEXT_STEPS.get(d.status, ()) if d else ()
        self.delivered_button.setEnabled("delivered" in steps)
        self.failed_button.setEnabled("failed" in steps)
        self.retry_button.setEnabled("retry" in steps)
        self.cancel_button.setEnabled("cancelled" in steps)
        self.slip_button.setEnabled(d is not None and d.is_open)
        if d is None:
            self.title.setText(self.tr("No delivery selected"))
            for label in self.facts.values():
                label.clear()
            return
        english = self.context.language.startswith("en")
        self.title.setText(self.tr("Receipt {number} for household {card}").format(number=d.receipt_number,
                                                                                   card=d.card_number))
        self.facts["kind"].setText(self.tr("Free collection") if d.kind == "collection" else self.tr("Sale"))
        self.facts["category"].setText((d.category_en or d.category) if english else d.category)
        self.facts["status"].setText(self.status_text(d.status))
        self.facts["attempts"].setText(str(d.attempts))
        self.facts["reason"].setText(d.last_reason or "-")
        self.facts["address"].setText(
            self.tr("On file: printed on the delivery slip") if d.has_address
            else self.tr("No address on file: add it in the household's record first"))

    # ----- actions -----
    def _record(self, change, done_text: str) -> None:
        d = self.current
        try:
            self.context.write(change)
        except CharityMartError as exc:
            self.say(error_text(exc), error=True)
            return
        self.refresh(keep_sale_id=d.sale_id)
        self.say(done_text.format(number=d.receipt_number))

    def delivered(self) -> None:
        if self.current is None:
            return
        sale_id, actor = self.current.sale_id, self.context.actor
        self._record(lambda s: deliveries.record_outcome(s, actor, sale_id, "delivered"),
                     self.tr("Delivery {number} recorded as delivered."))

    def failed(self) -> None:
        if self.current is None:
            return
        dialog = OutcomeDialog(self.tr("The delivery failed"), self.tr("Why could the goods not be delivered?"),
                               ask_volunteer=True, parent=self)
        if not run_modal(dialog):
            return
        sale_id, actor = self.current.sale_id, self.context.actor
        reason, volunteer = dialog.reason.text(), dialog.volunteer.text()
        self._record(lambda s: deliveries.record_outcome(s, actor, sale_id, "failed", reason, volunteer),
                     self.tr("Delivery {number} recorded as failed: retry it or cancel it."))

    def retry(self) -> None:
        if self.current is None:
            return
        sale_id, actor = self.current.sale_id, self.context.actor
        self._record(lambda s: deliveries.record_outcome(s, actor, sale_id, "retry"),
                     self.tr("Delivery {number} is out again."))

    def cancel(self) -> None:
        if self.current is None:
            return
        dialog = OutcomeDialog(self.tr("Cancel the delivery"),
                               self.tr("The goods go back to stock and the allowance or money goes back, as a "
                                       "refund. Why is the delivery cancelled?"), ask_volunteer=False, parent=self)
        if not run_modal(dialog):
            return
        sale_id, actor, reason = self.current.sale_id, self.context.actor, dialog.reason.text()
        self._record(lambda s: deliveries.cancel(s, actor, sale_id, reason),
                     self.tr("Delivery {number} cancelled and refunded."))

    def print_slip(self) -> None:
        d = self.current
        if d is None:
            return
        purpose = ask_purpose(self, self.tr("Delivery slip for household {card}").format(card=d.card_number),
                              run_modal)
        if purpose is None:
            return
        actor, language = self.context.actor, self.context.language

        def make(session):
            return deliveries.delivery_slip_pdf(session, actor, d.sale_id, purpose, language)
        run_modal(DocumentDialog(self.context, self.tr("Delivery slip {number}").format(number=d.receipt_number),
                                 make, f"delivery-{d.receipt_number}.pdf", self))


def pages(context) -> list[QWidget]:
    return [DeliveriesPage(context)]
