"""Every pop-up dialog of the counter and the back office fits a 1366x768 and a 1280x720 screen
at the default font size, in Chinese and in English (the pages themselves: test_fits_small_screens.py).

A dialog fits when its minimum size fits the screen less a title bar and a taskbar, and, shown
at its natural size (no larger than that room), every button it shows is inside it (tests.support
.fit.cut_buttons), no table header loses its words (cut_headers) and no label is cut: a label
that wraps is tall enough for its words at its width, one that does not wrap is wide enough.

Set FIT_SHOTS=folder to save a PNG of each dialog at each size."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QScrollArea
from sqlalchemy import func, select

from charitymart.db.models import Barcode, Beneficiary, Sale, Volunteer
from charitymart.services.context import get_store
from charitymart.services.demo import data as demo_data
from charitymart.services.documents import money as documents_money
from charitymart.services.people import search as people_search
from charitymart.services.people import volunteers
from charitymart.services.sales import parked_baskets, shifts
from charitymart.services.stock import intake_desk
from charitymart.services.store.setup import open_store
from charitymart.services.users import auth
from charitymart.ui import messages
from charitymart.ui.app import build_window
from charitymart.ui.office.context import OfficeContext
from tests.support.documents import demo_db  # noqa: F401  (the session's demo store)
from tests.support.fit import _is_shown, cut_buttons, cut_headers
from tests.ui.test_fits_small_screens import demo_copy_barcode

SIZES = ((1366, 768), (1280, 720))
TITLE_BAR_PX = 32  # the window manager's title bar above the dialog
TASKBAR_PX = 40  # Windows' taskbar at the foot of the screen
SHOTS = os.environ.get("FIT_SHOTS")


@pytest.fixture
def demo_copy(demo_db, tmp_path):  # noqa: F811
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db, path)
    handle = open_store(path)
    yield handle
    handle.close()


@pytest.fixture(autouse=True)
def no_translators_left(qapp):
    yield
    messages.remove_translators(qapp, messages.installed_translators(qapp))


def _in_scroller(widget, dialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, (QScrollArea, QAbstractItemView)):
            return True
        parent = parent.parentWidget()
    return False


def cut_labels(dialog) -> list[str]:
    problems = []
    for label in dialog.findChildren(QLabel):
        if not _is_shown(label, dialog) or not label.text().strip() or label.pixmap() is not None \
                and not label.pixmap().isNull() or _in_scroller(label, dialog):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"QLabel {label.text()[:40]!r}: {label.height()} px high for {needed} px of words")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"QLabel {label.text()[:40]!r}: {label.width()} px wide for {label.sizeHint().width()} px")
    return problems


def dialog_misfits(dialog, size: tuple[int, int]) -> list[str]:
    room = QSize(size[0], size[1] - TITLE_BAR_PX - TASKBAR_PX)
    needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    problems = []
    if needed.width() > room.width() or needed.height() > room.height():
        problems.append(f"needs at least {needed.width()}x{needed.height()}, the screen has {room.width()}x"
                        f"{room.height()}")
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSize()).boundedTo(room))
    QApplication.processEvents()
    return problems + cut_buttons(dialog) + cut_headers(dialog) + cut_labels(dialog)


def check(dialog, qtbot, name: str, found: list[str]) -> None:
    dialog.show()
    qtbot.wait(30)
    for size in SIZES:
        found += [f"{name} at {size[0]}x{size[1]}: {problem}" for problem in dialog_misfits(dialog, size)]
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(Path(SHOTS) / f"{name}-{size[0]}x{size[1]}.png"))
    jobs = getattr(getattr(dialog, "context", None), "jobs", None)
    if jobs is not None:  # a preview made in the background lands before the dialog goes
        jobs.wait(20000)
        qtbot.wait(50)
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(10)


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def counter_dialogs(window, handle):
    """(name, factory) of every counter dialog, built as the counter builds it."""
    from charitymart.ui.counter.approval_dialog import ApprovalDialog
    from charitymart.ui.counter.drawer import NoSaleDialog
    from charitymart.ui.counter.hold_dialog import HoldDialog, RecallDialog
    from charitymart.ui.counter.household_dialog import HouseholdDialog
    from charitymart.ui.counter.payment_dialog import PaymentDialog
    from charitymart.ui.counter.points_dialog import PointsDialog
    from charitymart.ui.counter.refund_dialog import RefundDialog
    from charitymart.ui.counter.refund_reasons import refund_reasons
    from charitymart.ui.counter.search_popup import SearchPopup
    from charitymart.ui.counter.shift_close import CloseShiftDialog, load_shift_figures
    from charitymart.ui.counter.shift_dialogs import CashMovementDialog, ReprintDialog

    controller, language = window.controller, window.language
    with handle.readers() as s:
        card = s.scalar(select(Beneficiary.card_number).where(Beneficiary.active).limit(1))
        volunteer = s.scalar(select(Volunteer.code).where(Volunteer.active).limit(1))
        receipt = s.scalar(select(Sale.receipt_number).where(Sale.kind == "sale").order_by(Sale.id.desc()).limit(1))
    _shift, expected, _z = load_shift_figures(controller)
    with handle.readers() as s:  # the Z totals of the demo's busiest shift: every tender and fund source
        busiest = s.scalar(select(Sale.shift_id).group_by(Sale.shift_id).order_by(func.count().desc()).limit(1))
        z = shifts.z_totals(s, busiest)
    hits = controller.search("米")
    with handle.sessions.begin() as s:  # a held basket, for the recall list
        parked_baskets.hold(s, controller.actor, controller.state(), "试衣服的顾客")
    with handle.readers() as s:
        held, zone = parked_baskets.list_held(s, controller.actor.till_id), get_store(s).timezone
    return [
        ("payment", lambda: PaymentDialog(controller, language, window)),
        ("refund", lambda: RefundDialog(controller, language, window, receipt_number=receipt)),
        ("refund-reason-and-pin", lambda: ApprovalDialog(
            "Refund", "", ask_reason=True, ask_pin=True, reasons=refund_reasons(), parent=window)),
        ("manager-pin", lambda: ApprovalDialog("Manager PIN", "", parent=window)),
        ("household", lambda: HouseholdDialog(window, card)),
        ("points", lambda: PointsDialog(window, volunteer)),
        ("hold", lambda: HoldDialog(controller, language, window)),
        ("recall-held", lambda: RecallDialog(controller, held, zone, language, window)),
        ("search", lambda: SearchPopup(controller, hits, "米", language, window)),
        ("cash-in-out", lambda: CashMovementDialog(controller, language, window)),
        ("close-shift", lambda: CloseShiftDialog(controller, expected, z, language, window)),
        ("reprint", lambda: ReprintDialog(window, window)),
        ("no-sale-drawer", lambda: NoSaleDialog(controller, window)),
    ]


def office_dialogs(context, handle, tmp_path):
    from charitymart.ui.crash import CrashDialog
    from charitymart.ui.office.admin.users import ResetPinDialog
    from charitymart.ui.office.documents.month_end_page import PublishDialog
    from charitymart.ui.office.intake.item_dialog import NewItemDialog
    from charitymart.ui.office.intake.party_picker import NewPartyDialog
    from charitymart.ui.office.people.clock_panel import ClockDialog
    from charitymart.ui.office.people.common import PurposeDialog
    from charitymart.ui.office.people.deliveries import OutcomeDialog
    from charitymart.ui.office.people.household_form import HouseholdForm
    from charitymart.ui.office.people.volunteer_forms import (
        ManualEntryDialog,
        VolunteerForm,
    )
    from charitymart.ui.office.shared.document_dialog import DocumentDialog
    from charitymart.ui.office.shared.label_dialog import LabelDialog
    from charitymart.ui.restore_dialog import RestoreDialog

    with handle.readers() as s:
        categories = people_search.household_categories(s)
        volunteer = volunteers.list_volunteers(s)[0]
        item_categories = intake_desk.categories(s)
        user = auth.list_users(s, context.actor)[0]
        barcode = s.scalar(select(Barcode.code).limit(1))
        receipt = s.scalar(select(Sale.receipt_number).where(Sale.kind == "sale").limit(1))
    log = tmp_path / "crash.log"
    log.write_text("Traceback (most recent call last):\n  ...\nRuntimeError: a test\n", encoding="utf-8")
    return [
        ("purpose", lambda: PurposeDialog("Personal details of household H0001")),
        ("delivery-failed", lambda: OutcomeDialog("The delivery failed", "Why could the goods not be delivered?",
                                                  ask_volunteer=True)),
        ("publish-month", lambda: PublishDialog("2026-03")),
        ("clock", lambda: ClockDialog(context)),
        ("new-donor", lambda: NewPartyDialog(context, "donated")),
        ("household-form", lambda: HouseholdForm(context, categories, date(2026, 3, 10))),
        ("volunteer-form", lambda: VolunteerForm(context)),
        ("hours-away", lambda: ManualEntryDialog(context, volunteer, date(2026, 3, 10))),
        ("restore", lambda: RestoreDialog(Path(handle.url.removeprefix("sqlite:///")))),
        ("crash", lambda: CrashDialog(log)),
        ("new-item", lambda: NewItemDialog(context, item_categories, barcode="6901234567892", name="大米 5kg")),
        ("reset-pin", lambda: ResetPinDialog(context, user)),
        ("labels", lambda: LabelDialog(context, [(barcode, 3)])),
        ("document", lambda: DocumentDialog(context, "Receipt", lambda s: documents_money.receipt_pdf(
            s, receipt, "80mm", context.language), "receipt.pdf")),
    ]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_dialog_fits_small_screens(demo_copy, qtbot, tmp_path, language):
    window = build_window(demo_copy, language=language)
    qtbot.addWidget(window)
    window.resize(*SIZES[0])
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    type_enter(qtbot, window.login_page.pin, demo_data.MANAGER[1])
    if window.stack.currentWidget() is window.float_page:
        type_enter(qtbot, window.float_page.amount, "100")
    assert window.stack.currentWidget() is window.sale_page
    type_enter(qtbot, window.sale_page.scan, "2*" + demo_copy_barcode(demo_copy))
    assert window.controller.basket.lines
    with demo_copy.readers() as s:
        assert shifts.current_shift(s, window.controller.actor.till_id) is not None
    found: list[str] = []
    for name, make in counter_dialogs(window, demo_copy):
        check(make(), qtbot, f"{language}-counter-{name}", found)
    context = OfficeContext(handle=demo_copy, actor=window.controller.actor, language=language, currency="CNY")
    for name, make in office_dialogs(context, demo_copy, tmp_path):
        check(make(), qtbot, f"{language}-office-{name}", found)
    assert found == [], "\n".join(found)


def test_the_check_finds_a_dialog_too_tall_a_cut_label_and_a_hidden_button(qtbot):
    from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(800, 700)  # taller than 720 less a title bar and a taskbar
    layout = QVBoxLayout(dialog)
    narrow = QLabel("a label far wider than the forty pixels it is given")
    narrow.setFixedWidth(40)
    layout.addWidget(narrow)
    holder = QWidget()
    holder.setFixedSize(60, 20)
    QPushButton("Close the shift", holder).move(30, 0)  # half outside its parent, which cannot scroll
    layout.addWidget(holder)
    dialog.show()
    problems = dialog_misfits(dialog, (1280, 720))
    assert any(p.startswith("needs at least 800x700") for p in problems), problems
    assert any("QLabel 'a label far wider" in p for p in problems), problems
    assert any("QPushButton 'Close the shift'" in p for p in problems), problems
