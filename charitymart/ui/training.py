"""Training mode: the same counter on a throwaway copy of the store.

`open_training_copy(real_db)` copies the store's SQLite file with the online backup API
(services.store.backup.backup, so a running till is no problem) into a private temporary folder and
opens that copy; `cleanup()` closes it and deletes the folder (also at exit; copies left by a
killed process are swept after a day). The real file is only read, so nothing reaches the real
ledger or its receipt numbers. `mark_training(window)` puts a red "TRAINING 培训模式" banner on
every page, marks the title and frame of every dialog it owns, and sets `window.training` and
`window.controller.training` so receipts (and the customer display) can say TRAINING
(`is_training(obj)`; receipt writers print `TRAINING_MARK`).
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QBoxLayout, QDialog, QLabel

from charitymart.db import migrate
from charitymart.db.engine import database_url, sqlite_path
from charitymart.services.errors import ValidationError
from charitymart.services.store import backup
from charitymart.services.store import setup as store_setup
from charitymart.services.store.setup import StoreHandle, open_store

TRAINING_MARK = "TRAINING 培训模式"
FOLDER_PREFIX = "charitymart-training-"
STALE_SECONDS = 24 * 3600
DIALOG_FRAME = "\nQDialog { border: 6px solid #b00020; }\n"


def is_training(obj) -> bool:
    """True for a window or controller marked by `mark_training`."""
    return bool(getattr(obj, "training", False))


def banner_text() -> str:
    return QCoreApplication.translate(
        "Training", "{mark}: practice on a copy of the store. Nothing here is real.").format(mark=TRAINING_MARK)


def sweep_stale_copies(folder: Path | None = None, max_age_seconds: int = STALE_SECONDS) -> int:
    """Delete training copies a crashed or killed app left behind; returns how many."""
    folder = Path(folder or tempfile.gettempdir())
    removed = 0
    for entry in folder.glob(FOLDER_PREFIX + "*"):
        try:
            old = time.time() - entry.stat().st_mtime > max_age_seconds
        except OSError:
            continue
        if entry.is_dir() and old:
            shutil.rmtree(entry, ignore_errors=True)
            removed += 1
    return removed


def open_training_copy(real_db: str | Path | None = None) -> tuple[StoreHandle, Callable[[], None]]:
    """A copy of the store at `real_db` (path or sqlite URL; None = the default store), opened.
    Returns (handle, cleanup); cleanup is idempotent and also runs at exit."""
    path = sqlite_path(database_url(real_db))
    if path is None:
        raise ValidationError("training mode needs a store kept in a SQLite file", field="db")
    if not path.is_file():
        raise ValidationError("there is no store at {path}", field="db", path=str(path))
    sweep_stale_copies()
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    try:
        copy = backup.backup(path, folder / "training.sqlite")
        handle = open_store(copy, migrate_schema=False)
        # A copy of an older store is migrated here, its safety backup kept in the same folder.
        migrate.upgrade(handle.engine, backup_folder=folder)
        _make_it_a_practice_store(handle, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    closed = False

    def cleanup() -> None:
        nonlocal closed
        if closed:
            return
        closed = True
        handle.close()
        shutil.rmtree(folder, ignore_errors=True)
        atexit.unregister(cleanup)

    atexit.register(cleanup)
    handle.training_folder = folder  # receipts printed to PDF in training belong here
    return handle, cleanup


def _make_it_a_practice_store(handle: StoreHandle, folder: Path) -> None:
    """The copy starts with an empty counter (a real customer's open or held basket stays on the
    real till) and writes its receipts and slips into the training folder, not the shop's."""
    with handle.sessions.begin() as s:
        store_setup.make_practice_copy(s, receipts_folder=folder / "receipts")


def _banner() -> QLabel:
    label = QLabel(banner_text())
    label.setObjectName("Banner")
    label.setAlignment(Qt.AlignCenter)
    label.setStyleSheet("background: #b00020; color: white; font-weight: bold; font-size: 18pt; padding: 6px;")
    return label


def _mark_page(page) -> None:
    banner = getattr(page, "banner", None)
    if isinstance(banner, QLabel):
        banner.setText(banner_text())
        banner.show()
        return
    layout = page.layout()
    if isinstance(layout, QBoxLayout) and not page.property("training_banner"):
        page.banner = _banner()
        layout.insertWidget(0, page.banner)
        page.setProperty("training_banner", True)


def _mark_dialogs(*_args) -> None:
    """Every dialog shown while training says so in its title (the red frame comes from the style
    sheet). Runs when the focused window changes, so it costs nothing per event."""
    for widget in QApplication.topLevelWidgets():
        owner = widget.parentWidget()
        if (isinstance(widget, QDialog) and widget.isVisible() and not widget.property("training_marked")
                and owner is not None and is_training(owner.window())):
            widget.setProperty("training_marked", True)
            widget.setWindowTitle(QCoreApplication.translate("Training", "{mark} · {title}").format(
                mark=TRAINING_MARK, title=widget.windowTitle()))


def mark_training_pages(window) -> None:
    """The banner on every page of the window (again after the pages were rebuilt)."""
    for index in range(window.stack.count()):
        _mark_page(window.stack.widget(index))


def mark_training(window) -> None:
    """Show that this window works on a training copy: banners, titles, receipts, customer display."""
    window.training = True
    window.controller.training = True
    mark_training_pages(window)
    window.stack.currentChanged.connect(lambda index: _mark_page(window.stack.widget(index)))
    window.setWindowTitle(QCoreApplication.translate("Training", "{mark} · {title}").format(
        mark=TRAINING_MARK, title=window.windowTitle()))
    app = QApplication.instance()
    window.setStyleSheet(window.styleSheet() + DIALOG_FRAME)  # cascades to the window's dialogs
    if not getattr(app, "_charitymart_training", False):
        app._charitymart_training = True
        app.focusWindowChanged.connect(_mark_dialogs)
    display = getattr(window, "customer_display", None)
    if display is not None:
        display.refresh()
