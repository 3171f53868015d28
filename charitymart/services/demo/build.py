"""The demo store (`charitymart demo`): a realistic sample shop with months of activity.

`build_demo(handle.sessions)` fills an EMPTY migrated database through the services only, one
transaction per business action, exactly as the counter and the back office would: so the
audit chain is whole and `verify` passes. Time is moved with the frozen clock (each action
is dated when it would have happened, in the store's time zone) and restored afterwards.

Decisions:
- The activity ends on `end` (default: today in the store's time zone, by `clock.now()`).
  Nothing is ever dated after `clock.now()`. When the last day is today, its plan is kept
  if the day is already over, or else squeezed between 9:00 and five minutes before now,
  without the closing-time actions (volunteers stay clocked in); either way today's shift is
  LEFT OPEN, so the counter can sell at once. Before 9:35 the shop has not opened today, so
  the activity ends yesterday instead (the first cashier then opens today's shift, as every
  morning). An `end` in the past closes every shift.
- Deterministic with the seed: the same seed, days and end give the same records (the
  store's uuid, PIN hashes and identity-number ciphertexts are random by design; when the
  last day is today, the time of day squeezes its plan).
- Users log in once each (PIN hashing is slow on purpose); voids are approved by typing the
  manager's PIN at the cashier's till, as at the real counter.
- SQLite commits don't wait for the disk while the demo is built (see `_quick_commits`).
- Stock is topped up every morning (purchases, consignments, donations) for items below their
  reorder level, so most sales succeed; a sale the services refuse is skipped and counted.

Day-by-day activity lives in `day`, the counter's sales in `counter`, the back office in `office`,
the shared state in `state`, tables in
`data`.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, sessionmaker

from charitymart.db.models import (
    DONOR_KINDS,
    Beneficiary,
    Donation,
    Item,
    Party,
    Sale,
    SaleVoid,
    Shift,
    ShiftClose,
    Volunteer,
)
from charitymart.services import clock
from charitymart.services.demo import data
from charitymart.services.demo.day import run_day
from charitymart.services.demo.state import (  # noqa: F401
    LATEST_OPENING,
    TILL,
    TZ,
    Demo,
    HouseholdSpec,
    StockedItem,
    register_household,
)
from charitymart.services.errors import ValidationError
from charitymart.services.people import parties, volunteers
from charitymart.services.stock import catalog
from charitymart.services.store.setup import create_store
from charitymart.services.users import auth
from charitymart.services.users.session import login_at_till


@dataclass(frozen=True)
class DemoSummary:
    store_name: str
    first_day: date
    last_day: date
    days: int
    items: int
    donors: int
    suppliers: int
    consignors: int
    households: int
    volunteers: int
    sales: int  # completed sales, not voided
    collections: int  # household free collections, not voided
    donations: int  # donated goods and cash donations
    purchases: int
    consignments: int
    refunds: int
    voids: int
    closed_shifts: int
    shift_left_open: bool
    refused: int  # sales the services refused (skipped)
    pins: tuple[tuple[str, str, str], ...]  # (name, role, PIN)

    def counts(self) -> dict[str, int]:
        names = ("items", "donors", "suppliers", "consignors", "households", "volunteers", "sales", "collections",
                 "donations", "purchases", "consignments", "refunds", "voids", "closed_shifts", "refused")
        return {name: getattr(self, name) for name in names}

    def summary_line(self, lang: str = "en") -> str:
        """One line for the command line, in English or (lang "zh...") Chinese."""
        admin, manager, cashier = (next(pin for _, role, pin in self.pins if role == r)
                                   for r in ("admin", "manager", "cashier"))
        if lang.startswith("zh"):
            return (f"演示门店已建好：{self.items} 种商品，{self.days} 天共 {self.sales:,} 笔销售；"
                    f"用 PIN {admin}（管理员）、{manager}（店长）或 {cashier}（收银员）登录")
        return (f"demo store built: {self.items} items, {self.sales:,} sales over {self.days} days; "
                f"log in with PIN {admin} (admin), {manager} (manager) or {cashier} (cashier)")


def build_demo(sessions: sessionmaker[Session], *, days: int = 92, seed: int = 20260101,
               end: date | None = None) -> DemoSummary:
    """Build the demo store into the empty database behind `sessions`; see the module docstring."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 3660:
        raise ValidationError("days must be a whole number from 1 to 3660", field="days")
    if end is not None and (not isinstance(end, date) or isinstance(end, datetime)):
        raise ValidationError("the end must be a date", field="end")
    started = clock.now()
    today = clock.local_date(started, TZ)
    end = end or today
    if end > today:
        raise ValidationError("the demo can't end in the future", field="end")
    if end == today and clock.to_local(started, TZ).time() < LATEST_OPENING:
        end = today - timedelta(days=1)  # the shop has not opened yet today: end with yesterday
    demo = Demo(sessions=sessions, rng=random.Random(seed), first=end - timedelta(days=days - 1), last=end,
                cutoff=started if end == today else None)
    with clock.frozen(demo.utc(demo.first, 7 * 3600 + 30 * 60)), _quick_commits(sessions):
        _set_up(demo)
        for index in range(days):
            run_day(demo, index)
    return _summary(demo, days)


