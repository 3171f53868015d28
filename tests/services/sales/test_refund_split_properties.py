"""Property test of the refund split: random mixed baskets, random tenders, random partial refunds.

After every refund, to the fen: each tender has got back no more than it paid; the allowance has
got back no more than its share of the eligible (payable by allowance) money refunded, so a line
it could not pay gives it nothing; the refund's tenders add up to the lines refunded; the
household's allowance ledger and the volunteer's points agree with the refund tenders. Once
everything is refunded, every tender has got back exactly what it paid.
"""

from __future__ import annotations

from itertools import count

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from charitymart.db.models import AllowanceEntry, Sale, SaleLine, Tender, TimebankEntry
from charitymart.services.sales import refunds
from charitymart.services.sales.checkout import Payment
from tests.support import factories
from tests.support.counter import (  # noqa: F401  (fixtures)
    MANAGER_PIN,
    assert_chain_ok,
    cashier,
    manager_id,
    sale_by_number,
    sell,
    shift_id,
    stock,
)

_example = count(1)

line_strategy = st.tuples(st.integers(1, 5000), st.integers(1, 4), st.booleans())  # price, quantity, allowance_ok


@st.composite
def baskets_and_tenders(draw):
    lines = draw(st.lists(line_strategy, min_size=1, max_size=4))
    total = sum(price * quantity for price, quantity, _ in lines)
    eligible = sum(price * quantity for price, quantity, ok in lines if ok)
    allowance = draw(st.integers(0, eligible))
    points = draw(st.integers(0, total - allowance))
    mobile = draw(st.integers(0, total - allowance - points))
    cash = total - allowance - points - mobile
    tenders = {"allowance": allowance, "points": points, "mobile": mobile, "cash": cash}
    return lines, {kind: fen for kind, fen in tenders.items() if fen > 0}


@st.composite
def refund_requests(draw, n_lines: int):
    """A sequence of refunds, each a list of (line index, quantity); too many units are trimmed."""
    one = st.lists(st.tuples(st.integers(0, n_lines - 1), st.integers(1, 4)), min_size=1, max_size=3)
    return draw(st.lists(one, min_size=1, max_size=6))


def _back_by_kind(s, original_id: int) -> dict[str, int]:
    rows = s.execute(select(Tender.kind, func.sum(-Tender.amount)).join(Sale, Sale.id == Tender.sale_id)
                     .where(Sale.refund_of_id == original_id).group_by(Tender.kind))
    return dict(rows.all())


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=baskets_and_tenders(), data=st.data())
def test_random_refunds_go_back_by_what_paid(store, cashier, manager_id, shift_id, plan, data):
    lines, paid = plan
    n = next(_example)
    card, volunteer = f"HP{n:05d}", f"VP{n:04d}"
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, card, amount=10_000_000)
        factories.add_volunteer(s, volunteer, points_x100=10_000_000)
    scans = []
    for i, (price, quantity, ok) in enumerate(lines):
        code, _, _ = stock(store, name=f"物品{n}-{i}", price=price, allowance_ok=ok)
        scans.append((code, quantity))
    payments = [Payment(kind, fen) for kind, fen in paid.items()]
    number = sell(store, cashier, scans, payments, beneficiary_card=card, volunteer_code=volunteer)
    with store.sessions() as s:
        original = sale_by_number(s, number)
        sold = list(s.scalars(select(SaleLine).where(SaleLine.sale_id == original.id).order_by(SaleLine.line_no)))
        original_id, ben_id = original.id, original.beneficiary_id
        points_spent = s.scalar(select(func.sum(Tender.points_x100)).where(
            Tender.sale_id == original_id, Tender.kind == "points")) or 0
    eligible_total = sum(line.line_total for line in sold if line.allowance_ok)
    left = {line.id: line.quantity for line in sold}
    refunded_money = eligible_refunded = 0

    for request in data.draw(refund_requests(len(sold))):
        wanted: dict[int, int] = {}
        for index, quantity in request:
            line = sold[index]
            take = min(quantity, left[line.id] - wanted.get(line.id, 0))
            if take > 0:
                wanted[line.id] = wanted.get(line.id, 0) + take
        if not wanted:
            continue
        with store.sessions.begin() as s:
            back = refunds.refund(s, cashier, number, [(line_id, q, True) for line_id, q in wanted.items()], MANAGER_PIN)
        by_id = {line.id: line for line in sold}
        amount = sum(by_id[i].unit_price * q for i, q in wanted.items())
        refunded_money += amount
        eligible_refunded += sum(by_id[i].unit_price * q for i, q in wanted.items() if by_id[i].allowance_ok)
        for line_id, q in wanted.items():
            left[line_id] -= q
        with store.sessions() as s:
            own = s.scalar(select(func.sum(Tender.amount)).where(Tender.sale_id == back.id))
            assert own == back.total == -amount, "the refund's tenders add up to the lines refunded"
            assert all(t.amount < 0 for t in s.scalars(select(Tender).where(Tender.sale_id == back.id)))
            returned = _back_by_kind(s, original_id)
            for kind, fen in returned.items():
                assert fen <= paid.get(kind, 0), f"{kind} got back {fen} of the {paid.get(kind, 0)} it paid"
            assert sum(returned.values()) == refunded_money
            allowance_back = returned.get("allowance", 0)
            # At most its share of the eligible money refunded: nothing for lines it could not pay.
            assert allowance_back * eligible_total <= paid.get("allowance", 0) * eligible_refunded
            credited = s.scalar(select(func.coalesce(func.sum(AllowanceEntry.amount), 0)).where(
                AllowanceEntry.beneficiary_id == ben_id, AllowanceEntry.kind == "refund"))
            assert credited == allowance_back
            points_back = s.scalar(select(func.coalesce(func.sum(TimebankEntry.points_x100), 0)).join(
                Sale, Sale.id == TimebankEntry.sale_id).where(Sale.refund_of_id == original_id))
            assert 0 <= points_back <= points_spent

    if not any(left.values()):
        with store.sessions() as s:
            assert _back_by_kind(s, original_id) == paid, "everything refunded: every tender got all it paid"
            points_back = s.scalar(select(func.coalesce(func.sum(TimebankEntry.points_x100), 0)).join(
                Sale, Sale.id == TimebankEntry.sale_id).where(Sale.refund_of_id == original_id))
            assert points_back == points_spent


def test_the_chain_holds_after_many_random_refunds(store, cashier, manager_id, shift_id):
    """One run of the property above, then `verify` over everything it wrote."""
    test_random_refunds_go_back_by_what_paid.hypothesis.inner_test(
        store, cashier, manager_id, shift_id,
        ([(333, 3, True), (5000, 1, False), (1, 2, True)], {"allowance": 500, "points": 700, "mobile": 4000,
                                                             "cash": 801}),
        _FixedDraws([[(0, 1), (1, 1)], [(0, 4)], [(2, 2)]]))
    assert_chain_ok(store)


class _FixedDraws:
    """Stands in for hypothesis' `data` with a fixed refund sequence."""

    def __init__(self, requests):
        self.requests = requests

    def draw(self, _strategy):
        return self.requests
