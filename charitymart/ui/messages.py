"""Service messages in the UI language, and the translators that provide it.

Services raise errors carrying a constant English template plus named parameters
(`exc.template`, `exc.params`); import problems carry the same. Here the template is looked
up in the "ServiceMessages" context of the installed translations, then filled in, so a
sentence is always translated whole. Sources: charitymart/resources/i18n/*.ts (see
tools/extract_messages.py and tools/build_translations.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from charitymart.domain.messages import Message
from charitymart.services.tabular import AT_CELL, AT_ROW, Problem

CONTEXT = "ServiceMessages"
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
# Compiled translations loaded for a language, in order: the screens' own, then service messages.
TRANSLATION_FILES = ("charitymart", "messages")
SOURCE_LANGUAGE = "en"
TRANSLATOR_NAME = "charitymart-translator"


def _fill(template: str, params: Mapping[str, Any] | None) -> str | None:
    """The translation of `template` filled in with `params`; the English text if the
    translation's placeholders don't fit; None if even the template doesn't. A parameter that
    is itself a Message ("line {line}: {message}") is translated whole first."""
    params = {key: translate_message(value.template, value.params) if isinstance(value, Message) else value
              for key, value in (params or {}).items()}
    for text in (QCoreApplication.translate(CONTEXT, template), template):
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            continue
    return None


def translate_message(template: str, params: Mapping[str, Any] | None = None) -> str:
    """`template` translated in the ServiceMessages context, then filled in with `params`."""
    text = _fill(template, params)
    return template if text is None else text


def error_text(exc: BaseException) -> str:
    """A service error (or any exception with `template`/`params`) in the UI language."""
    template = getattr(exc, "template", None)
    if not isinstance(template, str):
        return str(exc)
    text = _fill(template, getattr(exc, "params", None))
    return (getattr(exc, "message", None) or str(exc)) if text is None else text


def problem_text(problem: Problem) -> str:
    """An import Problem in the UI language: "第 3 行，price 列：……" / "row 3, column price: ..."."""
    where = AT_CELL if problem.column else AT_ROW
    return translate_message(where, {"row": problem.row, "column": problem.column,
                                     "message": Message(problem.template, **problem.params)})


def qm_files(language: str) -> list[Path]:
    """The shipped .qm files for `language` that exist. English is the source language: its only
    file holds the plural forms of the screens' "%n item(s)" texts ("1 item", "2 items")."""
    if language == SOURCE_LANGUAGE or language.startswith(SOURCE_LANGUAGE + "_"):
        names = [f"charitymart_{SOURCE_LANGUAGE}"]
    else:
        names = [f"{name}_{language}" for name in TRANSLATION_FILES]
    return [path for name in names if (path := I18N_DIR / f"{name}.qm").is_file()]


def installed_translators(app: QCoreApplication) -> list[QTranslator]:
    """The translators `install_translators` has put on `app` (whoever kept or lost them)."""
    return [t for t in app.findChildren(QTranslator) if t.objectName() == TRANSLATOR_NAME]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for `language` (for English only the plural forms), first removing any this
    function installed before, so calling it again switches the language. Returns them so the
    caller can keep them and `remove_translators` them later; they are children of `app`."""
    remove_translators(app, installed_translators(app))
    installed = []
    for path in qm_files(language):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(str(path)) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
        translator.setObjectName("")  # no longer counted as installed
