"""F6 close shift: count the drawer by denomination, see expected cash, variance and Z totals.

Keys: the ¥100 field has focus; type how many notes, Enter (or Tab) moves down to the next
denomination; after the last one Enter moves to "Close the shift", and Enter there closes it.
Esc goes back to the sale screen with nothing changed.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charitymart.domain.money import fen_to_decimal
from charitymart.domain.money_text import format_money
from charitymart.services.errors import CharityMartError
from charitymart.services.sales import shifts
from charitymart.ui.auto_backup import after_shift_close
from charitymart.ui.fields import keep_inputs_tall, without_input_method
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text

# 100, 50, 20, 10, 5 and 1 yuan notes; 5 and 1 jiao coins (fen).
DENOMINATIONS = (10000, 5000, 2000, 1000, 500, 100, 50, 10)


def load_shift_figures(controller) -> tuple[int, int, dict]:
    """(shift id, expected cash, Z totals) of this till's open shift, in one short read."""
    with controller.handle.readers() as s:
        shift = shifts.require_open_shift(s, controller.actor)
        return shift.id, shifts.expected_cash(s, shift.id), shifts.z_totals(s, shift.id)


class CloseShiftDialog(QDialog):
    def __init__(self, controller, expected: int, z_totals: dict, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.expected = expected
        self.z = z_totals
        self.closed = None  # the ShiftClose's (expected, counted, variance) once closed
        self.setWindowTitle(self.tr("Close the shift"))
        self.setMinimumSize(1100, 600)
        self.fields: dict[int, QLineEdit] = {}
        self.subtotals: dict[int, QLabel] = {}
        count_grid = QGridLayout()
        count_grid.addWidget(QLabel(self.tr("Note or coin")), 0, 0)
        count_grid.addWidget(QLabel(self.tr("How many")), 0, 1)
        amount_caption = QLabel(self.tr("Amount"))
        amount_caption.setAlignment(Qt.AlignRight)
        count_grid.addWidget(amount_caption, 0, 2)
        count_grid.setColumnStretch(3, 1)
        count_grid.setHorizontalSpacing(24)
        for row, fen in enumerate(DENOMINATIONS, start=1):
            label = QLabel(self._denomination(fen))
            label.setStyleSheet("font-size: 18pt;")
            field = without_input_method(QLineEdit())
            field.setValidator(QIntValidator(0, 99999, field))
            field.setAlignment(Qt.AlignRight)
            field.setFixedWidth(140)
            field.setStyleSheet("font-size: 18pt;")
            field.textChanged.connect(self._recount)
            subtotal = QLabel()
            subtotal.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
            subtotal.setMinimumWidth(170)
            subtotal.setStyleSheet("font-size: 16pt;")
            count_grid.addWidget(label, row, 0)
            count_grid.addWidget(field, row, 1)
            count_grid.addWidget(subtotal, row, 2)
            self.fields[fen] = field
            self.subtotals[fen] = subtotal
        self.counted = QLabel()
        self.counted.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.expected_label = QLabel(self._money(expected))
        self.expected_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.variance = QLabel()
        self.variance_caption = QLabel()
        self.variance_caption.setStyleSheet("font-size: 18pt; font-weight: bold;")
        sums = QGridLayout()
        sums.addWidget(QLabel(self.tr("Counted")), 0, 0)
        sums.addWidget(self.counted, 0, 1, alignment=Qt.AlignRight)
        sums.addWidget(QLabel(self.tr("Expected in the drawer")), 1, 0)
        sums.addWidget(self.expected_label, 1, 1, alignment=Qt.AlignRight)
        sums.addWidget(self.variance_caption, 2, 0)
        sums.addWidget(self.variance, 2, 1, alignment=Qt.AlignRight)
        sums.setColumnStretch(2, 1)
        heading = QLabel(self.tr("Count the cash in the drawer"))
        heading.setStyleSheet("font-size: 20pt; font-weight: bold;")
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addLayout(count_grid)
        left.addStretch(1)
        self.z_view = QLabel(self._z_text())
        self.z_view.setTextFormat(Qt.RichText)
        self.z_view.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.z_view.setStyleSheet("font-size: 14pt; background: white; padding: 10px;")
        self.z_view.setFrameShape(QFrame.StyledPanel)
        # A busy shift's Z totals (every tender and fund source) are taller than the room beside
        # the counts: they scroll, so the dialog still fits 1280x720.
        z_scroller = QScrollArea()
        z_scroller.setWidgetResizable(True)
        z_scroller.setFrameShape(QFrame.NoFrame)
        z_scroller.setWidget(self.z_view)
        right = QVBoxLayout()  # the sums beside the counts, not below them: the dialog fits 1366x768
        right.addLayout(sums)
        right.addWidget(z_scroller, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 3)
        middle.addLayout(right, 2)
        self.confirm = QPushButton(self.tr("Close the shift"))
        self.confirm.setAutoDefault(False)
        self.confirm.setStyleSheet("QPushButton { font-size: 18pt; padding: 10px 24px; } "
                                   "QPushButton:focus { background: #0a58ca; color: white; border-color: #0a58ca; }")
        self.confirm.clicked.connect(self.close_shift)
        self.error = QLabel()
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        hint = QLabel(self.tr("Type how many of each, Enter: next   Enter on \"Close the shift\": close it   "
                              "Esc: back to the sale, nothing is changed"))
        hint.setObjectName("Legend")
        hint.setWordWrap(True)
        foot = QHBoxLayout()  # the keys beside the button, not below it: the dialog fits 1280x720
        foot.addWidget(hint, 1)
        foot.addWidget(self.confirm, 0, Qt.AlignRight | Qt.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error)
        layout.addLayout(foot)
        order = list(self.fields.values()) + [self.confirm]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._recount()
        keep_inputs_tall(self)

    # ----- figures -----
    def _money(self, fen: int) -> str:
        return money_text(fen, self.controller.currency, self.language)

    def _denomination(self, fen: int) -> str:
        """A note or coin as printed on it: ¥100, ¥0.5."""
        return format_money(fen_to_decimal(fen), self.controller.currency, self.language, format="¤#,##0.##",
                            currency_digits=False)

    def counts(self) -> dict[int, int]:
        return {fen: int(field.text()) for fen, field in self.fields.items() if field.text().strip()}

    def counted_total(self) -> int:
        return sum(fen * count for fen, count in self.counts().items())

    def _recount(self) -> None:
        counts = self.counts()
        for fen, label in self.subtotals.items():
            label.setText(self._money(fen * counts[fen]) if counts.get(fen) else "")
        counted = self.counted_total()
        self.counted.setText(self._money(counted))
        variance = counted - self.expected
        if variance < 0:
            caption, color = self.tr("Short"), "#b00020"
        elif variance > 0:
            caption, color = self.tr("Over"), "#a15c00"
        else:
            caption, color = self.tr("Exact"), "#0a3d0a"
        self.variance_caption.setText(caption)
        self.variance_caption.setStyleSheet(f"font-size: 18pt; font-weight: bold; color: {color};")
        self.variance.setText(self._money(variance))
        self.variance.setStyleSheet(f"font-size: 40pt; font-weight: bold; color: {color};")

    def _z_text(self) -> str:
        z, money = self.z, self._money
        tender_names = {"cash": self.tr("Cash"), "mobile": self.tr("Mobile payment"), "card": self.tr("Bank card"),
                        "allowance": self.tr("Household allowance"), "points": self.tr("Time-bank points")}
        source_names = {"donated": self.tr("Donated goods"), "purchased": self.tr("Purchased goods"),
                        "consigned": self.tr("Consigned goods")}
        count_total = self.tr("{count} × {total}")

        def row(name: str, value: str) -> str:
            return f"<tr><td>{name}</td><td align='right'>&nbsp;&nbsp;{value}</td></tr>"

        def heading(text: str) -> str:
            return f"<tr><td colspan='2'><b>{text}</b></td></tr>"

        rows = [heading(self.tr("Z totals of this shift"))]
        for key, name in (("sales", self.tr("Sales")), ("collections", self.tr("Free collections")),
                          ("refunds", self.tr("Refunds")), ("voids", self.tr("Voided sales"))):
            figures = z.get(key, {"count": 0, "total": 0})
            rows.append(row(name, count_total.format(count=figures["count"], total=money(figures["total"]))))
        rows.append(heading(self.tr("By tender")))
        for kind, figures in z.get("tenders", {}).items():
            rows.append(row(tender_names.get(kind, kind), money(figures["amount"])))
        rows.append(heading(self.tr("By fund source")))
        for source, figures in z.get("fund_sources", {}).items():
            rows.append(row(source_names.get(source, source), money(figures["amount"])))
        cash = z.get("cash", {})
        rows.append(heading(self.tr("Cash")))
        for key, name in (("float", self.tr("Opening float")), ("in", self.tr("Cash in")),
                          ("out", self.tr("Cash out")), ("refunded", self.tr("Cash refunded"))):
            rows.append(row(name, money(cash.get(key, 0))))
        rows.append(row(self.tr("Drawer openings"), str(z.get("drawer_openings", {}).get("count", 0))))
        return "<table>" + "".join(rows) + "</table>"

    # ----- keys -----
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fields[DENOMINATIONS[0]].setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            focused = self.focusWidget()
            if focused is self.confirm:
                self.close_shift()
                return
            fields = list(self.fields.values())
            if focused in fields:
                index = fields.index(focused)
                (fields[index + 1] if index + 1 < len(fields) else self.confirm).setFocus()
                return
        super().keyPressEvent(event)

    def close_shift(self) -> None:
        try:
            counts = self.counts()
            close = self.controller.write(lambda s: shifts.close_shift(s, self.controller.actor, counts))
            self.closed = (close.expected_cash, close.counted_cash, close.variance)
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            QApplication.beep()
            return
        after_shift_close(self.parentWidget())  # the automatic backup, on a worker thread
        self.accept()

