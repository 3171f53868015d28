"""Who the goods come from: a donor, supplier or consignor found as you type (name, phone, code,
pinyin) or added in place with the New button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from charitymart.services.errors import CharityMartError
from charitymart.services.stock import intake_desk
from charitymart.services.stock.intake_desk import PartyChoice
from charitymart.ui.dialogs import run_modal
from charitymart.ui.messages import error_text
from charitymart.ui.office.shared.live_search import LiveSearch, ResultList
from charitymart.ui.office.shared.widgets import dialog_buttons, error_label

KINDS_FOR = {"donated": ("person", "organisation", "anonymous"), "purchased": ("supplier",),
             "consigned": ("consignor",)}


class PartyPicker(QWidget):
    changed = Signal()

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.fund_source = "donated"
        self.chosen: PartyChoice | None = None
        self.caption = QLabel()
        self.caption.setMinimumWidth(110)
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.field.textEdited.connect(self._typed)
        self.field.returnPressed.connect(self._enter)
        self.results = ResultList(self.field)
        self.results.itemClicked.connect(lambda _entry: self._enter())
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.add_new)
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setStyleSheet("font-weight: bold; color: #0a3d0a;")
        self.search = LiveSearch(context, lambda s, text: intake_desk.find_parties(s, text, self.fund_source),
                                 self._show, self)
        row = QHBoxLayout()
        row.addWidget(self.caption)
        row.addWidget(self.field, 2)
        row.addWidget(self.new_button)
        row.addWidget(self.chosen_label, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self.retranslate()

    def retranslate(self) -> None:
        caption = {"donated": self.tr("Donor"), "purchased": self.tr("Supplier"),
                   "consigned": self.tr("Consignor")}[self.fund_source]
        self.caption.setText(caption)
        self.field.setPlaceholderText(self.tr("Type a name, phone, code or pinyin"))
        self.new_button.setText({"donated": self.tr("New donor…"), "purchased": self.tr("New supplier…"),
                                 "consigned": self.tr("New consignor…")}[self.fund_source])
        self._show_chosen()

    def set_fund_source(self, fund_source: str) -> None:
        if fund_source != self.fund_source:
            self.fund_source = fund_source
            if self.chosen is not None and self.chosen.kind not in KINDS_FOR[fund_source]:
                self.choose(None)
            self.field.clear()
            self.results.fill([])
            self.retranslate()

    def choose(self, party: PartyChoice | None) -> None:
        self.chosen = party
        self.search.cancel()
        self.results.fill([])
        if party is not None:
            self.field.clear()
        self._show_chosen()
        self.changed.emit()

    def _show_chosen(self) -> None:
        party = self.chosen
        if party is None:
            self.chosen_label.setText(self.tr("No donor chosen: the donation is recorded as anonymous.")
                                      if self.fund_source == "donated" else self.tr("Nobody chosen yet."))
        elif party.public_name_ok:
            self.chosen_label.setText(self.tr("{name} ({code}), may be named in public reports").format(
                name=party.name, code=party.code))
        else:
            self.chosen_label.setText(self.tr("{name} ({code}), not named in public reports").format(
                name=party.name, code=party.code))

    def _typed(self, text: str) -> None:
        self.search.request(text)

    def _show(self, found: list[PartyChoice]) -> None:
        self.results.fill([(self.tr("{name} · {code} · {phone}").format(name=p.name, code=p.code, phone=p.phone)
                            if p.phone else self.tr("{name} · {code}").format(name=p.name, code=p.code), p)
                           for p in found])

    def _enter(self) -> None:
        party = self.results.current_value()
        if party is not None:
            self.choose(party)

    def add_new(self) -> None:
        dialog = NewPartyDialog(self.context, self.fund_source, self.field.text(), self)
        if run_modal(dialog) == QDialog.Accepted and dialog.created is not None:
            self.choose(dialog.created)


class NewPartyDialog(QDialog):
    """A new donor (person, organisation, anonymous), supplier or consignor, saved at once."""

    def __init__(self, context, fund_source: str, name: str = "", parent=None):
        super().__init__(parent)
        self.context = context
        self.created: PartyChoice | None = None
        self.setWindowTitle({"donated": self.tr("New donor"), "purchased": self.tr("New supplier"),
                             "consigned": self.tr("New consignor")}[fund_source])
        self.setMinimumWidth(620)
        self.kind = QComboBox()
        for kind in KINDS_FOR[fund_source]:
            self.kind.addItem(self.kind_name(kind), kind)
        self.kind.currentIndexChanged.connect(self._check)
        self.name = QLineEdit(name.strip())
        self.name.textChanged.connect(self._check)
        self.phone = QLineEdit()
        self.phone.textChanged.connect(self._check)
        self.credit_code = QLineEdit()  # an organisation's 统一社会信用代码, for the e-receipt export
        self.credit_code.setMaxLength(30)
        self.public = QCheckBox(self.tr("Agrees to be named in public reports"))
        self.share = QSpinBox()
        self.share.setRange(0, 100)
        self.share.setSuffix(" %")
        self.share.setValue(15)
        self.notes = QLineEdit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        if fund_source == "donated":
            form.addRow(self.tr("Unified social credit code (organisations)"), self.credit_code)
            form.addRow("", self.public)
        if fund_source == "consigned":
            form.addRow(self.tr("Shop's share of each sale"), self.share)
        form.addRow(self.tr("Notes"), self.notes)
        self.buttons, self.ok_button = dialog_buttons(self, self.tr("Save"), self.tr("Cancel"), self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()

    def kind_name(self, kind: str) -> str:
        return {"person": self.tr("person"), "organisation": self.tr("organisation"),
                "anonymous": self.tr("anonymous"), "supplier": self.tr("supplier"),
                "consignor": self.tr("consignor")}[kind]

    def _problem(self) -> str:
        kind = self.kind.currentData()
        if kind != "anonymous" and not self.name.text().strip():
            return self.tr("Name: type the name (only an anonymous donor has none).")
        if not all(ch.isdigit() or ch in "+-() " for ch in self.phone.text()):
            return self.tr("Phone: use digits, spaces, +, - and brackets only.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.error.setText(problem)
        self.public.setEnabled(self.kind.currentData() != "anonymous")
        self.ok_button.setEnabled(not problem)

    def _save(self) -> None:
        if self._problem():
            return
        kind = self.kind.currentData()
        try:
            self.created = self.context.write(lambda s: intake_desk.add_party(
                s, self.context.actor, kind=kind, name=self.name.text(), phone=self.phone.text(),
                public_name_ok=self.public.isChecked() and kind != "anonymous",
                shop_share_bp=self.share.value() * 100 if kind == "consignor" else 0, notes=self.notes.text(),
                credit_code=self.credit_code.text()))
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
