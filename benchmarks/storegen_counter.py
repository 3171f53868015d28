"""Sales, collections, voids and refunds for the large-store generator.

Each writes the rows `services.sales.checkout.complete_sale`, `services.sales.refunds.void_sale` and
`services.sales.refunds.refund` write, in the same order, under one audit event, and follows their
rules: stock taken first-expiry-first and never below zero, expired lots never sold, tenders
adding up to the total (cash net of change), at most one cash/allowance/points tender, the
allowance within the period's remainder and visit limit (grants written as
`services.people.allowance` writes them), points within the volunteer's balance, gapless receipt
numbers per till and store-local year.
"""

from __future__ import annotations

from datetime import date, datetime

from storegen_shifts import SaleRec, ShiftState, drawer_row
from storegen_world import day_offset, local_day

from charitymart.db import models as m
from charitymart.domain.money import split_proportionally
from charitymart.domain.periods import period_start
from charitymart.services.people import allowance as allowance_rules

QUANTITIES = (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 4)
NOTES = (1000, 2000, 5000, 10000)
POINT_VALUE_FEN = 100  # the store's default


class _Entry:
    """An allowance ledger entry as allowance._grants_through reads it."""

    __slots__ = ("amount", "kind", "period_start")

    def __init__(self, start: date, kind: str, amount: int):
        self.period_start, self.kind, self.amount = start, kind, amount


