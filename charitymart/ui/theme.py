"""Fonts and the look of the counter: large, high-contrast, readable at arm's length."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FONT_FILE = "wqy-microhei.ttc"
BASE_POINT_SIZE = 15

STYLE = """
QWidget { color: #111; }
QMainWindow, QDialog { background: #f6f5f0; }
QLineEdit, QSpinBox { padding: 6px; border: 2px solid #555; border-radius: 4px; background: white; }
QLineEdit:focus { border-color: #0a58ca; }
QPushButton { padding: 8px 14px; border: 2px solid #444; border-radius: 6px; background: #fff; }
QPushButton:default { background: #0a58ca; color: white; border-color: #0a58ca; }
QTableView { background: white; gridline-color: #ccc; selection-background-color: #ffe08a;
             selection-color: #000; }
QHeaderView::section { background: #333; color: white; padding: 6px; border: none; }
QLabel#Total { font-size: 44pt; font-weight: bold; color: #0a3d0a; }
QLabel#Change { font-size: 48pt; font-weight: bold; color: #0a58ca; }
QLabel#Error { color: #b00020; font-weight: bold; }
QLabel#Banner { background: #b00020; color: white; font-weight: bold; padding: 4px; }
QLabel#Legend { background: #222; color: #fff; padding: 6px; }
"""


def load_fonts(app: QApplication) -> str:
    """Register the shipped CJK font so Chinese renders on a PC without one; returns the family."""
    font_path = resources.files("charitymart.resources.fonts").joinpath(FONT_FILE)
    with resources.as_file(font_path) as path:
        font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    family = families[0] if families else app.font().family()
    font = QFont(family, BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE)
    return family
