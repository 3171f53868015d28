"""The bar at the foot of the counter: the language switch, and on the login screen the way
into training mode (a manager's PIN, then the same counter on a throwaway copy).

Switching the language rebuilds the pages around the same controller, so the basket, the card
attached and the tenders taken stay as they are.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QStatusBar

from charitymart.services.errors import CharityMartError
from charitymart.services.users.session import manager_at_till
from charitymart.ui.counter.approval_dialog import ask_approval
from charitymart.ui.messages import error_text

# Each language's button names the other language in that language's own words.
OTHER_LANGUAGE = {"zh_CN": ("en", "English"), "en": ("zh_CN", "中文")}
LANGUAGE_KEY = "Ctrl+L"
TRAINING_KEY = "Ctrl+T"


class TillBar(QStatusBar):
    training_requested = Signal()  # a manager approved training mode on the login screen

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setSizeGripEnabled(False)
        self.language_button = QPushButton()
        self.language_button.setFocusPolicy(self.language_button.focusPolicy().NoFocus)
        self.language_button.clicked.connect(self.switch_language)
        self.training_button = QPushButton()
        self.training_button.setFocusPolicy(self.training_button.focusPolicy().NoFocus)
        self.training_button.clicked.connect(self.start_training)
        for button in (self.training_button, self.language_button):
            button.setStyleSheet("font-size: 13pt; padding: 4px 14px;")
            self.addPermanentWidget(button)
        QShortcut(QKeySequence(LANGUAGE_KEY), window, activated=self.switch_language)
        QShortcut(QKeySequence(TRAINING_KEY), window, activated=self.start_training)
        self.retranslate()

    def retranslate(self) -> None:
        _code, name = OTHER_LANGUAGE.get(self.window_.language, OTHER_LANGUAGE["zh_CN"])
        self.language_button.setText(self.tr("{language} (Ctrl+L)").format(language=name))
        training = bool(getattr(self.window_, "training", False))
        self.training_button.setText(self.tr("End training (Ctrl+T)") if training
                                     else self.tr("Training mode (Ctrl+T)"))
        self.update_for_page()

    def update_for_page(self) -> None:
        """Training starts only from the login screen (nobody's sale is open) and ends anywhere."""
        training = bool(getattr(self.window_, "training", False))
        on_login = self.window_.stack.currentWidget() is self.window_.login_page
        self.training_button.setVisible(training or on_login)

    def switch_language(self) -> None:
        code, _name = OTHER_LANGUAGE.get(self.window_.language, OTHER_LANGUAGE["zh_CN"])
        self.window_.switch_language(code)

    def start_training(self) -> None:
        window = self.window_
        if getattr(window, "training", False):
            window.close()  # the training window's owner shows the real counter again
            return
        if window.stack.currentWidget() is not window.login_page:
            return
        answer = ask_approval(window, self.tr("Training mode"),
                              self.tr("Practise on a copy of the store: nothing done in training is real. "
                                      "A manager's PIN starts it."))
        window.activateWindow()  # the keyboard comes back to the counter after the dialog
        if answer is None:
            window.login_page.pin.setFocus()
            return
        try:
            manager_at_till(window.controller.handle.sessions, window.controller.till_code, answer[1] or "",
                            "training mode needs a manager's PIN")
            self.training_requested.emit()  # the app opens the training window (ui.app)
        except CharityMartError as exc:
            window.login_page.error.setText(error_text(exc))
            window.login_page.pin.setFocus()
