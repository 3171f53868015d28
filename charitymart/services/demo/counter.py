"""The demo store's counter (services.demo.build): baskets scanned and paid the way a cashier does,
household allowance purchases and collections, time-bank points, voids and refunds.

Each function is one customer at the till: one transaction through `services.sales.checkout`
(and `services.sales.refunds`). A sale the services refuse is skipped and counted by `Demo.tx`.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from charitymart.db.models import SaleLine
from charitymart.domain.basket import Basket
from charitymart.services import clock
from charitymart.services.context import Actor, get_store
from charitymart.services.demo import data
from charitymart.services.demo.state import TZ, Demo, StockedItem
from charitymart.services.errors import StockError
from charitymart.services.people import beneficiaries, timebank
from charitymart.services.sales import checkout, deliveries, refunds
from charitymart.services.sales.checkout import Payment

MANAGER_PIN = data.MANAGER[1]
VOID_REASONS = ("顾客临时决定不买了", "收银时扫错商品", "顾客忘带钱包")
REFUND_REASONS = ("尺码不合适", "商品有质量问题", "顾客买重复了")
DAMAGED_REASON = "包装破损，不能再上架"


def _pick(demo: Demo, pool: list[StockedItem]) -> StockedItem:
    return demo.rng.choices(pool, weights=[item.product.popularity for item in pool])[0]


def _scan(session, cashier: Actor, basket: Basket, item: StockedItem, quantity: int = 1) -> bool:
    """Scan an item; an item out of stock is left out (the customer takes something else)."""
    try:
        checkout.add_item(session, cashier, basket, item.barcode, quantity)
        return True
    except StockError:
        return False


def _mobile_reference(demo: Demo) -> str:
    return demo.rng.choice(("WX", "ZFB")) + f"{demo.rng.randrange(10**12):012d}"


def _rest_paid(demo: Demo, amount: int) -> list[Payment]:
    """The part of a basket paid by the customer: cash (with change) or mobile."""
    if amount <= 0:
        return []
    if demo.rng.random() < 0.7:
        return [Payment("cash", amount, received=data.cash_handed_over(demo.rng, amount))]
    return [Payment("mobile", amount, reference=_mobile_reference(demo))]


def _tenders(demo: Demo, total: int) -> list[Payment]:
    rng = demo.rng
    r = rng.random()
    if r < 0.50:
        return [Payment("cash", total, received=data.cash_handed_over(rng, total))]
    if r < 0.80:
        return [Payment("mobile", total, reference=_mobile_reference(demo))]
    if r < 0.88 or total < 200:
        return [Payment("card", total, reference=f"UP{rng.randrange(10**8):08d}")]
    part = total // 2 // 10 * 10  # split: half by phone, the rest in cash
    return [Payment("mobile", part, reference=_mobile_reference(demo)),
            Payment("cash", total - part, received=data.cash_handed_over(rng, total - part))]


def _remember(demo: Demo, sale, day: date) -> None:
    if sale is not None:
        demo.refundable.append((sale.receipt_number, sale.id, day))


def regular_sale(demo: Demo, cashier: Actor, day: date, *, void: bool = False, price_change: bool = False) -> None:
    """A walk-in customer: 1-4 items, sometimes a line taken off again, paid by any tender."""
    rng = demo.rng
    lines = rng.choices((1, 2, 3, 4), weights=(35, 30, 20, 15))[0]

    def sell(s):
        basket = Basket()
        for _ in range(lines):
            _scan(s, cashier, basket, _pick(demo, demo.items), rng.choices((1, 2, 3), weights=(70, 20, 10))[0])
        if len(basket.lines) >= 2 and rng.random() < 0.04:
            checkout.remove_line(s, cashier, basket, len(basket.lines) - 1, "顾客不要了")
        if basket.is_empty:
            return None
        if price_change:  # a dented tin sold at 80 %, approved by the manager's PIN
            line = basket.lines[0]
            checkout.change_price(s, cashier, basket, 0, line.unit_price * 8 // 100 * 10, manager_pin=MANAGER_PIN)
        return checkout.complete_sale(s, cashier, basket, _tenders(demo, basket.total))

    sale = demo.tx(sell, may_refuse=True)
    if sale is None:
        return
    if not void:
        _remember(demo, sale, day)
        return
    clock.advance(timedelta(seconds=40))
    demo.tx(lambda s: refunds.void_sale(s, cashier, sale.receipt_number, rng.choice(VOID_REASONS),
                                        manager_pin=MANAGER_PIN))


def household_visit(demo: Demo, cashier: Actor, *, collection: bool) -> None:
    """A registered household: free goods against its allowance (collection, sometimes
    delivered to the home), or a purchase paid partly by the allowance and the rest in cash."""
    rng = demo.rng
    candidates = [h for h in demo.households if h.id is not None]
    rng.shuffle(candidates)
    for household in candidates[:6]:  # the next few households through the door
        summary = demo.read(lambda s: beneficiaries.allowance_summary(s, household.id))
        left = summary.status.visits_left
        if summary.usable and summary.status.remaining >= 500 and (left is None or left > 0):
            break
    else:
        return
    budget = summary.status.remaining
    payable = [item for item in demo.items if item.product.allowance_ok]

    def visit(s):
        basket = Basket()
        for _ in range(rng.randint(3, 8) if collection else rng.randint(2, 5)):
            item = _pick(demo, payable)
            if collection and basket.total + item.product.price > budget:
                continue
            _scan(s, cashier, basket, item)
        if not collection and rng.random() < 0.2:
            _scan(s, cashier, basket, _pick(demo, demo.items_for("consigned")))  # not payable by allowance
        if basket.is_empty or not basket.allowance_payable_total:
            return None
        if collection:
            sale = checkout.complete_sale(s, cashier, basket, [], beneficiary_card=household.card, collection=True,
                                          delivery=household.delivery and rng.random() < 0.7)
            if sale.delivery:
                _delivery_outcome(demo, s, cashier, sale.id)
            return sale
        paid = min(budget, basket.allowance_payable_total)
        tenders = [Payment("allowance", paid)] + _rest_paid(demo, basket.total - paid)
        return checkout.complete_sale(s, cashier, basket, tenders, beneficiary_card=household.card)

    demo.tx(visit, may_refuse=True)


DELIVERY_FAILURES = ("家中无人", "老人在医院复诊，约好明天再送", "楼道门禁打不开")


def _delivery_outcome(demo: Demo, s, cashier: Actor, sale_id: int) -> None:
    """What became of a delivery: the last two days' are still out (the back office's list shows
    them); earlier ones were delivered, now and then only after a failed first try. A separate
    random stream, so the rest of the demo stays as it was."""
    day = clock.local_date(clock.now(), TZ)
    if day >= demo.last - timedelta(days=1):
        return
    luck = random.Random(sale_id)
    if luck.random() < 0.15:
        deliveries.record_outcome(s, cashier, sale_id, "failed", luck.choice(DELIVERY_FAILURES))
        deliveries.record_outcome(s, cashier, sale_id, "retry")
    deliveries.record_outcome(s, cashier, sale_id, "delivered")


def points_sale(demo: Demo, cashier: Actor) -> None:
    """The volunteer with the most time-bank points spends them (the rest in cash)."""
    balances = demo.read(lambda s: {code: timebank.balance_x100(s, vol_id)
                                    for code, vol_id in demo.volunteer_ids.items()})
    code = max(demo.volunteer_codes, key=lambda c: balances[c])
    if balances[code] < 300:
        return
    value = demo.read(lambda s: balances[code] * get_store(s).point_value_fen // 100)
    rng = demo.rng

    def sell(s):
        basket = Basket()
        for _ in range(rng.randint(1, 3)):
            _scan(s, cashier, basket, _pick(demo, demo.items))
        if basket.is_empty:
            return None
        points = min(basket.total, value)
        tenders = [Payment("points", points)] + _rest_paid(demo, basket.total - points)
        return checkout.complete_sale(s, cashier, basket, tenders, volunteer_code=code)

    demo.tx(sell, may_refuse=True)


def refund_earlier_sale(demo: Demo, day: date, *, restock: bool) -> None:
    """A customer brings back one unit bought on an earlier day; the manager refunds it."""
    earlier = [entry for entry in demo.refundable if entry[2] < day]
    if not earlier:
        return
    entry = demo.rng.choice(earlier[-200:])
    number, sale_id, _ = entry
    line_id = demo.read(lambda s: s.scalar(select(SaleLine.id).where(SaleLine.sale_id == sale_id)
                                           .order_by(SaleLine.line_no).limit(1)))
    reason = DAMAGED_REASON if not restock else demo.rng.choice(REFUND_REASONS)
    demo.tx(lambda s: refunds.refund(s, demo.manager, number, [refunds.RefundLine(line_id, 1, restock)],
                                     reason=reason))
    demo.refundable.remove(entry)
    demo.refunds_made += 1
