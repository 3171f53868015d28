"""Running a modal dialog so that it is deleted afterwards.

A finished dialog left alive as a child of the main window (with Python event filters and
lambdas attached) made PySide crash the process at exit; deleting each one when its
exec() returns avoids that and keeps memory flat over a long shift.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """exec() the dialog, then schedule its deletion (its results stay readable until the
    event loop runs again)."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
