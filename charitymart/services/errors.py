"""Domain errors: each carries a message fit to show a user, and the field it is about.

A message is a constant English template with named `{params}` (see domain/messages.py):
`ValidationError("barcode {code} already belongs to {name}", field="barcode", code=..., name=...)`.
`.message` (and `str(exc)`) is the English text; `.template` and `.params` let the UI show it
translated (`charitymart.ui.messages.error_text`).
"""

from __future__ import annotations

from typing import Any

from charitymart.domain.messages import Message, format_message, translatable

__all__ = ["AT_LINE", "Message", "translatable", "CharityMartError", "ValidationError", "NotFoundError",
           "PermissionDenied", "LoginLocked", "WrongPin", "StockError", "AllowanceError", "ShiftError",
           "PeriodClosedError", "ServerUnreachable"]

# A refusal about one line of a form (an intake line): `message` is a Message, `line` 1-based.
AT_LINE = translatable("line {line}: {message}")


def _rebuild(cls: type, args: tuple, state: dict) -> "CharityMartError":
    exc = Exception.__new__(cls)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class CharityMartError(Exception):
    """Base class. `field` names the form field or import column the problem is in, if any."""

    def __init__(self, template: str, /, *, field: str | None = None, **params: Any):
        self.template = template
        self.params = params
        self.message = format_message(template, params)
        self.field = field
        super().__init__(self.message)

    def __reduce__(self):  # keyword-only arguments: pickle the state, not the constructor call
        return _rebuild, (type(self), self.args, dict(self.__dict__))


class ValidationError(CharityMartError):
    """Bad input: nothing was changed."""


class NotFoundError(CharityMartError):
    pass


class PermissionDenied(CharityMartError):
    """The user's role may not do this (a manager PIN may be asked for instead)."""


class LoginLocked(CharityMartError):
    """`seconds_left` is also a parameter of the template."""

    def __init__(self, template: str, /, *, seconds_left: int, field: str | None = None, **params: Any):
        super().__init__(template, field=field, seconds_left=seconds_left, **params)
        self.seconds_left = seconds_left


class WrongPin(CharityMartError):
    """`tries_left` is also a parameter of the template."""

    def __init__(self, template: str, /, *, tries_left: int, field: str | None = None, **params: Any):
        super().__init__(template, field=field, tries_left=tries_left, **params)
        self.tries_left = tries_left


class StockError(CharityMartError):
    """Not enough sellable stock, or the only stock left is expired."""


class AllowanceError(CharityMartError):
    """Allowance overspent, visit limit reached, card expired or inactive, item not payable."""


class ShiftError(CharityMartError):
    """No open shift, shift already open, or the sale belongs to another shift."""


class PeriodClosedError(CharityMartError):
    """The month has been published (公示); changes dated in it need a correction with a reason."""


class ServerUnreachable(CharityMartError):
    """The database server could not be reached: nothing of the action was saved (its
    transaction never committed), so the till keeps the basket and the user may try again."""
