"""Pieces shared by the households, volunteers and clock pages: a read-only table model, large
tables, forms that name the wrong field as you type, the purpose question before personal
data is shown, and hours/time text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from charitymart.services import clock
from charitymart.services.context import get_store
from charitymart.services.errors import CharityMartError
from charitymart.ui.messages import error_text

ERROR_STYLE = "color: #b00020; font-weight: bold;"
BAD_FIELD = "border: 3px solid #b00020;"
TITLE_STYLE = "font-size: 20pt; font-weight: bold;"
BIG_BUTTONS = "QPushButton { font-size: 15pt; padding: 8px 16px; } " \
              "QPushButton:disabled { color: #9a9a9a; border-color: #c8c8c8; }"


def period_label(period: str) -> str:
    labels = {
        "month": QCoreApplication.translate("OfficePeople", "Every month"),
        "quarter": QCoreApplication.translate("OfficePeople", "Every quarter"),
        "half_year": QCoreApplication.translate("OfficePeople", "Every half-year"),
        "year": QCoreApplication.translate("OfficePeople", "Every year"),
    }
    return labels.get(period, period)


def hours_text(minutes: int) -> str:
    """Minutes as hours with up to two decimals, e.g. 90 -> "1.5"."""
    text = f"{minutes / 60:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def points_text(points_x100: int) -> str:
    sign = "-" if points_x100 < 0 else ""
    whole, cents = divmod(abs(points_x100), 100)
    return f"{sign}{whole}.{cents:02d}"


def store_timezone(context) -> str:
    return context.read(lambda s: get_store(s).timezone)


def local_time(at_utc: datetime, timezone: str) -> datetime:
    return clock.to_local(at_utc, timezone)


class RowsModel(QAbstractTableModel):
    """Rows of already-formatted text, each with the object it shows (`payload(row)`)."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.payloads: list[Any] = []

    def set_rows(self, rows: Sequence[tuple[Sequence[str], Any]]) -> None:
        self.beginResetModel()
        self.rows = [tuple(texts) for texts, _ in rows]
        self.payloads = [payload for _, payload in rows]
        self.endResetModel()

    def payload(self, row: int) -> Any:
        return self.payloads[row] if 0 <= row < len(self.payloads) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role in (Qt.DisplayRole, Qt.ToolTipRole) and orientation == Qt.Horizontal \
                and 0 <= section < len(self.headers):  # the tooltip: the whole header when a column elides it
            return self.headers[section]
        return None


def big_table(model: RowsModel, *, multi: bool = False) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setSelectionMode(QAbstractItemView.ExtendedSelection if multi else QAbstractItemView.SingleSelection)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(38)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setTextElideMode(Qt.ElideRight)  # "Receipt o…" (whole in the tooltip), not cut
    table.setWordWrap(False)
    return table


def list_and_detail(filters, list_widgets: Sequence[QWidget], actions, detail: QWidget,
                    sizes: tuple[int, int]) -> QSplitter:
    """The people pages' layout: filters, the list and its action buttons (two a row, large)
    on the left, the selected person's detail on the right."""
    buttons = QGridLayout()
    for index, (button, slot) in enumerate(actions):
        button.setStyleSheet(BIG_BUTTONS)
        button.clicked.connect(slot)
        buttons.addWidget(button, index // 2, index % 2)  # two a row: three in English need 1366 px
    left = QWidget()
    column = QVBoxLayout(left)
    column.addLayout(filters)
    for stretch, widget in enumerate(list_widgets):
        column.addWidget(widget, 1 if stretch == 0 else 0)
    column.addLayout(buttons)
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(detail)
    splitter.setSizes(list(sizes))
    splitter.setStretchFactor(1, 1)
    return splitter


def selected_rows(table: QTableView) -> list[int]:
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


class FieldErrors:
    """The error line under each field of a form: set while typing (local checks) or from a
    service's ValidationError (its `field`), shown next to the field it is about."""

    def __init__(self, general: QLabel):
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.general = general

    def add_row(self, form: QFormLayout, key: str, caption: str, widget: QWidget) -> None:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(label)
        form.addRow(caption, box)
        self.widgets[key] = widget
        self.labels[key] = label

    def show(self, errors: dict[str, str]) -> None:
        for key, label in self.labels.items():
            text = errors.get(key, "")
            label.setText(text)
            label.setVisible(bool(text))
            self.widgets[key].setStyleSheet(BAD_FIELD if text else "")
        others = [text for key, text in errors.items() if key not in self.labels]
        self.general.setText("\n".join(others))

    def show_service_error(self, exc: CharityMartError) -> None:
        """A refusal from the service: under its field if the form has it, else at the bottom."""
        field = getattr(exc, "field", None)
        text = error_text(exc)
        self.show({field if field in self.labels else "": text})
        widget = self.widgets.get(field)
        if widget is not None:
            widget.setFocus()


class PurposeDialog(QDialog):
    """PIPL Art. 28: personal data only for a stated purpose, which the service records."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("Why do you need to see these personal details? "
                                  "Your answer is recorded with your name."))
        question.setWordWrap(True)
        layout.addWidget(question)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("For example: phoning the household about a home delivery"))
        layout.addWidget(self.purpose)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Show the details"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.purpose.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.purpose.text().strip()))


def ask_purpose(parent: QWidget, title: str, run: Callable[[QDialog], int]) -> str | None:
    """The purpose typed, or None if the manager cancelled."""
    dialog = PurposeDialog(title, parent)
    accepted = run(dialog)
    text = dialog.purpose.text().strip()
    return text if accepted and text else None
