"""Start the GUI: fonts, translations, the store, the main window."""

from __future__ import annotations

import sys
from importlib import resources

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from charitymart.services.store.setup import StoreHandle
from charitymart.ui.counter.controller import CounterController
from charitymart.ui.main_window import MainWindow
from charitymart.ui.messages import install_translators
from charitymart.ui.theme import load_fonts


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
    return MainWindow(CounterController(handle, till), language)


def run(handle: StoreHandle, *, till: str = "T1", language: str = "zh_CN") -> int:
    from charitymart.ui import crash
    from charitymart.ui.auto_backup import AutoBackup
    from charitymart.ui.customer_display import maybe_attach_customer_display

    window = build_window(handle, till=till, language=language)
    crash.install(window)
    window.auto_backup = AutoBackup(handle, window)
    window.auto_backup.start()  # the daily backup now if due, then checked every hour
    maybe_attach_customer_display(window)
    window.resize(1366, 768)
    window.showMaximized()
    return QApplication.instance().exec()
