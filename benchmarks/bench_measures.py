"""The measurements of run_benchmarks.py, each on an open store handle (a copy of the generated file).

Every timed call runs the way the counter or the back office runs it: one user action, one
session and transaction (`with handle.sessions.begin()`), commit included where it writes.
"""

from __future__ import annotations

import math
import random
import statistics
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from charitymart.db.models import AllowanceEntry, Barcode, Beneficiary, Item, Lot, Sale, Till, User
from charitymart.domain.basket import Basket
from charitymart.services import clock
from charitymart.services.context import Actor, get_store, store_today
from charitymart.services.errors import AllowanceError, CharityMartError, StockError
from charitymart.services.sales import basket as basket_service
from charitymart.services.sales import checkout, shifts
from charitymart.services.stock import search


@dataclass
class Timing:
    name: str
    target_ms: float | None
    values: list[float] = field(default_factory=list)  # milliseconds, wall clock
    cpu: list[float] = field(default_factory=list)  # milliseconds of this process's CPU time
    errors: int = 0
    note: str = ""

    def pct(self, p: float) -> float:
        ordered = sorted(self.values)
        return ordered[max(0, math.ceil(p * len(ordered)) - 1)]

    @property
    def p50(self) -> float:
        return statistics.median(self.values)

    @property
    def p95(self) -> float:
        return self.pct(0.95)

    @property
    def max(self) -> float:
        return max(self.values)

    @property
    def cpu_p95(self) -> float | None:
        if not self.cpu:
            return None
        ordered = sorted(self.cpu)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    def add(self, wall_started: float, cpu_started: float) -> None:
        self.values.append((time.perf_counter() - wall_started) * 1000)
        self.cpu.append((time.process_time() - cpu_started) * 1000)


def timed(timing: Timing, fn, *args, **kwargs):
    started, cpu = time.perf_counter(), time.process_time()
    try:
        return fn(*args, **kwargs)
    finally:
        timing.add(started, cpu)


def bench_clock(handle) -> datetime:
    """The day after the store's last sale, 10:00 local: the counter's 'now' for the measures."""
    with handle.sessions() as s:
        last = s.scalar(select(func.max(Sale.created_at)))
        tz = get_store(s).timezone
    day = clock.local_date(last, tz) + timedelta(days=1)
    return datetime.combine(day, dtime(10), ZoneInfo(tz)).astimezone(UTC).replace(tzinfo=None)


def last_full_months(handle, count: int) -> list[tuple[int, int]]:
    """(year, month) of the `count` full months before the (frozen) store-local today, oldest first."""
    with handle.sessions() as s:
        last = store_today(s).replace(day=1) - timedelta(days=1)
    months = []
    for _ in range(count):
        months.insert(0, (last.year, last.month))
        last = last.replace(day=1) - timedelta(days=1)
    return months


def cashier_at_till(handle, till_code: str = "T1") -> Actor:
    with handle.sessions() as s:
        user = s.scalar(select(User).where(User.role == "cashier", User.active.is_(True)).order_by(User.id))
        till = s.scalar(select(Till).where(Till.code == till_code))
        return Actor(user_id=user.id, name=user.name, role=user.role, till_id=till.id)


def open_shift(handle, actor: Actor) -> None:
    with handle.sessions.begin() as s:
        if shifts.current_shift(s, actor.till_id) is None:
            shifts.open_shift(s, actor, 30000)


def sellable_codes(handle) -> list[tuple[str, int]]:
    """(first barcode, sellable units) of every active item with stock that may be sold today."""
    with handle.sessions() as s:
        today = store_today(s)
        units = dict(s.execute(select(Lot.item_id, func.sum(Lot.on_hand))
                               .where(Lot.on_hand > 0, (Lot.expiry.is_(None)) | (Lot.expiry >= today))
                               .group_by(Lot.item_id)).all())
        active = set(s.scalars(select(Item.id).where(Item.active)))
        first: dict[int, str] = {}
        for item_id, code in s.execute(select(Barcode.item_id, Barcode.code).order_by(Barcode.id)):
            first.setdefault(item_id, code)
    return [(first[i], n) for i, n in sorted(units.items()) if i in active and i in first]


