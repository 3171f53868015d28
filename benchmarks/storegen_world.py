"""The generated store's world: setup through the real services, master data, in-memory state.

The store itself, its users, tills and categories are made through the services (so PINs,
the store row and the first audit events are exactly what `charitymart init` makes). Items,
parties, households and volunteers are then written in bulk, each with the audit event its
service would write (master data: rows listed without a content hash).
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import storegen_vocab as vocab
from sqlalchemy import select
from stdnum.cn import ric

from charitymart.db import models as m
from charitymart.domain.codes import ean_check_digit
from charitymart.services import audit, clock
from charitymart.services.context import Actor
from charitymart.services.people import identity_vault
from charitymart.services.stock import catalog
from charitymart.services.stock.search import search_text_for
from charitymart.services.store import setup as store_setup
from charitymart.services.users import auth

TZ = "Asia/Shanghai"
ADMIN_PIN = "1234"
MANAGER_PINS = ("8001", "8002", "8003")
CASHIER_PIN_BASE = 5001


@dataclass
class Plan:
    items: int
    sale_lines: int
    donations: int
    households: int
    volunteers: int
    start: date
    days: int
    seed: int
    tills: int = 3

    @classmethod
    def scaled(cls, scale: float, start: date, days: int, seed: int) -> Plan:
        def n(full: int, least: int) -> int:
            return max(least, round(full * scale))
        return cls(items=n(200_000, 200), sale_lines=n(2_000_000, 500), donations=n(100_000, 100),
                   households=n(2_000, 10), volunteers=n(500, 5), start=start, days=days, seed=seed)


@dataclass(slots=True)
class LotState:
    id: int
    item: int  # item index
    fund_source: str
    expiry: int | None  # date ordinal
    received: int  # date ordinal
    on_hand: int
    active: bool = True

    @property
    def key(self) -> tuple:
        return (self.expiry is None, self.expiry or 0, self.received, self.id)


@dataclass(slots=True)
class Household:
    id: int
    card: str
    registered_on: date
    period: str
    allowance_amount: int
    carry_over: bool
    visit_limit: int | None
    valid_until: date
    entries: list = field(default_factory=list)  # AllowanceEntry-like objects (period_start, kind, amount)
    visits: dict = field(default_factory=dict)  # period start -> set of sale ids (not voided)


@dataclass(slots=True)
class VolunteerState:
    id: int
    code: str
    joined_on: date
    balance_x100: int = 0
    worked_days: set = field(default_factory=set)


@dataclass
class World:
    plan: Plan
    rng: random.Random
    store_uuid: str
    admin: int
    managers: list[int]
    cashiers: list[int]
    tills: list[tuple[int, str]]  # (id, code)
    categories: list[int]  # category ids, by vocab.CATEGORIES index
    ben_categories: list[int]
    # items, by index (id = item_base + index)
    item_base: int = 1
    price: list[int] = field(default_factory=list)
    allowance_ok: list[bool] = field(default_factory=list)
    cat: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    name_en: list[str] = field(default_factory=list)
    barcode: list[str] = field(default_factory=list)
    lots: list[list[LotState]] = field(default_factory=list)
    popularity: list[float] = field(default_factory=list)  # cumulative, by index
    live_items: int = 0
    lots_by_id: dict[int, LotState] = field(default_factory=dict)
    households: list[Household] = field(default_factory=list)
    volunteers: list[VolunteerState] = field(default_factory=list)
    donors: list[int] = field(default_factory=list)  # party ids of donors created so far
    suppliers: list[int] = field(default_factory=list)
    consignors: list[int] = field(default_factory=list)

    def item_id(self, index: int) -> int:
        return self.item_base + index

    def pick_item(self) -> int:
        """An existing item, by popularity."""
        cw = self.popularity
        top = cw[self.live_items - 1]
        return min(bisect.bisect_right(cw, self.rng.random() * top), self.live_items - 1)

    def sellable(self, index: int, today: int) -> int:
        return sum(lot.on_hand for lot in self.lots[index] if lot.expiry is None or lot.expiry >= today)

    def add_lot(self, lot: LotState) -> None:
        self.lots_by_id[lot.id] = lot
        keys = [x.key for x in self.lots[lot.item]]
        self.lots[lot.item].insert(bisect.bisect_right(keys, lot.key), lot)

    def give_back(self, lot: LotState, quantity: int) -> None:
        """Units back into a lot (void, refund): an emptied lot becomes active again."""
        lot.on_hand += quantity
        if not lot.active and lot.on_hand > 0:
            lot.active = True
            self.add_lot(lot)

    def take(self, index: int, quantity: int, today: int) -> list[tuple[LotState, int]]:
        """First expiry first, never an expired lot (as checkout._take_lots); caller checked stock."""
        taken, wanted = [], quantity
        for lot in self.lots[index]:
            if wanted == 0:
                break
            if lot.on_hand <= 0 or (lot.expiry is not None and lot.expiry < today):
                continue
            part = min(wanted, lot.on_hand)
            taken.append((lot, part))
            wanted -= part
        if wanted:
            raise AssertionError("took more than the sellable stock")
        for lot, part in taken:
            lot.on_hand -= part
        self.drop_empty(index)
        return taken

    def drop_empty(self, index: int) -> None:
        kept = []
        for lot in self.lots[index]:
            if lot.on_hand > 0:
                kept.append(lot)
            else:
                lot.active = False
        self.lots[index] = kept


def day_offset(day: date) -> timedelta:
    return datetime.combine(day, time(12), ZoneInfo(TZ)).utcoffset()


def local_day(at: datetime) -> date:
    """The store-local day of a naive UTC moment (a movement's business date)."""
    return (at + day_offset(at.date())).date()


def at_local(day: date, seconds: float) -> datetime:
    """Naive UTC of a store-local time on `day`, `seconds` after local midnight."""
    return datetime.combine(day, time()) + timedelta(seconds=seconds) - day_offset(day)


def setup_store(handle, plan: Plan) -> World:
    """The store, its users, tills and categories, through the services (clock frozen at the start)."""
    rng = random.Random(plan.seed)
    clock.set_now(at_local(plan.start, 7 * 3600))
    try:
        with handle.sessions.begin() as s:
            store = store_setup.create_store(s, name="阳光慈善超市（大型门店基准）", admin_name="系统管理员",
                                             admin_pin=ADMIN_PIN, address="人民路88号")
            uuid = store.uuid
        with handle.sessions.begin() as s:
            admin = Actor(user_id=1, name="系统管理员", role="admin", till_id=1)
            managers = [auth.create_user(s, admin, f"店长{i + 1}", "manager", pin).id
                        for i, pin in enumerate(MANAGER_PINS)]
            cashiers = [auth.create_user(s, admin, vocab.person_name(rng), "cashier", str(CASHIER_PIN_BASE + i)).id
                        for i in range(10)]
            for code in [f"T{n}" for n in range(2, plan.tills + 1)]:
                till = m.Till(code=code, name=code, active=True, failed_logins=0)
                s.add(till)
                audit.record(s, admin.user_id, "till.create", [till])
            categories = [catalog.get_or_create_category(s, admin, spec.name, name_en=spec.name_en).id
                          for spec in vocab.CATEGORIES]
        with handle.sessions() as s:
            tills = [(t.id, t.code) for t in s.scalars(select(m.Till).order_by(m.Till.id))]
            ben_categories = list(s.scalars(select(m.BeneficiaryCategory.id).order_by(m.BeneficiaryCategory.id)))
    finally:
        clock.set_now(None)
    return World(plan=plan, rng=rng, store_uuid=uuid, admin=1, managers=managers, cashiers=cashiers, tills=tills,
                 categories=categories, ben_categories=ben_categories)


# --- master data ----------------------------------------------------------------------------------

def plan_items(w: World, item_base: int) -> None:
    """Names, prices, categories and popularity of every item (rows are written when created)."""
    rng, namer = w.rng, vocab.ItemNamer(w.rng)
    weights = [spec.weight for spec in vocab.CATEGORIES]
    ranks = list(range(w.plan.items))
    rng.shuffle(ranks)  # popularity is not related to the order items were added
    total = 0.0
    w.item_base = item_base
    for index in range(w.plan.items):
        c = rng.choices(range(len(vocab.CATEGORIES)), weights)[0]
        spec = vocab.CATEGORIES[c]
        name, name_en = namer.make(spec)
        low, high = spec.price
        w.price.append(rng.randint(low // 10, high // 10) * 10)
        w.allowance_ok.append(rng.random() < spec.allowance_ok)
        w.cat.append(c)
        w.name.append(name)
        w.name_en.append(name_en)
        body = f"690{((item_base + index) * 7919) % 10**9:09d}"
        w.barcode.append(body + ean_check_digit(body))
        w.lots.append([])
        total += 1.0 / (ranks[index] + 20) ** 0.9
        w.popularity.append(total)


def create_item(w, writer, index: int, at: datetime) -> None:
    """catalog.add_item: the item (pinyin keys, search text) and its barcodes, one event."""
    spec = vocab.CATEGORIES[w.cat[index]]
    name, name_en = w.name[index], w.name_en[index]
    pinyin, initials = catalog.name_keys(name)
    item = writer.add(m.Item, id=w.item_id(index), name=name, name_en=name_en, pinyin=pinyin, initials=initials,
                      search_text=search_text_for(name, name_en, pinyin, initials),
                      category_id=w.categories[w.cat[index]], unit=spec.unit, price=w.price[index],
                      allowance_ok=w.allowance_ok[index], reorder_level=w.rng.choice((0, 0, 5, 10, 20)),
                      active=True, created_at=at, updated_at=at)
    rows = [item, writer.add(m.Barcode, code=w.barcode[index], item_id=item["id"])]
    if w.rng.random() < 0.04:  # a second code (another pack size printed by the maker)
        body = f"693{(item['id'] * 7919) % 10**9:09d}"
        rows.append(writer.add(m.Barcode, code=body + ean_check_digit(body), item_id=item["id"]))
    writer.event(at, w.rng.choice(w.managers), "item.create", rows)
    w.live_items = max(w.live_items, index + 1)


def create_party(w, writer, kind: str, at: datetime, code: str) -> int:
    rng = w.rng
    if kind == "person":
        name = vocab.person_name(rng)
    elif kind == "organisation":
        name = vocab.organisation_name(rng)
    elif kind == "anonymous":
        name = "匿名"
    elif kind == "supplier":
        name = rng.choice(vocab.ORG_HEADS) + "批发有限公司"
    else:
        name = rng.choice(("社区手工坊", "残疾人就业基地", "乡村合作社", "老年编织组")) + f"{code[-2:]}"
    party = writer.add(m.Party, code=code, kind=kind, name=name,
                       phone="" if kind == "anonymous" else vocab.phone(rng),
                       public_name_ok=kind != "anonymous" and rng.random() < 0.6,
                       shop_share_bp=1500 if kind == "consignor" else 0, notes="", active=True, created_at=at,
                       credit_code="")
    writer.event(at, rng.choice(w.managers), "party.create", [party])
    return party["id"]


def register_household(w, writer, at: datetime, today: date, number: int) -> None:
    """beneficiaries.register: a household with its sealed ID number; one event."""
    rng = w.rng
    while True:
        id_number = vocab.resident_id(rng, ric)
        if ric.is_valid(id_number):
            break
    sealed = identity_vault.seal(w.store_uuid, id_number, "resident_id")
    period = rng.choices(("month", "quarter", "half_year", "year"), (60, 30, 5, 5))[0]
    per_month = rng.choice((5000, 8000, 10000, 15000, 20000))
    amount = per_month * {"month": 1, "quarter": 3, "half_year": 6, "year": 12}[period]
    valid_until = (date(2099, 12, 31) if rng.random() < 0.85
                   else today + timedelta(days=rng.randint(180, 3 * 365)))
    row = writer.add(m.Beneficiary, card_number=f"H{number:06d}", name=vocab.person_name(rng),
                     category_id=rng.choice(w.ben_categories), household_size=rng.randint(1, 6),
                     phone=vocab.phone(rng), address=vocab.address(rng), allowance_amount=amount, period=period,
                     carry_over=rng.random() < 0.2, visit_limit=rng.choice((None, None, None, 2, 4, 8)),
                     valid_until=valid_until, registered_on=today, active=True, notes="", created_at=at,
                     id_type="resident_id", id_cipher=sealed.cipher, id_hmac=sealed.keyed_hash,
                     id_masked=sealed.masked)
    writer.event(at, rng.choice(w.managers), "beneficiary.create", [row])
    w.households.append(Household(id=row["id"], card=row["card_number"], registered_on=today, period=period,
                                  allowance_amount=amount, carry_over=row["carry_over"],
                                  visit_limit=row["visit_limit"], valid_until=valid_until))


def register_volunteer(w, writer, at: datetime, today: date, number: int) -> None:
    """volunteers.register: some with an ID number (needed later for certificates)."""
    rng = w.rng
    sealed = None
    if rng.random() < 0.7:
        while True:
            id_number = vocab.resident_id(rng, ric)
            if ric.is_valid(id_number):
                break
        sealed = identity_vault.seal(w.store_uuid, id_number, "resident_id")
    row = writer.add(m.Volunteer, code=f"V{number:05d}", name=vocab.person_name(rng), phone=vocab.phone(rng),
                     joined_on=today, active=True, created_at=at, id_type="resident_id",
                     id_cipher=sealed.cipher if sealed else "", id_hmac=sealed.keyed_hash if sealed else "",
                     id_masked=sealed.masked if sealed else "")
    writer.event(at, rng.choice(w.managers), "volunteer.create", [row])
    w.volunteers.append(VolunteerState(id=row["id"], code=row["code"], joined_on=today))

