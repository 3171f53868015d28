"""Collect the service message templates and merge them into the Qt Linguist source for Chinese.

    .venv/bin/python tools/extract_messages.py           # update messages_zh_CN.ts, then compile all .ts -> .qm
    .venv/bin/python tools/extract_messages.py --check   # exit 1 if the .ts misses or keeps a message,
                                                         # or has one untranslated (nothing is written)

Sources: services/, cli.py, *_commands.py, domain/, reports/, report_commands/ and ui/ (the screens raise
service errors too, e.g. "unknown code {code}: nothing was added"; their own words, `self.tr`
and `QCoreApplication.translate`, go to charitymart_zh_CN.ts through lupdate instead).
A template is the constant first argument of an error class (CharityMartError and its
subclasses, MessageValueError and its subclasses), of Problem(row, column, template) and
RowReader.problem(column, template), of the helpers that pass a template through (HELPERS),
of `translatable(...)`, and of `super().__init__(...)` inside an error class. Both branches of
`"a" if cond else "b"` count. A template built at run time (f-string, `+`, `%`, `.format`,
`str(exc)`) is reported as a problem: such a message could not be translated.

The .ts keeps every existing translation; a message no longer in the sources is kept with
type="obsolete" (lrelease leaves it out; it comes back if the template returns). New messages
get an empty translation with type="unfinished": translate them (Qt Linguist, or by hand),
then run tools/build_translations.py (this tool runs it too).
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "charitymart"
TS_FILE = PACKAGE / "resources" / "i18n" / "messages_zh_CN.ts"
CONTEXT = "ServiceMessages"
LANGUAGE = "zh_CN"

SEED_CLASSES = {"CharityMartError", "MessageValueError"}
# Functions and classes that take a template, by the position of that argument.
HELPERS = {
    "Problem": 2, "problem": 1, "Message": 0, "translatable": 0, "Keys": 1,
    "_error": 0, "require_role": 2, "approver_for": 3, "check_approver": 2,
    "tr": 0,  # charitymart/reports: document text (reports/text.py); in ui/ `tr` is Qt's (lupdate)
    "translate_message": 0,  # ui/messages.py: a service template looked up by the screens
}
QT_FOLDER = PACKAGE / "ui"
# Names that mean something else in ui/: `tr` is Qt's own translation, `_error` shows a text.
NOT_HELPERS_IN_UI = {"tr", "_error"}


def is_qt_source(path: Path) -> bool:
    return QT_FOLDER in path.parents


def source_files() -> list[Path]:
    return (sorted((PACKAGE / "services").rglob("*.py")) + [PACKAGE / "cli.py"] + sorted(PACKAGE.glob("*_commands.py"))
            + sorted((PACKAGE / "domain").glob("*.py")) + sorted((PACKAGE / "reports").glob("*.py"))
            + sorted((PACKAGE / "report_commands").glob("*.py")) + sorted(QT_FOLDER.rglob("*.py")))


@dataclass
class Scan:
    templates: dict[str, list[tuple[Path, int]]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # templates built at run time

    def add(self, template: str, path: Path, line: int) -> None:
        self.templates.setdefault(template, []).append((path, line))


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def parsed(path: Path) -> ast.Module:
    """The syntax tree of `path`, parsed once per run (tools/check_translations.py reads it too)."""
    stat = path.stat()
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _TREES:
        _TREES[key] = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return _TREES[key]


_TREES: dict[tuple[Path, int, int], ast.Module] = {}


def error_classes(classes: list[ast.ClassDef]) -> set[str]:
    """SEED_CLASSES and every class (of those given) deriving from one, by name."""
    known = set(SEED_CLASSES)
    grew = True
    while grew:
        grew = False
        for cls in classes:
            if cls.name not in known and any(_name(base) in known for base in cls.bases):
                known.add(cls.name)
                grew = True
    return known


class _Calls(ast.NodeVisitor):
    """One walk of a file: its classes, and each call with the class it sits in."""

    def __init__(self):
        self.classes: list[ast.ClassDef] = []
        self.calls: list[tuple[ast.Call, str | None]] = []
        self._inside: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node)
        self._inside.append(node.name)
        self.generic_visit(node)
        self._inside.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.calls.append((node, self._inside[-1] if self._inside else None))
        self.generic_visit(node)


def constant_templates(node: ast.expr) -> list[str] | None:
    """The template(s) an argument can be, or None if it is not a constant (a pass-through)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = constant_templates(node.body), constant_templates(node.orelse)
        if body is not None and orelse is not None:
            return body + orelse
    return None


def built_at_run_time(node: ast.expr) -> bool:
    if isinstance(node, (ast.JoinedStr, ast.BinOp)):
        return True
    if isinstance(node, ast.IfExp):
        return built_at_run_time(node.body) or built_at_run_time(node.orelse)
    if isinstance(node, ast.Call):
        return _name(node.func) in {"str", "format", "join", "repr"}
    return False


