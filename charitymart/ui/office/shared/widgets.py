"""Small building blocks the back-office pages share: a titled box, a read-only table, a
scrolling form, a page header, a message line that is red for a problem and green for a success."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

BOX_STYLE = ("QGroupBox { font-size: 16pt; font-weight: bold; border: 2px solid #8a8a8a; border-radius: 6px;"
             " margin-top: 16px; padding-top: 10px; background: white; }"
             " QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 6px; }")


def box(layout_child=None) -> tuple[QGroupBox, QVBoxLayout]:
    group = QGroupBox()
    group.setStyleSheet(BOX_STYLE)
    layout = QVBoxLayout(group)
    layout.setContentsMargins(12, 8, 12, 10)
    if layout_child is not None:
        layout.addWidget(layout_child)
    return group, layout


class VerticalScroll(QScrollArea):
    """Scrolls up and down only, so it is as wide as its content needs (never cuts a field)."""

    def _with_width(self, hint: QSize, content: QSize) -> QSize:
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        hint = super().minimumSizeHint()
        return hint if content is None else self._with_width(hint, content.minimumSizeHint())

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = super().sizeHint()
        return hint if content is None else self._with_width(hint, content.sizeHint())


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: a form taller than a 1280x720 screen leaves room scrolls
    in place, while the buttons kept outside it stay in view."""
    area = VerticalScroll()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def error_label() -> QLabel:
    """A form's message line: red (object name "Error" in the style sheet), wrapping."""
    label = QLabel()
    label.setObjectName("Error")
    label.setWordWrap(True)
    return label


def dialog_buttons(dialog: QDialog, accept_text: str, cancel_text: str, on_accept) -> tuple[QDialogButtonBox,
                                                                                           object]:
    """The dialog's own accept and cancel buttons (Qt's standard ones would stay English without
    Qt's translations); Enter presses accept. Returns the box and the accept button."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.AcceptRole)
    accept.setDefault(True)
    buttons.addButton(cancel_text, QDialogButtonBox.RejectRole)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, accept


def page_title() -> QLabel:
    label = QLabel()
    label.setStyleSheet("font-size: 20pt; font-weight: bold; padding: 4px 0;")
    return label


class ReadOnlyTable(QTableWidget):
    """Rows of text, whole-row selection, large enough to read at arm's length."""

    def __init__(self, columns: int, parent=None, *, stretch: int = 0):
        super().__init__(0, columns, parent)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(38)
        self.setStyleSheet("font-size: 14pt;")
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setTextElideMode(Qt.ElideRight)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)

    def set_headers(self, headers: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(headers))
        for column, text in enumerate(headers):  # the whole header when a narrow column elides it
            self.horizontalHeaderItem(column).setToolTip(text)

    def set_rows(self, rows: Sequence[Sequence[str]], *, right_aligned: Sequence[int] = ()) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in right_aligned:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.setItem(r, c, item)

    def cell_text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


class MessageLine(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("font-size: 15pt;")

    def error(self, text: str) -> None:
        self.setStyleSheet("font-size: 15pt; color: #b00020; font-weight: bold;")
        self.setText(text)

    def success(self, text: str) -> None:
        self.setStyleSheet("font-size: 15pt; color: #0a3d0a; font-weight: bold;")
        self.setText(text)
