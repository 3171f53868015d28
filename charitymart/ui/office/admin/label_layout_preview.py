"""One sheet of a label layout drawn to scale: the page, its margins and every label, numbered in
the order they are printed. Pure geometry from the layout, so it redraws as fast as a person types."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from charitymart.domain.label_layouts import LabelLayout

PAGE_COLOUR = QColor("#ffffff")
LABEL_COLOUR = QColor("#e3f0ff")
EDGE_COLOUR = QColor("#1f4e8c")
MARGIN = 10  # pixels around the page


class LayoutPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_shown: LabelLayout | None = None
        self.setMinimumSize(160, 120)  # fits beside the fields on a 1280x720 screen
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)

    def show_layout(self, layout: LabelLayout | None) -> None:
        """Draw this layout, or an empty grey area while the form has a problem."""
        self.layout_shown = layout
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), QColor("#d9d9d9"))
        layout = self.layout_shown
        if layout is None:
            return
        page_width, page_height = layout.page_size
        scale = min((self.width() - 2 * MARGIN) / page_width, (self.height() - 2 * MARGIN) / page_height)
        left = (self.width() - page_width * scale) / 2
        top = (self.height() - page_height * scale) / 2
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.setBrush(PAGE_COLOUR)
        painter.drawRect(QRectF(left, top, page_width * scale, page_height * scale))
        width, height = layout.label_size
        painter.setPen(QPen(EDGE_COLOUR, 1.5))
        font = QFont(self.font())
        font.setPixelSize(max(9, min(18, int(min(width, height) * scale / 2.5))))
        painter.setFont(font)
        for index in range(layout.per_page):
            x, y = layout.position(index)
            cell = QRectF(left + x * scale, top + y * scale, width * scale, height * scale)
            painter.setBrush(LABEL_COLOUR)
            painter.drawRoundedRect(cell, 2, 2)
            if cell.height() >= 12 and cell.width() >= 14:
                painter.drawText(cell, Qt.AlignCenter, str(index + 1))
        painter.end()
