"""The volunteer clock panel (pytest-qt, offscreen, English): scan a card and Enter to clock in,
scan again to clock out (hours credited), pick a name, an unknown card refused with nothing
written, and the dialog form the counter opens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from charitymart.db.models import ClockEvent, WorkDecision
from charitymart.services import clock
from charitymart.ui.office.people.clock_panel import ClockDialog, ClockPanel
from tests.support import factories
from tests.support.counter import assert_chain_ok, snapshot
from tests.support.office_people import office_context


@pytest.fixture
def context(store, admin, qapp):
    with store.sessions.begin() as s:
        factories.add_volunteer(s, "V001", name="李志愿")
        factories.add_volunteer(s, "V002", name="周阿姨")
    return office_context(store, admin, role="cashier")  # the counter's user clocks volunteers in


@pytest.fixture
def panel(context, qtbot):
    widget = ClockPanel(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def scan(qtbot, panel, code):
    qtbot.keyClicks(panel.scan, code)
    qtbot.keyClick(panel.scan, Qt.Key_Return)


def test_scan_clocks_in_then_out(panel, store, qtbot):
    scan(qtbot, panel, "V001")
    assert panel.message.text() == "李志愿 clocked in at 10:00. Thank you for coming!"
    assert panel.model.rows == [("李志愿", "V001", "10:00", "0")]
    assert panel.scan.text() == "" and panel.scan.hasFocus()

    clock.advance(timedelta(hours=3, minutes=20))
    scan(qtbot, panel, "V001")
    assert panel.message.text() == ("李志愿 clocked out after 3.33 hours: 3 hours credited and 3.00 time-bank points "
                                    "earned.")
    assert panel.model.rowCount() == 0
    with store.sessions() as s:
        kinds = [e.kind for e in s.scalars(select(ClockEvent).order_by(ClockEvent.id))]
        credited = s.scalar(select(WorkDecision.credited_minutes))
    assert kinds == ["in", "out"] and credited == 180
    assert_chain_ok(store)


def test_pick_a_name_and_clock_out_from_the_on_duty_list(panel, store, qtbot):
    panel.pick.setCurrentIndex(panel.pick.findData("V002"))
    panel.in_button.click()
    assert [row[1] for row in panel.model.rows] == ["V002"]
    clock.advance(timedelta(minutes=20))
    panel.table.selectRow(0)
    panel.leave_button.click()
    assert panel.message.text() == "周阿姨 clocked out after 0.33 hours: 0 hours credited."
    assert panel.model.rowCount() == 0


def test_an_unknown_card_is_refused_and_nothing_is_written(panel, store, qtbot):
    before = snapshot(store)
    scan(qtbot, panel, "V999")
    assert panel.message.text() == "no volunteer with card V999"
    assert snapshot(store) == before and panel.scan.hasFocus()


def test_clocking_in_twice_by_name_is_refused(panel, store, qtbot):
    panel.pick.setCurrentIndex(panel.pick.findData("V001"))
    panel.in_button.click()
    panel.in_button.click()
    assert panel.message.text() == "李志愿 is already clocked in"
    assert panel.model.rowCount() == 1


def test_the_counter_dialog_holds_the_panel_and_esc_closes_it(context, store, qtbot):
    dialog = ClockDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.panel.scan.hasFocus)
    scan(qtbot, dialog.panel, "V002")
    assert "周阿姨 clocked in" in dialog.panel.message.text()
    qtbot.keyClick(dialog.panel.scan, Qt.Key_Escape)
    assert not dialog.isVisible()
