"""Search as you type without blocking the GUI: a short pause after the last key, the query on
the office's worker thread, and only the newest answer shown (older ones are dropped)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from charitymart.services.errors import CharityMartError

PAUSE_MS = 150


class LiveSearch(QObject):
    """`query(session, text)` runs in a read transaction on the worker; `show(results)` on the GUI thread."""

    def __init__(self, context, query: Callable, show: Callable[[list], None], parent=None):
        super().__init__(parent)
        self.context, self.query, self.show = context, query, show
        self._text = ""
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._timer.timeout.connect(self._run)

    def request(self, text: str) -> None:
        self._text = text
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._generation += 1  # whatever is still running is no longer wanted

    def _run(self) -> None:
        self._generation += 1
        generation, text = self._generation, self._text
        if not text.strip():
            self.show([])
            return
        query, context = self.query, self.context
        self.context.jobs.start(lambda: context.read(lambda s: query(s, text)),
                                lambda future: self._deliver(future, generation))

    def _deliver(self, future, generation: int) -> None:
        if generation != self._generation:
            return
        try:
            results = future.result()
        except CharityMartError:
            results = []
        self.show(results)


class ResultList(QListWidget):
    """The matches under a search field: arrows in the field move here, Enter picks."""

    def __init__(self, field: QLineEdit, parent=None):
        super().__init__(parent)
        self.field = field
        self.setFocusPolicy(Qt.NoFocus)
        self.setStyleSheet("font-size: 15pt;")
        self.hide()
        field.installEventFilter(self)

    def fill(self, entries: list[tuple[str, object]]) -> None:
        self.clear()
        for text, value in entries:
            entry = QListWidgetItem(text)
            entry.setData(Qt.UserRole, value)
            self.addItem(entry)
        if entries:
            self.setCurrentRow(0)
            # As tall as the matches (up to five rows), so the lines below keep their room.
            self.setFixedHeight(min(len(entries), 5) * self.sizeHintForRow(0) + 2 * self.frameWidth() + 2)
        self.setVisible(bool(entries))

    def current_value(self):
        entry = self.currentItem()
        return entry.data(Qt.UserRole) if entry is not None and self.isVisible() else None

    def eventFilter(self, obj, event) -> bool:
        if obj is self.field and event.type() == event.Type.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down):
            row = self.currentRow() + (-1 if event.key() == Qt.Key_Up else 1)
            if 0 <= row < self.count():
                self.setCurrentRow(row)
            return True
        if obj is self.field and event.type() == event.Type.KeyPress and event.key() == Qt.Key_Escape \
                and self.isVisible():
            self.hide()
            return True
        return super().eventFilter(obj, event)
