"""An intake dated in a published month, entered on the real intake page: the correction row
appears, its category is required (no default), the reason is required, and the saved
correction carries the chosen category (issue 12.4)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from charitymart.db.models import CorrectionCategory, Donation
from charitymart.services.reporting import closing
from charitymart.ui.office.intake.page import IntakePage
from tests.support.counter import assert_chain_ok, snapshot
from tests.support.office import office_context


def test_a_correction_needs_a_category_and_a_reason(store, admin, qtbot):
    with store.sessions.begin() as s:
        closing.publish_month(s, admin, 2026, 2)  # "today" is 2026-03-10: February is over
    page = IntakePage(office_context(store, admin))
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.kind_buttons["cash"], Qt.LeftButton)
    assert not page.correction.isVisible()
    page.date.setDate(QDate(2026, 2, 20))
    assert page.correction.isVisible() and page.correction.chosen_category() is None
    qtbot.keyClicks(page.cash_amount, "50")
    before = snapshot(store)
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "choose the category" in page.status.text() and snapshot(store) == before
    page.correction.category.setCurrentIndex(page.correction.category.findData("late_entry"))
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "say why" in page.status.text() and snapshot(store) == before
    qtbot.keyClicks(page.correction.reason, "envelope found in the cash box")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    assert "Saved as" in page.status.text(), page.status.text()
    with store.sessions() as s:
        donation = s.scalar(select(Donation))
        assert (donation.cash_amount, donation.correction_reason) == (5000, "envelope found in the cash box")
        category = s.scalar(select(CorrectionCategory))
        assert (category.table_name, category.row_id, category.category) == ("donations", donation.id, "late_entry")
    assert page.correction.chosen_category() is None and page.correction.reason.text() == ""
    page.date.setDate(QDate(2026, 3, 9))  # an open month: no correction row
    assert not page.correction.isVisible()
    assert_chain_ok(store)
