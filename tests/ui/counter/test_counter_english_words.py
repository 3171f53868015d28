"""The English counter counts in words that agree ("1 item", "2 items") and shows the yuan as ¥,
not CN¥ (Babel's English sign)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from charitymart.ui import messages
from charitymart.ui.app import build_window
from tests.support import factories

RICE = "6901234567892"


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


@pytest.fixture(autouse=True)
def no_translators_left(qapp):
    """The window installs its language's translators on the application: take them off after,
    so the tests that follow see the English source texts."""
    yield
    messages.remove_translators(qapp, messages.installed_translators(qapp))


def test_one_item_two_items_and_the_yuan_sign(store, qtbot):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE), 20)
    window = build_window(store, language="en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert [p.name for p in messages.qm_files("en")] == ["charitymart_en.qm"]
    type_enter(qtbot, window.login_page.pin, "9999")
    type_enter(qtbot, window.float_page.amount, "100")
    page = window.sale_page
    type_enter(qtbot, page.scan, RICE)
    assert page.count.text() == "1 item"
    assert "¥25.00" in page.total.text() and "CN¥" not in page.total.text()
    type_enter(qtbot, page.scan, RICE)
    assert page.count.text() == "2 items"
    assert "¥50.00" in page.total.text()
    window.switch_language("zh_CN")
    assert window.sale_page.count.text() == "2 件商品" and "¥50.00" in window.sale_page.total.text()
