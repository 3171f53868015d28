"""The Documents area's spending page: an expense added through its dialog shows in the month's
list and balance; a wrong one is reversed with a reason (never deleted); a cashier sees the
refusal; the annual report opens in the document dialog."""

from __future__ import annotations


from PySide6.QtWidgets import QComboBox

from charitymart.services.money import expenses
from charitymart.ui.office.documents.spending_page import ExpenseDialog, ReverseDialog, SpendingPage
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from tests.support.counter import cashier  # noqa: F401
from tests.support.office import answer, office_context, type_text


def spending_page(store, actor, qtbot):
    page = SpendingPage(office_context(store, actor, "en"))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.context.jobs.wait()
    return page


def pick(combo: QComboBox, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_an_expense_is_added_listed_and_reversed(store, admin, qtbot):
    page = spending_page(store, admin, qtbot)
    assert page.windowTitle() == "Spending" and page.month.currentText() == "2026-03"

    def fill(dialog: ExpenseDialog):
        assert dialog.amount.hasFocus()
        pick(dialog.category, "utilities")
        pick(dialog.fund, "sales")
        type_text(dialog.amount, "236.40")
        type_text(dialog.payee, "国网电力")
        dialog.ok_button.click()

    answer(page, ExpenseDialog, fill)
    page.add_button.click()
    page.context.jobs.wait()
    assert page.message.text() == "The expense is recorded."
    assert [page.table.cell_text(0, c) for c in range(5)] == ["2026-03-10", "Water and electricity", "¥236.40",
                                                              "Sales income", "国网电力"]
    assert "spent ¥236.40" in page.summary.text() and "balance at month end -¥236.40" in page.summary.text()

    page.table.selectRow(0)
    assert page.reverse_button.isEnabled()

    def reverse(dialog: ReverseDialog):
        type_text(dialog.reason, "typed the wrong bill")
        dialog.ok_button.click()

    answer(page, ReverseDialog, reverse)
    page.reverse_button.click()
    page.context.jobs.wait()
    assert page.message.text() == "The expense is reversed."
    assert page.table.rowCount() == 2
    assert page.table.cell_text(1, 2) == "-¥236.40"
    assert page.table.cell_text(1, 5) == "Reverses number 1: typed the wrong bill"
    assert page.table.cell_text(0, 5).endswith("(reversed)")
    page.table.selectRow(0)
    assert not page.reverse_button.isEnabled()  # reversed once is enough
    assert "spent ¥0.00" in page.summary.text()


def test_a_bad_amount_or_date_is_refused_in_the_dialog(store, admin, qtbot):
    page = spending_page(store, admin, qtbot)
    errors = []

    def fill(dialog: ExpenseDialog):
        type_text(dialog.amount, "abc")
        dialog.ok_button.click()
        errors.append(dialog.error.text())
        dialog.amount.setText("10")
        dialog.day.setDate(dialog.day.date().addDays(3))
        dialog.ok_button.click()
        errors.append(dialog.error.text())
        dialog.reject()

    answer(page, ExpenseDialog, fill)
    page.add_button.click()
    assert errors == ["Amount: type an amount in yuan, such as 120.50.",
                      "2026-03-13 is in the future: enter an expense once it is paid"]
    with store.readers() as s:
        assert expenses.month_expenses(s, admin, 2026, 3) == []


def test_a_cashier_is_told_the_list_needs_a_manager(store, cashier, qtbot):  # noqa: F811
    page = spending_page(store, cashier, qtbot)
    assert page.message.text() == "the list of expenses needs a manager"
    assert page.table.rowCount() == 0


def test_the_annual_report_opens_in_the_document_dialog(store, admin, qtbot):
    page = spending_page(store, admin, qtbot)
    seen = []

    def look(dialog: DocumentDialog):
        seen.append(dialog.windowTitle())
        dialog.reject()

    answer(page, DocumentDialog, look)
    page.annual_button.click()
    assert seen == ["Annual report 2026"]
    assert page.year.currentData() == 2026