def _template_arg(call: ast.Call, classes: set[str], inside_error_class: bool,
                  qt_source: bool = False) -> ast.expr | None:
    name = _name(call.func)
    if qt_source and name in NOT_HELPERS_IN_UI:
        return None
    if name in classes:
        position = 0
    elif name in HELPERS:
        position = HELPERS[name]
    elif name == "__init__" and inside_error_class and isinstance(call.func, ast.Attribute) \
            and isinstance(call.func.value, ast.Call) and _name(call.func.value.func) == "super":
        position = 0
    else:
        return None
    return call.args[position] if len(call.args) > position else None


def scan(paths: list[Path] | None = None) -> Scan:
    paths = source_files() if paths is None else paths
    walks = {}
    for path in paths:
        walks[path] = _Calls()
        walks[path].visit(parsed(path))
    classes = error_classes([cls for walk in walks.values() for cls in walk.classes])
    found = Scan()
    for path, walk in walks.items():
        qt_source = is_qt_source(path)
        for node, inside in walk.calls:
            arg = _template_arg(node, classes, inside in classes, qt_source)  # (marks super() calls)
            if arg is None:
                continue
            templates = constant_templates(arg)
            if templates is not None:
                for template in templates:
                    found.add(template, path, node.lineno)
            elif built_at_run_time(arg):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                found.problems.append(f"{where}: {_name(node.func)}(...) builds its message at run time")
    return found


# --- the .ts file -----------------------------------------------------------------------------

@dataclass
class Entry:
    source: str
    translation: str = ""
    kind: str | None = "unfinished"  # None (finished), "unfinished" or "obsolete"
    translator_comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)


def read_ts(path: Path) -> tuple[dict[str, Entry], list[ET.Element]]:
    """This context's entries by source, and the file's other contexts (kept as they are)."""
    if not path.is_file():
        return {}, []
    entries, others = {}, []
    for context in ET.parse(path).getroot().findall("context"):
        if context.findtext("name") != CONTEXT:
            others.append(context)
            continue
        for message in context.findall("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            entries[source] = Entry(
                source=source,
                translation=(translation.text or "") if translation is not None else "",
                kind=translation.get("type") if translation is not None else "unfinished",
                translator_comment=message.findtext("translatorcomment") or "",
            )
    return entries, others


def merge(entries: dict[str, Entry], found: Scan, ts_dir: Path) -> dict[str, Entry]:
    merged = {}
    for source in sorted(set(entries) | set(found.templates)):
        entry = entries.get(source) or Entry(source=source)
        if source in found.templates:
            if entry.kind in ("obsolete", "vanished"):
                entry.kind = None if entry.translation else "unfinished"
            entry.locations = [(Path(os.path.relpath(p, ts_dir)).as_posix(), line)
                               for p, line in sorted(found.templates[source])]
        else:
            entry.kind, entry.locations = "obsolete", []
        merged[source] = entry
    return merged


def render(entries: dict[str, Entry], others: list[ET.Element]) -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           f'<TS version="2.1" language="{LANGUAGE}" sourcelanguage="en">', "<context>",
           f"    <name>{CONTEXT}</name>"]
    for entry in entries.values():
        out.append("    <message>")
        for filename, line in entry.locations:
            out.append(f"        <location filename={quoteattr(filename)} line=\"{line}\"/>")
        out.append(f"        <source>{escape(entry.source)}</source>")
        if entry.translator_comment:
            out.append(f"        <translatorcomment>{escape(entry.translator_comment)}</translatorcomment>")
        kind = f" type={quoteattr(entry.kind)}" if entry.kind else ""
        out.append(f"        <translation{kind}>{escape(entry.translation)}</translation>")
        out.append("    </message>")
    out.append("</context>")
    for context in others:
        ET.indent(context)
        out.append(ET.tostring(context, encoding="unicode").rstrip())
    out.append("</TS>")
    return "\n".join(out) + "\n"


def update(ts_path: Path = TS_FILE, found: Scan | None = None) -> tuple[str, dict[str, Entry]]:
    """The new text of the .ts and its entries (nothing written)."""
    found = scan() if found is None else found
    entries, others = read_ts(ts_path)
    merged = merge(entries, found, ts_path.parent)
    return render(merged, others), merged


def _without_locations(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.lstrip().startswith("<location ")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is to do")
    parser.add_argument("--no-compile", action="store_true", help="don't compile the .ts files to .qm")
    args = parser.parse_args(argv)
    found = scan()
    for problem in found.problems:
        print(problem, file=sys.stderr)
    text, entries = update(TS_FILE, found)
    live = [e for e in entries.values() if e.kind != "obsolete"]
    todo = [e for e in live if e.kind == "unfinished" or not e.translation]
    obsolete = len(entries) - len(live)
    print(f"{len(live)} templates, {len(todo)} untranslated, {obsolete} obsolete -> {TS_FILE.relative_to(ROOT)}")
    if args.check:  # line numbers may move; the messages and translations must not differ
        current = TS_FILE.read_text(encoding="utf-8") if TS_FILE.is_file() else ""
        return 1 if found.problems or todo or _without_locations(current) != _without_locations(text) else 0
    TS_FILE.parent.mkdir(parents=True, exist_ok=True)
    TS_FILE.write_text(text, encoding="utf-8")
    if not args.no_compile:
        sys.path.insert(0, str(ROOT / "tools"))
        from build_translations import build_all

        for qm in build_all():
            print(f"compiled {qm.relative_to(ROOT)}")
    return 1 if found.problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
