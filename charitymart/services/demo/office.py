"""The demo store's back office (services.demo.build): intake of donated, purchased and consigned
goods, cash donations with 捐赠票据, expired write-offs, stock adjustments, a stocktake,
volunteer hours entered later and decided by the manager, household renewals.

Each function is one manager's task: one transaction per business action through the services.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, or_, select

from charitymart.db.models import Lot
from charitymart.services.context import Actor, store_today
from charitymart.services.demo.state import Demo, StockedItem, register_household
from charitymart.services.money import expenses
from charitymart.services.people import beneficiaries, hours
from charitymart.services.stock import control as stock
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine

SUPPLIER_FOR = {"粮油": 0, "副食": 0}  # everything else from the second supplier
DONATION_CONDITIONS = ("优先发放给低保家庭", "请用于社区困难老人", "")
HOURS_WORK = "周六社区义卖活动：布置场地、整理捐赠物资"


def _receipt(demo: Demo, day: date) -> tuple[str, str]:
    """The next 公益事业捐赠票据 (code, number) from the finance bureau's stock."""
    demo.receipt_serial += 1
    return f"310101{day.year % 100:02d}", f"{demo.receipt_serial:010d}"


def sellable_by_item(session) -> dict[int, int]:
    """Sellable units per item (lots not past expiry), in one query: the same rule as
    `stock.sellable_on_hand`, which asks item by item."""
    today = store_today(session)
    return dict(session.execute(
        select(Lot.item_id, func.sum(Lot.on_hand))
        .where(Lot.on_hand > 0, or_(Lot.expiry.is_(None), Lot.expiry >= today)).group_by(Lot.item_id)).all())


