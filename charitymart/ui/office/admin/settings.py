"""Store settings: one form, checked as you type (the wrong field is marked and named), saved
in one audited transaction by services.store.settings.update_settings; the logo; and the export of
the identity-number key for moving the store to a new PC."""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charitymart.domain.periods import PERIODS
from charitymart.services.errors import CharityMartError
from charitymart.services.sales.receipt_printer import PRINTER_KINDS as RECEIPT_PRINTER_KINDS
from charitymart.services.sales.receipts import RECEIPT_PAPERS
from charitymart.services.store import settings
from charitymart.services.store.settings_fields import HOUR_UNITS
from charitymart.ui.messages import error_text
from charitymart.ui.office.admin.settings_form import (
    Binding,
    changed_signal,
    check_field,
    choice_field,
    hours_text,
    points_text,
    split_drawer_spec,
    text_field,
    yuan_text,
)
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.labels import period_text
from charitymart.ui.office.shared.widgets import MessageLine, box, page_title

LANGUAGE_NAMES = (("简体中文", "zh_CN"), ("English", "en"))  # each in its own language, on purpose


class SettingsPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.logo_change: bytes | None | type(...) = ...  # ...: unchanged; None: remove; bytes: new picture
        self.fields: dict[str, Binding] = {}
        self.title = page_title()
        self.save_button = QPushButton()
        self.save_button.setStyleSheet("font-size: 16pt; padding: 8px 22px;")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, context=Qt.WidgetWithChildrenShortcut, activated=self.save)
        self.message = MessageLine()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.save_button)

        content = QWidget()
        grid = QGridLayout(content)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.boxes = [self._store_box(), self._volunteer_box(), self._receipt_box(), self._stock_box(),
                      self._households_box(), self._backup_box(), self._organisation_box()]
        for index, group in enumerate(self.boxes):
            grid.addWidget(group, index // 2, index % 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 12)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        for binding in self.fields.values():
            changed_signal(binding).connect(self.check)
        self.retranslate()
        self.load()

    # ----- building -----
    def _add(self, form: QFormLayout, binding: Binding, extra: QWidget | None = None) -> Binding:
        self.fields[binding.name] = binding
        if extra is None:
            form.addRow(binding.label, binding.widget)
        else:
            row = QHBoxLayout()
            row.addWidget(binding.widget, 1)
            row.addWidget(extra)
            form.addRow(binding.label, row)
        return binding

    def _group(self):
        group, layout = box()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        layout.addLayout(form)
        return group, layout, form

    def _store_box(self):
        self.store_group, layout, form = self._group()
        self._add(form, text_field("name", max_length=200))
        self._add(form, text_field("address", max_length=400))
        self._add(form, text_field("phone", max_length=50, width=260))
        self._add(form, text_field("currency", max_length=3, width=100))
        zone = self._add(form, text_field("timezone", max_length=64))
        zone.widget.setCompleter(QCompleter(sorted(zoneinfo.available_timezones()), zone.widget))
        self._add(form, choice_field("language", LANGUAGE_NAMES))
        self.logo_label = QLabel()
        self.logo = QLabel()
        self.logo.setFixedSize(120, 80)
        self.logo.setAlignment(Qt.AlignCenter)
        self.logo.setStyleSheet("border: 1px dashed #888; background: #fafafa;")
        self.logo_choose = QPushButton()
        self.logo_choose.clicked.connect(self.choose_logo)
        self.logo_remove = QPushButton()
        self.logo_remove.clicked.connect(self.remove_logo)
        row = QHBoxLayout()
        row.addWidget(self.logo)
        row.addWidget(self.logo_choose)
        row.addWidget(self.logo_remove)
        row.addStretch(1)
        form.addRow(self.logo_label, row)
        return self.store_group

    def _volunteer_box(self):
        self.volunteer_group, layout, form = self._group()
        self._add(form, choice_field("hour_unit_minutes", [(str(u), u) for u in HOUR_UNITS]))
        self._add(form, text_field("daily_cap_minutes", width=120, to_text=hours_text))
        self._add(form, check_field("timebank_enabled"))
        self._add(form, text_field("points_per_hour_x100", width=120, to_text=points_text))
        self._add(form, text_field("point_value_fen", width=120, to_text=yuan_text))
        return self.volunteer_group

    def _receipt_box(self):
        self.receipt_group, layout, form = self._group()
        self._add(form, choice_field("receipt_output", [("", "none"), ("", "pdf"), ("", "printer")]))
        self._add(form, choice_field("receipt_paper", [(p, p) for p in RECEIPT_PAPERS]))
        folder = text_field("receipt_folder")
        self.receipt_browse = QPushButton()
        self.receipt_browse.clicked.connect(lambda: self.choose_folder(folder.widget))
        self._add(form, folder, self.receipt_browse)
        self._add(form, text_field("receipt_printer", max_length=200))
        self._add(form, choice_field("receipt_printer_kind", [("", kind) for kind in RECEIPT_PRINTER_KINDS]))
        self._add(form, text_field("escpos_usb", max_length=9, width=160)).widget.setPlaceholderText("0416:5011")
        self._add(form, text_field("escpos_host", max_length=200)).widget.setPlaceholderText("192.168.1.50:9100")
        self._add(form, text_field("escpos_printer_name", max_length=200)).widget.setPlaceholderText("POS-80")
        self._add(form, text_field("drawer_on_ms", width=120))
        self._add(form, text_field("drawer_off_ms", width=120))
        self._add(form, choice_field("collection_slip_copies", [("1", 1), ("2", 2)]))
        self.drawer_kind = choice_field("drawer_kind", [("", "none"), ("", "printer"), ("", "escpos")])
        self.drawer_kind.widget.currentIndexChanged.connect(self._drawer_kind_changed)
        self.drawer_device = QLineEdit()
        self.drawer_device.setPlaceholderText("usb:04b8:0202")
        drawer = Binding("cash_drawer", self.drawer_device, QLabel(), read=self._drawer_spec,
                         show=self._show_drawer)
        self.fields["cash_drawer"] = drawer
        self.drawer_kind_label = self.drawer_kind.label
        form.addRow(self.drawer_kind_label, self.drawer_kind.widget)
        form.addRow(drawer.label, self.drawer_device)
        return self.receipt_group

    def _stock_box(self):
        self.stock_group, layout, form = self._group()
        self._add(form, text_field("expiry_warning_days", width=120))
        self._add(form, text_field("label_layout", max_length=40))
        self.key_note = QLabel()
        self.key_note.setWordWrap(True)
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self.export_key)
        layout.addWidget(self.key_note)
        layout.addWidget(self.key_button, alignment=Qt.AlignLeft)
        return self.stock_group

    def _households_box(self):
        self.households_group, layout, form = self._group()
        self._add(form, text_field("allowance_amount_fen", width=140, to_text=yuan_text))
        self._add(form, choice_field("allowance_period", [("", p) for p in PERIODS]))
        self._add(form, check_field("allowance_carry_over"))
        self._add(form, text_field("allowance_visit_limit", width=120))
        return self.households_group

    def _backup_box(self):
        self.backup_group, layout, form = self._group()
        folder = text_field("backup_folder")
        self.backup_browse = QPushButton()
        self.backup_browse.clicked.connect(lambda: self.choose_folder(folder.widget))
        self._add(form, folder, self.backup_browse)
        self._add(form, text_field("backup_keep", width=120))
        return self.backup_group

    def _organisation_box(self):
        """Printed in the organisation block of every public paper (donor receipts, certificates, 公示)."""
        self.organisation_group, layout, form = self._group()
        self._add(form, text_field("org_credit_code", max_length=30, width=260))
        self._add(form, text_field("org_registering_authority", max_length=200, width=300))
        self._add(form, text_field("org_person_in_charge", max_length=100, width=260))
        self._add(form, text_field("org_complaint_phone", max_length=50, width=260))
        self._add(form, text_field("valuation_basis", max_length=400, width=300))
        return self.organisation_group

    # ----- texts -----
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Store settings"))
        self.title.setText(self.tr("Store settings"))
        self.save_button.setText(self.tr("Save settings (Ctrl+S)"))
        for group, text in ((self.store_group, self.tr("The store")),
                            (self.volunteer_group, self.tr("Volunteer hours")),
                            (self.receipt_group, self.tr("Receipts and cash drawer")),
                            (self.stock_group, self.tr("Stock, labels and privacy")),
                            (self.households_group, self.tr("New households start with")),
                            (self.backup_group, self.tr("Backups")),
                            (self.organisation_group, self.tr("The organisation on public papers"))):
            group.setTitle(text)
        labels = {
            "name": self.tr("Store name"), "address": self.tr("Address"), "phone": self.tr("Phone"),
            "currency": self.tr("Currency"),
            "timezone": self.tr("Time zone"), "language": self.tr("Language"),
            "hour_unit_minutes": self.tr("Round hours down to (minutes)"),
            "daily_cap_minutes": self.tr("Daily cap (hours)"),
            "timebank_enabled": self.tr("Time bank in use"), "points_per_hour_x100": self.tr("Points per hour"),
            "point_value_fen": self.tr("One point pays (yuan)"), "receipt_output": self.tr("Receipts"),
            "receipt_paper": self.tr("Receipt paper"), "receipt_folder": self.tr("Receipt PDF folder"),
            "receipt_printer": self.tr("Receipt printer name"), "cash_drawer": self.tr("Drawer device"),
            "receipt_printer_kind": self.tr("Receipt printer kind"),
            "escpos_usb": self.tr("USB printer id (vendor:product)"),
            "escpos_host": self.tr("Network printer (host:port)"),
            "escpos_printer_name": self.tr("Windows printer name (ESC/POS)"),
            "drawer_on_ms": self.tr("Drawer pulse on (ms)"), "drawer_off_ms": self.tr("Drawer pulse off (ms)"),
            "collection_slip_copies": self.tr("Collection slips printed"),
            "expiry_warning_days": self.tr("Warn of expiry (days ahead)"), "label_layout": self.tr("Label layout"),
            "allowance_amount_fen": self.tr("Allowance (yuan)"), "allowance_period": self.tr("Allowance period"),
            "allowance_carry_over": self.tr("Unused allowance carries over"),
            "allowance_visit_limit": self.tr("Visits per period (empty: no limit)"),
            "backup_folder": self.tr("Backup folder"), "backup_keep": self.tr("Backups kept"),
            "org_credit_code": self.tr("Unified social credit code"),
            "org_registering_authority": self.tr("Registering authority"),
            "org_person_in_charge": self.tr("Person in charge"),
            "org_complaint_phone": self.tr("Supervision and complaints phone"),
            "valuation_basis": self.tr("Valuation basis of donated goods"),
        }
        for name, text in labels.items():
            self.fields[name].label.setText(text)
        self.fields["valuation_basis"].widget.setPlaceholderText(self.tr("Empty: the standard sentence"))
        self.drawer_kind_label.setText(self.tr("Cash drawer"))
        outputs = {"none": self.tr("Not printed"), "pdf": self.tr("Saved as PDF files"),
                   "printer": self.tr("Printed on the receipt printer")}
        combo = self.fields["receipt_output"].widget
        for index in range(combo.count()):
            combo.setItemText(index, outputs[combo.itemData(index)])
        printer_kinds = {"qt": self.tr("System printer (Windows driver)"),
                         "escpos-usb": self.tr("ESC/POS thermal printer on USB"),
                         "escpos-network": self.tr("ESC/POS thermal printer on the network"),
                         "escpos-win32": self.tr("ESC/POS thermal printer through the Windows spooler"),
                         "escpos-dummy": self.tr("ESC/POS test printer (nothing is printed)")}
        combo = self.fields["receipt_printer_kind"].widget
        for index in range(combo.count()):
            combo.setItemText(index, printer_kinds[combo.itemData(index)])
        kinds = {"none": self.tr("No drawer (opened with its key)"),
                 "printer": self.tr("On the ESC/POS receipt printer above"),
                 "escpos": self.tr("ESC/POS drawer on the receipt printer")}
        for index in range(self.drawer_kind.widget.count()):
            self.drawer_kind.widget.setItemText(index, kinds[self.drawer_kind.widget.itemData(index)])
        period = self.fields["allowance_period"].widget
        for index in range(period.count()):
            period.setItemText(index, period_text(period.itemData(index)))
        self.logo_label.setText(self.tr("Logo"))
        self.logo_choose.setText(self.tr("Choose a picture…"))
        self.logo_remove.setText(self.tr("Remove the logo"))
        self.receipt_browse.setText(self.tr("Browse…"))
        self.backup_browse.setText(self.tr("Browse…"))
        self.key_note.setText(self.tr("Identity numbers are encrypted with a key kept on this PC, not in the database "
                                 "or its backups. To move the store to a new PC, export the key and keep the file "
                                 "somewhere safe."))
        self.key_button.setText(self.tr("Export the identity-number key…"))

    # ----- the cash drawer: a kind and a device, stored as one setting -----
    def _drawer_spec(self) -> str:
        kind = self.drawer_kind.read()
        return kind if kind in ("none", "printer") else self.drawer_device.text()

    def _show_drawer(self, spec: str) -> None:
        kind, device = split_drawer_spec(spec)
        self.drawer_kind.show(kind)
        self.drawer_device.setText(device)
        self._drawer_kind_changed()

    def _drawer_kind_changed(self) -> None:
        self.drawer_device.setEnabled(self.drawer_kind.read() == "escpos")
        self.check()

    # ----- loading, checking, saving -----
    def load(self) -> None:
        current, logo = self.context.read(lambda s: (settings.current_settings(s), settings.logo_png(s)))
        for name, binding in self.fields.items():
            binding.show(getattr(current, name))
        self.logo_change = ...
        self._show_logo(logo)
        self.check()

    def _show_logo(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo.setPixmap(pixmap.scaled(self.logo.size(), Qt.KeepAspectRatio, Qt.SmoothTransformation))
        else:
            self.logo.clear()
            self.logo.setText(self.tr("No logo"))

    def problems(self) -> list[str]:
        return [p for binding in self.fields.values() if (p := binding.check())]

    def check(self) -> bool:
        problems = self.problems()
        self.message.error("\n".join(problems)) if problems else self.message.setText("")
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> bool:
        if not self.check():
            return False
        changes = {name: binding.read() for name, binding in self.fields.items()}
        if self.logo_change is not ...:
            changes["logo"] = self.logo_change
        try:
            self.context.write(lambda s: settings.update_settings(s, self.context.actor, **changes))
        except CharityMartError as exc:
            binding = self.fields.get(exc.field or "")
            self.message.error(error_text(exc) if binding is None else self.tr("{field}: {problem}").format(
                field=binding.label.text(), problem=error_text(exc)))
            if binding is not None:
                binding.widget.setFocus()
            return False
        self.load()
        self.message.success(self.tr("The settings were saved."))
        return True

    # ----- files (the dialogs are methods so tests can answer them) -----
    def choose_folder(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    def pick_logo_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the store's logo"), "",
                                              self.tr("Pictures (*.png *.jpg *.jpeg *.bmp)"))
        return path

    def choose_logo(self) -> None:
        path = self.pick_logo_file()
        if not path:
            return
        try:
            self.logo_change = Path(path).read_bytes()
        except OSError as exc:
            self.message.error(self.tr("The file {path} could not be read: {reason}").format(
                path=path, reason=exc.strerror or str(exc)))
            return
        self._show_logo(self.logo_change)
        self.message.setText(self.tr("Save the settings to keep the new logo."))

    def remove_logo(self) -> None:
        self.logo_change = None
        self._show_logo(None)

    def pick_key_file(self) -> str:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the identity-number key"),
                                              "charitymart-identity.key", self.tr("Key files (*.key)"))
        return path

    def export_key(self) -> None:
        path = self.pick_key_file()
        if not path:
            return
        try:
            written = self.context.write(lambda s: settings.export_identity_key(s, self.context.actor, path))
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.message.success(self.tr("The key was saved to {path}. Keep it apart from the backups.").format(
            path=str(written)))
