"""Start the GUI: fonts, translations, the store, the main window; training mode's window.

The till bar asks for training with a signal; the window is built here, so nothing below the app
reaches back up into it (no import circle)."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from charitymart.services.store.setup import StoreHandle
from charitymart.ui.counter.controller import CounterController
from charitymart.ui.main_window import MainWindow
from charitymart.ui.messages import install_translators
from charitymart.ui.probe import maybe_install_probe
from charitymart.ui.theme import load_fonts
from charitymart.ui.training import mark_training, open_training_copy


def prepare_app(language: str = "zh_CN") -> QApplication:
    """The QApplication with the shipped font, the icon and the translations for `language`."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts(app)
    icon = resources.files("charitymart.resources.icons").joinpath("charitymart.png")
    with resources.as_file(icon) as path:
        app.setWindowIcon(QIcon(str(path)))
    app._charitymart_translators = install_translators(app, language)  # kept alive with the app
    return app


def build_window(handle: StoreHandle, *, till: str = "T1", language: str = "zh_CN") -> MainWindow:
    prepare_app(language)
    window = MainWindow(CounterController(handle, till), language)
    window.till_bar.training_requested.connect(lambda: start_training_window(window))
    return window


def run(handle: StoreHandle, *, till: str = "T1", language: str = "zh_CN") -> int:
    from charitymart.ui import crash
    from charitymart.ui.auto_backup import AutoBackup
    from charitymart.ui.customer_display import maybe_attach_customer_display

    window = build_window(handle, till=till, language=language)
    crash.install(window)
    window.auto_backup = AutoBackup(handle, window)
    window.auto_backup.start()  # the daily backup now if due, then checked every hour
    maybe_attach_customer_display(window)
    maybe_install_probe(window)
    window.resize(1366, 768)
    window.showMaximized()
    return QApplication.instance().exec()


def start_training_window(real_window):
    """Open the counter on a training copy of `real_window`'s store; the real window hides until
    training ends (the training window closes), then the copy is deleted."""
    controller = real_window.controller
    handle, cleanup = open_training_copy(controller.handle.url)
    try:
        window = build_window(handle, till=controller.till_code, language=real_window.language)
    except BaseException:
        cleanup()
        raise
    mark_training(window)
    window.till_bar.retranslate()
    real_window.training_window = window

    def finished() -> None:
        real_window.training_window = None
        window.receipt_output.wait()  # a training receipt still being written goes into the copy's folder
        window.deleteLater()
        cleanup()
        real_window.show()
        real_window.activateWindow()
        real_window.login_page.pin.setFocus()

    window.closed.connect(finished)
    window.setGeometry(real_window.geometry())
    window.show() if not real_window.isMaximized() else window.showMaximized()
    real_window.hide()
    window.activateWindow()
    return window


def run_training(db: str | Path | None = None, *, till: str = "T1", language: str = "zh_CN") -> int:
    """`charitymart --training`: the GUI on a throwaway copy, deleted when the app closes."""
    from charitymart.ui import crash
    from charitymart.ui.customer_display import maybe_attach_customer_display

    handle, cleanup = open_training_copy(db)
    try:
        window = build_window(handle, till=till, language=language)
        crash.install(window)
        mark_training(window)
        maybe_attach_customer_display(window)
        window.resize(1366, 768)
        window.showMaximized()
        return QApplication.instance().exec()
    finally:
        cleanup()
