"""Screenshots of the admin area's household categories and label layouts pages at 1366x768 in
zh_CN and en, for docs/screenshots/ and for a person to look at before a GUI change is called done.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_office_setup.py
(QT_QPA_PLATFORM=offscreen also works.) It builds a 10-day demo store in a temp folder, logs in as
its manager, adds one layout of the store's own (made the default) and shows one with a mistake.
"""

from __future__ import annotations

import sys

from office_shots import finish, office_context, shoot
from PySide6.QtWidgets import QApplication


def main(language: str) -> None:
    from charitymart.services.stock import labels
    from charitymart.ui.office.admin.categories_page import CategoriesPage
    from charitymart.ui.office.admin.label_layouts_page import LabelLayoutsPage

    handle, manager, context = office_context(language, prefix="cm-setup-shots-", days=10)
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
    finish(handle, context)


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(lang)
