"""Training mode: a sale on the throwaway copy leaves the real store's file byte-for-byte unchanged."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from charitymart.db.engine import sqlite_path
from charitymart.db.models import ParkedBasket, Sale
from charitymart.services.errors import ValidationError
from charitymart.services.store.setup import open_store
from charitymart.ui.app import build_window
from charitymart.ui.counter.payment_dialog import PaymentDialog
from charitymart.ui.training import TRAINING_MARK, is_training, mark_training, open_training_copy
from tests.support import factories
from tests.support.counter import raise_failures, when_dialog_shows

RICE = "6901234567892"


def type_enter(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key_Return)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_training_sale_leaves_the_real_store_unchanged(store, qtbot):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE), 20)
    real = sqlite_path(store.url)
    store.close()  # the real till has closed: its file is complete
    before = digest(real)
    neighbours = sorted(p.name for p in real.parent.iterdir())

    handle, cleanup = open_training_copy(real)
    folder = handle.training_folder
    assert folder.is_dir() and real.parent not in folder.parents
    try:
        window = build_window(handle, language="en")
        qtbot.addWidget(window)
        mark_training(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        assert is_training(window) and is_training(window.controller)
        assert TRAINING_MARK in window.windowTitle()
        assert window.login_page.banner.isVisible() and TRAINING_MARK in window.login_page.banner.text()

        type_enter(qtbot, window.login_page.pin, "9999")
        assert window.float_page.banner.isVisible()
        type_enter(qtbot, window.float_page.amount, "100")
        page = window.sale_page
        assert page.banner.isVisible() and TRAINING_MARK in page.banner.text()
        type_enter(qtbot, page.scan, "2*" + RICE)

        titles = []

        def pay(dialog):
            qtbot.waitUntil(lambda: TRAINING_MARK in dialog.windowTitle())
            titles.append(dialog.windowTitle())
            qtbot.keyClick(dialog.cash, Qt.Key_Return)

        shown = when_dialog_shows(PaymentDialog, pay)
        qtbot.keyClick(page.scan, Qt.Key_F12)
        raise_failures(shown)
        assert titles and "T1-2026-000001" in page.status.text()
        with handle.sessions() as s:
            assert [sale.total for sale in s.scalars(select(Sale))] == [5000]
        qtbot.waitUntil(lambda: not page._save_timer.isActive())  # the open-basket save has run
        window.close()
    finally:
        cleanup()
    cleanup()  # twice is harmless
    assert not folder.exists()

    assert digest(real) == before
    assert sorted(p.name for p in real.parent.iterdir()) == neighbours
    reopened = open_store(real)
    try:
        with reopened.sessions() as s:
            assert s.scalar(select(Sale)) is None and s.scalar(select(ParkedBasket)) is None
    finally:
        reopened.close()
    assert digest(real) == before


def test_training_needs_an_existing_sqlite_store(tmp_path):
    with pytest.raises(ValidationError):
        open_training_copy(tmp_path / "nothing-here.sqlite")
    with pytest.raises(ValidationError):
        open_training_copy("postgresql://till@localhost/shop")
