"""A back-office write collides with a till like the counter's do: run again, committed once."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from charitymart.db.models import Category
from charitymart.services import transactions
from charitymart.services.errors import ServerUnreachable
from charitymart.ui.office.context import OfficeContext
from tests.services.test_transactions import FakeDriverError


@pytest.fixture
def context(store, admin):
    return OfficeContext(handle=store, actor=admin, language="zh_CN", currency="CNY")


def test_a_deadlocked_office_write_is_run_again_and_saved_once(context, store):
    tries = []

    def change(s):
        tries.append(1)
        s.add(Category(name=f"第{len(tries)}次"))
        s.flush()
        if len(tries) == 1:
            raise OperationalError("INSERT ...", {}, FakeDriverError(transactions.DEADLOCK_DETECTED))
        return "saved"

    assert context.write(change) == "saved"
    with store.sessions() as s:
        assert list(s.scalars(select(Category.name).where(Category.name.like("第%")))) == ["第2次"]


def test_a_lost_server_is_told_as_such_and_saves_nothing(context, store):
    class Gone(Exception):
        pass

    def change(s):
        s.add(Category(name="断网"))
        s.flush()
        error = OperationalError("INSERT ...", {}, Gone("server closed the connection"))
        error.connection_invalidated = True
        raise error

    with pytest.raises(ServerUnreachable):
        context.write(change)
    with store.sessions() as s:
        assert s.scalar(select(Category).where(Category.name == "断网")) is None
