"""Screenshots of the admin area's household categories and label layouts pages at 1366x768 in
zh_CN and en, for docs/screenshots/ and for a person to look at before a GUI change is called done.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_office_setup.py
(QT_QPA_PLATFORM=offscreen also works.) It builds a 10-day demo store in a temp folder, logs in as
its manager, adds one layout of the store's own (made the default) and shows one with a mistake.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1366, 768)
SHOWN = []  # kept alive until the end, then deleted in order (PySide dislikes deletion at exit)


def shoot(widget, name: str) -> None:
    SHOWN.append(widget)
    widget.resize(*SIZE)
    widget.show()
    QTest.qWait(300)
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", OUT / f"{name}.png")


def main(language: str) -> None:
    os.environ.setdefault("CHARITYMART_HOME", tempfile.mkdtemp(prefix="cm-setup-shots-"))
    from charitymart.db.models import Store
    from charitymart.services import demo_data, labels
    from charitymart.services.demo import build_demo
    from charitymart.services.session import login_at_till
    from charitymart.services.store_setup import open_store
    from charitymart.ui.messages import install_translators
    from charitymart.ui.office.categories_page import CategoriesPage
    from charitymart.ui.office.context import OfficeContext
    from charitymart.ui.office.label_layouts_page import LabelLayoutsPage
    from charitymart.ui.theme import load_fonts

    app = QApplication.instance()
    load_fonts(app)
    app._charitymart_translators = install_translators(app, language)
    handle = open_store(Path(os.environ["CHARITYMART_HOME"]) / "demo.sqlite")
    with handle.sessions() as s:
        empty = s.get(Store, 1) is None
    if empty:
        build_demo(handle.sessions, days=10)
    manager = login_at_till(handle.sessions, "T1", demo_data.MANAGER[1])
    context = OfficeContext(handle=handle, actor=manager, language=language, currency="CNY")
    with handle.sessions.begin() as s:
        labels.save_layout(s, manager, {"name": "小标签 A5 2x5", "page": "A5", "rows": 5, "columns": 2,
                                        "margin_top": 5, "margin_bottom": 5, "margin_left": 4.5,
                                        "margin_right": 4.5, "gap_x": 3, "gap_y": 0})
        labels.set_default_layout(s, manager, "小标签 A5 2x5")

    categories = CategoriesPage(context)
    categories.table.selectRow(2)
    categories.new.name.setText("残疾人家庭")
    shoot(categories, f"office-categories-{language}")
    layouts = LabelLayoutsPage(context)
    layouts.table.selectRow(layouts.table.rowCount() - 1)
    shoot(layouts, f"office-label-layouts-{language}")
    layouts.edit_selected()
    layouts.table.selectRow(2)
    layouts.edit_selected()
    layouts.edits["name"].setText("small 65")
    layouts.edits["columns"].setText("7")
    shoot(layouts, f"office-label-layouts-problem-{language}")
    while SHOWN:
        SHOWN.pop().deleteLater()
    QTest.qWait(100)
    handle.close()


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(lang)
