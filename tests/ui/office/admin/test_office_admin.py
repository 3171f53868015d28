"""The admin area: users and PINs, tills, store settings (validated as typed, saved whole or not
at all), the logo, the identity-key export; and the services' own refusals."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy import select

from charitymart.db.models import AuditEvent, Store, Till, User
from charitymart.services.errors import PermissionDenied, ValidationError, WrongPin
from charitymart.services.sales import tills
from charitymart.services.stock import label_layouts
from charitymart.services.store import settings
from charitymart.services.users import auth
from charitymart.services.users.session import login_at_till
from charitymart.ui.office.admin.settings import SettingsPage
from charitymart.ui.office.admin.tills import TillsPage
from charitymart.ui.office.admin.users import ResetPinDialog, UsersPage
from charitymart.ui.office.context import OfficeContext
from tests.support.counter import CASHIER_PIN, MANAGER_PIN, cashier, manager_id, snapshot  # noqa: F401


@pytest.fixture
def manager(store, manager_id):
    return login_at_till(store.sessions, "T1", MANAGER_PIN)


def context_for(store, actor) -> OfficeContext:
    return OfficeContext(store, actor, "en", "CNY")


def type_into(qtbot, field, text, enter=False):
    """Type as a person does; Chinese (which QTest can't type as keys) arrives as an input method would."""
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:
        field.insert(text)
    if enter:
        qtbot.keyClick(field, Qt.Key_Return)


def last_action(store) -> str:
    with store.sessions() as s:
        return s.scalar(select(AuditEvent.action).order_by(AuditEvent.seq.desc()).limit(1))


# --- users -------------------------------------------------------------------------------------

def test_a_manager_adds_a_cashier_whose_pin_then_logs_in_at_the_counter(store, manager, qtbot):
    page = UsersPage(context_for(store, manager))
    qtbot.addWidget(page)
    assert [page.role.itemData(i) for i in range(page.role.count())] == ["cashier", "manager"]  # no admin
    type_into(qtbot, page.name, "周阿姨")
    assert not page.add_button.isEnabled() and page.add_problem.text() == "PIN: type at least 4 digits."
    type_into(qtbot, page.pin, "4826")
    type_into(qtbot, page.repeat, "4825")
    assert page.add_problem.text() == "Repeat PIN: type the same PIN again."
    type_into(qtbot, page.repeat, "4826", enter=True)
    assert page.message.text() == "周阿姨 was added as Cashier."
    assert [page.table.cell_text(r, 0) for r in range(page.table.rowCount())].count("周阿姨") == 1
    assert page.pin.text() == "" and page.repeat.text() == ""
    actor = login_at_till(store.sessions, "T1", "4826")
    assert (actor.name, actor.role) == ("周阿姨", "cashier")
    assert last_action(store) == "user.create"


def test_a_pin_in_use_is_refused_and_nothing_is_added(store, manager, cashier, qtbot):
    page = UsersPage(context_for(store, manager))
    qtbot.addWidget(page)
    before = snapshot(store)
    type_into(qtbot, page.name, "重复")
    type_into(qtbot, page.pin, CASHIER_PIN)
    type_into(qtbot, page.repeat, CASHIER_PIN, enter=True)
    assert page.add_problem.text() == "that PIN is already used by someone else: choose another"
    assert snapshot(store) == before


def test_reset_pin_through_the_dialog_and_deactivate(store, manager, cashier, qtbot):
    page = UsersPage(context_for(store, manager))
    qtbot.addWidget(page)
    page.select_user("王阿姨")

    def answer():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ResetPinDialog) and w.isVisible())
        assert dialog.pin.text() == "" and dialog.pin.echoMode() == QLineEdit.Password  # nothing of a PIN shows
        type_into(qtbot, dialog.pin, "7788")
        type_into(qtbot, dialog.repeat, "7788", enter=True)

    QTimer.singleShot(50, answer)
    page.reset_selected_pin()
    assert page.message.text() == "王阿姨's PIN was changed. Tell them the new PIN in person."
    assert login_at_till(store.sessions, "T1", "7788").name == "王阿姨"
    with pytest.raises(WrongPin):
        login_at_till(store.sessions, "T1", CASHIER_PIN)
    page.select_user("王阿姨")
    assert page.active_button.text() == "Deactivate"
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert page.message.text() == "王阿姨 can no longer log in."
    with pytest.raises(WrongPin):
        login_at_till(store.sessions, "T1", "7788")


