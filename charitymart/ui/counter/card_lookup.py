"""Looking up a scanned card in a dialog: shared by the household (F8) and volunteer (F7) cards."""

from __future__ import annotations

from typing import Callable

from charitymart.services.errors import CharityMartError
from charitymart.ui.messages import error_text


class CardLookup:
    """Mixin for a dialog with `controller`, `view`, `error`, `_show_view()`, `_fail()` and
    `refusal()`: look the card up, show it, and say why it can't be used."""

    def look_up_card(self, field, find: Callable, empty_message: str, code_of: Callable) -> bool:
        text = field.text().strip()
        self.view = None
        self.error.clear()
        if not text:
            self._show_view()
            self._fail(empty_message)
            return False
        try:
            self.view = find(self.controller, text)
        except CharityMartError as exc:
            self._show_view()
            self._fail(error_text(exc))
            return False
        field.setText(code_of(self.view))
        self._show_view()
        refusal = self.refusal()
        if refusal:
            self._fail(refusal)
            return False
        field.selectAll()
        return True
