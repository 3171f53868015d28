"""The words of a document in the reader's language, without Qt.

Documents are made by the GUI and by the command line, so they can't use Qt's translators.
Their strings are looked up in the same Qt Linguist source as the service messages
(resources/i18n/messages_<lang>.ts, context "ServiceMessages"): tools/extract_messages.py
collects every `tr("...")` call in charitymart/reports/ as a template. So: always name the
function `tr`, pass one constant English sentence with `{placeholders}`, values as keywords.

    tr = document_text("zh_CN")
    tr("Receipt {number}", number="T1-2026-000123")
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import lru_cache
from importlib import resources
from typing import Any

from charitymart.domain.messages import format_message

CONTEXT = "ServiceMessages"
LANGUAGES = ("zh_CN", "en")


@lru_cache(maxsize=4)
def _catalog(language: str) -> dict[str, str]:
    if language == "en":
        return {}
    source = resources.files("charitymart.resources.i18n").joinpath(f"messages_{language}.ts")
    if not source.is_file():
        return _pending(language)
    catalog = {}
    for context in ET.fromstring(source.read_bytes()).findall("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished") or not translation.text:
                continue
            catalog[message.findtext("source") or ""] = translation.text
    return {**_pending(language), **catalog}


def _pending(language: str) -> dict[str, str]:
    """Translations a branch added in resources/i18n/pending/*.json and tools/apply_translations.py
    has not folded into the .ts yet: used until it has (the .ts wins where both have one)."""
    folder = resources.files("charitymart.resources.i18n").joinpath("pending")
    if language != "zh_CN" or not folder.is_dir():
        return {}
    found: dict[str, str] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            found.update(json.loads(entry.read_text(encoding="utf-8")))
    return found


class DocumentText:
    """Callable: `tr(template, **params)` -> the filled-in sentence in `language`."""

    def __init__(self, language: str = "zh_CN"):
        self.language = language if language in LANGUAGES else "zh_CN"
        self._catalog = _catalog(self.language)

    def __call__(self, template: str, /, **params: Any) -> str:
        translated = self._catalog.get(template, template)
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            # A translation whose placeholders don't fit: the English sentence rather than "{x}".
            return format_message(template, params)


def document_text(language: str = "zh_CN") -> DocumentText:
    return DocumentText(language)
