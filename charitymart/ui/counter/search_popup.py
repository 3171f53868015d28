"""Search by name, pinyin or initials: arrows move, Enter picks, Esc closes without change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from charitymart.ui.money import money_text


class SearchPopup(QDialog):
    def __init__(self, controller, hits, text: str = "", language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.controller = controller
        self.language = language
        self.picked_code: str | None = None
        self.setWindowTitle(self.tr("Find an item"))
        self.setMinimumSize(720, 480)
        self.query = QLineEdit(text)
        self.query.setStyleSheet("font-size: 20pt;")
        self.query.textEdited.connect(self._search)
        self.query.returnPressed.connect(self._pick)
        self.query.installEventFilter(self)
        self.results = QListWidget()
        self.results.setStyleSheet("font-size: 18pt;")
        self.results.setFocusPolicy(Qt.NoFocus)
        self.results.itemActivated.connect(lambda _item: self._pick())
        hint = QLabel(self.tr("↑ ↓ choose   Enter add to basket   Esc close"))
        hint.setObjectName("Legend")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)
        self._show(hits)

    def _show(self, hits) -> None:
        self.results.clear()
        for hit in hits:
            price = money_text(hit.price, self.controller.currency, self.language)
            entry = QListWidgetItem(f"{hit.name}    {price}    {hit.barcode or ''}")
            entry.setData(Qt.UserRole, hit.barcode)
            self.results.addItem(entry)
        if hits:
            self.results.setCurrentRow(0)

    def _search(self, text: str) -> None:
        self._show(self.controller.search(text) if text.strip() else [])

    def eventFilter(self, obj, event) -> bool:
        if obj is self.query and event.type() == event.Type.KeyPress and event.key() in (Qt.Key_Up, Qt.Key_Down):
            row = self.results.currentRow() + (-1 if event.key() == Qt.Key_Up else 1)
            if 0 <= row < self.results.count():
                self.results.setCurrentRow(row)
            return True
        return super().eventFilter(obj, event)

    def _pick(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.picked_code = item.data(Qt.UserRole)
        self.accept()