def test_the_users_services_refuse_a_cashier(store, cashier):
    with store.sessions.begin() as s:
        with pytest.raises(PermissionDenied):
            auth.list_users(s, cashier)
        with pytest.raises(PermissionDenied):
            auth.create_user(s, cashier, "某人", "cashier", "8080")


def test_a_manager_cannot_reset_an_admins_pin(store, manager):
    with store.sessions.begin() as s:
        admin_id = s.scalar(select(User.id).where(User.role == "admin"))
        with pytest.raises(PermissionDenied):
            auth.reset_pin(s, manager, admin_id, "6060")


# --- tills -------------------------------------------------------------------------------------

def test_tills_added_and_deactivated_with_their_refusals(store, manager, qtbot):
    page = TillsPage(context_for(store, manager))
    qtbot.addWidget(page)
    type_into(qtbot, page.code, "2x")
    assert not page.add_button.isEnabled()
    type_into(qtbot, page.code, "t2")
    type_into(qtbot, page.name, "后门收银台", enter=True)
    assert [page.table.cell_text(r, 0) for r in range(page.table.rowCount())] == ["T1", "T2"]
    assert page.message.text() == "Till T2 was added. Start CharityMart on that PC with --till T2."
    page.table.selectRow(0)  # T1: the manager is logged in there
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    assert page.message.text() == "you are logged in at till T1: deactivate it from another till"
    page.table.selectRow(1)
    qtbot.mouseClick(page.active_button, Qt.LeftButton)
    with store.sessions() as s:
        assert s.scalar(select(Till.active).where(Till.code == "T2")) is False
    with pytest.raises(Exception):
        login_at_till(store.sessions, "T2", MANAGER_PIN)
    with store.sessions.begin() as s, pytest.raises(ValidationError) as refused:
        tills.add_till(s, manager, "T2")
    assert refused.value.field == "code"


# --- settings ----------------------------------------------------------------------------------

def test_settings_saved_from_the_form_in_one_audited_change(store, manager, qtbot):
    page = SettingsPage(context_for(store, manager))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    fields = page.fields
    type_into(qtbot, fields["address"].widget, "幸福路2号")
    type_into(qtbot, fields["expiry_warning_days"].widget, "30")
    type_into(qtbot, fields["daily_cap_minutes"].widget, "7.5")
    type_into(qtbot, fields["point_value_fen"].widget, "2.50")
    type_into(qtbot, fields["timezone"].widget, "Asia/Hong_Kong")
    popup = fields["timezone"].widget.completer().popup()
    if popup.isVisible():  # the list of matching zones: Esc closes it, as for a person
        qtbot.keyClick(popup, Qt.Key_Escape)
    type_into(qtbot, fields["label_layout"].widget, "a4-3x8")
    page.drawer_kind.widget.setCurrentIndex(page.drawer_kind.widget.findData("escpos"))
    type_into(qtbot, page.drawer_device, "network:192.168.1.50")
    qtbot.keyClick(page.drawer_device, Qt.Key_S, Qt.ControlModifier)
    assert page.message.text() == "The settings were saved."
    with store.sessions() as s:
        store_row = s.get(Store, 1)
        assert (store_row.address, store_row.expiry_warning_days, store_row.daily_cap_minutes,
                store_row.point_value_fen, store_row.timezone, store_row.cash_drawer) == \
            ("幸福路2号", 30, 450, 250, "Asia/Hong_Kong", "network:192.168.1.50")
        assert label_layouts.default_layout_name(s) == "a4-3x8"
    assert last_action(store) == "store.settings"


@pytest.mark.parametrize("field, typed, shown", [
    ("expiry_warning_days", "abc", "Warn of expiry (days ahead): expiry warning days must be a whole number from 0 to 365"),
    ("timezone", "Mars/Olympus", "Time zone: Mars/Olympus is not a time zone such as Asia/Shanghai"),
])
def test_a_bad_value_is_named_as_typed_and_nothing_is_saved(store, manager, qtbot, field, typed, shown):
    page = SettingsPage(context_for(store, manager))
    qtbot.addWidget(page)
    type_into(qtbot, page.fields["address"].widget, "新地址")
    type_into(qtbot, page.fields[field].widget, typed)
    assert page.message.text() == shown and not page.save_button.isEnabled()
    assert "b00020" in page.fields[field].widget.styleSheet()
    before = snapshot(store)
    assert page.save() is False
    assert snapshot(store) == before


