"""Back office volunteers (pytest-qt, offscreen, English): register with a sealed ID, a bad ID
refused under its field, hours entered after the fact approved and counted in the month,
a rejected entry not counted, time-bank ledger shown, a cashier can't approve."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTime
from sqlalchemy import select

from charitymart.db.models import Volunteer, WorkDecision, WorkEntry
from charitymart.services import clock
from charitymart.services.people import hours
from charitymart.ui.office.people import volunteers
from charitymart.ui.office.people.approvals import ApprovalsPage
from charitymart.ui.office.people.volunteer_forms import ManualEntryDialog, VolunteerForm
from tests.support import factories
from tests.support.counter import assert_chain_ok, snapshot
from tests.support.office_people import BAD_ID, GOOD_ID, answer, loaded, office_context


@pytest.fixture
def context(store, admin, qapp):
    return office_context(store, admin)


@pytest.fixture
def page(context, qtbot):
    widget = volunteers.VolunteersPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    loaded(context, qtbot)
    return widget


def test_register_a_volunteer(page, context, store, qtbot):
    def fill(form):
        qtbot.keyClicks(form.code, "V0101")
        form.name.setText("周阿姨")
        qtbot.keyClicks(form.phone, "13700000000")
        qtbot.keyClicks(form.id_number, GOOD_ID)
        assert [k for k, label in form.errors.labels.items() if label.isVisible()] == []
        qtbot.mouseClick(form.save_button, Qt.LeftButton)
    answer(page, VolunteerForm, fill)
    page.register()
    loaded(context, qtbot)
    with store.sessions() as s:
        vol = s.scalar(select(Volunteer).where(Volunteer.code == "V0101"))
        assert (vol.name, vol.phone, vol.id_masked) == ("周阿姨", "13700000000", "1101**********0011")
        assert GOOD_ID not in vol.id_cipher
    assert page.model.rows[0][:2] == ("V0101", "周阿姨")
    assert page.title.text() == "V0101: 周阿姨" and page.figures["month"].text() == "0"
    assert_chain_ok(store)


def test_a_bad_volunteer_id_is_refused_under_its_field(page, context, store, qtbot):
    before = snapshot(store)
    form = VolunteerForm(context, parent=page)
    qtbot.addWidget(form)
    qtbot.keyClicks(form.code, "V0102")
    form.name.setText("钱叔")
    qtbot.keyClicks(form.id_number, BAD_ID)
    assert "ID number" in form.errors.labels["id_number"].text()
    form.save()
    assert form.saved_id is None and snapshot(store) == before


def enter_hours(qtbot, page, start, end, note):
    def fill(dialog):
        dialog.start.setTime(QTime(*start))
        dialog.end.setTime(QTime(*end))
        qtbot.keyClicks(dialog.note, note)
        qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    answer(page, ManualEntryDialog, fill)
    page.add_entry()


def test_manual_entries_approved_count_and_rejected_do_not(page, context, store, qtbot):
    clock.set_now(datetime(2026, 3, 10, 10, 0))  # 18:00 in Shanghai: the day's work is done
    with store.sessions.begin() as s:
        vol_id = factories.add_volunteer(s, "V001").id
    page.refresh()
    loaded(context, qtbot)
    enter_hours(qtbot, page, (9, 0), (11, 40), "sorting clothes")  # 2 h 40 min -> 2.5 h
    enter_hours(qtbot, page, (14, 0), (16, 0), "street stall")
    loaded(context, qtbot)
    assert page.figures["pending"].text() == "4.67" and page.figures["month"].text() == "0"

    approvals = ApprovalsPage(context)
    qtbot.addWidget(approvals)
    approvals.show()
    assert [row[4] for row in approvals.model.rows] == ["2.67", "2"]
    assert approvals.model.rows[0][2:4] == ("09:00", "11:40")
    approvals.table.selectRow(0)
    qtbot.keyClicks(approvals.note, "confirmed by organiser")
    approvals.approve_button.click()
    assert approvals.message.text() == "Approved: 2.5 hours credited to 李志愿."
    approvals.table.selectRow(0)
    approvals.reject_button.click()
    assert "do not count" in approvals.message.text() and approvals.model.rowCount() == 0

    with store.sessions() as s:
        decisions = {e.description: (d.decision, d.credited_minutes, d.note) for e, d in s.execute(
            select(WorkEntry, WorkDecision).join(WorkDecision, WorkDecision.entry_id == WorkEntry.id))}
        summary = hours.hours_summary(s, vol_id, 2026, 3)
    assert decisions == {"sorting clothes": ("approved", 150, "confirmed by organiser"),
                         "street stall": ("rejected", 0, "")}
    assert (summary.month_minutes, summary.year_minutes, summary.pending_minutes) == (150, 150, 0)
    page.show_selected()
    assert page.figures["month"].text() == "2.5" and page.figures["year"].text() == "2.5"
    assert page.figures["pending"].text() == "0"
    # Approved hours earn time-bank points (1 h = 1 point by default), shown in the ledger.
    assert page.ledger_model.rows[0][1:4] == ("Earned for hours", "2.50", "2.50")
    assert page.figures["points"].text().startswith("2.50 points")
    assert_chain_ok(store)


def test_an_end_before_the_start_is_named_and_nothing_is_saved(page, context, store, qtbot):
    with store.sessions.begin() as s:
        factories.add_volunteer(s, "V001")
    page.refresh()
    loaded(context, qtbot)
    before = snapshot(store)
    dialog = ManualEntryDialog(context, page.current, page.today, parent=page)
    qtbot.addWidget(dialog)
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(14, 0))
    assert dialog.errors.labels["ended_at"].text() == "Finished at: the end time must be after the start time."
    dialog.save()
    assert dialog.saved_id is None and snapshot(store) == before
    # A time still to come today is refused by the service, under the end time (clock: 10:00 local).
    dialog.start.setTime(QTime(9, 0))
    dialog.end.setTime(QTime(12, 0))
    assert not dialog.errors.labels["ended_at"].isVisible()
    dialog.save()
    assert dialog.errors.labels["ended_at"].text() == "the end time is in the future"
    assert snapshot(store) == before


def test_a_cashier_can_not_approve(store, admin, qapp, qtbot):
    manager = office_context(store, admin)
    with store.sessions.begin() as s:
        vol = factories.add_volunteer(s, "V001")
        start = hours.local_time_utc(s, clock.local_date(clock.now(), "Asia/Shanghai"), datetime(2026, 3, 10, 8).time())
        hours.add_manual_entry(s, manager.actor, "V001", start.date(), start, minutes=60)
    cashier = office_context(store, admin, role="cashier")
    approvals = ApprovalsPage(cashier)
    qtbot.addWidget(approvals)
    approvals.table.selectRow(0)
    before = snapshot(store)
    approvals.approve_button.click()
    assert approvals.message.text() == "approving volunteer hours needs a manager"
    assert snapshot(store) == before and approvals.model.rowCount() == 1
    assert vol.code == "V001"


def test_card_labels_for_volunteers(page, context, store, qtbot):
    with store.sessions.begin() as s:
        factories.add_volunteer(s, "V001")
    page.refresh()
    loaded(context, qtbot)
    with qtbot.waitSignal(page.card_labels_requested) as signal:
        page.label_button.click()
    assert signal.args == ["volunteer", ["V001"]]


def test_the_area_modules_give_their_pages_with_navigation_labels(context, qtbot):
    from charitymart.ui.office.people import deliveries, households

    found = households.pages(context) + deliveries.pages(context) + volunteers.pages(context)
    for widget in found:
        qtbot.addWidget(widget)
    loaded(context, qtbot)
    assert [w.windowTitle() for w in found] == ["Households", "Deliveries", "Volunteers", "Hours to approve", "Clock in and out"]


def test_hours_in_a_published_month_need_a_correction_category_and_reason(page, context, store, admin, qtbot):
    from datetime import date

    from PySide6.QtCore import QDate

    from charitymart.db.models import Correction, CorrectionCategory
    from charitymart.services.reporting import closing

    with store.sessions.begin() as s:
        factories.add_volunteer(s, "V001")
        closing.publish_month(s, admin, 2026, 2)
    page.refresh()
    loaded(context, qtbot)
    dialog = ManualEntryDialog(context, page.current, page.today, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.correction.isHidden()
    dialog.work_date.setDate(QDate(2026, 2, 20))
    assert not dialog.correction.isHidden() and dialog.correction.chosen_category() is None
    before = snapshot(store)
    dialog.save()
    assert "choose the category" in dialog.general_error.text() and snapshot(store) == before
    dialog.correction.category.setCurrentIndex(dialog.correction.category.findData("late_entry"))
    qtbot.keyClicks(dialog.correction.reason, "paper sign-in sheet handed in late")
    dialog.save()
    assert dialog.saved_id is not None, dialog.general_error.text()
    with store.sessions() as s:
        correction = s.scalar(select(Correction))
        assert (correction.table_name, correction.dated, correction.reason) == (
            "work_entries", date(2026, 2, 20), "paper sign-in sheet handed in late")
        category = s.scalar(select(CorrectionCategory).where(CorrectionCategory.row_id == correction.id))
        assert (category.table_name, category.category) == ("corrections", "late_entry")
    assert_chain_ok(store)
