"""`charitymart report KIND ...`: one module per family of documents, each adding its parsers.

A module defines `add_parsers(kinds, common)`: for each document, `kinds.add_parser(name,
parents=[common], ...)` and `set_defaults(report_handler=function)`; the function takes the
parsed args and returns the exit code, printing one summary line on success.
"""

from __future__ import annotations

from charitymart.report_commands import annual, documents, labels, month

MODULES = (documents, month, labels, annual)


def add_parsers(kinds, common) -> None:
    for module in MODULES:
        module.add_parsers(kinds, common)
