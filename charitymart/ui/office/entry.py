"""Into the back office from the counter's login page, and back.

The login page's back-office mode (F1) hands over the typed PIN; the service lets a manager or
an admin in and refuses a cashier with a clear message (shown under the PIN field). The counter
itself is left as it was: no shift is opened, no basket touched. "Back to the counter" (F10)
closes the back office and shows the login page again for the next person.
"""

from __future__ import annotations

from dataclasses import replace

from charitymart.services.errors import CharityMartError
from charitymart.services.users.session import login_to_back_office
from charitymart.ui.background import BackgroundQueue
from charitymart.ui.messages import error_text
from charitymart.ui.office.context import OfficeContext
from charitymart.ui.office.shell import OfficeShell


def install(window) -> None:
    """Connect the login page's back-office mode to `open_back_office` (called by MainWindow,
    again when its pages are rebuilt for another language)."""
    if not hasattr(window, "office"):
        window.office = None
    window.login_page.office_pin_entered.connect(lambda pin: open_back_office(window, pin))


def open_back_office(window, pin: str) -> OfficeShell | None:
    controller = window.controller
    try:
        actor = login_to_back_office(controller.handle.sessions, controller.till_code, pin)
    except CharityMartError as exc:
        window.login_page.show_error(error_text(exc))
        return None
    context = OfficeContext(handle=controller.handle, actor=actor, language=window.language,
                            currency=controller.currency, jobs=BackgroundQueue("office"))
    return show_back_office(window, context)


def show_back_office(window, context: OfficeContext) -> OfficeShell:
    shell = OfficeShell(context)
    window.office = shell
    window.stack.addWidget(shell)
    window.stack.setCurrentWidget(shell)
    shell.closed.connect(lambda: close_back_office(window, shell))
    return shell


def close_back_office(window, shell: OfficeShell) -> None:
    window.login_page.set_office_mode(False)
    window.stack.setCurrentWidget(window.login_page)
    window.stack.removeWidget(shell)
    shell.deleteLater()
    window.office = None
    window.focus_current_page()  # the PIN field gets real keyboard focus once the switch settles


def reopen_in_language(window, language: str) -> None:
    """After the window switched language: the open back office again, in `language`, for the
    same manager (a form being typed in starts again)."""
    shell = window.office
    if shell is None:
        return
    # The old shell takes its worker with it; the new one gets its own.
    context = replace(shell.context, language=language, jobs=BackgroundQueue("office"))
    row = shell.nav.currentRow()
    close_back_office(window, shell)
    new_shell = show_back_office(window, context)
    if 0 <= row < new_shell.nav.count():
        new_shell.nav.setCurrentRow(row)  # Ctrl+L keeps the page the manager was on
