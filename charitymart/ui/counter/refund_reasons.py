"""The reasons a cashier picks for a refund or a void, and what the counter does once one is made.

Each reason is stored in English (the refund's or void's `reason`, for reports that group them)
and shown in the counter's language; the last one, "Other", is typed in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

REFUND_REASONS = ("Damaged or faulty", "Expired or spoiled", "Wrong item or price", "Customer changed their mind",
                  "Other")
VOID_REASONS = ("Wrong item or price", "Paid with the wrong tender", "Customer changed their mind",
                "Rung up twice", "Other")


def _shown() -> dict[str, str]:
    # Written out in full: lupdate (and tools/check_translations.py) only see calls spelled
    # QCoreApplication.translate("Context", "text"); through an alias the reasons stayed English.
    return {
        "Damaged or faulty": QCoreApplication.translate("RefundReasons", "Damaged or faulty"),
        "Expired or spoiled": QCoreApplication.translate("RefundReasons", "Expired or spoiled"),
        "Wrong item or price": QCoreApplication.translate("RefundReasons", "Wrong item or price"),
        "Customer changed their mind": QCoreApplication.translate("RefundReasons", "Customer changed their mind"),
        "Paid with the wrong tender": QCoreApplication.translate("RefundReasons", "Paid with the wrong tender"),
        "Rung up twice": QCoreApplication.translate("RefundReasons", "Rung up twice"),
        "Other": QCoreApplication.translate("RefundReasons", "Other (say why)"),
    }


def refund_reasons() -> list[tuple[str, str]]:
    shown = _shown()
    return [(reason, shown[reason]) for reason in REFUND_REASONS]


def void_reasons() -> list[tuple[str, str]]:
    shown = _shown()
    return [(reason, shown[reason]) for reason in VOID_REASONS]


def after_refund_or_void(window, dialog) -> None:
    """A refund has its own numbered receipt: it is printed (pointing at the original) and the
    drawer opens when cash goes back, as after a sale. A void opens the drawer for its cash."""
    from charitymart.ui.counter.shift_dialogs import after_sale

    if dialog.made_receipt:
        after_sale(window, dialog.made_receipt)
    elif dialog.void_cash:
        window.drawer_kicker.kick()
