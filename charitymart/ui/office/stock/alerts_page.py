"""Alerts: expired lots still on the shelf (one click writes a lot off as expired), lots
expiring within N days (the store's warning setting to start with), items below their
reorder level. All three lists are read off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget

from charitymart.services.errors import CharityMartError
from charitymart.services.stock import control as stock
from charitymart.services.stock import listing as stock_list
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.messages import error_text
from charitymart.ui.office.stock.items_model import LatestOnly
from charitymart.ui.office.stock.tables import (
    ALIGNMENT,
    BACKGROUND,
    CENTER,
    DISPLAY,
    FOREGROUND,
    RowsModel,
    big_table,
    error_label,
    fund_source_name,
    title_label,
)

EXPIRED_TAB, EXPIRING_TAB, REORDER_TAB = range(3)
BUTTON_RED, BUTTON_TEXT = QColor("#b00020"), QColor("white")


class WriteOffModel(RowsModel):
    """Expired lots; the last column is a one-click "write off" cell."""

    def data(self, index, role=DISPLAY):
        if index.column() == self.columnCount() - 1:
            if role == BACKGROUND:
                return BUTTON_RED
            if role == FOREGROUND:
                return BUTTON_TEXT
            if role == ALIGNMENT:
                return CENTER
        return super().data(index, role)


class AlertsPage(QWidget):
    written_off = Signal(int)  # item id whose stock changed

    def __init__(self, context, settings: stock_list.StockSettings, parent=None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Stock alerts"))
        self.queue = BackgroundQueue("stock-alerts", self, poll_ms=20)
        self.runner = LatestOnly(self.queue)
        self.expired: list[stock.LotAlert] = []
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setValue(settings.expiry_warning_days)
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(lambda _d: self.reload())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self.notice = QLabel()
        self.notice.setStyleSheet("font-size: 16pt; color: #0a3d0a;")
        self.notice.setWordWrap(True)
        self.error = error_label()
        lot_headers = [self.tr("Name"), self.tr("Lot"), self.tr("Source"), self.tr("Expiry"), self.tr("Days left"),
                       self.tr("On hand")]
        self.expired_model = WriteOffModel(lot_headers + [self.tr("Write off")], numeric=(1, 4, 5))
        self.expired_view = big_table(self.expired_model, stretch=0)
        self.expired_view.clicked.connect(self._clicked)
        self.expiring_model = RowsModel(lot_headers, numeric=(1, 4, 5))
        self.reorder_model = RowsModel([self.tr("Name"), self.tr("Sellable on hand"), self.tr("Reorder level")],
                                       numeric=(1, 2))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.expired_view, "")
        self.tabs.addTab(big_table(self.expiring_model, stretch=0), "")
        self.tabs.addTab(big_table(self.reorder_model, stretch=0), "")
        top = QHBoxLayout()
        top.addWidget(title_label(self.tr("Stock alerts")), 1)
        top.addWidget(QLabel(self.tr("Warn about lots expiring within")))
        top.addWidget(self.days)
        top.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        self._set_tab_titles(None, None, None)
        self.reload()

    def _set_tab_titles(self, expired, expiring, reorder) -> None:
        days = self.days.value()
        if expired is None:
            titles = (self.tr("Expired, still on the shelf"), self.tr("Expiring within {days} days").format(days=days),
                      self.tr("Below reorder level"))
        else:
            titles = (self.tr("Expired, still on the shelf ({count})").format(count=expired),
                      self.tr("Expiring within {days} days ({count})").format(days=days, count=expiring),
                      self.tr("Below reorder level ({count})").format(count=reorder))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def reload(self) -> None:
        days = self.days.value()

        def load(session):
            return stock.expired_on_shelf(session), stock.expiring_lots(session, days), stock.below_reorder(session)

        self.runner.run("alerts", lambda: self.context.read(load), self._show, self._failed)

    def _lot_row(self, alert: stock.LotAlert) -> list[str]:
        return [alert.name, str(alert.lot_id), fund_source_name(alert.fund_source), alert.expiry.isoformat(),
                str(alert.days_left), str(alert.on_hand)]

    def _show(self, loaded) -> None:
        expired, expiring, reorder = loaded
        self.expired = expired
        write_off = self.tr("Write off")
        self.expired_model.set_rows([self._lot_row(a) + [write_off] for a in expired], keys=expired,
                                    warn=range(len(expired)))
        self.expiring_model.set_rows([self._lot_row(a) for a in expiring], keys=expiring)
        self.reorder_model.set_rows([(a.name, str(a.sellable), str(a.reorder_level)) for a in reorder],
                                    keys=reorder)
        self._set_tab_titles(len(expired), len(expiring), len(reorder))

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))

    def _clicked(self, index) -> None:
        if index.column() == self.expired_model.columnCount() - 1:
            self.write_off(index.row())

    def write_off(self, row: int) -> bool:
        """Take every unit of this expired lot out of stock with the reason "expired"."""
        alert: stock.LotAlert | None = self.expired_model.key(row)
        if alert is None:
            return False
        note = self.tr("Expired on {expiry}").format(expiry=alert.expiry.isoformat())
        try:
            self.context.write(lambda s: stock.adjust(s, self.context.actor, alert.item_id, alert.lot_id,
                                                      -alert.on_hand, "expired", note))
        except CharityMartError as exc:
            self.error.setText(error_text(exc))
            return False
        self.error.clear()
        self.notice.setText(self.tr("{quantity} × {name} (lot {lot}) written off as expired.").format(
            quantity=alert.on_hand, name=alert.name, lot=alert.lot_id))
        self.written_off.emit(alert.item_id)
        self.reload()
        return True
