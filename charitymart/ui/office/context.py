"""What every back-office page is given: the store, who is logged in, the language, a worker.

A page never holds a Session between clicks: `read` and `write` each run one short
transaction. Anything that may take longer than a frame (big queries, imports, exports,
printing) goes through `jobs` and comes back on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from charitymart.services import transactions
from charitymart.services.context import Actor
from charitymart.services.store.setup import Session, StoreHandle
from charitymart.ui.background import BackgroundQueue

T = TypeVar("T")


@dataclass
class OfficeContext:
    handle: StoreHandle
    actor: Actor
    language: str
    currency: str
    jobs: BackgroundQueue = field(default_factory=lambda: BackgroundQueue("office"))

    def read(self, query: Callable[[Session], T]) -> T:
        """Run `query(session)` in a read-only transaction (never makes a till wait)."""
        with self.handle.readers() as session:
            return query(session)

    def write(self, change: Callable[[Session], T]) -> T:
        """Run `change(session)` in one write transaction: all of it is committed or none.

        Like the counter's writes it goes through `services.transactions.run`: a collision with a
        till on a shared server (a deadlock, a serialization failure, SQLite's lock wait running
        out) is run again unseen, and a lost server comes out as `ServerUnreachable`."""
        return transactions.run(self.handle.sessions, change)
