"""Who is acting, at which till; role checks; reading the store's settings row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Store, Till, User
from charitymart.services import clock
from charitymart.services.errors import NotFoundError, PermissionDenied

ROLE_RANK = {"cashier": 1, "manager": 2, "admin": 3}


@dataclass(frozen=True)
class Actor:
    user_id: int
    name: str
    role: str
    till_id: int | None = None

    def at_least(self, role: str) -> bool:
        return ROLE_RANK.get(self.role, 0) >= ROLE_RANK[role]


def actor_for(session: Session, user: User, till_code: str | None = "T1") -> Actor:
    till_id = None
    if till_code is not None:
        till = session.scalar(select(Till).where(Till.code == till_code))
        if till is None:
            raise NotFoundError("no till {till}", till=till_code)
        till_id = till.id
    return Actor(user_id=user.id, name=user.name, role=user.role, till_id=till_id)


def require_role(actor: Actor, role: str, refusal: str, /, **params) -> None:
    """`refusal` is the whole message (a template, with `params`): "adding an item needs a manager"."""
    if not actor.at_least(role):
        raise PermissionDenied(refusal, **params)


def get_store(session: Session) -> Store:
    store = session.get(Store, 1)
    if store is None:
        raise NotFoundError("this database has no store yet: run `charitymart init`")
    # The session's identity map holds objects weakly: without a reference the row would be read
    # again by the next call (several times in a sale, once per scan).
    session.info["store"] = store
    return store


def store_today(session: Session) -> date:
    return clock.local_date(clock.now(), get_store(session).timezone)
