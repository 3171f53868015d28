"""services.transactions.run: a collision the database rolled back is run again, unseen by the
cashier; any other failure, and a lost server, come out at once with nothing saved."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError

from charitymart.db.models import Category
from charitymart.services import transactions
from charitymart.services.errors import ServerUnreachable


class FakeDriverError(Exception):
    def __init__(self, sqlstate):
        super().__init__(f"driver error {sqlstate}")
        self.sqlstate = sqlstate


def categories(store) -> list[str]:
    with store.sessions() as s:
        return list(s.scalars(select(Category.name).order_by(Category.name)))


def test_a_deadlock_is_retried_and_commits_once(store):
    tries = []

    def work(s):
        tries.append(1)
        s.add(Category(name=f"try {len(tries)}"))
        s.flush()
        if len(tries) < 3:  # the first two attempts collide; their rows roll back
            raise OperationalError("INSERT ...", {}, FakeDriverError(transactions.DEADLOCK_DETECTED))
        return "done"

    assert transactions.run(store.sessions, work) == "done"
    assert len(tries) == 3
    assert categories(store) == ["try 3"]


def test_other_errors_are_not_retried(store):
    tries = []

    def work(s):
        tries.append(1)
        s.add(Category(name="x"))
        raise IntegrityError("INSERT ...", {}, FakeDriverError(transactions.UNIQUE_VIOLATION))

    with pytest.raises(IntegrityError):
        transactions.run(store.sessions, work)
    assert len(tries) == 1
    assert categories(store) == []


def test_a_collision_that_never_clears_gives_up_after_the_attempts(store):
    def work(s):
        raise OperationalError("UPDATE ...", {}, FakeDriverError(transactions.SERIALIZATION_FAILURE))

    with pytest.raises(OperationalError):
        transactions.run(store.sessions, work, attempts=2)


def test_a_server_that_cannot_be_reached_is_said_in_words(home):
    from charitymart.db.engine import make_engine, make_session_factory

    # Nothing listens on port 1: the connection is refused before any transaction starts.
    engine = make_engine("postgresql+psycopg://till@127.0.0.1:1/shop", connect_args={"connect_timeout": 2})
    with pytest.raises(ServerUnreachable, match="nothing was saved"):
        transactions.run(make_session_factory(engine), lambda s: s.scalar(select(func.count()).select_from(Category)))
    engine.dispose()
