"""Every translatable string in the sources has a finished Chinese translation.

    .venv/bin/python tools/check_translations.py    # prints file:line of each problem; exit 1 if any

Each layer has its own mechanism, and each is compared with its own .ts file:
- ui/: `self.tr("...")` (context: the enclosing class) and
  `QCoreApplication.translate("Context", "...")`, looked up at run time in the .qm compiled from
  charitymart_zh_CN.ts (pyside6-lupdate writes it, tools/apply_translations.py runs it);
- the same calls with `%n` (Qt plurals): their English forms in charitymart_en.ts;
- services/, domain/, reports/, report_commands/, cli.py and the errors ui/ raises: the
  service message templates (tools/extract_messages.py), in the "ServiceMessages" context of
  messages_zh_CN.ts.
A message is missing when its .ts has no entry for it, unfinished when the entry is empty or
marked unfinished, wrong when the translation's {placeholders} or %n differ from the source's.
A Qt call lupdate cannot read (the text is not a literal: a variable, a wrapper such as
`_tr(text)`, `"a" if c else "b"`) is a problem too: its text would never reach the .ts.
A .qm older than its .ts means the app shows old translations: also reported.

The same check runs in the test suite (tests/i18n/test_translations_complete.py).
"""

from __future__ import annotations

import ast
import string
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
import build_translations
import extract_messages

ROOT = TOOLS.parent
UI = ROOT / "charitymart" / "ui"
UI_TS = ROOT / "charitymart" / "resources" / "i18n" / "charitymart_zh_CN.ts"
PLURALS_TS = UI_TS.with_name("charitymart_en.ts")  # English "%n item(s)" forms: "1 item", "2 items"
QT_APPS = {"QCoreApplication", "QApplication", "QGuiApplication"}
# The one place a Qt lookup takes its text at run time: the service catalogue itself.
RUN_TIME_LOOKUPS = {UI / "messages.py"}


@dataclass(frozen=True)
class QtString:
    context: str
    source: str
    comment: str
    numerus: bool
    path: Path
    line: int


@dataclass
class QtScan:
    strings: list[QtString] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _where(path: Path, line: int) -> str:
    try:
        return f"{path.relative_to(ROOT)}:{line}"
    except ValueError:
        return f"{path}:{line}"


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _QtCalls(ast.NodeVisitor):
    """The translation calls of one file, with the class each sits in (lupdate's context)."""

    def __init__(self, path: Path, found: QtScan):
        self.path, self.found, self.classes = path, found, []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            self._tr(node, func)
        elif isinstance(func, ast.Attribute) and func.attr == "translate" \
                and isinstance(func.value, ast.Name) and func.value.id in QT_APPS:
            self._translate(node)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        # `_translate = QCoreApplication.translate`: lupdate reads no call made through the alias,
        # so its texts never reach the .ts (the counter's refund reasons stayed English that way).
        value = node.value
        if isinstance(value, ast.Attribute) and value.attr == "translate" \
                and isinstance(value.value, ast.Name) and value.value.id in QT_APPS:
            self._problem(node, "translate() under another name: lupdate cannot read the calls made through it")
        self.generic_visit(node)

    def _problem(self, node: ast.Call, what: str) -> None:
        self.found.problems.append(f"{_where(self.path, node.lineno)}: {what}")

    def _add(self, node: ast.Call, context: str, source: str, comment: ast.expr | None, numerus: bool) -> None:
        self.found.strings.append(QtString(context, source, _literal(comment) or "", numerus, self.path, node.lineno))

    def _tr(self, node: ast.Call, func: ast.Attribute) -> None:
        source = _literal(node.args[0]) if node.args else None
        if not (isinstance(func.value, ast.Name) and func.value.id == "self") or not self.classes:
            self._problem(node, "tr() on something other than self: lupdate would file it under the wrong context")
        elif source is None:
            self._problem(node, "self.tr() of a text that is not a literal: lupdate cannot read it")
        else:
            numerus = len(node.args) > 2 or any(k.arg == "n" for k in node.keywords)
            self._add(node, self.classes[-1], source, node.args[1] if len(node.args) > 1 else None, numerus)

    def _translate(self, node: ast.Call) -> None:
        if self.path in RUN_TIME_LOOKUPS:
            return
        context, source = (_literal(a) for a in (node.args + [None, None])[:2])
        if context is None or source is None:
            self._problem(node, "translate() of a context or text that is not a literal: lupdate cannot read it")
            return
        numerus = len(node.args) > 3 and not (isinstance(node.args[3], ast.Constant) and node.args[3].value == -1)
        self._add(node, context, source, node.args[2] if len(node.args) > 2 else None, numerus)


