"""Shifts for the large-store generator: open, cash in/out, no-sale openings, removed lines, close.

Each shift keeps in memory what `services.sales.shifts.z_totals` reads back from the ledger, so the
close row holds the same expected cash and Z totals the service would have computed.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import storegen_vocab as vocab

from charitymart.db import models as m

DENOMINATIONS = (10000, 5000, 2000, 1000, 500, 100, 50, 20, 10, 5, 2, 1)


@dataclass
class SaleRec:
    """What a shift's figures need of a sale (or refund), and what a void or refund needs."""

    id: int
    kind: str
    receipt: str
    total: int
    delivery: bool
    beneficiary_id: int | None
    tenders: list[dict]  # the tender rows
    lines: list[tuple[dict, list[dict]]]  # (sale line row, its sale_line_lot rows)
    refunded: bool = False
    voided: bool = False


@dataclass
class ShiftState:
    id: int
    till_id: int
    till_code: str
    cashier: int
    opened_at: datetime
    opening_float: int
    sales: list[SaleRec] = field(default_factory=list)
    drawer: Counter = field(default_factory=Counter)
    movements: dict = field(default_factory=lambda: {"in": [0, 0], "out": [0, 0]})
    removed: list = field(default_factory=lambda: [0, 0, 0])
    closed: bool = False

    def cash_summary(self) -> dict[str, int]:
        received = change = voided = refunded = 0
        for sale in self.sales:
            for t in sale.tenders:
                if t["kind"] != "cash":
                    continue
                if sale.kind == "refund":
                    refunded -= t["amount"]
                else:
                    received += t["received"]
                    change += t["change"]
                    if sale.voided:
                        voided += t["amount"]
        cash_in, cash_out = self.movements["in"][1], self.movements["out"][1]
        expected = self.opening_float + received - change - voided - refunded + cash_in - cash_out
        return {"float": self.opening_float, "received": received, "change": change, "voided": voided,
                "refunded": refunded, "in": cash_in, "out": cash_out, "expected": expected}

    def z_totals(self) -> dict:
        """services.sales.shifts.z_totals, from memory."""
        def count_total(sales) -> dict:
            sales = list(sales)
            return {"count": len(sales), "total": sum(s.total for s in sales)}

        live = [s for s in self.sales if not s.voided]
        tenders: dict[str, dict] = {}
        funds: dict[str, dict] = {}
        for sale in live:
            for t in sale.tenders:
                entry = tenders.setdefault(t["kind"], {"count": 0, "amount": 0})
                entry["count"] += 1
                entry["amount"] += t["amount"]
            for _, lot_rows in sale.lines:
                for r in lot_rows:
                    entry = funds.setdefault(r["fund_source"], {"quantity": 0, "amount": 0})
                    entry["quantity"] += r["quantity"]
                    entry["amount"] += r["amount"]
        collections = count_total(s for s in live if s.kind == "collection")
        collections["deliveries"] = sum(1 for s in live if s.kind == "collection" and s.delivery)
        count, quantity, value = self.removed
        return {
            "shift_id": self.id,
            "till": self.till_code,
            "opened_at": self.opened_at.isoformat(),
            "sales": count_total(s for s in live if s.kind == "sale"),
            "collections": collections,
            "refunds": count_total(s for s in self.sales if s.kind == "refund"),
            "voids": count_total(s for s in self.sales if s.voided),
            "tenders": tenders,
            "fund_sources": funds,
            "cash": self.cash_summary(),
            "cash_movements": {k: {"count": c, "amount": a} for k, (c, a) in self.movements.items()},
            "drawer_openings": {"count": sum(self.drawer.values()), "by_reason": dict(self.drawer)},
            "removed_lines": {"count": count, "quantity": quantity, "value": value},
        }


def drawer_row(writer, shift: ShiftState, at: datetime, user: int, reason: str, *, sale_id=None, approved_by=None):
    shift.drawer[reason] += 1
    return writer.add(m.DrawerOpening, shift_id=shift.id, reason=reason, sale_id=sale_id, user_id=user,
                      approved_by=approved_by, created_at=at)


def open_shift(w, writer, till: tuple[int, str], cashier: int, at: datetime) -> ShiftState:
    opening_float = w.rng.choice((20000, 30000, 50000))
    row = writer.add(m.Shift, till_id=till[0], opened_by=cashier, opened_at=at, opening_float=opening_float)
    writer.event(at, cashier, "shift.open", [row])
    return ShiftState(id=row["id"], till_id=till[0], till_code=till[1], cashier=cashier, opened_at=at,
                      opening_float=opening_float)


def cash_movement(w, writer, shift: ShiftState, at: datetime, kind: str) -> None:
    if kind == "out":
        amount = (shift.cash_summary()["expected"] - 50000) // 10000 * 10000
        reason = "存入银行"
        if amount <= 0:
            return
    else:
        amount, reason = w.rng.choice((5000, 10000, 20000)), "补充零钱"
    row = writer.add(m.CashMovement, shift_id=shift.id, kind=kind, amount=amount, reason=reason,
                     user_id=shift.cashier, created_at=at)
    opening = drawer_row(writer, shift, at, shift.cashier, "cash_movement")
    shift.movements[kind][0] += 1
    shift.movements[kind][1] += amount
    writer.event(at, shift.cashier, f"cash.{kind}", [row, opening])


def no_sale(w, writer, shift: ShiftState, at: datetime) -> None:
    row = drawer_row(writer, shift, at, shift.cashier, "no_sale", approved_by=w.rng.choice(w.managers))
    writer.event(at, shift.cashier, "drawer.open", [row])


def remove_line(w, writer, shift: ShiftState, at: datetime, index: int) -> None:
    """basket.remove_line: a line taken off an unpaid basket is a ledger row of its own."""
    quantity = w.rng.choice((1, 1, 1, 2))
    price = w.price[index]
    row = writer.add(m.RemovedLine, till_id=shift.till_id, shift_id=shift.id, user_id=shift.cashier,
                     item_id=w.item_id(index), quantity=quantity, unit_price=price,
                     reason=w.rng.choice(vocab.REMOVE_REASONS), created_at=at)
    shift.removed[0] += 1
    shift.removed[1] += quantity
    shift.removed[2] += quantity * price
    writer.event(at, shift.cashier, "basket.remove_line", [row])


def _denominations(amount: int) -> dict[str, int]:
    counts = {}
    for value in DENOMINATIONS:
        n, amount = divmod(amount, value)
        if n:
            counts[str(value)] = n
    return counts


def close_shift(w, writer, shift: ShiftState, at: datetime) -> int:
    """shifts.close_shift: counted cash (usually right), variance, denominations, Z totals."""
    totals = shift.z_totals()
    expected = totals["cash"]["expected"]
    variance = 0 if w.rng.random() < 0.9 else w.rng.choice((-1000, -100, -50, 50, 100))
    counted = max(0, expected + variance)
    row = writer.add(m.ShiftClose, shift_id=shift.id, closed_by=shift.cashier, closed_at=at, expected_cash=expected,
                     counted_cash=counted, variance=counted - expected,
                     denominations=json.dumps(_denominations(counted), sort_keys=True),
                     z_totals=json.dumps(totals, sort_keys=True, ensure_ascii=False))
    writer.event(at, shift.cashier, "shift.close", [row])
    shift.closed = True
    return counted - expected
