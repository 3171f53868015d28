"""Users: the list (name, role, active), adding a user with a role and a PIN, resetting a PIN,
deactivating and reactivating. Nobody sees a PIN here: a PIN is only ever typed, never shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charitymart.db.models import ROLES
from charitymart.services.errors import CharityMartError
from charitymart.services.users import auth
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.labels import role_text, yes_no_text
from charitymart.ui.office.shared.widgets import MessageLine, ReadOnlyTable, box, page_title

MIN_PIN = auth.MIN_PIN_LENGTH


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.Password)
    field.setMaxLength(12)
    field.setFixedWidth(220)
    return field


def pin_problem(pin: str, repeat: str) -> str:
    """What is wrong with a new PIN as typed so far ("" if nothing), in the UI language."""
    if not pin.isdigit() or len(pin) < MIN_PIN:
        return QCoreApplication.translate("PinRules", "PIN: type at least {count} digits.").format(count=MIN_PIN)
    if repeat != pin:
        return QCoreApplication.translate("PinRules", "Repeat PIN: type the same PIN again.")
    return ""


class UsersPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.users: list[auth.UserListing] = []
        self.title = page_title()
        self.table = ReadOnlyTable(3)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset_selected_pin)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_selected_active)
        self.message = MessageLine()
        actions = QHBoxLayout()
        actions.addWidget(self.reset_button)
        actions.addWidget(self.active_button)
        actions.addStretch(1)

        self.add_box, add = box()
        form = QFormLayout()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            if role != "admin" or context.actor.at_least("admin"):
                self.role.addItem(role_text(role), role)
        self.pin = pin_field()
        self.repeat = pin_field()
        self.name_label, self.role_label, self.pin_label, self.repeat_label = QLabel(), QLabel(), QLabel(), QLabel()
        form.addRow(self.name_label, self.name)
        form.addRow(self.role_label, self.role)
        form.addRow(self.pin_label, self.pin)
        form.addRow(self.repeat_label, self.repeat)
        self.add_problem = MessageLine()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_user)
        add.addLayout(form)
        add.addWidget(self.add_problem)
        add.addWidget(self.add_button, alignment=Qt.AlignRight)
        add.addStretch(1)
        for field in (self.name, self.pin, self.repeat):
            field.textChanged.connect(self.check_new_user)
            field.returnPressed.connect(self.add_user)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(actions)
        left.addWidget(self.message)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.add_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users"))
        self.title.setText(self.tr("Users and PINs"))
        self.table.set_headers([self.tr("Full name"), self.tr("Role"), self.tr("Active")])
        self.reset_button.setText(self.tr("Reset PIN…"))
        self.add_box.setTitle(self.tr("Add a user"))
        self.name_label.setText(self.tr("Full name"))
        self.role_label.setText(self.tr("Role"))
        self.pin_label.setText(self.tr("PIN"))
        self.repeat_label.setText(self.tr("Repeat PIN"))
        self.add_button.setText(self.tr("Add user"))
        self._selection_changed()
        self.check_new_user()

    # ----- the list -----
    def refresh(self) -> None:
        try:
            self.users = self.context.read(lambda s: auth.list_users(s, self.context.actor))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.table.set_rows([(u.name, role_text(u.role), yes_no_text(u.active)) for u in self.users])
        self._selection_changed()

    def selected(self) -> auth.UserListing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_user(self, name: str) -> None:
        self.table.selectRow(next(i for i, u in enumerate(self.users) if u.name == name))

    def _selection_changed(self) -> None:
        user = self.selected()
        self.reset_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText(self.tr("Reactivate") if user is not None and not user.active
                                   else self.tr("Deactivate"))

    def toggle_selected_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.context.write(lambda s: auth.set_active(s, self.context.actor, user.id, not user.active))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        done = (self.tr("{name} can log in again.") if not user.active
                else self.tr("{name} can no longer log in."))
        self.message.success(done.format(name=user.name))
        self.refresh()

    def reset_selected_pin(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = ResetPinDialog(self.context, user, self)
        if run_modal(dialog):
            self.message.success(self.tr("{name}'s PIN was changed. Tell them the new PIN in person.").format(
                name=user.name))

    # ----- adding -----
    def check_new_user(self) -> bool:
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("Name: type the person's name.")
        else:
            problem = pin_problem(self.pin.text(), self.repeat.text())
        started = any(field.text() for field in (self.name, self.pin, self.repeat))
        self.add_problem.error(problem) if problem and started else self.add_problem.setText("")
        self.add_button.setEnabled(not problem)
        return not problem

    def add_user(self) -> None:
        if not self.check_new_user():
            return
        name, role, pin = self.name.text().strip(), self.role.currentData(), self.pin.text()
        try:
            self.context.write(lambda s: auth.create_user(s, self.context.actor, name, role, pin))
        except CharityMartError as exc:
            self.add_problem.error(error_text(exc))
            return
        for field in (self.name, self.pin, self.repeat):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.add_problem.setText("")
        self.message.success(self.tr("{name} was added as {role}.").format(name=name, role=role_text(role)))
        self.refresh()
        self.name.setFocus()


class ResetPinDialog(QDialog):
    """Type a new PIN twice; the old one is never shown (nobody can see it: it is hashed)."""

    def __init__(self, context: OfficeContext, user: auth.UserListing, parent=None):
        super().__init__(parent)
        self.context = context
        self.user = user
        self.setWindowTitle(self.tr("Reset PIN"))
        self.prompt = QLabel(self.tr("A new PIN for {name}:").format(name=user.name))
        self.prompt.setStyleSheet("font-size: 17pt; font-weight: bold;")
        self.pin = pin_field()
        self.repeat = pin_field()
        self.problem = MessageLine()
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("Repeat PIN"), self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Save the new PIN"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel (Esc)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for field in (self.pin, self.repeat):
            field.textChanged.connect(self.check)
        self.check()

    def check(self) -> bool:
        problem = pin_problem(self.pin.text(), self.repeat.text())
        self.problem.error(problem) if problem and self.pin.text() else self.problem.setText("")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self.check():
            return
        pin = self.pin.text()
        try:
            self.context.write(lambda s: auth.reset_pin(s, self.context.actor, self.user.id, pin))
        except CharityMartError as exc:
            self.problem.error(error_text(exc))
            return
        self.accept()