def _line(demo: Demo, item: StockedItem, quantity: int, day: date) -> IntakeLine:
    rng, product = demo.rng, item.product
    if product.source == "purchased":
        value = product.price * 75 // 1000 * 10
    elif product.source == "consigned":
        value = product.price * 80 // 1000 * 10
    elif product.category in ("衣物", "书籍") and rng.random() < 0.4:
        value = 0  # second-hand goods that can't be valued are listed by item only
    else:
        value = int(product.price * rng.uniform(1.1, 1.6)) // 10 * 10
    expiry = None
    if product.shelf_days:
        used = rng.randrange(max(1, product.shelf_days // (6 if product.source == "purchased" else 2)))
        expiry = day + timedelta(days=product.shelf_days - used)
    condition = rng.choice(("全新", "九成新", "八成新")) if product.category in ("衣物", "书籍", "家居") else ""
    return IntakeLine(item_id=item.id, quantity=quantity, unit_value=value, weight_g=product.weight_g * quantity,
                      expiry=expiry, condition=condition)


def _donor(demo: Demo) -> str | None:
    """A donor's code, or None for goods left anonymously without a record of who."""
    kind = demo.rng.choices(("organisation", "person", "anonymous", None), weights=(45, 35, 10, 10))[0]
    return demo.rng.choice(demo.donors[kind]) if kind else None


def _donate(demo: Demo, day: date, lines: list[IntakeLine], party: str | None) -> None:
    code = number = ""
    if party in demo.donors["organisation"] and demo.rng.random() < 0.6:
        code, number = _receipt(demo, day)
    conditions = demo.rng.choice(DONATION_CONDITIONS) if demo.rng.random() < 0.2 else ""
    demo.tx(lambda s: intake.record_intake(s, demo.manager, fund_source="donated", lines=lines, party_code=party,
                                           conditions=conditions, receipt_code=code, receipt_number=number))


def restock(demo: Demo, day: date, *, opening: bool = False) -> None:
    """Morning top-up of everything below its reorder level: a purchase per supplier, a
    delivery per consignor, and donated goods from the donors' store room."""
    sellable = demo.read(sellable_by_item)
    low = [item for item in demo.items if sellable.get(item.id, 0) < item.reorder_level]
    factor = 2 if opening else 1
    for index, supplier in enumerate(demo.suppliers):
        lines = [_line(demo, item, item.batch * factor, day) for item in low
                 if item.product.source == "purchased" and SUPPLIER_FOR.get(item.product.category, 1) == index]
        if lines:
            demo.tx(lambda s: intake.record_intake(s, demo.manager, fund_source="purchased", lines=lines,
                                                   party_code=supplier))
    for index, consignor in enumerate(demo.consignors):
        lines = [_line(demo, item, max(3, item.batch // 2) * factor, day) for item in low
                 if item.product.source == "consigned" and item.product.consignor == index]
        if lines:
            demo.tx(lambda s: intake.record_intake(s, demo.manager, fund_source="consigned", lines=lines,
                                                   party_code=consignor))
    donated = [item for item in low if item.product.source == "donated"]
    if opening:  # the opening stock: a big gift from the neighbourhood's organisations
        half = len(donated) // 2
        _donate(demo, day, [_line(demo, item, item.batch * 2, day) for item in donated[:half]],
                demo.donors["organisation"][0])
        donated = donated[half:]
        party = demo.donors["organisation"][1]
    else:
        party = _donor(demo)
    if donated:
        quantities = [demo.rng.randint(item.batch // 2 + 1, item.batch) * factor for item in donated]
        _donate(demo, day, [_line(demo, item, q, day) for item, q in zip(donated, quantities)], party)


def walk_in_donation(demo: Demo, day: date) -> None:
    """A neighbour brings a bag of things: clothes, books, household goods, some food."""
    rng = demo.rng
    pool = demo.items_for("donated")
    chosen = {item.id: item for item in rng.sample(pool, rng.randint(1, 3))}
    lines = [_line(demo, item, rng.randint(1, 6), day) for item in chosen.values()]
    party = rng.choice(demo.donors["person"] + demo.donors["anonymous"] + [None])
    _donate(demo, day, lines, party)


def cash_donation(demo: Demo, day: date) -> None:
    rng = demo.rng
    party = _donor(demo)
    amount = rng.choice((5000, 10000, 20000, 50000, 100000, 200000))
    code = number = ""
    if party in demo.donors["organisation"] or (party in demo.donors["person"] and amount >= 50000):
        code, number = _receipt(demo, day)
    demo.tx(lambda s: intake.record_cash_donation(s, demo.manager, party, amount, receipt_code=code,
                                                  receipt_number=number))


def write_off_expired(demo: Demo) -> None:
    """Weekly round of the shelves: expired lots are taken off and written off."""
    for lot in demo.read(stock.expired_on_shelf):
        demo.tx(lambda s: stock.adjust(s, demo.manager, lot.item_id, lot.lot_id, -lot.on_hand, "expired",
                                       "过期下架"))


def adjust_stock(demo: Demo, reason: str) -> None:
    """A jar dropped, a lost item, or one found behind a shelf."""
    notes = {"damaged": "搬运时摔坏", "lost": "找不到了，登记遗失", "found": "在仓库角落找到"}
    sellable = demo.read(sellable_by_item)
    candidates = [item for item in demo.items if sellable.get(item.id, 0) >= 3]
    if not candidates:
        return
    item = demo.rng.choice(candidates)
    quantity = 1 if reason == "found" else -1
    demo.tx(lambda s: stock.adjust(s, demo.manager, item.id, None, quantity, reason, notes[reason]))


def stocktake(demo: Demo) -> None:
    """An evening count of a dozen items after closing; two of them turn out different."""
    rng = demo.rng
    counted = rng.sample(demo.items, min(12, len(demo.items)))
    take = demo.tx(lambda s: stock.start_stocktake(s, demo.manager, "月度抽盘"))
    on_hand = demo.read(lambda s: {item.id: stock.on_hand(s, item.id) for item in counted})
    for position, item in enumerate(counted):
        number = on_hand[item.id] + (-1 if position == 0 and on_hand[item.id] else 1 if position == 1 else 0)
        demo.tx(lambda s: stock.record_count(s, demo.manager, take.id, item.id, number))
    demo.tx(lambda s: stock.post_stocktake(s, demo.manager, take.id))


def enter_hours(demo: Demo, day: date, clerk: Actor) -> None:
    """Monday: the hours of Saturday evening's community event are entered and decided.

    The first time, one claim not on the sign-in sheet is rejected; in the last week one
    entry is left pending for the manager."""
    saturday = day - timedelta(days=2)
    if saturday < demo.first:
        return
    rng = demo.rng
    codes = rng.sample(demo.volunteer_codes, rng.randint(2, 3))
    entries = []
    for code in codes:
        start = demo.utc(saturday, 18 * 3600 + 30 * 60)
        minutes = rng.choice((120, 150, 165))
        entries.append(demo.tx(lambda s: hours.add_manual_entry(s, clerk, code, saturday, start,
                                                                 minutes=minutes, description=HOURS_WORK)).id)
    decide = list(entries)
    if (demo.last - day).days < 7:
        decide.pop()  # waiting for the manager
    first_time = not demo.hours_decided
    for entry_id in decide:
        demo.tx(lambda s: hours.approve(s, demo.manager, entry_id, "已核对签到表"))
        demo.hours_decided += 1
    if first_time:
        code = next(c for c in demo.volunteer_codes if c not in codes)
        start = demo.utc(saturday, 19 * 3600)
        claim = demo.tx(lambda s: hours.add_manual_entry(s, clerk, code, saturday, start, minutes=180,
                                                         description="社区活动（补登）"))
        demo.tx(lambda s: hours.reject(s, demo.manager, claim.id, "活动签到表上没有此人"))


def late_registrations(demo: Demo, index: int, total_days: int) -> list:
    """Households registered after opening: one on each of three days, the rest on the last."""
    waiting = [spec for spec in demo.households if spec.id is None]
    days = sorted({min(total_days - 1, max(1, total_days * k // 4)) for k in (1, 2, 3)})
    if index not in days:
        return []
    return waiting if index == days[-1] else waiting[:1]


def register_late(demo: Demo, spec) -> None:
    if spec.id is None:
        register_household(demo, spec)


def renew_temporary(demo: Demo) -> None:
    """The temporary-hardship card that would soon run out is renewed for six months."""
    spec = next((h for h in demo.households if h.category == "临时困难" and h.valid_days == 60 and h.id), None)
    if spec is not None:
        demo.tx(lambda s: beneficiaries.renew(s, demo.manager, spec.id, store_today(s) + timedelta(days=182)))


# The month's bills, by day of the month: (category, amount in fen, what paid, payee, description).
# Fixed amounts (no draw from demo.rng), so adding them left every other demo record as it was.
MONTHLY_EXPENSES = {
    1: [("rent", 150000, "sales", "街道资产管理中心", "店面租金")],
    5: [("utilities", 23640, "sales", "国网电力", "上月电费"), ("utilities", 5820, "sales", "自来水公司", "上月水费")],
    10: [("staff", 80000, "sales", "", "店长补贴")],
    15: [("transport", 8000, "donations", "顺路货运", "接收捐赠物资的运费")],
    20: [("aid", 30000, "donations", "", "困难家庭临时救助（三户）")],
    25: [("office", 4550, "sales", "文具店", "收据本和打印纸")],
}


def pay_bills(demo: Demo, day: date) -> None:
    """The manager enters the day's bills; on the 25th the office bill is typed twice and the
    second entry reversed, as a finance volunteer corrects a slip."""
    for category, amount, fund, payee, description in MONTHLY_EXPENSES.get(day.day, []):
        demo.tx(lambda s, c=category, a=amount, f=fund, p=payee, d=description: expenses.record_expense(
            s, demo.manager, spent_on=day, category=c, amount=a, fund_source=f, payee=p, description=d))
    if day.day == 25:
        twice = demo.tx(lambda s: expenses.record_expense(s, demo.manager, spent_on=day, category="office",
                                                          amount=4550, fund_source="sales", payee="文具店",
                                                          description="收据本和打印纸").id)
        demo.tx(lambda s: expenses.reverse_expense(s, demo.manager, twice, "entered twice"))

