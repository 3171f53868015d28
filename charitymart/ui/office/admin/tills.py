"""Tills: the list (code, name, active, shift open), adding one, deactivating and reactivating."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from charitymart.services.errors import CharityMartError
from charitymart.services.sales import tills
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.labels import yes_no_text
from charitymart.ui.office.shared.widgets import MessageLine, ReadOnlyTable, box, page_title


class TillsPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.tills: list[tills.TillListing] = []
        self.title = page_title()
        self.table = ReadOnlyTable(4, stretch=1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.active_button = QPushButton()
        self.active_button.clicked.connect(self.toggle_selected_active)
        self.message = MessageLine()

        self.add_box, add = box()
        self.code = QLineEdit()
        self.code.setMaxLength(8)
        self.code.setFixedWidth(160)
        self.name = QLineEdit()
        self.code_label, self.name_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.code_label, self.code)
        form.addRow(self.name_label, self.name)
        self.add_problem = MessageLine()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_till)
        self.code.textChanged.connect(self.check_new_till)
        for field in (self.code, self.name):
            field.returnPressed.connect(self.add_till)
        add.addLayout(form)
        add.addWidget(self.add_problem)
        add.addWidget(self.add_button, alignment=Qt.AlignRight)
        add.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.active_button)
        actions.addStretch(1)
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
        self.setWindowTitle(self.tr("Tills"))
        self.title.setText(self.tr("Tills"))
        self.table.set_headers([self.tr("Till code"), self.tr("Till name"), self.tr("Active"), self.tr("Shift open")])
        self.add_box.setTitle(self.tr("Add a till"))
        self.code_label.setText(self.tr("Till code"))
        self.name_label.setText(self.tr("Till name"))
        self.code.setPlaceholderText(self.tr("e.g. T2"))
        self.add_button.setText(self.tr("Add till"))
        self._selection_changed()
        self.check_new_till()

    def refresh(self) -> None:
        self.tills = self.context.read(tills.list_tills)
        self.table.set_rows([(t.code, t.name, yes_no_text(t.active), yes_no_text(t.shift_open)) for t in self.tills])
        self._selection_changed()

    def selected(self) -> tills.TillListing | None:
        rows = self.table.selectionModel().selectedRows()
        return self.tills[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        till = self.selected()
        self.active_button.setEnabled(till is not None)
        self.active_button.setText(self.tr("Reactivate") if till is not None and not till.active
                                   else self.tr("Deactivate"))

    def check_new_till(self) -> bool:
        code = self.code.text().strip().upper()
        ok = bool(tills.TILL_CODE.match(code))
        if code and not ok:
            self.add_problem.error(self.tr("Code: a letter and then up to 7 letters or digits, such as T2."))
        else:
            self.add_problem.setText("")
        self.add_button.setEnabled(ok)
        return ok

    def add_till(self) -> None:
        if not self.check_new_till():
            return
        code, name = self.code.text(), self.name.text()
        try:
            self.context.write(lambda s: tills.add_till(s, self.context.actor, code, name))
        except CharityMartError as exc:
            self.add_problem.error(error_text(exc))
            return
        self.code.clear()
        self.name.clear()
        self.message.success(self.tr("Till {code} was added. Start CharityMart on that PC with --till {code}.")
                             .format(code=code.strip().upper()))
        self.refresh()

    def toggle_selected_active(self) -> None:
        till = self.selected()
        if till is None:
            return
        try:
            self.context.write(lambda s: tills.set_till_active(s, self.context.actor, till.id, not till.active))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.message.success((self.tr("Till {code} can be used again.") if not till.active
                              else self.tr("Till {code} can no longer be logged in to.")).format(code=till.code))
        self.refresh()