@contextmanager
def _quick_commits(sessions: sessionmaker[Session]):
    """While the demo is built, SQLite commits without waiting for the disk (WAL with
    synchronous=NORMAL: never corrupt, but a power cut may lose the last transactions, and
    then the half-built demo is simply built again). The engine's own setting (FULL, for the
    counter's durable sales) is put back on every connection afterwards. Some 3,000 small
    transactions otherwise spend a third of the build waiting for fsync."""
    engine = sessions.kw.get("bind")
    if engine is None or engine.dialect.name != "sqlite":
        yield
        return
    relaxed: dict[int, tuple[object, int]] = {}

    def relax(dbapi_connection, _record, _proxy) -> None:
        if id(dbapi_connection) not in relaxed:
            cursor = dbapi_connection.cursor()
            previous = cursor.execute("PRAGMA synchronous").fetchone()[0]
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()
            relaxed[id(dbapi_connection)] = (dbapi_connection, int(previous))

    event.listen(engine, "checkout", relax)
    try:
        yield
    finally:
        event.remove(engine, "checkout", relax)
        for connection, previous in relaxed.values():
            try:
                connection.cursor().execute(f"PRAGMA synchronous={previous}").close()
            except sqlite3.Error:  # a connection the pool has closed meanwhile
                pass


# --- the store, its people, its catalogue --------------------------------------------------