def measure_scans(handle, actor: Actor, codes, count: int, rng: random.Random, warmup: int = 50) -> Timing:
    """Exact code lookup + add to basket: basket.add_item on a random barcode, 20 scans a basket."""
    timing = Timing("scan: exact code lookup + add to basket", 2.0)
    basket = Basket()
    for n in range(warmup + count):
        if n % 20 == 0:
            basket = Basket()
        code, _ = rng.choice(codes)
        started, cpu = time.perf_counter(), time.process_time()
        try:
            with handle.sessions.begin() as s:
                basket_service.add_item(s, actor, basket, code)
        except StockError:
            timing.errors += 1
        if n >= warmup:
            timing.add(started, cpu)
    timing.note = f"{len(codes):,} sellable barcodes; {timing.errors} scans refused for stock"
    return timing


def search_queries(handle, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """What a cashier types: initials, pinyin, Chinese fragments, English words, barcode prefixes, misses."""
    with handle.sessions() as s:
        sample = s.execute(select(Item.name, Item.name_en, Item.pinyin, Item.initials, Item.id)
                           .where(Item.id % 97 == 0)).all()
        codes = dict(s.execute(select(Barcode.item_id, Barcode.code).where(Barcode.item_id % 97 == 0)).all())
    made = []
    kinds = ("initials", "pinyin", "chinese", "english", "barcode", "nothing")
    for i in range(count):
        name, name_en, pinyin, initials, item_id = rng.choice(sample)
        kind = kinds[i % len(kinds)]
        if kind == "initials":
            text = initials[: rng.randint(2, 5)]
        elif kind == "pinyin":
            text = pinyin[: rng.randint(3, 9)]
        elif kind == "chinese":
            han = name.split(" ")[0]
            start = rng.randrange(0, max(1, len(han) - 1))
            text = han[start:start + rng.randint(1, 4)]
        elif kind == "english":
            word = rng.choice(name_en.split())
            text = word[: rng.randint(3, len(word))] if len(word) > 3 else word
        elif kind == "barcode":
            text = codes.get(item_id, "690")[: rng.randint(6, 12)]
        else:
            text = rng.choice(["zzq", "xylophone", "qqq", "无此物品", "wxyzw"])
        made.append((kind, text or "米"))
    return made


def measure_search(handle, queries, warmup: int = 30) -> tuple[Timing, dict[str, Timing]]:
    overall = Timing("search: name / pinyin / initials (search_items)", 30.0)
    per_kind: dict[str, Timing] = {}
    for n, (kind, text) in enumerate(queries[:warmup] + queries):
        started, cpu = time.perf_counter(), time.process_time()
        with handle.sessions() as s:
            hits = search.search_items(s, text)
        if n < warmup:
            continue
        overall.add(started, cpu)
        per_kind.setdefault(kind, Timing(kind, 30.0))
        per_kind[kind].values.append(overall.values[-1])
        per_kind[kind].cpu.append(overall.cpu[-1])
        per_kind[kind].errors += 0 if hits else 1  # here: queries that found nothing
    return overall, per_kind


def measure_raw_commits(db_path, count: int, lines: int = 20) -> Timing:
    """The floor: plain sqlite3, WAL + synchronous=FULL, 20 rows (a sale line's width) per commit."""
    import sqlite3
    timing = Timing(f"raw sqlite3: {lines} rows + commit, synchronous=FULL", None)
    con = sqlite3.connect(str(db_path), isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE IF NOT EXISTS bench_raw (id INTEGER PRIMARY KEY, sale INTEGER, item INTEGER,"
                " quantity INTEGER, price INTEGER, total INTEGER, fund_source TEXT)")
    for n in range(count):
        started, cpu = time.perf_counter(), time.process_time()
        con.execute("BEGIN IMMEDIATE")
        con.executemany("INSERT INTO bench_raw (sale, item, quantity, price, total, fund_source) VALUES (?,?,?,?,?,?)",
                        [(n, i, 1, 250, 250, "donated") for i in range(lines)])
        con.execute("COMMIT")
        timing.add(started, cpu)
    con.close()
    return timing


def measure_sales(handle, actor: Actor, codes, count: int, rng: random.Random, lines: int = 20,
                  warmup: int = 5, till_checkpoints: bool = True) -> tuple[Timing, Timing]:
    """complete_sale of a 20-line basket paid in cash, each in its own transaction (commit included).

    With `till_checkpoints` (the counter's way since issue 15) the engine's automatic checkpoint is
    off, the ceiling check runs after each commit (timed) and the idle checkpoint between sales
    (not timed: the cashier is scanning the next basket)."""
    from charitymart.services.store import checkpoints
    if till_checkpoints:
        checkpoints.take_over_checkpoints(handle.engine)
    mode = "till checkpoints" if till_checkpoints else "SQLite autocheckpoint"
    total = Timing(f"complete a {lines}-line sale (complete_sale + commit, {mode})", 20.0)
    commit = Timing("  of which the commit (synchronous=FULL)", None)
    left = {code: units for code, units in codes}
    pool = [code for code, units in codes if units >= 1]
    for n in range(warmup + count):
        basket, chosen = Basket(), set()
        while len(basket.lines) < lines:
            code = rng.choice(pool)
            if code in chosen or left[code] < 1:
                continue
            chosen.add(code)
            try:
                with handle.sessions.begin() as s:
                    basket_service.add_item(s, actor, basket, code)
                left[code] -= 1
            except CharityMartError:
                left[code] = 0
        payment = checkout.Payment("cash", basket.total, received=-(-basket.total // 10000) * 10000)
        started, cpu = time.perf_counter(), time.process_time()
        session = handle.sessions()
        try:
            with session.begin():
                checkout.complete_sale(session, actor, basket, [payment])
                before_commit, cpu_before_commit = time.perf_counter(), time.process_time()
        finally:
            session.close()
        if till_checkpoints:
            checkpoints.checkpoint_if_wal_over(handle.engine)
        if n >= warmup:
            commit.add(before_commit, cpu_before_commit)
            total.add(started, cpu)
        if till_checkpoints:
            checkpoints.idle_checkpoint(handle.engine)  # the idle moment before the next basket
    total.note = "cash, with change; stock taken first-expiry-first; one audit event per sale"
    return total, commit


def longest_served_households(handle, count: int = 20) -> list[tuple[str, int]]:
    """(card, ledger entries) of the valid households with the longest allowance history."""
    with handle.sessions() as s:
        today = store_today(s)
        return [(card, entries) for card, entries in s.execute(
            select(Beneficiary.card_number, func.count(AllowanceEntry.id))
            .join(AllowanceEntry, AllowanceEntry.beneficiary_id == Beneficiary.id)
            .where(Beneficiary.active.is_(True), Beneficiary.valid_until >= today, Beneficiary.visit_limit.is_(None))
            .group_by(Beneficiary.id).order_by(func.count(AllowanceEntry.id).desc()).limit(count))]


def measure_household_sales(handle, actor: Actor, codes, count: int, rng: random.Random, lines: int = 5,
                            warmup: int = 5) -> Timing:
    """complete_sale of a basket part-paid by the allowance of one of the households with the longest
    history (1 fen of allowance, the rest cash, so no household runs out), commit included."""
    households = longest_served_households(handle)
    if not households:
        return Timing("household sale: no valid household has allowance entries", None)
    with handle.sessions() as s:
        payable_codes = set(s.scalars(select(Barcode.code).join(Item, Item.id == Barcode.item_id)
                                      .where(Item.allowance_ok.is_(True))))
    pool = [code for code, units in codes if units >= 50 and code in payable_codes]
    entries = sorted(n for _, n in households)
    timing = Timing(f"complete a {lines}-line sale part-paid by allowance (households with "
                    f"{entries[0]}-{entries[-1]} ledger entries)", None)
    for n in range(warmup + count):
        card = households[n % len(households)][0]
        basket = Basket()
        with handle.sessions() as s:
            for code in rng.sample(pool, lines):
                basket_service.add_item(s, actor, basket, code)
        tenders = [checkout.Payment("allowance", 1), checkout.Payment("cash", basket.total - 1)]
        started, cpu = time.perf_counter(), time.process_time()
        try:
            with handle.sessions.begin() as s:
                checkout.complete_sale(s, actor, basket, tenders, beneficiary_card=card)
        except AllowanceError:
            timing.errors += 1
            continue
        if n >= warmup:
            timing.add(started, cpu)
    timing.note = "errors: refused by the allowance rules"
    return timing


def measure_month_figures(handle, months: list[tuple[int, int]], repeat: int = 2) -> Timing | str:
    try:
        from charitymart.services import reporting
        month_figures = reporting.month_figures
    except Exception as exc:  # noqa: BLE001 (being written concurrently: skip, say why)
        return f"skipped: charitymart.services.reporting.month_figures is not importable yet ({exc!r})"
    timing = Timing("month's report figures (reporting.month_figures)", 500.0)
    per_month: dict[tuple[int, int], list[float]] = {}
    for _ in range(repeat):
        for year, month in months:
            with handle.sessions() as s:
                timed(timing, month_figures, s, year, month)
            per_month.setdefault((year, month), []).append(timing.values[-1])
    timing.note = "best of {} per month, oldest first: {}".format(
        repeat, ", ".join(f"{y}-{m:02d} {min(v):.0f} ms" for (y, m), v in per_month.items()))
    return timing
