"""One user action in one transaction, retried when the database asks for it.

With several tills on one PostgreSQL server two checkouts may collide: a deadlock (two baskets
locking the same lots in a different order), a serialization failure, or two tills creating
the same year's receipt counter at once. The database then rolls one of them back whole, and
running the action again is correct, so the cashier never sees it. On SQLite the writers
queue at BEGIN IMMEDIATE; a write lock still held after the busy timeout is retried the same way.

A lost connection to the server is not retried: the action's transaction never committed
(PostgreSQL rolls back a transaction whose client went away), the caller keeps what the user
entered and says the server cannot be reached (`ServerUnreachable`).
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from charitymart.services.errors import ServerUnreachable, translatable

log = logging.getLogger(__name__)
T = TypeVar("T")

ATTEMPTS = 8
SERIALIZATION_FAILURE, DEADLOCK_DETECTED, UNIQUE_VIOLATION = "40001", "40P01", "23505"
# A counter row two tills may create at the same moment: the loser's insert is a duplicate.
RACED_INSERTS = ("uq_receipt_counters_till_id_year",)
SERVER_GONE = translatable("cannot reach the database server: nothing was saved. Check the network cable or Wi-Fi, then try again")


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def is_retryable(exc: DBAPIError) -> bool:
    """A collision the database resolved by rolling this transaction back whole."""
    state = _sqlstate(exc)
    if state in (SERIALIZATION_FAILURE, DEADLOCK_DETECTED):
        return True
    if isinstance(exc, IntegrityError):
        constraint = getattr(getattr(exc.orig, "diag", None), "constraint_name", None) or ""
        return state == UNIQUE_VIOLATION and constraint in RACED_INSERTS
    return "database is locked" in str(exc.orig)  # SQLite: the busy timeout ran out


def is_connection_lost(exc: DBAPIError) -> bool:
    """The server went away (or never answered): psycopg's connection errors carry no SQLSTATE,
    a server shutting down says 57P01, a broken link class 08."""
    if exc.connection_invalidated:
        return True
    state = _sqlstate(exc)
    if state is not None:
        return state.startswith("08") or state == "57P01"
    return isinstance(exc, OperationalError) and type(exc.orig).__module__.startswith("psycopg")


def run(sessions: sessionmaker[Session], work: Callable[[Session], T], *, attempts: int = ATTEMPTS) -> T:
    """`work(session)` inside `sessions.begin()`, run again (up to `attempts` times in all) when
    the database rolled it back over a collision. `work` must only touch the database through
    its session and leave what it was given unchanged, so a second run starts from the same inputs."""
    for attempt in range(1, attempts + 1):
        try:
            with sessions.begin() as session:
                return work(session)
        except DBAPIError as exc:
            if is_connection_lost(exc):
                raise ServerUnreachable(SERVER_GONE) from exc
            if not is_retryable(exc) or attempt == attempts:
                raise
            log.info("transaction collided (%s), attempt %d of %d", _sqlstate(exc) or exc.orig, attempt, attempts)
            # Random back-off, so the two colliding tills do not collide again.
            time.sleep(random.uniform(0, 0.005 * 2 ** attempt))
    raise AssertionError("unreachable")
