"""Messages as a constant English template plus named parameters, so a UI can translate them.

`template` is the text to translate (Qt context "ServiceMessages"); `params` fill its
`{placeholders}`. The English text is `template.format(**params)`. Never build a template
from pieces: one whole sentence per template, values (names, codes, amounts as "12.50")
as parameters. tools/extract_messages.py collects the templates from the sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def format_message(template: str, params: Mapping[str, Any]) -> str:
    """`template` with `params` filled in; the bare template if they don't fit it."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return template


def translatable(template: str) -> str:
    """Mark a constant template kept in a variable so the extractor finds it; returns it unchanged."""
    return template


class MessageValueError(ValueError):
    """A ValueError whose text is a template plus parameters (domain and cell-parsing errors)."""

    def __init__(self, template: str, /, **params: Any):
        self.template = template
        self.params = params
        self.message = format_message(template, params)
        super().__init__(self.message)


class Message:
    """A template with its parameters, used as a parameter of another message that places it
    ("line {line}: {message}"); its English text is `str(message)`."""

    __slots__ = ("template", "params")

    def __init__(self, template: str, /, **params: Any):
        self.template, self.params = template, params

    def __str__(self) -> str:
        return format_message(self.template, self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(str(self))

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"
