"""What every `report` command shares: the store opened for reading, the language, the actor."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Store, User
from charitymart.services.context import Actor
from charitymart.services.errors import CharityMartError
from charitymart.services.store.setup import StoreHandle, open_store


@contextmanager
def opened_store(args) -> Iterator[StoreHandle]:
    handle = open_store(args.db)
    try:
        yield handle
    finally:
        handle.close()


def require_store(session: Session) -> Store:
    store = session.get(Store, 1)
    if store is None:
        raise CharityMartError("this database has no store yet: run `charitymart init` or `charitymart demo`")
    return store


def report_language(args, store: Store) -> str:
    """--lang if given, else the store's language."""
    return args.lang or store.language or "zh_CN"


def script_actor(session: Session) -> Actor:
    """Scripts run as the store's first active admin (they hold the database file anyway)."""
    user = session.scalar(select(User).where(User.role == "admin", User.active.is_(True)).order_by(User.id))
    if user is None:
        raise CharityMartError("this store has no active admin")
    return Actor(user_id=user.id, name=user.name, role=user.role, till_id=None)