def test_the_service_names_the_wrong_field_and_saves_nothing(store, manager):
    before = snapshot(store)
    for changes, field in (({"address": "x", "expiry_warning_days": "abc"}, "expiry_warning_days"),
                           ({"address": "x", "timezone": "Nowhere"}, "timezone"),
                           ({"currency": "XYZ1"}, "currency"), ({"cash_drawer": "usb"}, "cash_drawer"),
                           ({"receipt_paper": "A4"}, "receipt_paper"), ({"logo": b"not a picture"}, "logo"),
                           ({"allowance_period": "week"}, "allowance_period"), ({"name": "  "}, "name")):
        with pytest.raises(ValidationError) as refused, store.sessions.begin() as s:
            settings.update_settings(s, manager, **changes)
        assert refused.value.field == field
    assert snapshot(store) == before


def test_a_cashier_may_not_change_settings(store, cashier):
    with store.sessions.begin() as s, pytest.raises(PermissionDenied):
        settings.update_settings(s, cashier, address="x")


def test_the_logo_is_shrunk_and_kept_in_the_store(store, manager, qtbot, tmp_path):
    from PIL import Image

    picture = tmp_path / "logo.png"
    Image.new("RGB", (1200, 600), (200, 30, 30)).save(picture)
    page = SettingsPage(context_for(store, manager))
    qtbot.addWidget(page)
    page.pick_logo_file = lambda: str(picture)
    page.choose_logo()
    assert page.save()
    with store.sessions() as s:
        png = settings.logo_png(s)
    import io

    stored = Image.open(io.BytesIO(png))
    assert stored.size == (settings.LOGO_MAX_PX, settings.LOGO_MAX_PX // 2)
    page.remove_logo()
    assert page.save()
    with store.sessions() as s:
        assert settings.logo_png(s) is None


def test_the_identity_key_is_exported_by_an_admin_and_audited(store, admin, manager, qtbot, tmp_path):
    from charitymart.services.people import identity_vault

    target = tmp_path / "moving" / "store.key"
    target.parent.mkdir()
    page = SettingsPage(context_for(store, admin))
    qtbot.addWidget(page)
    page.pick_key_file = lambda: str(target)
    qtbot.mouseClick(page.key_button, Qt.LeftButton)
    assert page.message.text().startswith("The key was saved to")
    with store.sessions() as s:
        uuid = s.get(Store, 1).uuid
    assert json.loads(target.read_text()) == json.loads(identity_vault.key_path(uuid).read_text())
    assert last_action(store) == "identity_key.export"
    manager_page = SettingsPage(context_for(store, manager))
    qtbot.addWidget(manager_page)
    manager_page.pick_key_file = lambda: str(tmp_path / "other.key")
    qtbot.mouseClick(manager_page.key_button, Qt.LeftButton)
    assert manager_page.message.text() == "exporting the identity-number key needs an admin"
    assert not (tmp_path / "other.key").exists()


def test_the_settings_label_layout_is_the_default_that_printing_uses(store, admin):
    from charitymart.services.errors import ValidationError
    from charitymart.services.store import settings

    with store.sessions.begin() as s:
        assert settings.current_settings(s).label_layout == "a4-3x8"
        settings.update_settings(s, admin, label_layout="a4-4x10")
    with store.sessions() as s:
        assert label_layouts.default_layout_name(s) == "a4-4x10"
        assert settings.current_settings(s).label_layout == "a4-4x10"
    with pytest.raises(ValidationError) as refused:
        with store.sessions.begin() as s:
            settings.update_settings(s, admin, label_layout="no-such-sheet", expiry_warning_days="30")
    assert refused.value.field == "label_layout" and "no-such-sheet" in str(refused.value)
    with store.sessions() as s:
        assert label_layouts.default_layout_name(s) == "a4-4x10"
        assert settings.current_settings(s).expiry_warning_days != 30
