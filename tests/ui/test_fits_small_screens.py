"""The counter and every back-office page fit a 1366x768 and a 1280x720 screen at the default
font size, in Chinese and in English: the window keeps the screen's size, every button shown
(F10 too) is inside the visible area, no page needs the back office's page scroller, and no
table header loses its words (they fit, or end in "…" with the whole as a tooltip).

Set FIT_SHOTS=folder to save a PNG of each screen at each size (to look at them)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charitymart.db.models import Barcode, Item
from charitymart.services.demo import data as demo_data
from charitymart.services.store.setup import open_store
from charitymart.ui import messages
from charitymart.ui.app import build_window
from tests.support.documents import demo_db  # noqa: F401  (the session's demo store)
from tests.support.fit import misfits

SIZES = ((1366, 768), (1280, 720))
SHOTS = os.environ.get("FIT_SHOTS")


@pytest.fixture
def demo_copy(demo_db, tmp_path):  # noqa: F811
    """A copy of the demo store (three weeks of sales, households, volunteers) to log in to."""
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db, path)
    handle = open_store(path)
    yield handle
    handle.close()


@pytest.fixture(autouse=True)
def no_translators_left(qapp):
    yield
    messages.remove_translators(qapp, messages.installed_translators(qapp))


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def check(window, qtbot, name: str, found: list[str]) -> None:
    for size in SIZES:
        window.resize(*size)
        qtbot.wait(30)
        found += [f"{name} at {size[0]}x{size[1]}: {problem}" for problem in misfits(window, size)]
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(SHOTS) / f"{name}-{size[0]}x{size[1]}.png"))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screen_fits_small_screens(demo_copy, qtbot, language):
    window = build_window(demo_copy, language=language)
    qtbot.addWidget(window)
    window.resize(*SIZES[0])
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    found: list[str] = []
    check(window, qtbot, f"{language}-login", found)

    qtbot.keyClick(window.login_page.pin, Qt.Key_F1)  # the back office, page by page
    type_enter(qtbot, window.login_page.pin, demo_data.MANAGER[1])
    shell = window.office
    assert shell is not None and shell.pages.count() >= 15
    for row in range(shell.pages.count()):
        shell.nav.setCurrentRow(row)
        shell.context.jobs.wait(20000)
        qtbot.wait(50)
        check(window, qtbot, f"{language}-office-{row:02d}-{type(shell.pages.widget(row)).__name__}", found)
    shell.back.click()

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login_page)  # the counter's pages
    type_enter(qtbot, window.login_page.pin, demo_data.MANAGER[1])
    if window.stack.currentWidget() is window.float_page:
        check(window, qtbot, f"{language}-float", found)
        type_enter(qtbot, window.float_page.amount, "100")
    assert window.stack.currentWidget() is window.sale_page
    type_enter(qtbot, window.sale_page.scan, "2*" + demo_copy_barcode(demo_copy))
    assert window.controller.basket.lines
    check(window, qtbot, f"{language}-sale", found)
    assert found == [], "\n".join(found)


def demo_copy_barcode(handle) -> str:
    """A barcode on sale in the demo store, so the sale screen shows a basket line."""
    with handle.readers() as s:
        return s.scalar(select(Barcode.code).join(Item, Item.id == Barcode.item_id).where(Item.active).limit(1))
