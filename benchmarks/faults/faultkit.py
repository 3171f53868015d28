"""Shared pieces of the fault campaigns (benchmarks/faults/*.py): the repository on sys.path,
a throwaway CHARITYMART_HOME, a demo store built once as a template, and the summary table.

Not run in CI: the campaigns take minutes. See docs/reliability.md.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def throwaway_home(prefix: str) -> Path:
    """Keys, logs and chain heads of the campaign's stores go here, never the user's folders."""
    home = Path(tempfile.mkdtemp(prefix=f"charitymart-{prefix}-"))
    os.environ["CHARITYMART_HOME"] = str(home)
    return home


def build_demo_store(path: Path, days: int, seed: int) -> float:
    """A sample store through the same builder `charitymart demo` uses; returns seconds taken."""
    from charitymart.services.demo.build import build_demo
    from charitymart.services.store.setup import open_store

    started = time.monotonic()
    handle = open_store(path)
    try:
        build_demo(handle.sessions, days=days, seed=seed)
    finally:
        handle.close()
    checkpoint(path)
    return time.monotonic() - started


def checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so copying the one file copies the whole store."""
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def copy_store(template: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    target.write_bytes(template.read_bytes())


def content_hash(path: Path) -> str:
    """sha256 over every table's rows (sorted), so any write at all changes it."""
    con = sqlite3.connect(path)
    try:
        digest = hashlib.sha256()
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in names:
            digest.update(name.encode())
            for row in sorted(repr(r) for r in con.execute(f'SELECT * FROM "{name}"')):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        con.close()


def summary(title: str, rows: list[tuple[str, object]]) -> str:
    width = max(len(label) for label, _ in rows)
    lines = [title, "-" * len(title)]
    lines += [f"{label.ljust(width)}  {value}" for label, value in rows]
    return "\n".join(lines)
