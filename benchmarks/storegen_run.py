"""The day-by-day simulation of the large-store generator, and the finishing steps.

Each day's actions (shifts, sales, voids, refunds, intakes, hours, write-offs) get a store-local
time and run in time order, so ids, receipt numbers and the audit chain follow the clock.
"""

from __future__ import annotations

import heapq
import importlib
import itertools
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import bindparam, func, insert, select, update
from storegen_backoffice import BackOffice
from storegen_counter import QUANTITIES, Counter
from storegen_shifts import cash_movement, close_shift, no_sale, open_shift, remove_line
from storegen_world import (
    World,
    at_local,
    create_item,
    plan_items,
    register_household,
    register_volunteer,
    setup_store,
)
from storegen_writer import Writer

from charitymart.db import models as m
from charitymart.services.store import setup as store_setup

sales_money_days = importlib.import_module("charitymart.db.migrations.versions.0016_sales_money_days")

SALE_LINE_WEIGHTS = (14, 14, 13, 12, 10, 9, 7, 6, 5, 4, 3, 3)  # a sale has 1..12 lines
WEEKDAY_FACTOR = (0.9, 0.9, 0.9, 0.95, 1.05, 1.2, 1.2)
SALE_MODES = ("collection", "household", "points", "regular")
SALE_MODE_WEIGHTS = (3, 8, 1, 88)
OPENING_DAYS = 7  # the first week only takes donations in: no sales yet
SUPPLY_MARGIN = 1.6  # units received per unit sold (unsold tail, expired stock)
H = 3600


def bulk_pragmas(raw) -> None:
    """Generation only: no journal, no fsync, no foreign-key checks (checked once at the end).

    `raw` is the sqlite3 connection (autocommit): PRAGMAs must run outside a transaction."""
    for pragma in ("foreign_keys=OFF", "synchronous=OFF", "journal_mode=OFF", "cache_size=-2000000",
                   "temp_store=MEMORY", "secure_delete=OFF"):
        raw.execute(f"PRAGMA {pragma}")


def store_pragmas(raw) -> None:
    """Back to what the app expects of the file (engine.py sets the rest on every connection)."""
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")


def cumulative(total: int, first_share: float, days: int, day: int) -> int:
    """How many of `total` exist by the end of `day`: first_share on day 0, the rest evenly."""
    first = round(total * first_share)
    return first + round((total - first) * day / max(1, days - 1))


