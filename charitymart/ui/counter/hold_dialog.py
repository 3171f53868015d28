"""(being written)"""


def install(window) -> None:
    """Register this module's keys and scan handlers on the main window."""
