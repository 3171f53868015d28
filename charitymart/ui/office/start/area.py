"""The manager's start page: today's takings by tender and fund source, this month's donations,
who is on duty and how many hours wait for approval, lots about to expire, items running low.

The figures are gathered on the back office's worker (services.store.dashboard) each time the page is
shown or F5 is pressed; the page keeps the last figures on screen meanwhile.
"""

from __future__ import annotations

from concurrent.futures import Future

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from charitymart.services.errors import CharityMartError
from charitymart.services.store import dashboard
from charitymart.ui.messages import error_text
from charitymart.ui.money import money_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shared.labels import fund_source_text, tender_text
from charitymart.ui.office.shared.widgets import MessageLine, ReadOnlyTable, box, page_title

BIG = "font-size: 26pt; font-weight: bold; color: #0a3d0a;"


def pages(context: OfficeContext) -> list[QWidget]:
    return [StartPage(context)]


class StartPage(QWidget):
    def __init__(self, context: OfficeContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.figures: dashboard.Dashboard | None = None
        self.loading = False
        self._build()
        QShortcut(QKeySequence("F5"), self, context=Qt.WidgetWithChildrenShortcut, activated=self.refresh)
        self.retranslate()

    def _build(self) -> None:
        self.title = page_title()
        self.title.setText(self.tr("Today"))
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.message = MessageLine()
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.message)
        head.addWidget(self.refresh_button)

        self.takings_box, takings = box()
        self.takings_total = QLabel("—")
        self.takings_total.setStyleSheet(BIG)
        self.takings_counts = QLabel()
        self.tenders = ReadOnlyTable(2)
        self.sources = ReadOnlyTable(3)
        takings.addWidget(self.takings_total)
        takings.addWidget(self.takings_counts)
        takings.addWidget(self.tenders, 5)
        takings.addWidget(self.sources, 3)

        self.donations_box, donations = box()
        self.donations_value = QLabel("—")
        self.donations_value.setStyleSheet(BIG)
        self.donations_count = QLabel()
        line = QHBoxLayout()
        line.addWidget(self.donations_value)
        line.addSpacing(16)
        line.addWidget(self.donations_count, 1)
        donations.addLayout(line)

        self.people_box, people = box()
        self.pending = QLabel()
        self.pending.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.nobody = QLabel()
        self.on_duty = ReadOnlyTable(2)
        people.addWidget(self.pending)
        people.addWidget(self.nobody)
        people.addWidget(self.on_duty)

        self.expiring_box, expiring = box()
        self.expired_note = QLabel()
        self.expired_note.setObjectName("Error")
        self.expired_note.setWordWrap(True)
        self.expiring = ReadOnlyTable(3)
        expiring.addWidget(self.expired_note)
        expiring.addWidget(self.expiring)

        self.low_box, low = box()
        self.low_stock = ReadOnlyTable(3)
        low.addWidget(self.low_stock)

        left = QVBoxLayout()
        left.addWidget(self.takings_box, 1)
        left.addWidget(self.donations_box)
        right = QVBoxLayout()
        right.addWidget(self.people_box, 2)
        right.addWidget(self.expiring_box, 3)
        right.addWidget(self.low_box, 3)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 12)
        layout.addLayout(head)
        layout.addLayout(columns, 1)
        for table in (self.tenders, self.sources, self.on_duty, self.expiring, self.low_stock):
            table.verticalHeader().setDefaultSectionSize(34)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Today"))
        self.refresh_button.setText(self.tr("Refresh (F5)"))
        self.takings_box.setTitle(self.tr("Today's takings"))
        self.donations_box.setTitle(self.tr("Donations this month"))
        self.people_box.setTitle(self.tr("Volunteers on duty"))
        self.nobody.setText(self.tr("Nobody is clocked in."))
        self.low_box.setTitle(self.tr("Running low"))
        self.tenders.set_headers([self.tr("Paid by"), self.tr("Amount")])
        self.sources.set_headers([self.tr("Source of goods"), self.tr("Pieces sold"), self.tr("Amount")])
        self.on_duty.set_headers([self.tr("Volunteer"), self.tr("Clocked in at")])
        self.expiring.set_headers([self.tr("Item"), self.tr("Expires"), self.tr("On hand")])
        self.low_stock.set_headers([self.tr("Item"), self.tr("Sellable"), self.tr("Reorder level")])
        self._show_titles()
        if self.figures is not None:
            self.show_figures(self.figures)

    def _show_titles(self) -> None:
        days = self.figures.expiry_warning_days if self.figures else 0
        self.expiring_box.setTitle(self.tr("Expiring within {days} days").format(days=days) if self.figures
                                   else self.tr("Expiring soon"))

    # ----- loading -----
    def refresh(self) -> None:
        if self.loading:
            return
        self.loading = True
        self.message.setText(self.tr("Updating…"))
        actor = self.context.actor
        self.context.jobs.start(lambda: self.context.read(lambda s: dashboard.today_at_a_glance(s, actor)),
                                self._loaded)

    def _loaded(self, future: Future) -> None:
        self.loading = False
        try:
            figures = future.result()
        except CharityMartError as exc:
            self.message.error(error_text(exc))
            return
        self.message.setText("")
        self.show_figures(figures)

    def _money(self, fen: int) -> str:
        return money_text(fen, self.context.currency, self.context.language)

    def show_figures(self, figures: dashboard.Dashboard) -> None:
        self.figures = figures
        takings = figures.takings
        self.takings_total.setText(self._money(takings.total))
        counts = self.tr("{sales} sales, {collections} collections, {refunds} refunds, {voids} voids")
        self.takings_counts.setText(counts.format(sales=takings.sales, collections=takings.collections,
                                                  refunds=takings.refunds, voids=takings.voids))
        self.tenders.set_rows([(tender_text(t.kind), self._money(t.amount)) for t in takings.tenders],
                              right_aligned=(1,))
        self.sources.set_rows([(fund_source_text(f.fund_source), str(f.quantity), self._money(f.amount))
                               for f in takings.fund_sources], right_aligned=(1, 2))
        self.donations_value.setText(self._money(figures.donations_value))
        self.donations_count.setText(self.tr("%n donation(s) received since the 1st", "", figures.donations_count))
        self.pending.setText(self.tr("Hours waiting for your approval: {count}").format(count=figures.pending_hours))
        self.on_duty.set_rows([(f"{v.name} ({v.code})", v.since_local.strftime("%H:%M")) for v in figures.on_duty])
        self.on_duty.setVisible(bool(figures.on_duty))
        self.nobody.setVisible(not figures.on_duty)
        self.title.setText(self.tr("Today, {date}").format(date=figures.day.isoformat()))
        if figures.expired_on_shelf_count:
            self.expired_note.setText(self.tr("{count} expired lots are still on the shelf: take them off").format(
                count=figures.expired_on_shelf_count))
        self.expired_note.setVisible(bool(figures.expired_on_shelf_count))
        self._show_titles()
        # The expired lots the warning counts come first, named, so the manager knows which to take off.
        expired = [(lot.name, self.tr("{date} (expired)").format(date=lot.expiry.isoformat()), str(lot.on_hand))
                   for lot in figures.expired_on_shelf]
        self.expiring.set_rows(expired + [(lot.name, lot.expiry.isoformat(), str(lot.on_hand))
                                          for lot in figures.expiring], right_aligned=(2,))
        self.low_stock.set_rows([(a.name, str(a.sellable), str(a.reorder_level)) for a in figures.low_stock],
                                right_aligned=(1, 2))
