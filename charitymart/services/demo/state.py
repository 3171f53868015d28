"""The demo builder's shared state (services.demo): what the generator knows between actions,
used by the day plan, the counter and the back office of the sample store. Kept apart from
`build` so that those modules import it without importing the builder (no import circle).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from charitymart.services import clock
from charitymart.services.context import Actor, store_today
from charitymart.services.demo import data
from charitymart.services.errors import CharityMartError
from charitymart.services.people import beneficiaries

TZ = "Asia/Shanghai"
TILL = "T1"
LATEST_OPENING = time(9, 35)  # before this (local), today has no opening hours to fill yet


@dataclass
class StockedItem:
    id: int
    barcode: str
    product: data.Product
    reorder_level: int
    batch: int


@dataclass
class HouseholdSpec:
    card: str
    name: str
    category: str
    id_number: str
    size: int
    amount: int
    period: str
    carry_over: bool
    visit_limit: int | None
    valid_days: int
    phone: str
    address: str
    id: int | None = None  # once registered

    @property
    def delivery(self) -> bool:
        return self.category == data.DELIVERY_CATEGORY


@dataclass
class Demo:
    """Everything the generator knows between actions (ids and codes only, never ORM objects)."""

    sessions: sessionmaker[Session]
    rng: random.Random
    first: date
    last: date
    cutoff: datetime | None  # naive UTC: when the last day is today, nothing is dated after this
    admin: Actor | None = None
    manager: Actor | None = None
    cashiers: list[Actor] = field(default_factory=list)
    items: list[StockedItem] = field(default_factory=list)
    donors: dict[str, list[str]] = field(default_factory=dict)  # kind -> party codes
    suppliers: list[str] = field(default_factory=list)
    consignors: list[str] = field(default_factory=list)
    households: list[HouseholdSpec] = field(default_factory=list)
    volunteer_codes: list[str] = field(default_factory=list)  # V001.. (first ones are the cashiers)
    volunteer_ids: dict[str, int] = field(default_factory=dict)
    refundable: list[tuple[str, int, date]] = field(default_factory=list)  # (receipt number, sale id, day)
    refused: int = 0
    refunds_made: int = 0
    hours_decided: int = 0
    receipt_serial: int = 0  # 捐赠票据 numbers issued

    # --- time -----------------------------------------------------------------------------
    def utc(self, day: date, seconds: float) -> datetime:
        local = datetime.combine(day, time(), ZoneInfo(TZ)) + timedelta(seconds=seconds)
        return local.astimezone(timezone.utc).replace(tzinfo=None)

    def at(self, day: date, seconds: float) -> None:
        """Move the clock to a local time of `day`; never backwards (actions a second apart
        may run past the next one's planned time)."""
        clock.set_now(max(self.utc(day, seconds), clock.now()))

    # --- transactions ---------------------------------------------------------------------
    def tx(self, action, *, may_refuse: bool = False):
        """Run `action(session)` as one transaction, one second after the previous one.
        With may_refuse, a domain error (a refused sale) is counted and skipped."""
        clock.advance(timedelta(seconds=1))
        try:
            with self.sessions.begin() as session:
                return action(session)
        except CharityMartError:
            if not may_refuse:
                raise
            self.refused += 1
            return None

    def read(self, query):
        with self.sessions() as session:
            return query(session)

    def items_for(self, source: str) -> list[StockedItem]:
        return [item for item in self.items if item.product.source == source]


def register_household(demo: Demo, spec: HouseholdSpec) -> None:
    def register(s):
        return beneficiaries.register(
            s, demo.manager, card_number=spec.card, name=spec.name, category=spec.category,
            id_number=spec.id_number, household_size=spec.size, allowance_amount=spec.amount, period=spec.period,
            valid_until=store_today(s) + timedelta(days=spec.valid_days), carry_over=spec.carry_over,
            visit_limit=spec.visit_limit, phone=spec.phone, address=spec.address)

    spec.id = demo.tx(register).id
