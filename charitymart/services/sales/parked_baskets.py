"""The till's open basket, saved as it changes, and baskets held with F9.

The open basket is written within a second of each change (off the scan path), so after a
crash or power cut the next login restores it. Paying it deletes it in the sale's own
transaction (`clear_open`), so it is sold exactly once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from charitymart.db.models import ParkedBasket
from charitymart.domain.basket import Basket
from charitymart.services import clock
from charitymart.services.context import Actor
from charitymart.services.errors import NotFoundError, ValidationError

MAX_HELD = 20


@dataclass(frozen=True)
class HeldBasket:
    id: int
    label: str
    user_id: int
    updated_at: datetime
    lines: int
    total: int


def _till(actor: Actor) -> int:
    if actor.till_id is None:
        raise ValidationError("this action needs a till")
    return actor.till_id


def _open_row(session: Session, till_id: int) -> ParkedBasket | None:
    return session.scalar(select(ParkedBasket).where(ParkedBasket.till_id == till_id, ParkedBasket.kind == "open"))


def save_open(session: Session, actor: Actor, state: dict) -> None:
    """Store the open basket (basket plus counter context); an empty basket clears it."""
    till_id = _till(actor)
    row = _open_row(session, till_id)
    if not state.get("basket", {}).get("lines"):
        if row is not None:
            session.delete(row)
        return
    content = json.dumps(state, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(ParkedBasket(till_id=till_id, kind="open", user_id=actor.user_id, label="",
                                 content=content, updated_at=clock.now()))
    else:
        row.content, row.user_id, row.updated_at = content, actor.user_id, clock.now()


def load_open(session: Session, till_id: int) -> dict | None:
    row = _open_row(session, till_id)
    return json.loads(row.content) if row is not None else None


def clear_open(session: Session, till_id: int) -> None:
    session.execute(delete(ParkedBasket).where(ParkedBasket.till_id == till_id, ParkedBasket.kind == "open"))


def hold(session: Session, actor: Actor, state: dict, label: str = "") -> int:
    till_id = _till(actor)
    basket = Basket.from_dict(state.get("basket", {}))
    if basket.is_empty:
        raise ValidationError("the basket is empty: nothing to hold", field="basket")
    held = session.scalars(select(ParkedBasket.id).where(ParkedBasket.till_id == till_id,
                                                         ParkedBasket.kind == "held")).all()
    if len(held) >= MAX_HELD:
        raise ValidationError("{count} baskets are already held: recall one first", field="basket", count=MAX_HELD)
    row = ParkedBasket(till_id=till_id, kind="held", user_id=actor.user_id, label=label.strip()[:100],
                       content=json.dumps(state, ensure_ascii=False, sort_keys=True), updated_at=clock.now())
    session.add(row)
    clear_open(session, till_id)
    session.flush()
    return row.id


def list_held(session: Session, till_id: int) -> list[HeldBasket]:
    rows = session.scalars(select(ParkedBasket).where(ParkedBasket.till_id == till_id, ParkedBasket.kind == "held")
                           .order_by(ParkedBasket.updated_at, ParkedBasket.id))
    result = []
    for row in rows:
        basket = Basket.from_dict(json.loads(row.content).get("basket", {}))
        result.append(HeldBasket(id=row.id, label=row.label, user_id=row.user_id, updated_at=row.updated_at,
                                 lines=len(basket.lines), total=basket.total))
    return result


def recall(session: Session, actor: Actor, held_id: int) -> dict:
    """Take a held basket back as the open one (the caller holds or refuses a non-empty open basket)."""
    till_id = _till(actor)
    row = session.get(ParkedBasket, held_id)
    if row is None or row.kind != "held" or row.till_id != till_id:
        raise NotFoundError("that held basket is no longer there")
    state = json.loads(row.content)
    session.delete(row)
    clear_open(session, till_id)
    session.flush()
    save_open(session, actor, state)
    return state
