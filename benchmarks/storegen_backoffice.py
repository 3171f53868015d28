"""Intake, expired write-offs and volunteer hours for the large-store generator.

Rows and events as `services.stock.intake.record_intake` / `record_cash_donation`,
`services.stock.control.adjust` and `services.people.hours.clock_in` / `clock_out` / `add_manual_entry` /
`approve` / `reject` write them.
"""

from __future__ import annotations

import heapq
from datetime import date, datetime, timedelta

import storegen_vocab as vocab
from storegen_world import LotState, at_local, create_party

from charitymart.db import models as m
from charitymart.domain.hours import credit_minutes, points_for_minutes
from charitymart.services.stock.intake import NUMBER_PREFIX

HOUR_UNIT = 30  # the store's default unit (minutes); no daily cap
POINTS_PER_HOUR_X100 = 100
LINES_PER_DONATION = (1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 8, 10)
QUANTITY_SPREAD = (0.1, 0.2, 0.5, 0.5, 1, 1, 1, 1.5, 2, 3)
WORK_DESCRIPTIONS = ("社区义卖", "上门送货", "整理仓库", "分拣捐赠物资", "爱心课堂", "帮老人代购")


class BackOffice:
    def __init__(self, world, writer, quantity_mean: float, donor_target: int):
        self.w, self.writer = world, writer
        self.quantity_mean = quantity_mean
        self.donor_target = donor_target
        self.numbers: dict[tuple[str, int], int] = {}
        self.expiring: list[tuple[int, int]] = []  # heap of (expiry ordinal, lot id)
        self.pending_hours: list[tuple[date, dict, int]] = []  # (decide on, work entry row, volunteer index)
        self.clocked: dict[int, tuple[datetime, dict]] = {}  # volunteer index -> (in time, event row)
        self.manual_days: set[tuple[int, date]] = set()
        self.party_counts = {"D": 0, "S": 0, "C": 0}
        self.stats = {"donations": 0, "lots": 0, "units_in": 0, "write_offs": 0, "work_entries": 0}

    # --- parties --------------------------------------------------------------------------------

    def new_party(self, kind: str, at: datetime) -> int:
        letter = {"supplier": "S", "consignor": "C"}.get(kind, "D")
        self.party_counts[letter] += 1
        party_id = create_party(self.w, self.writer, kind, at, f"{letter}{self.party_counts[letter]:05d}")
        {"S": self.w.suppliers, "C": self.w.consignors}.get(letter, self.w.donors).append(party_id)
        return party_id

    def donor_for(self, at: datetime) -> int | None:
        """None (anonymous), a regular donor, or a new one (added just before the intake)."""
        w, rng = self.w, self.w.rng
        if rng.random() < 0.2:
            return None
        wanted_new = len(w.donors) < self.donor_target and (not w.donors or rng.random() < 0.25)
        if wanted_new:
            kind = rng.choices(("person", "organisation", "anonymous"), (75, 22, 3))[0]
            return self.new_party(kind, at - timedelta(seconds=30))
        return w.donors[int(len(w.donors) * rng.random() ** 2)]

    # --- intake ---------------------------------------------------------------------------------

    def _number(self, fund_source: str, year: int) -> str:
        key = (NUMBER_PREFIX[fund_source], year)
        self.numbers[key] = self.numbers.get(key, 0) + 1
        return f"{key[0]}{year}-{self.numbers[key]:06d}"

    def _receipt_row(self, donation: dict, today: date, user: int, at: datetime) -> dict:
        return self.writer.add(m.DonationReceipt, donation_id=donation["id"], receipt_code=f"{31010125 + today.year % 10}",
                               receipt_number=f"{donation['id']:010d}", issued_on=today, user_id=user, created_at=at)

    def intake(self, at: datetime, today: date) -> None:
        w, rng, writer = self.w, self.w.rng, self.writer
        manager = rng.choice(w.managers)
        roll = rng.random()
        if roll < 0.08:
            return self.cash_donation(at, today, manager)
        fund_source = "donated" if roll < 0.90 else "purchased" if roll < 0.97 else "consigned"
        if fund_source == "donated":
            party = self.donor_for(at)
        else:
            pool = w.suppliers if fund_source == "purchased" else w.consignors
            party = rng.choice(pool)
        donation = writer.add(m.Donation, number=self._number(fund_source, today.year), fund_source=fund_source,
                              kind="goods", party_id=party, received_on=today, cash_amount=0,
                              conditions=rng.choice(vocab.DONATION_CONDITIONS) if fund_source == "donated" else "",
                              user_id=manager, created_at=at, correction_reason="")
        rows, seen = [donation], set()
        for _ in range(rng.choice(LINES_PER_DONATION)):
            index = w.pick_item()
            if index in seen:
                continue
            seen.add(index)
            rows += self._line(donation, index, fund_source, party, today, at, manager)
        if fund_source == "donated" and party is not None and rng.random() < 0.3:
            rows.append(self._receipt_row(donation, today, manager, at))
        writer.event(at, manager, "donation.goods", rows)
        self.stats["donations"] += 1

    def _line(self, donation, index, fund_source, party, today, at, manager) -> list:
        w, rng, writer = self.w, self.w.rng, self.writer
        spec = vocab.CATEGORIES[w.cat[index]]
        quantity = max(1, round(self.quantity_mean * rng.choice(QUANTITY_SPREAD)))
        share = {"donated": rng.uniform(0.5, 1.0), "purchased": 0.7, "consigned": 0.85}[fund_source]
        unit_value = int(w.price[index] * share) // 10 * 10
        weight = spec.grams * quantity
        expiry = today + timedelta(days=rng.randint(*spec.shelf_days)) if spec.shelf_days else None
        condition = rng.choice(vocab.CONDITIONS_USED) if spec.shelf_days is None and fund_source == "donated" else ""
        line = writer.add(m.DonationLine, donation_id=donation["id"], item_id=w.item_id(index), quantity=quantity,
                          unit_value=unit_value, weight_g=weight, condition=condition, expiry=expiry)
        lot = writer.add(m.Lot, item_id=line["item_id"], fund_source=fund_source, party_id=party,
                         donation_line_id=line["id"], received_on=today, expiry=expiry, unit_value=unit_value,
                         weight_g=weight, quantity_received=quantity, created_at=at, on_hand=quantity)
        move = writer.add(m.StockMovement, lot_id=lot["id"], item_id=line["item_id"], kind="intake", quantity=quantity,
                          created_at=at, business_date=today, user_id=manager, sale_line_id=None, adjustment_id=None)
        state = LotState(id=lot["id"], item=index, fund_source=fund_source,
                         expiry=expiry.toordinal() if expiry else None, received=today.toordinal(), on_hand=quantity)
        w.add_lot(state)
        if expiry:
            heapq.heappush(self.expiring, (state.expiry, state.id))
        self.stats["lots"] += 1
        self.stats["units_in"] += quantity
        return [line, lot, move]

    def cash_donation(self, at: datetime, today: date, manager: int) -> None:
        rng, writer = self.w.rng, self.writer
        party = self.donor_for(at)
        donation = writer.add(m.Donation, number=self._number("donated", today.year), fund_source="donated",
                              kind="cash", party_id=party, received_on=today,
                              cash_amount=rng.choice((5000, 10000, 20000, 50000, 100000, 200000, 1000000)),
                              conditions=rng.choice(vocab.DONATION_CONDITIONS), user_id=manager, created_at=at,
                              correction_reason="")
        rows = [donation]
        if party is not None and rng.random() < 0.5:
            rows.append(self._receipt_row(donation, today, manager, at))
        writer.event(at, manager, "donation.cash", rows)
        self.stats["donations"] += 1

    # --- expired stock ------------------------------------------------------------------------------

    def write_off_expired(self, at: datetime, today: date) -> None:
        """stock.adjust(reason expired) for every lot past its expiry that still holds stock."""
        w, writer = self.w, self.writer
        manager = w.rng.choice(w.managers)
        today_ord = today.toordinal()
        touched = set()
        while self.expiring and self.expiring[0][0] < today_ord:
            _, lot_id = heapq.heappop(self.expiring)
            lot = w.lots_by_id[lot_id]
            if lot.on_hand <= 0:
                continue
            adjustment = writer.add(m.StockAdjustment, reason="expired", note="过期下架", stocktake_id=None,
                                    user_id=manager, created_at=at)
            move = writer.add(m.StockMovement, lot_id=lot.id, item_id=w.item_id(lot.item), kind="adjustment",
                              quantity=-lot.on_hand, created_at=at, business_date=today, user_id=manager,
                              sale_line_id=None,
                              adjustment_id=adjustment["id"])
            writer.event(at, manager, "stock.adjust", [adjustment, move])
            lot.on_hand = 0
            touched.add(lot.item)
            self.stats["write_offs"] += 1
            at += timedelta(seconds=2)
        for index in touched:
            w.drop_empty(index)

    # --- volunteer hours ----------------------------------------------------------------------------

    def clock_in(self, at: datetime, volunteer: int, till_id: int, user: int) -> None:
        v = self.w.volunteers[volunteer]
        if volunteer in self.clocked:
            return
        row = self.writer.add(m.ClockEvent, volunteer_id=v.id, kind="in", till_id=till_id, user_id=user, created_at=at)
        self.writer.event(at, user, "volunteer.clock_in", [row])
        self.clocked[volunteer] = (at, row)

    def clock_out(self, at: datetime, volunteer: int, till_id: int, user: int, work_date: date) -> None:
        v, writer = self.w.volunteers[volunteer], self.writer
        opened_at, _ = self.clocked.pop(volunteer)
        event = writer.add(m.ClockEvent, volunteer_id=v.id, kind="out", till_id=till_id, user_id=user, created_at=at)
        minutes = max(0, int((at - opened_at).total_seconds() // 60))
        entry = writer.add(m.WorkEntry, volunteer_id=v.id, source="clock", work_date=work_date, started_at=opened_at,
                           ended_at=at, minutes=minutes, description="", entered_by=user, created_at=at)
        rows = [event, entry] + self._approve(entry, volunteer, None, "counter clock", at)
        writer.event(at, user, "volunteer.clock_out", rows)
        v.worked_days.add(work_date)

    def _approve(self, entry: dict, volunteer: int, decided_by: int | None, note: str, at: datetime) -> list:
        v, writer = self.w.volunteers[volunteer], self.writer
        credited = credit_minutes(entry["minutes"], HOUR_UNIT, 0, None)
        decision = writer.add(m.WorkDecision, entry_id=entry["id"], decision="approved", credited_minutes=credited,
                              decided_by=decided_by, created_at=at, note=note)
        rows = [decision]
        points = points_for_minutes(credited, POINTS_PER_HOUR_X100)
        if points > 0:
            rows.append(writer.add(m.TimebankEntry, volunteer_id=v.id, kind="earn", points_x100=points,
                                   work_entry_id=entry["id"], sale_id=None, user_id=decided_by, created_at=at,
                                   note=""))
            v.balance_x100 += points
        self.stats["work_entries"] += 1
        return rows

    def manual_entry(self, at: datetime, today: date, volunteer: int) -> None:
        """hours.add_manual_entry for an evening some days ago; decided a few days later."""
        w, rng, writer = self.w, self.w.rng, self.writer
        v = w.volunteers[volunteer]
        work_date = today - timedelta(days=rng.randint(1, 6))
        if work_date < v.joined_on or (volunteer, work_date) in self.manual_days:
            return
        self.manual_days.add((volunteer, work_date))
        started = at_local(work_date, 19 * 3600 + rng.randrange(0, 3600, 60))
        minutes = rng.choice((60, 90, 120, 150, 180))
        manager = rng.choice(w.managers)
        entry = writer.add(m.WorkEntry, volunteer_id=v.id, source="manual", work_date=work_date, started_at=started,
                           ended_at=started + timedelta(minutes=minutes), minutes=minutes,
                           description=rng.choice(WORK_DESCRIPTIONS), entered_by=manager, created_at=at)
        writer.event(at, manager, "hours.enter", [entry])
        self.pending_hours.append((today + timedelta(days=rng.randint(1, 4)), entry, volunteer))

    def decide_pending(self, at: datetime, today: date) -> None:
        w, rng, writer = self.w, self.w.rng, self.writer
        due = [p for p in self.pending_hours if p[0] <= today]
        self.pending_hours = [p for p in self.pending_hours if p[0] > today]
        for _, entry, volunteer in due:
            manager = rng.choice(w.managers)
            if rng.random() < 0.05:
                decision = writer.add(m.WorkDecision, entry_id=entry["id"], decision="rejected", credited_minutes=0,
                                      decided_by=manager, created_at=at, note="时间有误")
                writer.event(at, manager, "hours.reject", [decision])
            else:
                writer.event(at, manager, "hours.approve", self._approve(entry, volunteer, manager, "", at))
            at += timedelta(seconds=20)