def _set_up(demo: Demo) -> None:
    rng = demo.rng
    demo.tx(lambda s: create_store(s, name=data.STORE_NAME, admin_name=data.ADMIN[0], admin_pin=data.ADMIN[1],
                                   address=data.STORE_ADDRESS))
    demo.admin = login_at_till(demo.sessions, TILL, data.ADMIN[1])
    for name, pin, role in [(*data.MANAGER, "manager")] + [(n, p, "cashier") for n, p in data.CASHIERS]:
        demo.tx(lambda s: auth.create_user(s, demo.admin, name, role, pin))
    demo.manager = login_at_till(demo.sessions, TILL, data.MANAGER[1])
    demo.cashiers = [login_at_till(demo.sessions, TILL, pin) for _, pin in data.CASHIERS]
    manager = demo.manager

    for name, name_en in data.CATEGORIES:
        demo.tx(lambda s: catalog.get_or_create_category(s, manager, name, name_en=name_en))
    used_codes: set[str] = set()
    total_popularity = sum(p.popularity for p in data.PRODUCTS)
    for product in data.PRODUCTS:
        # About 12 baskets of ~2 lines a day of ~1.4 units: keep two days' demand, restock a week's.
        daily = 12 * 2.2 * 1.4 * product.popularity / total_popularity
        reorder, batch = int(2 * daily) + 4, max(8, int(7 * daily) + 1)
        codes = [data.ean13(rng, used_codes)] if product.barcode else []
        item = demo.tx(lambda s: catalog.add_item(
            s, manager, name=product.name, name_en=product.name_en, price=product.price, category=product.category,
            barcodes=codes, unit=product.unit, allowance_ok=product.allowance_ok, reorder_level=reorder))
        barcode = codes[0] if codes else demo.read(lambda s: catalog.item_detail(s, item.id).barcodes[0])
        demo.items.append(StockedItem(item.id, barcode, product, reorder, batch))

    for kind, name, phone, public in data.DONORS:
        party = demo.tx(lambda s: parties.add_party(s, manager, kind=kind, name=name, phone=phone,
                                                    public_name_ok=public))
        demo.donors.setdefault(kind, []).append(party.code)
    for name, phone in data.SUPPLIERS:
        demo.suppliers.append(demo.tx(lambda s: parties.add_party(s, manager, kind="supplier", name=name,
                                                                  phone=phone)).code)
    for name, share in data.CONSIGNORS:
        demo.consignors.append(demo.tx(lambda s: parties.add_party(
            s, manager, kind="consignor", name=name, shop_share_bp=share,
            notes="寄售结算：每月底按售出金额结算")).code)

    used_ids: set[str] = set()
    number = 0
    for category, amount, period, carry, limit, count in data.HOUSEHOLD_RULES:
        for _ in range(count):
            number += 1
            valid_days = 365 if category != "临时困难" else (30 if number % 2 else 60)
            demo.households.append(HouseholdSpec(
                card=f"H{number:04d}", name=data.person_name(rng), category=category,
                id_number=data.resident_id(rng, 1940, 1995, used_ids), size=rng.randint(1, 5), amount=amount,
                period=period, carry_over=carry, visit_limit=limit, valid_days=valid_days,
                phone=data.phone_number(rng), address=data.address(rng)))
    late = {spec.card for spec in rng.sample(demo.households, 3)}
    for spec in demo.households:
        if spec.card not in late:
            register_household(demo, spec)

    names = [name for name, _ in data.CASHIERS] + list(data.OTHER_VOLUNTEERS)
    for number, name in enumerate(names, start=1):
        code, id_number, phone = f"V{number:03d}", data.resident_id(rng, 1950, 2004, used_ids), data.phone_number(rng)
        vol = demo.tx(lambda s: volunteers.register(s, manager, code=code, name=name, phone=phone,
                                                    id_number=id_number))
        demo.volunteer_codes.append(code)
        demo.volunteer_ids[code] = vol.id


# --- the summary ----------------------------------------------------------------------------

def _summary(demo: Demo, days: int) -> DemoSummary:
    def count(s, model, *conditions) -> int:
        return s.scalar(select(func.count()).select_from(model).where(*conditions)) or 0

    def build(s: Session) -> DemoSummary:
        live = Sale.id.not_in(select(SaleVoid.sale_id))
        open_shift = s.scalar(select(Shift.id).where(Shift.id.not_in(select(ShiftClose.shift_id)))) is not None
        return DemoSummary(
            store_name=data.STORE_NAME, first_day=demo.first, last_day=demo.last, days=days,
            items=count(s, Item), donors=count(s, Party, Party.kind.in_(DONOR_KINDS)),
            suppliers=count(s, Party, Party.kind == "supplier"), consignors=count(s, Party, Party.kind == "consignor"),
            households=count(s, Beneficiary), volunteers=count(s, Volunteer),
            sales=count(s, Sale, Sale.kind == "sale", live),
            collections=count(s, Sale, Sale.kind == "collection", live),
            donations=count(s, Donation, Donation.fund_source == "donated"),
            purchases=count(s, Donation, Donation.fund_source == "purchased"),
            consignments=count(s, Donation, Donation.fund_source == "consigned"),
            refunds=count(s, Sale, Sale.kind == "refund"), voids=count(s, SaleVoid),
            closed_shifts=count(s, ShiftClose), shift_left_open=open_shift, refused=demo.refused,
            pins=((data.ADMIN[0], "admin", data.ADMIN[1]), (data.MANAGER[0], "manager", data.MANAGER[1]),
                  *((name, "cashier", pin) for name, pin in data.CASHIERS)),
        )

    return demo.read(build)