class Counter:
    def __init__(self, world, writer):
        self.w, self.writer = world, writer
        self.receipts: dict[tuple[int, int], int] = {}  # (till id, local year) -> last number
        self.stats = {"sales": 0, "collections": 0, "refunds": 0, "voids": 0, "lines": 0, "misses": 0}

    # --- helpers ------------------------------------------------------------------------------

    def _receipt(self, shift: ShiftState, at: datetime) -> tuple[str, int, int]:
        year = (at + day_offset(at.date())).year  # store-local year (checkout.next_receipt_number)
        key = (shift.till_id, year)
        seq = self.receipts.get(key, 0) + 1
        self.receipts[key] = seq
        return f"{shift.till_code}-{year}-{seq:06d}", year, seq

    def pick_lines(self, n: int, today: int, *, allowance_only: bool = False) -> list[tuple[int, int]]:
        """(item index, quantity) of n distinct items in sellable stock."""
        w, chosen, lines = self.w, set(), []
        for _ in range(n):
            for _attempt in range(8):
                index = w.pick_item()
                if index in chosen or (allowance_only and not w.allowance_ok[index]):
                    continue
                available = w.sellable(index, today)
                if available <= 0:
                    self.stats["misses"] += 1
                    continue
                chosen.add(index)
                lines.append((index, min(w.rng.choice(QUANTITIES), available)))
                break
        return lines

    def allowance_status(self, hh, today: date) -> tuple[date, int, int, list]:
        """(period start, remaining, visits, grants) as allowance.status computes them."""
        start = period_start(today, hh.period)
        grants = allowance_rules._grants_through(hh, hh.entries, today)
        granted = grants[-1][1] if grants and grants[-1][0] == start else hh.allowance_amount
        net = sum(e.amount for e in hh.entries if e.kind != "grant" and e.period_start == start)
        return start, granted + net, len(hh.visits.get(start, ())), grants

    def usable_household(self, today: date):
        w = self.w
        if not w.households:
            return None
        hh = w.rng.choice(w.households)
        if hh.valid_until < today or hh.registered_on > today:
            return None
        start, remaining, visits, grants = self.allowance_status(hh, today)
        if hh.visit_limit is not None and visits >= hh.visit_limit or remaining <= 0:
            return None
        return hh, start, remaining, grants

    def _cash(self, amount: int) -> dict:
        rng = self.w.rng
        received = amount if rng.random() < 0.3 else -(-amount // (note := rng.choice(NOTES))) * note
        return {"kind": "cash", "amount": amount, "received": received, "change": received - amount,
                "reference": ""}

    @staticmethod
    def _other(kind: str, amount: int, reference: str) -> dict:
        return {"kind": kind, "amount": amount, "received": 0, "change": 0, "reference": reference}

    # --- complete_sale ------------------------------------------------------------------------

    def sale(self, shift: ShiftState, at: datetime, n_lines: int, mode: str) -> SaleRec | None:
        """A sale (mode regular, household or points) or a collection; None if it can't be made."""
        w, rng, writer = self.w, self.w.rng, self.writer
        today = (at + day_offset(at.date())).date()
        today_ord = today.toordinal()
        household = self.usable_household(today) if mode in ("household", "collection") else None
        if mode in ("household", "collection") and household is None:
            mode = "regular"
        volunteer = None
        if mode == "points":
            ready = [v for v in rng.sample(w.volunteers, min(5, len(w.volunteers))) if v.balance_x100 >= 100]
            volunteer = ready[0] if ready else None
            mode = "points" if volunteer else "regular"
        picked = self.pick_lines(n_lines, today_ord, allowance_only=mode == "collection")
        lines = []  # (index, quantity, unit price, approved by)
        for index, quantity in picked:
            price, approved = w.price[index], None
            if rng.random() < 0.005:  # a manager lets a damaged pack go for half price
                price, approved = w.price[index] // 20 * 10, rng.choice(w.managers)
            lines.append((index, quantity, price, approved))
        if mode == "collection":
            while lines and sum(q * p for _, q, p, _ in lines) > household[2]:
                lines.pop()
        if not lines:
            return None
        total = sum(q * p for _, q, p, _ in lines)
        payable = sum(q * p for i, q, p, _ in lines if w.allowance_ok[i])
        payments = self._payments(mode, total, payable, household, volunteer)
        if payments is None:
            return None
        if mode == "collection" and total == 0:
            return None
        kind = "collection" if mode == "collection" else "sale"
        cashier = shift.cashier
        number, year, seq = self._receipt(shift, at)
        uses_card = household is not None and (mode == "collection" or any(p["kind"] == "allowance" for p in payments))
        sale = writer.add(m.Sale, kind=kind, receipt_number=number, till_id=shift.till_id, receipt_year=year,
                          receipt_seq=seq, shift_id=shift.id, cashier_id=cashier, created_at=at, total=total,
                          refund_of_id=None, beneficiary_id=household[0].id if uses_card else None,
                          delivery=mode == "collection" and rng.random() < 0.1, approved_by=None, note="")
        rows, rec_lines = [sale], []
        for line_no, (index, quantity, price, approved) in enumerate(lines, start=1):
            line = writer.add(m.SaleLine, sale_id=sale["id"], line_no=line_no, item_id=w.item_id(index),
                              quantity=quantity, unit_price=price, regular_price=w.price[index],
                              price_approved_by=approved, line_total=quantity * price,
                              allowance_ok=w.allowance_ok[index], refund_of_line_id=None, restock=True)
            rows.append(line)
            taken = w.take(index, quantity, today_ord)
            amounts = split_proportionally(quantity * price, [q for _, q in taken])
            lot_rows = []
            for (lot, q), amount in zip(taken, amounts):
                lot_row = writer.add(m.SaleLineLot, sale_line_id=line["id"], lot_id=lot.id, quantity=q, amount=amount,
                                     fund_source=lot.fund_source)
                move = writer.add(m.StockMovement, lot_id=lot.id, item_id=line["item_id"], kind="sale", quantity=-q,
                                  created_at=at, business_date=today,
                                  user_id=cashier, sale_line_id=line["id"], adjustment_id=None)
                rows += [lot_row, move]
                lot_rows.append(lot_row)
            rec_lines.append((line, lot_rows))
        tenders = []
        for p in payments:
            tender = writer.add(m.Tender, sale_id=sale["id"], kind=p["kind"], amount=p["amount"],
                                received=p["received"], change=p["change"], reference=p["reference"],
                                beneficiary_id=None, volunteer_id=None, points_x100=0)
            if p["kind"] == "allowance":
                tender["beneficiary_id"] = household[0].id
                rows += self._use_allowance(household, p["amount"], sale["id"], today, cashier, at)
            elif p["kind"] == "points":
                points = -(-p["amount"] * 100 // POINT_VALUE_FEN)
                tender["volunteer_id"], tender["points_x100"] = volunteer.id, points
                volunteer.balance_x100 -= points
                rows.append(writer.add(m.TimebankEntry, volunteer_id=volunteer.id, kind="spend", points_x100=-points,
                                       work_entry_id=None, sale_id=sale["id"], user_id=cashier, created_at=at,
                                       note=""))
            rows.append(tender)
            tenders.append(tender)
        if any(p["kind"] == "cash" for p in payments):
            rows.append(drawer_row(writer, shift, at, cashier, "sale", sale_id=sale["id"]))
        writer.event(at, cashier, f"{kind}.complete", rows)
        rec = SaleRec(id=sale["id"], kind=kind, receipt=number, total=total, delivery=sale["delivery"],
                      beneficiary_id=sale["beneficiary_id"], tenders=tenders, lines=rec_lines)
        shift.sales.append(rec)
        self.stats["collections" if kind == "collection" else "sales"] += 1
        self.stats["lines"] += len(lines)
        return rec

    def _payments(self, mode, total, payable, household, volunteer) -> list[dict] | None:
        rng = self.w.rng
        if mode == "collection":
            return [self._other("allowance", total, "")]
        if mode == "household":
            part = min(payable, household[2])
            if part <= 0:
                return None
            rest = total - part
            return [self._other("allowance", part, "")] + ([self._cash(rest)] if rest else [])
        if mode == "points":
            part = min(total, volunteer.balance_x100 * POINT_VALUE_FEN // 100)
            rest = total - part
            return [self._other("points", part, "")] + ([self._cash(rest)] if rest else [])
        roll = rng.random()
        if total == 0:
            return []
        if roll < 0.6:
            return [self._cash(total)]
        if roll < 0.9:
            return [self._other("mobile", total, f"WX{rng.randrange(10**12):012d}")]
        if roll < 0.95 or total < 200:
            return [self._other("card", total, f"{rng.randrange(10**4):04d}")]
        mobile = total // 2 // 10 * 10 or total
        rest = total - mobile
        return [self._other("mobile", mobile, f"ZFB{rng.randrange(10**12):012d}")] + (
            [self._cash(rest)] if rest else [])

    def _use_allowance(self, household, amount: int, sale_id: int, today: date, user: int, at: datetime) -> list:
        """allowance.use: grants for every period not yet written, then the use."""
        hh, start, _, grants = household
        rows = []
        for period, granted, written in grants:
            if not written:
                rows.append(self.writer.add(m.AllowanceEntry, beneficiary_id=hh.id, period_start=period, kind="grant",
                                            amount=granted, sale_id=None, user_id=user, created_at=at, note=""))
                hh.entries.append(_Entry(period, "grant", granted))
        rows.append(self.writer.add(m.AllowanceEntry, beneficiary_id=hh.id, period_start=start, kind="use",
                                    amount=-amount, sale_id=sale_id, user_id=user, created_at=at, note=""))
        hh.entries.append(_Entry(start, "use", -amount))
        hh.visits.setdefault(start, set()).add(sale_id)
        return rows

    # --- voids and refunds --------------------------------------------------------------------

    @staticmethod
    def voidable(rec: SaleRec) -> bool:
        return rec.kind == "sale" and [t["kind"] for t in rec.tenders] == ["cash"] and not rec.refunded

    def void(self, shift: ShiftState, rec: SaleRec, at: datetime) -> None:
        """refunds.void_sale of a cash sale in its own open shift: stock back to the very lots."""
        w, writer, cashier = self.w, self.writer, shift.cashier
        approver = w.rng.choice(w.managers)
        rows = [writer.add(m.SaleVoid, sale_id=rec.id, user_id=cashier, approved_by=approver,
                           reason=w.rng.choice(("顾客改变主意", "收银操作错误", "重复结账")), created_at=at)]
        for line, lot_rows in rec.lines:
            for taken in lot_rows:
                rows.append(writer.add(m.StockMovement, lot_id=taken["lot_id"], item_id=line["item_id"], kind="void",
                                       quantity=taken["quantity"], created_at=at, business_date=local_day(at),
                                       user_id=cashier,
                                       sale_line_id=line["id"], adjustment_id=None))
                w.give_back(w.lots_by_id[taken["lot_id"]], taken["quantity"])
        rows.append(drawer_row(writer, shift, at, cashier, "void", sale_id=rec.id, approved_by=approver))
        writer.event(at, cashier, "sale.void", rows)
        rec.voided = True
        self.stats["voids"] += 1

    @staticmethod
    def refundable(rec: SaleRec) -> bool:
        return (rec.kind == "sale" and len(rec.tenders) == 1 and rec.tenders[0]["kind"] in ("cash", "mobile", "card")
                and not rec.voided and not rec.refunded)

    def refund(self, shift: ShiftState, rec: SaleRec, at: datetime) -> int:
        """refunds.refund of part of a single-tender sale; returns the number of refund lines."""
        w, writer, rng, cashier = self.w, self.writer, self.w.rng, shift.cashier
        approver = rng.choice(w.managers)
        chosen = rng.sample(rec.lines, 1 if len(rec.lines) == 1 or rng.random() < 0.7 else 2)
        requested = [(line, lot_rows, rng.randint(1, line["quantity"]), rng.random() < 0.8)
                     for line, lot_rows in chosen]
        amount_back = sum(line["unit_price"] * q for line, _, q, _ in requested)
        number, year, seq = self._receipt(shift, at)
        sale = writer.add(m.Sale, kind="refund", receipt_number=number, till_id=shift.till_id, receipt_year=year,
                          receipt_seq=seq, shift_id=shift.id, cashier_id=cashier, created_at=at, total=-amount_back,
                          refund_of_id=rec.id, beneficiary_id=rec.beneficiary_id, delivery=False,
                          approved_by=approver, note=rng.choice(("", "质量问题", "买错了")))
        rows, rec_lines, written_off = [sale], [], []
        for line_no, (line, lot_rows, quantity, restock) in enumerate(requested, start=1):
            back = writer.add(m.SaleLine, sale_id=sale["id"], line_no=line_no, item_id=line["item_id"],
                              quantity=-quantity, unit_price=line["unit_price"], regular_price=line["regular_price"],
                              price_approved_by=line["price_approved_by"], line_total=-quantity * line["unit_price"],
                              allowance_ok=line["allowance_ok"], refund_of_line_id=line["id"], restock=restock)
            rows.append(back)
            wanted, back_lots = quantity, []
            for taken in reversed(lot_rows):  # the most recently taken lot first
                take = min(wanted, taken["quantity"])
                if take <= 0:
                    continue
                wanted -= take
                lot_row = writer.add(m.SaleLineLot, sale_line_id=back["id"], lot_id=taken["lot_id"], quantity=-take,
                                     amount=-take * line["unit_price"], fund_source=taken["fund_source"])
                rows.append(lot_row)
                back_lots.append(lot_row)
                if restock:
                    rows.append(writer.add(m.StockMovement, lot_id=taken["lot_id"], item_id=line["item_id"],
                                           kind="refund", quantity=take, created_at=at, business_date=local_day(at),
                                           user_id=cashier,
                                           sale_line_id=back["id"], adjustment_id=None))
                    w.give_back(w.lots_by_id[taken["lot_id"]], take)
                if wanted == 0:
                    break
            if not restock:
                written_off.append(f"{quantity} × {w.name[line['item_id'] - w.item_base]}")
            rec_lines.append((back, back_lots))
        if written_off:
            rows.append(writer.add(m.StockAdjustment, reason="refund_damaged",
                                   note=f"refund {number} of {rec.receipt}, not restocked: " + "; ".join(written_off),
                                   stocktake_id=None, user_id=cashier, created_at=at))
        first = rec.tenders[0]
        tender = writer.add(m.Tender, sale_id=sale["id"], kind=first["kind"], amount=-amount_back, received=0,
                            change=0, reference=first["reference"], beneficiary_id=first["beneficiary_id"],
                            volunteer_id=first["volunteer_id"], points_x100=0)
        rows.append(tender)
        if first["kind"] == "cash":
            rows.append(drawer_row(writer, shift, at, cashier, "refund", sale_id=sale["id"], approved_by=approver))
        writer.event(at, cashier, "sale.refund", rows)
        rec.refunded = True
        shift.sales.append(SaleRec(id=sale["id"], kind="refund", receipt=number, total=-amount_back, delivery=False,
                                   beneficiary_id=rec.beneficiary_id, tenders=[tender], lines=rec_lines))
        self.stats["refunds"] += 1
        self.stats["lines"] += len(requested)
        return len(requested)

