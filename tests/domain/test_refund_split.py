"""The refund split's arithmetic alone, over many random sales and refund sequences (fast: no store).

The store-level property test (tests/services/sales/test_refund_split_properties.py) drives the
real refund service; this one drives `domain.refund_split` directly with thousands of cases,
including stores whose earlier refunds were split by the old rule.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from charitymart.domain.refund_split import allowance_part, share_by_left


@st.composite
def sales(draw):
    """(lines as (amount, eligible), allowance paid, other tenders' amounts, refund order)."""
    lines = draw(st.lists(st.tuples(st.integers(0, 20000), st.booleans()), min_size=1, max_size=8))
    eligible = sum(amount for amount, ok in lines if ok)
    total = sum(amount for amount, _ in lines)
    allowance = draw(st.integers(0, eligible))
    rest = total - allowance
    cuts = sorted(draw(st.lists(st.integers(0, rest), min_size=0, max_size=3)))
    others = [b - a for a, b in zip([0, *cuts], [*cuts, rest])]
    order = draw(st.permutations(range(len(lines))))
    groups = draw(st.lists(st.integers(1, 3), min_size=len(lines), max_size=len(lines)))
    return lines, allowance, others, order, groups


@settings(max_examples=800, deadline=None)
@given(sales())
def test_refunds_in_any_order_give_back_exactly_what_paid(sale):
    lines, allowance_paid, others_paid, order, groups = sale
    eligible_total = sum(amount for amount, ok in lines if ok)
    allowance_back, others_back = 0, [0] * len(others_paid)
    eligible_back = 0
    pending = list(order)
    while pending:
        take, pending = pending[:groups[len(pending) - 1]], pending[groups[len(pending) - 1]:]
        amount = sum(lines[i][0] for i in take)
        eligible_now = sum(lines[i][0] for i in take if lines[i][1])
        others_left = [paid - back for paid, back in zip(others_paid, others_back)]
        part = allowance_part(amount, allowance_paid=allowance_paid, eligible_total=eligible_total,
                              eligible_before=eligible_back, eligible_now=eligible_now,
                              allowance_returned=allowance_back, others_left=sum(others_left))
        shares = share_by_left(amount - part, others_left) if others_left else []
        assert part >= 0 and all(share >= 0 for share in shares)
        assert part + sum(shares) == amount or (not others_left and part == amount)
        allowance_back += part
        others_back = [back + share for back, share in zip(others_back, shares)]
        eligible_back += eligible_now
        # Never more than paid; the allowance at most its share of the eligible money refunded.
        assert allowance_back <= allowance_paid
        assert all(back <= paid for back, paid in zip(others_back, others_paid))
        assert allowance_back * eligible_total <= allowance_paid * eligible_back
    assert allowance_back == allowance_paid and others_back == others_paid


@settings(max_examples=800, deadline=None)
@given(st.integers(0, 50000), st.integers(0, 50000), st.data())
def test_after_old_refunds_the_split_still_adds_up_and_overpays_no_one(eligible_total, not_eligible, data):
    """An old refund may have given the allowance too much or too little; what is left still adds up."""
    allowance_paid = data.draw(st.integers(0, eligible_total))
    others_paid = eligible_total + not_eligible - allowance_paid
    eligible_before = data.draw(st.integers(0, eligible_total))
    not_eligible_before = data.draw(st.integers(0, not_eligible))
    back_before = eligible_before + not_eligible_before
    allowance_returned = data.draw(st.integers(max(0, back_before - others_paid), min(allowance_paid, back_before)))
    others_left = others_paid - (back_before - allowance_returned)
    eligible_now = data.draw(st.integers(0, eligible_total - eligible_before))
    amount = eligible_now + data.draw(st.integers(0, not_eligible - not_eligible_before))
    part = allowance_part(amount, allowance_paid=allowance_paid, eligible_total=eligible_total,
                          eligible_before=eligible_before, eligible_now=eligible_now,
                          allowance_returned=allowance_returned, others_left=others_left)
    assert 0 <= part <= allowance_paid - allowance_returned
    assert 0 <= amount - part <= others_left


def test_an_item_the_allowance_could_not_pay_gives_it_nothing():
    # Basket: rice 50.00 (eligible) + liquor 50.00 (not); 50.00 allowance, 50.00 cash. Refund the liquor.
    assert allowance_part(5000, allowance_paid=5000, eligible_total=5000, eligible_before=0, eligible_now=0,
                          allowance_returned=0, others_left=5000) == 0
    # Then the rice: all of it was the allowance's.
    assert allowance_part(5000, allowance_paid=5000, eligible_total=5000, eligible_before=0, eligible_now=5000,
                          allowance_returned=0, others_left=0) == 5000
