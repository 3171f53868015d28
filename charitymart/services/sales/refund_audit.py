"""Read-only check of stored refunds against the refund split rule (`domain.refund_split`).

Refunds made before that rule split their money over all the sale's tenders, so refunding a
line the allowance could not pay gave part of it back to the allowance instead of the tender
that paid it. This lists each such refund and by how much the allowance got too much, so a
manager can decide whether a correction is needed. It writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import Sale, SaleLine, Tender


@dataclass(frozen=True)
class RefundSplitProblem:
    refund_number: str
    sale_number: str
    allowance_back: int  # fen the allowance got back, up to and including this refund
    allowance_due: int  # fen it should have got back by then at most


def misallocated_refunds(session: Session) -> list[RefundSplitProblem]:
    """Refunds after which the allowance had got back more than its share of the eligible lines refunded."""
    allowance_paid = dict(session.execute(
        select(Tender.sale_id, func.sum(Tender.amount)).join(Sale, Sale.id == Tender.sale_id)
        .where(Tender.kind == "allowance", Sale.kind != "refund").group_by(Tender.sale_id)).all())
    refunded_sales = set(session.scalars(select(Sale.refund_of_id).where(
        Sale.kind == "refund", Sale.refund_of_id.in_(list(allowance_paid))).distinct()))
    problems = []
    for sale_id in sorted(refunded_sales):
        original = session.get(Sale, sale_id)
        eligible_total = session.scalar(select(func.coalesce(func.sum(SaleLine.line_total), 0)).where(
            SaleLine.sale_id == sale_id, SaleLine.allowance_ok.is_(True)))
        paid = allowance_paid[sale_id]
        eligible_back = allowance_back = 0
        for refund in session.scalars(select(Sale).where(Sale.refund_of_id == sale_id).order_by(Sale.id)):
            eligible_back += session.scalar(select(func.coalesce(func.sum(-SaleLine.line_total), 0)).where(
                SaleLine.sale_id == refund.id, SaleLine.allowance_ok.is_(True)))
            allowance_back += session.scalar(select(func.coalesce(func.sum(-Tender.amount), 0)).where(
                Tender.sale_id == refund.id, Tender.kind == "allowance"))
            due = eligible_back * paid // eligible_total if eligible_total else 0
            if allowance_back > due:
                problems.append(RefundSplitProblem(refund.receipt_number, original.receipt_number,
                                                   allowance_back, due))
    return problems
