"""Every `charitymart ...` line in a ```sh block of README.md and docs/*.md runs as written.

Each document's examples run in order, as `python -m charitymart ...`, in a fresh folder that
holds a copy of `docs/examples/` and whose user data folder (CHARITYMART_HOME) holds the sample
store, so examples without `--db` act on it. Each must exit 0, print the `# → ...` line that
follows it, and leave the files it names with `--db` (a store) and `--out`. A line ending in a
comment in parentheses, `# (opens the counter)`, is shown in the docs but not run here
(docs/command-line.md explains the convention).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.documents import demo_db  # noqa: F401  (the session's sample store)

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\S*)\s*$")
NOT_RUN = re.compile(r"#\s*\([^)]*\)\s*$")
EXPECTED = re.compile(r"^#\s*→\s*(.+?)\s*$")
FILE_OPTIONS = ("--db", "--out")


@dataclass
class Example:
    document: str
    line: int
    text: str
    run: bool
    expected: list[str] = field(default_factory=list)


def examples_in(path: Path) -> list[Example]:
    """The `charitymart` lines of the document's sh blocks (continuation lines joined)."""
    found: list[Example] = []
    language = None
    pending = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        fence = FENCE.match(raw.strip())
        if fence:
            language = None if language is not None else fence.group(1)
            continue
        if language != "sh":
            continue
        line = pending + raw.strip()
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        pending = ""
        expected = EXPECTED.match(line)
        if expected and found and found[-1].line >= number - 1 - len(found[-1].expected):
            found[-1].expected.append(expected.group(1))
        elif line.split(maxsplit=1)[:1] == ["charitymart"]:
            found.append(Example(path.name, number, line, run=not NOT_RUN.search(line)))
    return found


ALL = {path.name: examples_in(path) for path in DOCUMENTS}
WITH_EXAMPLES = [name for name, found in ALL.items() if any(e.run for e in found)]


def test_the_docs_have_runnable_examples():
    for name in ("command-line.md", "import-formats.md", "documents.md", "labels.md", "transparency-report.md"):
        assert name in WITH_EXAMPLES, f"{name} lost its runnable examples"


def test_the_extractor_reads_the_conventions(tmp_path):
    doc = tmp_path / "x.md"
    doc.write_text("text\n```sh\ncharitymart --db a.sqlite init \\\n  --store-name X\n# → created store\n"
                   "make run\ncharitymart   # (opens the counter)\n```\n```\ncharitymart not-sh\n```\n",
                   encoding="utf-8")
    found = examples_in(doc)
    assert [(e.text, e.run, e.expected) for e in found] == [
        ("charitymart --db a.sqlite init  --store-name X", True, ["created store"]),
        ("charitymart   # (opens the counter)", False, []),
    ]


@pytest.fixture
def folder(demo_db, tmp_path):  # noqa: F811
    """A fresh folder with docs/examples and, in its user data folder, a copy of the sample store."""
    work = tmp_path / "work"
    shutil.copytree(ROOT / "docs" / "examples", work / "docs" / "examples")
    home = work / "home"
    (home / "data").mkdir(parents=True)
    shutil.copy(demo_db, home / "data" / "charitymart.sqlite")
    shutil.copytree(demo_db.parent / "home" / "config", home / "config")
    return work


def holds_a_store(path: Path) -> bool:
    con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM store").fetchone()[0] == 1
    except sqlite3.Error:
        return False
    finally:
        con.close()


def named_files(argv: list[str]) -> list[tuple[str, str]]:
    return [(option, argv[i + 1]) for i, option in enumerate(argv[:-1]) if option in FILE_OPTIONS]


@pytest.mark.parametrize("document", WITH_EXAMPLES)
def test_the_examples_run_as_written(document, folder):
    env = {**os.environ, "CHARITYMART_HOME": str(folder / "home"), "PYTHONPATH": str(ROOT),
           "QT_QPA_PLATFORM": "offscreen"}
    for example in ALL[document]:
        if not example.run:
            continue
        argv = shlex.split(example.text, comments=True)
        where = f"{document} line {example.line}: {example.text}"
        result = subprocess.run([sys.executable, "-m", "charitymart", *argv[1:]], cwd=folder, env=env,
                                capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, f"{where}\n{result.stdout}{result.stderr}"
        for text in example.expected:
            assert text in result.stdout, f"{where}\nexpected {text!r} in:\n{result.stdout}"
        for option, value in named_files(argv):
            target = folder / value
            if option == "--db":
                assert "://" in value or holds_a_store(target), f"{where}\nno store at {value}"
            elif value.endswith(("/", os.sep)):
                assert target.is_dir() and any(target.iterdir()), f"{where}\nnothing written in {value}"
            else:
                assert target.exists(), f"{where}\n{value} was not written"
