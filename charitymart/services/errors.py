"""Domain errors: each carries a message fit to show a user, and the field it is about."""

from __future__ import annotations


class CharityMartError(Exception):
    """Base class. `field` names the form field or import column the problem is in, if any."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class ValidationError(CharityMartError):
    """Bad input: nothing was changed."""


class NotFoundError(CharityMartError):
    pass


class PermissionDenied(CharityMartError):
    """The user's role may not do this (a manager PIN may be asked for instead)."""


class LoginLocked(CharityMartError):
    def __init__(self, message: str, *, seconds_left: int):
        super().__init__(message)
        self.seconds_left = seconds_left


class WrongPin(CharityMartError):
    def __init__(self, message: str, *, tries_left: int):
        super().__init__(message)
        self.tries_left = tries_left


class StockError(CharityMartError):
    """Not enough sellable stock, or the only stock left is expired."""


class AllowanceError(CharityMartError):
    """Allowance overspent, visit limit reached, card expired or inactive, item not payable."""


class ShiftError(CharityMartError):
    """No open shift, shift already open, or the sale belongs to another shift."""


class PeriodClosedError(CharityMartError):
    """The month has been published (公示); changes dated in it need a correction with a reason."""
