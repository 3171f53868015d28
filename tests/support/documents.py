"""Shared by the document tests: one demo store (built once per test session, read only), PDF
text, and money written the way a reader sees it."""

from __future__ import annotations

import io
import os
import sqlite3
from datetime import date

import pytest
from pypdf import PdfReader

from charitymart.services import clock
from charitymart.services.demo.build import build_demo
from charitymart.services.store.setup import open_store
from tests.conftest import START

DEMO_END = date(2026, 3, 9)  # the demo's activity ends the day before the frozen "today"
MONTH = (2026, 2)  # a whole month of the demo's activity
MONTH_START_UTC = "2026-01-31 16:00:00"  # 2026-02-01 00:00 Shanghai
MONTH_END_UTC = "2026-02-28 16:00:00"  # 2026-03-01 00:00 Shanghai


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """Path of a demo store with February 2026 complete (built once, never written by tests)."""
    folder = tmp_path_factory.mktemp("demo")
    saved = os.environ.get("CHARITYMART_HOME")
    os.environ["CHARITYMART_HOME"] = str(folder / "home")
    clock.set_now(START)
    try:
        handle = open_store(folder / "demo.sqlite")
        build_demo(handle.sessions, days=45, end=DEMO_END)
        handle.close()
    finally:
        clock.set_now(None)
        if saved is None:
            os.environ.pop("CHARITYMART_HOME", None)
        else:
            os.environ["CHARITYMART_HOME"] = saved
    return folder / "demo.sqlite"


@pytest.fixture
def demo(demo_db):
    handle = open_store(demo_db)
    yield handle
    handle.close()


@pytest.fixture
def demo_copy(demo_db, tmp_path):
    """A copy of the demo store a test may write to (e.g. documents that record who read personal data)."""
    path = tmp_path / "demo-copy.sqlite"
    source, target = sqlite3.connect(demo_db), sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    handle = open_store(path)
    yield handle
    handle.close()


def pdf_text(content: bytes | str) -> str:
    """The PDF's text with every run of white space (table cells come out one per line) as one space."""
    source = io.BytesIO(content) if isinstance(content, bytes) else content
    return " ".join(" ".join(page.extract_text() for page in PdfReader(source).pages).split())


def figures(fen: int) -> str:
    """12345 -> '123.45', 123456789 -> '1,234,567.89' (the digits any currency sign is put in front of)."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def fonts_embedded(content: bytes) -> bool:
    reader = PdfReader(io.BytesIO(content))
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].get_object().values()]
    return bool(fonts) and all("/FontFile2" in f["/FontDescriptor"] for f in fonts)