def scan_qt(paths: list[Path] | None = None) -> QtScan:
    found = QtScan()
    for path in sorted(UI.rglob("*.py")) if paths is None else paths:
        _QtCalls(path, found).visit(extract_messages.parsed(path))
    return found


# --- the .ts files ----------------------------------------------------------------------------

@dataclass(frozen=True)
class TsEntry:
    translations: tuple[str, ...]  # one, or the numerus forms
    finished: bool


def read_qt_ts(path: Path = UI_TS) -> dict[tuple[str, str, str], TsEntry]:
    """(context, source, comment) -> its live translation (obsolete and vanished ones left out)."""
    entries = {}
    for context in ET.parse(path).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] if translation is not None else []
            texts = tuple(forms) if forms else ((translation.text or "") if translation is not None else "",)
            entries[(name, message.findtext("source") or "", message.findtext("comment") or "")] = \
                TsEntry(texts, kind is None and all(t.strip() for t in texts))
    return entries


def placeholders(text: str) -> list[str]:
    try:
        names = sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)
    except ValueError:  # a lone brace: not a template
        names = []
    return names + (["%n"] if "%n" in text else [])


def _checked(where: str, label: str, source: str, entry: TsEntry | None) -> list[str]:
    if entry is None:
        return [f"{where}: missing{label}: {source!r}"]
    if not entry.finished:
        return [f"{where}: unfinished{label}: {source!r}"]
    wrong = [t for t in entry.translations if placeholders(t) != placeholders(source)]
    return [f"{where}: placeholders differ{label}: {source!r} -> {wrong[0]!r}"] if wrong else []


def qt_problems(found: QtScan | None = None, ts: Path = UI_TS) -> list[str]:
    found = scan_qt() if found is None else found
    entries = read_qt_ts(ts)
    problems = list(found.problems)
    for s in found.strings:
        entry = entries.get((s.context, s.source, s.comment))
        problems += _checked(_where(s.path, s.line), f" [{s.context}]", s.source, entry)
    return problems


def plural_problems(found: QtScan | None = None, ts: Path = PLURALS_TS) -> list[str]:
    """Each "%n ..." text of the screens has its two English forms (one, other)."""
    found = scan_qt() if found is None else found
    entries = read_qt_ts(ts) if ts.is_file() else {}
    problems = []
    for s in (s for s in found.strings if s.numerus):
        entry = entries.get((s.context, s.source, s.comment))
        if entry is not None and entry.finished and len(entry.translations) != 2:
            entry = TsEntry(entry.translations, finished=False)
        problems += _checked(_where(s.path, s.line), f" English plural forms [{s.context}]", s.source, entry)
    return problems


def service_problems(found: extract_messages.Scan | None = None, ts: Path = extract_messages.TS_FILE) -> list[str]:
    found = extract_messages.scan() if found is None else found
    entries, _ = extract_messages.read_ts(ts)
    problems = list(found.problems)
    for template, places in sorted(found.templates.items(), key=lambda item: min(item[1])):
        entry = entries.get(template)
        ts_entry = None if entry is None else TsEntry(
            (entry.translation,), entry.kind is None and bool(entry.translation.strip()))
        path, line = min(places)
        problems += _checked(_where(path, line), "", template, ts_entry)
    return problems


def stale_qm_problems() -> list[str]:
    return [f"{_where(qm, 1)}: out of date: run tools/build_translations.py" for qm in build_translations.stale()]


def problems() -> list[str]:
    qt = scan_qt()
    return qt_problems(qt) + plural_problems(qt) + service_problems() + stale_qm_problems()


def main() -> int:
    found = problems()
    for problem in found:
        print(problem)
    print(f"{len(found)} translation problem(s)" if found else "every string has a finished Chinese translation")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
