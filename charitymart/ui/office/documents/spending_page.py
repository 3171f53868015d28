"""Spending: the month's expenses (房租, 水电, 人员, ...), adding one, reversing a wrong one with a
reason, the month's balance; and the annual report (年度工作报告) for a chosen year.

Expenses are a ledger (services.money.expenses): nothing is edited or deleted, a mistake is
reversed. The list names payees, so it is a manager's, like the service says. The month is read
on the office's worker (its balance sums the money of every earlier month); adding or reversing
is one short write transaction.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.db.models import EXPENSE_CATEGORIES, EXPENSE_FUNDS
from charitymart.services.context import store_today
from charitymart.services.documents import annual
from charitymart.services.errors import CharityMartError
from charitymart.services.money import expenses
from charitymart.services.money.expenses import ExpenseEntry
from charitymart.services.reporting.common import month_period
from charitymart.services.reporting.spending import spending_figures
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text, parse_money
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.dates import date_field, picked_date, recent_months
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from charitymart.ui.office.shared.widgets import (
    MessageLine,
    ReadOnlyTable,
    dialog_buttons,
    error_label,
    page_title,
)

TEXT = "font-size: 16pt; font-weight: normal;"
BUTTON = "font-size: 16pt; padding: 8px 20px; font-weight: normal;"
YEARS_SHOWN = 5


def _button(slot) -> QPushButton:
    push = QPushButton()
    push.setStyleSheet(BUTTON)
    push.clicked.connect(slot)
    return push


class SpendingPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.entries: list[ExpenseEntry] = []
        self._generation = 0
        today = context.read(store_today)
        self.title = page_title()
        self.month_caption = QLabel()
        self.month = QComboBox()
        self.month.setStyleSheet(TEXT)
        for year, month in [(today.year, today.month)] + recent_months(today)[:-1]:
            self.month.addItem(f"{year:04d}-{month:02d}", (year, month))
        self.month.currentIndexChanged.connect(lambda _index: self.refresh())
        self.add_button = _button(self.add_expense)
        self.reverse_button = _button(self.reverse_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 16pt;")
        self.table = ReadOnlyTable(7, stretch=5)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = MessageLine()
        self.year_caption = QLabel()
        self.year = QComboBox()
        self.year.setStyleSheet(TEXT)
        for year in range(today.year, today.year - YEARS_SHOWN, -1):
            self.year.addItem(str(year), year)
        self.annual_button = _button(self.annual_report)
        for label in (self.month_caption, self.year_caption):
            label.setStyleSheet(TEXT)

        top = QHBoxLayout()
        for widget in (self.month_caption, self.month, self.add_button, self.reverse_button):
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        for widget in (self.year_caption, self.year, self.annual_button):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Spending"))
        self.title.setText(self.tr("Spending, balance and the annual report"))
        self.month_caption.setText(self.tr("Month"))
        self.add_button.setText(self.tr("Add expense…"))
        self.reverse_button.setText(self.tr("Reverse…"))
        self.year_caption.setText(self.tr("Annual report for"))
        self.annual_button.setText(self.tr("Annual report…"))
        self.table.set_headers([self.tr("Date"), self.tr("Category"), self.tr("Amount"), self.tr("Paid from"),
                                self.tr("Payee"), self.tr("Description"), self.tr("Entered by")])

    # ----- words -----
    def money(self, fen: int) -> str:
        return money_text(fen, self.context.currency, self.context.language)

    def category_name(self, category: str) -> str:
        return {"rent": self.tr("Rent"), "utilities": self.tr("Water and electricity"), "staff": self.tr("Staff"),
                "transport": self.tr("Transport"), "purchase": self.tr("Purchase of goods"),
                "aid": self.tr("Direct aid to households"), "office": self.tr("Office costs"),
                "other": self.tr("Other spending")}.get(category, category)

    def fund_name(self, fund: str) -> str:
        return {"donations": self.tr("Cash donations"), "sales": self.tr("Sales income")}.get(fund, fund)

    # ----- the month -----
    def refresh(self) -> None:
        """Read the month on the office's worker: the balance sums every earlier month's money."""
        year, month = self.month.currentData()
        context, actor = self.context, self.context.actor
        self._generation += 1
        generation = self._generation
        self.summary.setText(self.tr("Adding up the month…"))
        context.jobs.start(lambda: context.read(lambda s: (
            expenses.month_expenses(s, actor, year, month), spending_figures(s, month_period(s, year, month)))),
            lambda future: self._delivered(future, generation))

    def _delivered(self, future, generation: int) -> None:
        if generation != self._generation:
            return  # another month was chosen meanwhile
        try:
            self.entries, figures = future.result()
        except CharityMartError as exc:
            self.entries = []
            self.table.set_rows([])
            self.summary.setText("")
            self.message.error(error_text(exc))
            self._selection_changed()
            return
        rows = []
        for e in self.entries:
            description = e.description
            if e.is_reversal:
                description = self.tr("Reverses number {number}: {reason}").format(number=e.reverses_id,
                                                                                    reason=e.reason)
            elif e.reversed_by_id is not None:
                description = self.tr("{description} (reversed)").format(description=e.description)
            rows.append([e.spent_on.isoformat(), self.category_name(e.category), self.money(e.amount),
                         self.fund_name(e.fund_source), e.payee, description, e.entered_by])
        self.table.set_rows(rows, right_aligned=(2,))
        self.summary.setText(self.tr(
            "Carried forward {opening} · received {received} · spent {spent} · balance at month end {closing}").format(
            opening=self.money(figures.opening), received=self.money(figures.received),
            spent=self.money(figures.spent), closing=self.money(figures.closing)))
        self._selection_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # sales and donations since the page was last shown change the balance

    def selected(self) -> ExpenseEntry | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        entry = self.entries[rows.pop()]
        return entry if not entry.is_reversal and entry.reversed_by_id is None else None

    def _selection_changed(self) -> None:
        self.reverse_button.setEnabled(self.selected() is not None)

    # ----- actions -----
    def add_expense(self) -> None:
        if run_modal(ExpenseDialog(self)) == QDialog.Accepted:
            self.message.success(self.tr("The expense is recorded."))
            self.refresh()

    def reverse_selected(self) -> None:
        entry = self.selected()
        if entry is not None and run_modal(ReverseDialog(self, entry)) == QDialog.Accepted:
            self.message.success(self.tr("The expense is reversed."))
            self.refresh()

    def annual_report(self) -> None:
        year, language = self.year.currentData(), self.context.language
        run_modal(DocumentDialog(self.context, self.tr("Annual report {year}").format(year=year),
                                 lambda s: annual.annual_report_pdf(s, year, language), f"annual-report-{year}.pdf",
                                 self))


class ExpenseDialog(QDialog):
    def __init__(self, page: SpendingPage):
        super().__init__(page)
        self.page = page
        self.setWindowTitle(self.tr("Add expense"))
        self.setMinimumWidth(620)
        self.day = date_field(page.context.read(store_today))
        self.category = QComboBox()
        for category in EXPENSE_CATEGORIES:
            self.category.addItem(page.category_name(category), category)
        self.amount = QLineEdit()
        self.amount.setStyleSheet("font-size: 18pt;")
        self.fund = QComboBox()
        for fund in EXPENSE_FUNDS:
            self.fund.addItem(page.fund_name(fund), fund)
        self.payee = QLineEdit()
        self.description = QLineEdit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Date paid"), self.day)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Paid from"), self.fund)
        form.addRow(self.tr("Payee"), self.payee)
        form.addRow(self.tr("Description (internal)"), self.description)
        self.buttons, self.ok_button = dialog_buttons(self, self.tr("Record"), self.tr("Cancel"), self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The public report shows the category and the total only, never the "
                                        "payee or the description.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.amount.setFocus()  # the date is usually today: the amount is what gets typed

    def _accept(self) -> None:
        amount = parse_money(self.amount.text())
        if amount is None or amount <= 0:
            self.error.setText(self.tr("Amount: type an amount in yuan, such as 120.50."))
            return
        actor, day = self.page.context.actor, picked_date(self.day)
        category, fund = self.category.currentData(), self.fund.currentData()
        payee, description = self.payee.text(), self.description.text()
        try:
            self.page.context.write(lambda s: expenses.record_expense(
                s, actor, spent_on=day, category=category, amount=amount, fund_source=fund, payee=payee,
                description=description))
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class ReverseDialog(QDialog):
    def __init__(self, page: SpendingPage, entry: ExpenseEntry):
        super().__init__(page)
        self.page, self.entry = page, entry
        self.setWindowTitle(self.tr("Reverse expense"))
        self.setMinimumWidth(620)
        heading = QLabel(self.tr("Reverse {category} of {amount} paid on {day}? A reversal is recorded with your "
                                 "reason; nothing is deleted.").format(
            category=page.category_name(entry.category), amount=page.money(entry.amount),
            day=entry.spent_on.isoformat()))
        heading.setWordWrap(True)
        self.reason = QLineEdit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons, self.ok_button = dialog_buttons(self, self.tr("Reverse"), self.tr("Cancel"), self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _accept(self) -> None:
        actor, number, reason = self.page.context.actor, self.entry.id, self.reason.text()
        try:
            self.page.context.write(lambda s: expenses.reverse_expense(s, actor, number, reason))
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