class Simulation:
    def __init__(self, world: World, writer: Writer):
        plan = world.plan
        self.w, self.writer, self.plan = world, writer, plan
        self.counter = Counter(world, writer)
        mean_lines = sum(n * wgt for n, wgt in enumerate(SALE_LINE_WEIGHTS, 1)) / sum(SALE_LINE_WEIGHTS)
        goods_lines = plan.donations * 0.92 * 4.0  # goods intakes x distinct lines
        units_out = plan.sale_lines * sum(QUANTITIES) / len(QUANTITIES)
        self.office = BackOffice(world, writer, quantity_mean=SUPPLY_MARGIN * units_out / goods_lines,
                                 donor_target=max(10, round(plan.donations * 0.18)))
        self.mean_lines = mean_lines
        self.done = {"items": 0, "households": 0, "volunteers": 0}
        self.heap: list = []
        self.last_day = False
        self.tick = itertools.count()
        self.started = time.perf_counter()

    def push(self, seconds: float, fn, *args) -> None:
        heapq.heappush(self.heap, (seconds, next(self.tick), fn, args))

    # --- one day ----------------------------------------------------------------------------------

    def master_data(self, day: int, today: date) -> None:
        w, plan, writer = self.w, self.plan, self.writer
        items = cumulative(plan.items, 0.5, plan.days, day) - self.done["items"]
        for i in range(items):
            create_item(w, writer, self.done["items"], at_local(today, 6 * H + i * H / max(1, items)))
            self.done["items"] += 1
        households = cumulative(plan.households, 0.4, plan.days, day) - self.done["households"]
        for i in range(households):
            self.done["households"] += 1
            register_household(w, writer, at_local(today, 7.5 * H + i * 5), today, self.done["households"])
        volunteers = cumulative(plan.volunteers, 0.4, plan.days, day) - self.done["volunteers"]
        for i in range(volunteers):
            self.done["volunteers"] += 1
            register_volunteer(w, writer, at_local(today, 7.7 * H + i * 5), today, self.done["volunteers"])

    def plan_day(self, day: int, today: date) -> None:
        w, rng, plan = self.w, self.w.rng, self.plan
        office, counter = self.office, self.counter
        if day == 0:
            for kind, count in (("supplier", max(2, plan.donations // 5000)), ("consignor", max(2, plan.donations // 4000))):
                for _ in range(count):
                    office.new_party(kind, at_local(today, 7 * H))
        if today.day == 1:
            self.push(8.6 * H, office.write_off_expired, today)
        weekday = today.weekday()
        # Donations: a fifth of the first month's come in during the opening week.
        factor = 4.0 if day < OPENING_DAYS else 1.0
        intakes = spread(plan.donations, plan.days, day, office.stats["donations"], factor)
        for _ in range(intakes):
            self.push(rng.uniform(9 * H, 17 * H), office.intake, today)
        if day < OPENING_DAYS:
            return
        tills = [t for n, t in enumerate(w.tills)
                 if n == 0 or (n == 1 and weekday < 6) or (n >= 2 and weekday >= 5)]
        cashiers = rng.sample(w.cashiers, len(tills))
        shifts = {}
        for n, (till, cashier) in enumerate(zip(tills, cashiers)):
            shifts[till[0]] = {"till": till, "cashier": cashier}
            self.push(8.5 * H + n, self.open, shifts, till, cashier)
            self.push(17.75 * H + n * 60, self.close, shifts, till[0])
            roll = rng.random()
            if roll < 0.2:
                self.push(rng.uniform(15 * H, 16 * H), self.cash, shifts, till[0], "out")
            elif roll < 0.23:
                self.push(rng.uniform(10 * H, 11 * H), self.cash, shifts, till[0], "in")
            if rng.random() < 0.02:
                self.push(rng.uniform(10 * H, 17 * H), self.no_sale, shifts, till[0])
        # Sales: today's share of the lines still to sell.
        lines = spread(plan.sale_lines, plan.days - OPENING_DAYS, day - OPENING_DAYS, counter.stats["lines"],
                       WEEKDAY_FACTOR[weekday])
        self.last_day = day == plan.days - 1
        if self.last_day:  # room for baskets that come out short: sales stop at the exact total
            lines = round(lines * 1.2) + 20
        planned = 0
        while planned < lines:
            n = min(rng.choices(range(1, 13), SALE_LINE_WEIGHTS)[0], lines - planned)
            planned += n
            till = rng.choice(tills)[0]
            at = rng.uniform(9 * H, 17.5 * H)
            mode = rng.choices(SALE_MODES, SALE_MODE_WEIGHTS)[0]
            if rng.random() < 0.015:
                self.push(at - 15, self.remove, shifts, till)
            self.push(at, self.sale, shifts, till, n, mode, today)
        # Volunteers on duty, clocked at T1; manual entries and decisions by a manager.
        registered = self.done["volunteers"]
        if registered:
            for v in rng.sample(range(registered), min(registered, max(1, round(registered / 25)))):
                self.push(rng.uniform(8.5 * H, 10 * H), self.clock, shifts, v, "in", today)
                self.push(rng.uniform(12 * H, 17.5 * H), self.clock, shifts, v, "out", today)
            if rng.random() < 0.3:
                self.push(16 * H, self.manual_hours, today, rng.randrange(registered))
        self.push(16.5 * H, self.decide_hours, today)

    def run_day(self, day: int, today: date) -> None:
        self.master_data(day, today)
        self.plan_day(day, today)
        while self.heap:
            seconds, _, fn, args = heapq.heappop(self.heap)
            self.now_seconds, self.today = seconds, today
            fn(at_local(today, seconds), *args)

    # --- actions ------------------------------------------------------------------------------------

    def open(self, at, shifts, till, cashier):
        shifts[till[0]]["state"] = open_shift(self.w, self.writer, till, cashier, at)

    def close(self, at, shifts, till_id):
        close_shift(self.w, self.writer, shifts[till_id]["state"], at)

    def cash(self, at, shifts, till_id, kind):
        cash_movement(self.w, self.writer, shifts[till_id]["state"], at, kind)

    def no_sale(self, at, shifts, till_id):
        no_sale(self.w, self.writer, shifts[till_id]["state"], at)

    def remove(self, at, shifts, till_id):
        remove_line(self.w, self.writer, shifts[till_id]["state"], at, self.w.pick_item())

    def sale(self, at, shifts, till_id, n, mode, today):
        shift, rng = shifts[till_id]["state"], self.w.rng
        n = min(n, self.plan.sale_lines - self.counter.stats["lines"])
        if n <= 0:
            return
        rec = self.counter.sale(shift, at, n, mode)
        if rec is None:
            return
        if self.counter.voidable(rec) and rng.random() < 0.002:
            self.push(self.now_seconds + rng.uniform(60, 300), self.void, shift, rec)
        elif self.counter.refundable(rec) and rng.random() < 0.004:
            later = self.now_seconds + rng.uniform(600, 7200)
            if later < 17.6 * H:
                self.push(later, self.refund, shift, rec)

    def void(self, at, shift, rec):
        if not rec.refunded and not shift.closed:
            self.counter.void(shift, rec, at)

    def refund(self, at, shift, rec):
        if not rec.voided and not shift.closed and not self.last_day:
            self.counter.refund(shift, rec, at)

    def clock(self, at, shifts, volunteer, kind, today):
        t1 = next(iter(shifts.values()))
        user, till_id = t1["cashier"], t1["till"][0]
        if kind == "in":
            self.office.clock_in(at, volunteer, till_id, user)
        elif volunteer in self.office.clocked:
            self.office.clock_out(at, volunteer, till_id, user, today)

    def manual_hours(self, at, today, volunteer):
        self.office.manual_entry(at, today, volunteer)

    def decide_hours(self, at, today):
        self.office.decide_pending(at, today)

    # --- progress ------------------------------------------------------------------------------------

    def progress(self, day: int, today: date) -> None:
        s, o = self.counter.stats, self.office.stats
        elapsed = time.perf_counter() - self.started
        print(f"  {today} day {day + 1}/{self.plan.days}: {s['lines']:,} sale lines, {s['sales']:,} sales, "
              f"{s['collections']:,} collections, {s['refunds']} refunds, {s['voids']} voids, "
              f"{o['donations']:,} donations, {o['write_offs']:,} write-offs, {self.writer.seq:,} events; "
              f"stock misses {s['misses']:,}; {elapsed:.0f} s", flush=True)


def spread(total: int, days: int, day: int, done: int, factor: float = 1.0) -> int:
    """Today's share of what is left, so the total comes out right whatever happened before."""
    left = total - done
    if day >= days - 1:
        return max(0, left)
    return max(0, round(left / max(1, days - day) * factor))


# Triggers that keep derived tables (migrations 0013, 0016): dropped while writing in bulk, the
# tables rebuilt once at the end and the triggers put back.
DERIVED_TRIGGERS = ("stock_month_totals_add", "sales_money_days_tender", "sales_money_days_void")
DERIVED_REBUILD = (
    "DELETE FROM stock_month_totals",
    "INSERT INTO stock_month_totals (month, fund_source, quantity, value) "
    "SELECT date(m.business_date, 'start of month'), l.fund_source, sum(m.quantity), sum(m.quantity * l.unit_value) "
    "FROM stock_movements m JOIN lots l ON l.id = m.lot_id GROUP BY 1, 2",
    "DELETE FROM sales_money_days",
    sales_money_days.backfill(sales_money_days.SQLITE_DAY),
)


def finish(conn, sim: Simulation, trigger_sql: str | None, derived_triggers: tuple[str, ...] = ()) -> None:
    w, writer = sim.w, sim.writer
    writer.flush()
    with conn.begin():
        conn.execute(update(m.Lot.__table__).where(m.Lot.__table__.c.id == bindparam("lot_id"))
                     .values(on_hand=bindparam("on_hand")),
                     [{"lot_id": lot.id, "on_hand": lot.on_hand} for lot in w.lots_by_id.values()])
        conn.execute(insert(m.ReceiptCounter.__table__),
                     [{"till_id": till, "year": year, "last_number": last}
                      for (till, year), last in sorted(sim.counter.receipts.items())])
        if trigger_sql:
            conn.exec_driver_sql(trigger_sql)
            conn.exec_driver_sql("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
        if derived_triggers:
            for statement in DERIVED_REBUILD:
                conn.exec_driver_sql(statement)
            for trigger in derived_triggers:
                conn.exec_driver_sql(trigger)
    raw = conn.connection.driver_connection
    print("checking foreign keys ...", flush=True)
    problems = raw.execute("PRAGMA foreign_key_check").fetchmany(10)
    if problems:
        raise SystemExit(f"foreign key problems: {problems}")
    store_pragmas(raw)


def generate(out: Path, plan) -> None:
    handle = store_setup.open_store(out)
    world = setup_store(handle, plan)
    handle.engine.dispose()  # one connection from here on: the bulk PRAGMAs stay on it
    with handle.engine.connect() as conn:
        bulk_pragmas(conn.connection.driver_connection)
        trigger_sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'").scalar()
        if trigger_sql:  # index the items in one rebuild at the end instead of row by row
            conn.exec_driver_sql("DROP TRIGGER items_fts_insert")
        derived_triggers = tuple(conn.exec_driver_sql(
            f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '{name}'").scalar()
            for name in DERIVED_TRIGGERS)
        if not all(derived_triggers):
            raise SystemExit("the store lacks a derived table's trigger: is it at the newest revision?")
        for name in DERIVED_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.commit()
        writer = Writer(conn)
        plan_items(world, writer.next_id[m.Item])
        sim = Simulation(world, writer)
        for day in range(plan.days):
            today = plan.start + timedelta(days=day)
            sim.run_day(day, today)
            if day % 30 == 29 or day == plan.days - 1:
                sim.progress(day, today)
        finish(conn, sim, trigger_sql, derived_triggers)
        print("rows:", ", ".join(f"{name} {count:,}" for name, count in sorted(table_counts(conn).items())),
              flush=True)
    handle.close()


def table_counts(conn) -> dict[str, int]:
    with conn.begin():
        return {model.__tablename__: conn.scalar(select(func.count()).select_from(model.__table__))
                for model in (m.Item, m.Barcode, m.Party, m.Beneficiary, m.Volunteer, m.Donation, m.DonationLine,
                              m.Lot, m.StockMovement, m.Sale, m.SaleLine, m.SaleLineLot, m.Tender, m.AllowanceEntry,
                              m.WorkEntry, m.TimebankEntry, m.Shift, m.AuditEvent, m.AuditRow)}


def run_verify(out: Path, shifts_to_compare: int = 200) -> bool:
    """services.store.verify on the result, and a sample of shift closes against services.sales.shifts.z_totals."""
    import json
    import random

    from charitymart.services.sales import shifts
    from charitymart.services.store.verify import verify

    handle = store_setup.open_store(out)
    started = time.perf_counter()
    with handle.sessions() as s:
        report = verify(s)
        print(f"verify: {'OK' if report.ok else 'FAILED'}: {report.events:,} events, {report.rows_checked:,} rows "
              f"in {time.perf_counter() - started:.0f} s", flush=True)
        for problem in report.problems[:20]:
            print("  ", problem)
        closes = s.execute(select(m.ShiftClose.shift_id, m.ShiftClose.z_totals, m.ShiftClose.expected_cash)).all()
        sample = random.Random(1).sample(closes, min(shifts_to_compare, len(closes)))
        differ = [c.shift_id for c in sample
                  if shifts.z_totals(s, c.shift_id) != json.loads(c.z_totals)
                  or shifts.expected_cash(s, c.shift_id) != c.expected_cash]
        print(f"Z totals of {len(sample)} shifts recomputed by services.sales.shifts: "
              f"{'all equal' if not differ else f'{len(differ)} differ, e.g. shift {differ[0]}'}", flush=True)
    handle.close()
    return report.ok and not differ
