"""One day of the demo store (services.demo.build): the day's plan of actions, run in time order.

Morning (before 9:00): expired goods off the shelves (Wednesdays), last Saturday's event hours
entered and decided (Mondays), the stock top-up, new households, a cash donation now and
then, the month's bills entered as expenses, volunteers clock in, the cashier opens the shift
with a ¥200 float.
Opening hours (9:00-17:00): walk-in customers, households (allowance purchases and free
collections, some delivered), volunteers spending time-bank points, a void, a refund of an
earlier sale, a neighbour bringing donations, Saturday's cash taken to the safe.
Closing: the cash is counted and the shift closed (now and then a few jiao off), volunteers
clock out; on set days a stock adjustment or the stocktake after closing.

When the day is today (`Demo.cutoff`), the shift is not closed (the counter sells on); if
the day is not over yet, the closing-time actions are left out too (the volunteers stay on
duty) and the day's plan from 9:00 is squeezed to end five minutes before now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from charitymart.services.context import Actor
from charitymart.services.demo import counter, data, office
from charitymart.services.demo.state import Demo
from charitymart.services.people import hours
from charitymart.services.sales import shifts

H = 3600
OPEN, LAST_SALE = 9 * H, 16 * H + 55 * 60
ROSTER = (0, 1, 2, 0, 1, 2, 3)  # the cashier on duty by weekday, Monday first
FLOAT = 20000  # ¥200 opening float
VARIANCES = (-500, -200, -100, -50, -20, 20, 50, 100, 200)


@dataclass(order=True)
class _Event:
    seconds: int
    seq: int
    action: Callable[[], None] = field(compare=False)
    closing: str = field(compare=False, default="")  # "day_end" or "shift_close": see _today


def run_day(demo: Demo, index: int) -> None:
    rng = demo.rng
    day = demo.first + timedelta(days=index)
    total_days = (demo.last - demo.first).days + 1
    weekday = day.weekday()
    events: list[_Event] = []

    def add(seconds: float, action: Callable[[], None], closing: str = "") -> None:
        events.append(_Event(int(seconds), len(events), action, closing))

    def anytime(start: float = OPEN, end: float = LAST_SALE) -> float:
        return rng.uniform(start, end)

    on_duty = ROSTER[weekday]
    cashier, cashier_code = demo.cashiers[on_duty], demo.volunteer_codes[on_duty]

    # Before opening.
    if index and weekday == 2:
        add(8 * H, lambda: office.write_off_expired(demo))
    if weekday == 0:
        add(8 * H + 600, lambda: office.enter_hours(demo, day, cashier))
    add(8 * H + 1200, lambda: office.restock(demo, day, opening=index == 0))
    for spec in office.late_registrations(demo, index, total_days):
        add(8 * H + 1500, lambda spec=spec: office.register_late(demo, spec))
    if index == total_days // 2:
        add(8 * H + 1560, lambda: office.renew_temporary(demo))
    if index % 5 == 2:
        add(8 * H + 1800, lambda: office.cash_donation(demo, day))
    add(8 * H + 2700, lambda: _clock(demo, cashier, cashier_code, "in"))
    add(anytime(17 * H + 1200, 17 * H + 1800), lambda: _clock(demo, cashier, cashier_code, "out"), "day_end")
    helpers = rng.sample(demo.volunteer_codes[len(data.CASHIERS):], rng.choice((1, 1, 2)))
    for number, code in enumerate(helpers):
        if number == 0:
            start, full_day = anytime(8 * H + 2100, 8 * H + 3300), rng.random() < 0.5
            end = anytime(17 * H + 300, 17 * H + 1500) if full_day else anytime(11 * H + 3000, 12 * H + 1200)
        else:
            start, end, full_day = anytime(12 * H + 3000, 13 * H + 600), anytime(17 * H, 17 * H + 1200), True
        add(start, lambda code=code: _clock(demo, cashier, code, "in"))
        add(end, lambda code=code: _clock(demo, cashier, code, "out"), "day_end" if full_day else "")
    add(8 * H + 3000, lambda: demo.tx(lambda s: shifts.open_shift(s, cashier, FLOAT)))

    # Opening hours.
    customers = rng.randint(8, 12) if weekday < 5 else rng.randint(13, 18)
    void_at = rng.randrange(customers) if index % 8 == 3 else None
    price_at = rng.randrange(customers) if index % 10 == 5 else None
    for number in range(customers):
        add(anytime(), lambda n=number: counter.regular_sale(demo, cashier, day, void=n == void_at,
                                                            price_change=n == price_at))
    for number in range(rng.randint(1, 3)):
        collection = number == 0 or rng.random() < 0.4
        add(anytime(), lambda c=collection: counter.household_visit(demo, cashier, collection=c))
    if weekday in (1, 4):
        add(anytime(), lambda: counter.points_sale(demo, cashier))
    if index and (index % 9 == 2 or rng.random() < 0.05):
        add(anytime(10 * H), lambda: counter.refund_earlier_sale(demo, day, restock=demo.refunds_made % 3 != 1))
    if index % 3 == 0 or rng.random() < 0.3:
        add(anytime(10 * H, 15 * H), lambda: office.walk_in_donation(demo, day))
    if weekday == 5:
        add(13 * H + 1800, lambda: _cash_to_safe(demo, cashier))

    # Closing.
    add(17 * H + 900, lambda: _close_shift(demo, cashier), "shift_close")
    adjustments = {total_days // 3: "damaged", total_days // 2: "found", 2 * total_days // 3: "lost"}
    if index in adjustments:
        add(17 * H + 2100, lambda: office.adjust_stock(demo, adjustments[index]), "day_end")
    if index == max(0, total_days - 4):
        add(17 * H + 2400, lambda: office.stocktake(demo), "day_end")

    if day.day in office.MONTHLY_EXPENSES:
        add(8 * H + 2400, lambda: office.pay_bills(demo, day))  # added last: the other events keep their order

    if day == demo.last and demo.cutoff is not None:
        events = _today(demo, day, events)
    for event in sorted(events):
        demo.at(day, event.seconds)
        event.action()


def _today(demo: Demo, day, events: list[_Event]) -> list[_Event]:
    """Today's plan: no shift close; if the day is not over, no closing-time actions either,
    and the rest from 9:00 on squeezed to end five minutes before now (at least 9:30, as
    `build_demo` ends with yesterday before that)."""
    events = [event for event in events if event.closing != "shift_close"]
    latest_allowed = int((demo.cutoff - demo.utc(day, 0)).total_seconds()) - 300
    if max(event.seconds for event in events) <= latest_allowed:
        return events
    events = [event for event in events if event.closing != "day_end"]
    latest = max(event.seconds for event in events)
    scale = (latest_allowed - OPEN) / max(1, latest - OPEN)
    for event in events:
        if event.seconds >= OPEN:
            event.seconds = int(OPEN + (event.seconds - OPEN) * scale)
    return events


def _clock(demo: Demo, at_till: Actor, code: str, direction: str) -> None:
    if direction == "in":
        demo.tx(lambda s: hours.clock_in(s, at_till, code))
    else:
        demo.tx(lambda s: hours.clock_out(s, at_till, code))


def _expected(demo: Demo, cashier: Actor) -> int:
    return demo.read(lambda s: shifts.expected_cash(s, shifts.require_open_shift(s, cashier).id))


def _cash_to_safe(demo: Demo, cashier: Actor) -> None:
    """A busy Saturday: notes above the float go to the safe at lunchtime."""
    amount = (_expected(demo, cashier) - FLOAT) // 10000 * 10000
    if amount >= 30000:
        demo.tx(lambda s: shifts.cash_movement(s, cashier, "out", amount, "大额现金交存保险柜"))


def _close_shift(demo: Demo, cashier: Actor) -> None:
    expected = _expected(demo, cashier)
    variance = demo.rng.choice(VARIANCES) if demo.rng.random() < 0.15 else 0
    counted = max(0, expected + variance)
    demo.tx(lambda s: shifts.close_shift(s, cashier, data.denominations(counted)))
