"""A store made by an older version: a SQLite file at an earlier revision, with its store row."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from charitymart.db import migrate
from charitymart.db.engine import make_engine, make_session_factory
from charitymart.services.store.setup import create_store
from tests.conftest import ADMIN_PIN


def store_at_revision(path: Path, revision: str):
    """(engine, handle-like object with `sessions`) of a new store at `revision` in `path`."""
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, revision)
    old = SimpleNamespace(sessions=make_session_factory(engine))
    with old.sessions.begin() as s:
        create_store(s, name="旧店", admin_name="Admin", admin_pin=ADMIN_PIN)
    return engine, old
