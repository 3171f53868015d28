"""How much of a refund goes back to the household allowance, and how the rest is shared.

A sale's allowance may only pay the lines whose item is payable by allowance, so it paid a
share of those lines and nothing of the others. A sale records its tenders per basket, not
per line, so the allowance's part of each eligible line is taken as its share of all eligible
lines: `allowance_paid / eligible_total`. A refund gives the allowance back that share of
the eligible money refunded, and the other tenders (cash, mobile, card, points — points may
pay any line) the rest.

Rounding: the allowance's running total back is `floor(eligible_refunded * allowance_paid /
eligible_total)`, which never decreases as more is refunded, never exceeds the allowance's
exact share, and is exactly `allowance_paid` once every eligible line is refunded. Each
refund gives the difference from what the allowance already got back.
"""

from __future__ import annotations

from charitymart.domain.money import split_proportionally


def allowance_part(amount_back: int, *, allowance_paid: int, eligible_total: int, eligible_before: int,
                   eligible_now: int, allowance_returned: int, others_left: int) -> int:
    """Fen of this refund that go back to the allowance.

    `eligible_before` is the eligible money earlier refunds gave back, `eligible_now` that of
    this refund; `allowance_returned` what earlier refunds actually gave the allowance (refunds
    made before this rule may have given it more or less), `others_left` what the other
    tenders can still take back. If the others cannot take the rest (only after such older
    refunds), the allowance takes what it still has left of it.
    """
    allowance_left = max(0, allowance_paid - allowance_returned)
    if eligible_total > 0:
        due = min(allowance_paid, (eligible_before + eligible_now) * allowance_paid // eligible_total)
    else:
        due = 0
    part = min(allowance_left, amount_back, max(0, due - allowance_returned))
    overflow = amount_back - part - max(0, others_left)
    if overflow > 0:
        part = min(allowance_left, part + overflow)
    return part


def share_by_left(amount: int, left: list[int]) -> list[int]:
    """Split `amount` over tenders in proportion to what each can still take back.

    No part exceeds its tender's `left` while `amount <= sum(left)`.
    """
    return split_proportionally(amount, [max(0, fen) for fen in left])
