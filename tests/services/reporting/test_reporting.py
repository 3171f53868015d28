"""Reporting queries: every total compared with sums worked out by hand from the rows written here;
month boundaries in store time; refunds and voids in the period they are entered; privacy.

`Book` writes sales, refunds and voids row by row (as checkout and refunds do), so each
scenario controls every timestamp; one test at the end goes through the real checkout."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from charitymart.db.models import (
    Beneficiary,
    Category,
    Donation,
    DonationLine,
    DonationReceipt,
    Lot,
    Party,
    ReceiptCounter,
    Sale,
    SaleLine,
    SaleLineLot,
    SaleVoid,
    Shift,
    StockMovement,
    Store,
    Tender,
    Till,
    WorkDecision,
    WorkEntry,
)
from charitymart.report_commands.common import script_actor
from charitymart.services import audit, clock, reporting
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.people import allowance
from charitymart.services.reporting import stock as reporting_stock
from charitymart.services.sales import refunds
from charitymart.services.sales.checkout import Payment
from tests.support import factories
from tests.support.counter import (  # noqa: F401  (fixtures)
    MANAGER_PIN,
    assert_chain_ok,
    cashier,
    manager_id,
    sell,
    shift_id,
    stock,
)

LATER = datetime(2026, 4, 30, 4, 0)  # reports run after the scenario's last row


def at(month, day, hour=12, minute=0, tz_hours=8) -> datetime:
    """A store-local time (Shanghai by default) as the naive UTC the database stores."""
    return datetime(2026, month, day, hour, minute) - timedelta(hours=tz_hours)


class Book:
    """Writes sales, refunds and voids with their ledger rows and audit events at given times."""

    def __init__(self, store, admin):
        self.store, self.user, self.count = store, admin.user_id, 0
        with store.sessions.begin() as s:
            till = s.scalar(select(Till.id).where(Till.code == "T1"))
            shift = Shift(till_id=till, opened_by=self.user, opened_at=clock.now(), opening_float=0)
            s.add(shift)
            audit.record(s, self.user, "test.shift", [shift])
            self.till, self.shift = till, shift.id

    def sale(self, when, lines, tenders=None, *, kind="sale", ben=None, refund_of=None) -> int:
        """lines: (lot id, quantity, unit price); negative quantities for a refund."""
        self.count += 1
        with self.store.sessions.begin() as s, clock.frozen(when):
            total = sum(q * p for _, q, p in lines)
            sale = Sale(kind=kind, receipt_number=f"T1-2026-{self.count:06d}", till_id=self.till, receipt_year=2026,
                        receipt_seq=self.count, shift_id=self.shift, cashier_id=self.user, created_at=when,
                        total=total, refund_of_id=refund_of, beneficiary_id=ben, delivery=False, note="")
            s.add(sale)
            counter = s.scalar(select(ReceiptCounter).where(ReceiptCounter.till_id == self.till))
            if counter is None:
                counter = ReceiptCounter(till_id=self.till, year=2026)
                s.add(counter)
            counter.last_number = self.count  # the numbering cache `verify` checks
            s.flush()
            rows = [sale]
            for no, (lot_id, q, price) in enumerate(lines, 1):
                lot = s.get(Lot, lot_id)
                line = SaleLine(sale_id=sale.id, line_no=no, item_id=lot.item_id, quantity=q, unit_price=price,
                                regular_price=price, line_total=q * price, allowance_ok=True, restock=True)
                s.add(line)
                s.flush()
                split = SaleLineLot(sale_line_id=line.id, lot_id=lot_id, quantity=q, amount=q * price,
                                    fund_source=lot.fund_source)
                move = StockMovement(lot_id=lot_id, item_id=lot.item_id, kind="refund" if q < 0 else "sale",
                                     quantity=-q, created_at=when, sale_line_id=line.id,
                                     business_date=clock.local_date(when, "Asia/Shanghai"))
                lot.on_hand -= q
                s.add_all([split, move])
                rows += [line, split, move]
            for tender_kind, amount in tenders or [("cash", total)]:
                tender = Tender(sale_id=sale.id, kind=tender_kind, amount=amount, received=0, change=0,
                                beneficiary_id=ben if tender_kind == "allowance" else None)
                s.add(tender)
                rows.append(tender)
                if tender_kind == "allowance":
                    today = clock.local_date(when, "Asia/Shanghai")
                    rows += allowance.use(s, s.get(Beneficiary, ben), amount, sale.id, today, self.user)
            audit.record(s, self.user, f"{kind}.complete", rows)
            return sale.id

    def void(self, when, sale_id) -> None:
        with self.store.sessions.begin() as s, clock.frozen(when):
            void = SaleVoid(sale_id=sale_id, user_id=self.user, approved_by=self.user, reason="wrong", created_at=when)
            rows = [void]
            for line in s.scalars(select(SaleLine).where(SaleLine.sale_id == sale_id)):
                for split in s.scalars(select(SaleLineLot).where(SaleLineLot.sale_line_id == line.id)):
                    rows.append(StockMovement(lot_id=split.lot_id, item_id=line.item_id, kind="void",
                                              quantity=split.quantity, created_at=when, sale_line_id=line.id,
                                              business_date=clock.local_date(when, "Asia/Shanghai")))
                    s.get(Lot, split.lot_id).on_hand += split.quantity
            for t in s.scalars(select(Tender).where(Tender.sale_id == sale_id, Tender.kind == "allowance")):
                ben, today = s.get(Beneficiary, t.beneficiary_id), clock.local_date(when, "Asia/Shanghai")
                rows += allowance.credit(s, ben, t.amount, sale_id, date(2026, 1, 1), today, self.user, "void")
            s.add_all(rows)
            audit.record(s, self.user, "sale.void", rows)


def party(s, code, name, kind="person", consent=False, share_bp=0) -> Party:
    p = Party(code=code, kind=kind, name=name, public_name_ok=consent, shop_share_bp=share_bp, created_at=clock.now())
    s.add(p)
    audit.record(s, None, "party.create", [p])
    return p


def intake(s, number, day, who, lines=(), *, fund="donated", cash=0, receipt=None, correction="", entered=None):
    """A donation (or purchase/consignment) with one lot per line: (item, qty, unit value, weight g[, expiry])."""
    created = entered or at(day.month, day.day, 9)
    d = Donation(number=number, fund_source=fund, kind="goods" if lines else "cash", party_id=who.id if who else None,
                 received_on=day, cash_amount=cash, created_at=created, correction_reason=correction)
    s.add(d)
    s.flush()
    rows, lots = [d], []
    for item, qty, value, weight, *expiry in lines:
        line = DonationLine(donation_id=d.id, item_id=item.id, quantity=qty, unit_value=value, weight_g=weight)
        s.add(line)
        s.flush()
        lot = Lot(item_id=item.id, fund_source=fund, party_id=d.party_id, donation_line_id=line.id, received_on=day,
                  expiry=expiry[0] if expiry else None, unit_value=value, weight_g=weight, quantity_received=qty,
                  created_at=created, on_hand=qty)
        s.add(lot)
        s.flush()
        # As services.stock.dates dates it: the day received, a correction the day it was entered.
        stock_day = clock.local_date(created, "Asia/Shanghai") if correction else day
        move = StockMovement(lot_id=lot.id, item_id=item.id, kind="intake", quantity=qty, created_at=created,
                             business_date=stock_day)
        s.add(move)
        rows += [line, lot, move]
        lots.append(lot.id)
    if receipt:
        rows.append(DonationReceipt(donation_id=d.id, receipt_code=receipt[0], receipt_number=receipt[1],
                                    issued_on=day, created_at=created))
        s.add(rows[-1])
    audit.record(s, None, "donation.record", rows)
    return lots


def work(s, vol, day, minutes, decision="approved", credited=None, description=""):
    start = at(day.month, day.day, 9)
    entry = WorkEntry(volunteer_id=vol.id, source="manual", work_date=day, started_at=start,
                      ended_at=start + timedelta(minutes=minutes), minutes=minutes, description=description,
                      created_at=clock.now())
    s.add(entry)
    s.flush()
    rows = [entry]
    if decision:
        rows.append(WorkDecision(entry_id=entry.id, decision=decision, created_at=clock.now(),
                                 credited_minutes=minutes if credited is None else credited))
        s.add(rows[-1])
    audit.record(s, None, "hours.entry", rows)


@pytest.fixture
def shop(store, admin):
    """The March 2026 scenario; the numbers in the tests below are worked out from it by hand."""
    with store.sessions.begin() as s:
        grain, household = Category(name="粮油", name_en="Grain"), Category(name="日用品", name_en="Household")
        s.add_all([grain, household])
        s.flush()
        rice = factories.add_item(s, "大米", 2500)
        soap = factories.add_item(s, "肥皂", 200)
        honey = factories.add_item(s, "蜂蜜", 5000)
        rice.category_id, soap.category_id = grain.id, household.id
        generous = party(s, "P1", "王慷慨", consent=True)
        secret = party(s, "P2", "秘密捐赠人")
        org = party(s, "P3", "爱心企业有限公司", "organisation", consent=True)
        anon = party(s, "P4", "匿名者甲", "anonymous", consent=True)
        supplier = party(s, "S1", "批发商", "supplier")
        farmer = party(s, "C1", "社区蜂农", "consignor", share_bp=1500)
        [rice_lot] = intake(s, "D1", date(2026, 3, 2), generous, [(rice, 10, 3000, 50000, date(2026, 5, 5))],
                            receipt=("财政2026", "0001"))
        [soap_lot] = intake(s, "D2", date(2026, 3, 5), secret, [(soap, 20, 300, 2000, date(2026, 4, 20))])
        intake(s, "D3", date(2026, 3, 20), generous, cash=50000)
        intake(s, "D4", date(2026, 3, 15), org, [(rice, 5, 3000, 25000)])
        intake(s, "D5", date(2026, 3, 16), anon, [(soap, 4, 300, 0)])
        intake(s, "D6", date(2026, 3, 31), None, cash=2000)
        [february_soap] = intake(s, "D7", date(2026, 2, 27), secret, [(soap, 7, 300, 700)])
        intake(s, "D8", date(2026, 4, 1), generous, [(rice, 1, 3000, 5000)])
        intake(s, "D9", date(2026, 2, 20), secret, [(soap, 2, 300, 200)], correction="漏记", entered=at(3, 12))
        [bought] = intake(s, "PU1", date(2026, 3, 3), supplier, [(soap, 50, 200, 0)], fund="purchased")
        [honey_lot] = intake(s, "C1", date(2026, 3, 4), farmer, [(honey, 10, 4000, 0)], fund="consigned")
        zhang = factories.add_beneficiary(s, "H0001", name="张三").id
        li = factories.add_beneficiary(s, "H0002", name="李四").id
        v1 = factories.add_volunteer(s, "V001", name="王志愿")
        v1.id_masked = "5101**********1234"
        v2 = factories.add_volunteer(s, "V002", name="赵志愿")
        work(s, v1, date(2026, 3, 3), 180, description="收银")
        work(s, v1, date(2026, 3, 4), 120, description="整理货架")
        work(s, v1, date(2026, 3, 5), 60, "rejected", 0)
        work(s, v1, date(2026, 3, 6), 90, None)
        work(s, v1, date(2026, 2, 27), 240, description="收银")
        work(s, v2, date(2026, 3, 10), 20, credited=0)
        work(s, v2, date(2026, 3, 11), 60, description="送货")
    book = Book(store, admin)
    s1 = book.sale(at(3, 5, 10), [(rice_lot, 2, 2500), (soap_lot, 3, 200)], [("cash", 5000), ("mobile", 600)])
    s2 = book.sale(at(3, 6, 11), [(honey_lot, 3, 5000)], [("card", 15000)])
    book.sale(at(3, 7), [(rice_lot, 1, 2500)], [("allowance", 2500)], kind="collection", ben=zhang)
    book.sale(at(3, 8), [(bought, 5, 300)], [("allowance", 1000), ("cash", 500)], ben=li)
    book.void(at(3, 9, 12, 5), book.sale(at(3, 9), [(honey_lot, 1, 5000)]))
    book.sale(at(3, 10), [(honey_lot, -1, 5000)], [("card", -5000)], kind="refund", refund_of=s2)
    book.sale(at(3, 31, 23, 30), [(rice_lot, 1, 2500)])  # 15:30 UTC: still March in Shanghai
    book.sale(at(4, 1, 0, 10), [(soap_lot, 1, 200)])
    book.sale(at(2, 28, 23, 50), [(february_soap, 1, 200)])
    s10 = book.sale(at(3, 31, 23, 50), [(honey_lot, 1, 5000)])
    book.void(at(4, 1, 0, 5), s10)  # after March closed: March keeps it, April takes it off
    book.sale(at(4, 3), [(rice_lot, -1, 2500)], [("cash", -2500)], kind="refund", refund_of=s1)
    book.void(at(3, 20, 12, 5), book.sale(at(3, 20), [(soap_lot, 1, 300)], [("allowance", 300)], ben=zhang))
    clock.set_now(LATER)
    assert_chain_ok(store)  # the rows written here are a coherent ledger (caches included)
    return {"rice": rice_lot, "soap": soap_lot, "bought": bought, "honey": honey_lot}


def figures(store, year, month):
    with store.sessions() as s:
        return reporting.month_figures(s, year, month)


def sales_tuple(t: reporting.SalesTotals):
    return (t.total, {k.kind: k.amount for k in t.tenders if k.amount},
            {f.fund_source: (f.quantity, f.amount) for f in t.fund_sources},
            (t.sales, t.collections, t.refunds, t.refunds_total, t.voids, t.voids_total))


def test_month_figures_intake_and_donors(store, shop):
    m = figures(store, 2026, 3)
    assert (m.first, m.last) == (date(2026, 3, 1), date(2026, 3, 31))
    d = m.donated  # D1-D6; D7 is February, D8 April, D9 a late correction of February
    assert (d.records, d.goods_quantity, d.goods_value, d.weight_g, d.cash_count, d.cash_total) == (
        6, 10 + 20 + 5 + 4, 30000 + 6000 + 15000 + 1200, 50000 + 2000 + 25000, 2, 50000 + 2000)
    assert (m.purchased.records, m.purchased.goods_quantity, m.purchased.goods_value) == (1, 50, 10000)
    assert (m.consigned.records, m.consigned.goods_quantity, m.consigned.goods_value) == (1, 10, 40000)
    assert [(c.category, c.quantity, c.value, c.weight_g) for c in m.donated_by_category] == [
        ("粮油", 15, 45000, 75000), ("日用品", 24, 7200, 2000)]
    assert [(p.name, p.donations, p.total) for p in m.public_donors] == [
        ("王慷慨", 2, 30000 + 50000), ("爱心企业有限公司", 1, 15000)]
    # P2 (no consent), P4 (anonymous kind, even with consent) and D6 (no donor record).
    assert m.anonymous_donors == reporting.AnonymousDonors(donors=3, donations=3, total=6000 + 1200 + 2000)
    # Public: the category (this row was written without one: unspecified), never the reason.
    assert [(c.donation_number, c.received_on, c.category, c.goods_value) for c in m.corrections] == [
        ("D9", date(2026, 2, 20), "unspecified", 600)]
    assert "漏记" not in repr(m)
    assert figures(store, 2026, 2).donated.records == 1  # the correction stays out of published February


def test_month_figures_sales_households_volunteers_stock(store, shop):
    m = figures(store, 2026, 3)
    assert sales_tuple(m.sales) == (
        5600 + 15000 + 2500 + 1500 - 5000 + 2500 + 5000,
        {"cash": 5000 + 500 + 2500 + 5000, "mobile": 600, "card": 15000 - 5000, "allowance": 2500 + 1000},
        {"donated": (2 + 3 + 1 + 1, 5000 + 600 + 2500 + 2500), "purchased": (5, 1500), "consigned": (3 - 1 + 1, 15000)},
        (5, 1, 1, -5000, 2, 5000 + 300),
    )
    assert m.households == reporting.HouseholdFigures(households=2, visits=2, collections=1, goods_value=3500)
    assert (m.volunteers.headcount, m.volunteers.credited_minutes, m.volunteers.entries) == (2, 360, 4)
    assert str(m.volunteers.hours) == "6.00"
    with store.sessions() as s:  # stock at the end of March, straight from the movement ledger
        end = clock.local_day_bounds_utc(date(2026, 3, 31), date(2026, 3, 31), "Asia/Shanghai")[1]
        expected = {}
        for move, lot in s.execute(select(StockMovement, Lot).join(Lot, Lot.id == StockMovement.lot_id)):
            if move.created_at < end:
                q, v = expected.get(lot.fund_source, (0, 0))
                expected[lot.fund_source] = (q + move.quantity, v + move.quantity * lot.unit_value)
        assert m.chain_head == audit.head_hash(s)
    assert {v.fund_source: (v.quantity, v.value) for v in m.stock_at_month_end} == expected
    assert expected["consigned"] == (10 - 3 + 1 - 1, 7 * 4000)


def test_month_boundaries_refunds_and_late_voids(store, shop):
    feb, apr = figures(store, 2026, 2), figures(store, 2026, 4)
    assert sales_tuple(feb.sales)[:2] == (200, {"cash": 200})  # 28 Feb 23:50 Shanghai
    # April: the 00:10 sale, the late void of 31 March's honey and the refund of 5 March's rice.
    assert sales_tuple(apr.sales) == (
        200 - 5000 - 2500, {"cash": 200 - 5000 - 2500},
        {"donated": (1 - 1, 200 - 2500), "purchased": (0, 0), "consigned": (-1, -5000)},
        (1, 0, 1, -2500, 1, 5000),
    )
    with pytest.raises(ValidationError):
        figures(store, 2026, 13)


def test_public_figures_name_no_one_who_did_not_consent(store, shop):
    text = repr(figures(store, 2026, 3))
    assert "王慷慨" in text
    never = ("秘密捐赠人", "匿名者甲", "P2", "张三", "李四", "H0001", "H0002", "王志愿", "赵志愿")
    assert [word for word in never if word in text] == []


def test_donor_receipts(store, shop):
    with store.sessions() as s:
        receipts = reporting.donor_receipts(s, script_actor(s), 2026, 3)
    assert [(r.party_code, len(r.donations), r.goods_value, r.cash_amount, r.total) for r in receipts] == [
        ("P1", 2, 30000, 50000, 80000), ("P2", 1, 6000, 0, 6000), ("P3", 1, 15000, 0, 15000), ("P4", 1, 1200, 0, 1200)]
    d1 = receipts[0].donations[0]
    assert (d1.number, d1.received_on, d1.weight_g) == ("D1", date(2026, 3, 2), 50000)
    assert [(ln.item_name, ln.quantity, ln.unit_value, ln.value, ln.weight_g) for ln in d1.lines] == [
        ("大米", 10, 3000, 30000, 50000)]
    assert [(o.code, o.number) for o in d1.official_receipts] == [("财政2026", "0001")]
    assert receipts[0].donations[1].kind == "cash" and receipts[0].donations[1].lines == ()


def test_beneficiary_statements(store, shop):
    with store.sessions() as s:
        zhang, li = reporting.beneficiary_statements(s, script_actor(s), 2026, 3)
    assert (zhang.card_number, zhang.name, zhang.category) == ("H0001", "张三", "低保")
    [visit] = zhang.visits  # the allowance sale voided the same day is not there
    assert (visit.kind, visit.local_time.replace(tzinfo=None), visit.total, visit.allowance_used, visit.other_paid) == (
        "collection", datetime(2026, 3, 7, 12, 0), 2500, 2500, 0)
    assert [(ln.item_name, ln.quantity, ln.line_total) for ln in visit.lines] == [("大米", 1, 2500)]
    assert zhang.periods == (reporting.AllowancePeriod(date(2026, 1, 1), date(2026, 3, 31), 15000, 2500, 12500),)
    assert (li.allowance_used, li.goods_value, li.visits[0].other_paid) == (1000, 1500, 500)
    assert li.periods[0].remaining == 14000
    with store.sessions() as s:
        assert reporting.beneficiary_statements(s, script_actor(s), 2026, 4) == ()


def test_consignor_settlement(store, shop):
    with store.sessions() as s:
        march = reporting.consignor_settlement(s, script_actor(s), "C1", 2026, 3)
        april = reporting.consignor_settlement(s, script_actor(s), "C1", 2026, 4)
        with pytest.raises(NotFoundError):
            reporting.consignor_settlement(s, script_actor(s), "NOPE", 2026, 3)
        with pytest.raises(ValidationError):
            reporting.consignor_settlement(s, script_actor(s), "P1", 2026, 3)
    assert [(ln.item_name, ln.quantity, ln.amount) for ln in march.lines] == [("蜂蜜", 3, 15000)]
    assert (march.amount, march.shop_share, march.owed) == (15000, 2250, 12750)
    assert (april.quantity, april.amount, april.shop_share, april.owed) == (-1, -5000, -750, -4250)


def test_share_rounds_halves_up():
    assert [reporting.share_of(a, 1500) for a in (1010, 1009, 1003, -1010, 0)] == [152, 151, 150, -152, 0]
    assert reporting.share_of(1, 5000) == 1 and reporting.share_of(1, 4999) == 0


def test_hours_report_and_certificate(store, shop):
    with store.sessions() as s:
        report = reporting.hours_report(s, script_actor(s), date(2026, 3, 1), date(2026, 3, 31))
        cert = reporting.certificate_data(s, script_actor(s), "V001", date(2026, 1, 1), date(2026, 3, 31))
        with pytest.raises(NotFoundError):
            reporting.certificate_data(s, script_actor(s), "V999", date(2026, 1, 1), date(2026, 3, 31))
    assert [(v.code, v.credited_minutes, v.approved_entries, v.rejected_entries, v.pending_entries)
            for v in report.volunteers] == [("V001", 300, 2, 1, 1), ("V002", 60, 2, 0, 0)]
    assert report.credited_minutes == 360
    assert (cert.name, cert.id_masked, cert.credited_minutes, cert.entries, cert.services) == (
        "王志愿", "5101**********1234", 540, 3, ("收银", "整理货架"))
    assert (cert.first_service, cert.last_service, str(cert.hours)) == (date(2026, 2, 27), date(2026, 3, 4), "9.00")


def test_sales_summary_per_local_day(store, shop):
    with store.sessions() as s:
        march = reporting.sales_summary(s, date(2026, 3, 1), date(2026, 3, 31))
        turn = reporting.sales_summary(s, date(2026, 3, 31), date(2026, 4, 1))
    assert len(march.days) == 31 and sales_tuple(march.totals) == sales_tuple(figures(store, 2026, 3).sales)
    day = {d.day: d.totals for d in march.days}
    assert sales_tuple(day[date(2026, 3, 5)])[:2] == (5600, {"cash": 5000, "mobile": 600})
    assert sales_tuple(day[date(2026, 3, 9)])[0::3] == (0, (0, 0, 0, 0, 1, 5000))  # sold and voided that day
    assert day[date(2026, 3, 31)].total == 2500 + 5000
    assert [(d.day, d.totals.total, d.totals.voids) for d in turn.days] == [
        (date(2026, 3, 31), 7500, 0), (date(2026, 4, 1), 200 - 5000, 1)]


def test_sales_summary_days_follow_daylight_saving(store, admin):
    _, _, [lot] = stock(store, lots=((10, None, "donated"),))
    with store.sessions.begin() as s:
        s.get(Store, 1).timezone = "Europe/London"  # clocks go forward at 01:00 on 29 March 2026
    book = Book(store, admin)
    for when, price in ((at(3, 29, 0, 30, 0), 100), (at(3, 29, 23, 30, 1), 200), (at(3, 30, 0, 30, 1), 400)):
        book.sale(when, [(lot, 1, price)])
    with store.sessions() as s:
        summary = reporting.sales_summary(s, date(2026, 3, 28), date(2026, 3, 30))
    assert [d.totals.total for d in summary.days] == [0, 300, 400]


@pytest.mark.parametrize("fewer_before", [True, False])
def test_stock_report_now_and_at_a_past_date(store, shop, monkeypatch, fewer_before):
    monkeypatch.setattr(reporting_stock, "_fewer_before", lambda session, at_utc: fewer_before)
    with store.sessions() as s:
        now = reporting.stock_report(s)
        past = reporting.stock_report(s, date(2026, 3, 5))  # end of 5 March: only S1 sold so far
        expiring = reporting.stock_report(s, date(2026, 4, 10)).expiring  # 14 days' warning
        lots = {lot.id: lot for lot in s.scalars(select(Lot))}
    by_name = {line.name: line for line in now.lines}
    rice = shop["rice"]
    assert by_name["大米"].on_hand == sum(lot.on_hand for lot in lots.values() if lot.item_id == lots[rice].item_id)
    assert now.value == sum(lot.on_hand * lot.unit_value for lot in lots.values())
    assert {line.name: (line.on_hand, line.earliest_expiry) for line in past.lines} == {
        "大米": (10 - 2, date(2026, 5, 5)), "肥皂": (20 - 3 + 7 - 1 + 50, date(2026, 4, 20)), "蜂蜜": (10, None)}
    assert past.value == 8 * 3000 + 17 * 300 + 6 * 300 + 50 * 200 + 10 * 4000
    assert [(e.name, e.on_hand, e.days_left) for e in expiring] == [("肥皂", 20 - 3 - 1, 10)]


def test_figures_match_the_real_checkout(store, cashier, manager_id, shift_id):
    code, _, _ = stock(store, name="面条", price=800, lots=((5, None, "donated"), (5, None, "purchased")))
    with store.sessions.begin() as s:
        factories.add_beneficiary(s, "H0009")
    kept = sell(store, cashier, [(code, 4)], [Payment("cash", 2000), Payment("mobile", 1200)])
    voided = sell(store, cashier, [(code, 1)])
    sell(store, cashier, [(code, 2)], collection=True, beneficiary_card="H0009")
    with store.sessions.begin() as s:
        refunds.void_sale(s, cashier, voided, "scanned twice", manager_pin=MANAGER_PIN)
        line = s.scalar(select(SaleLine.id).join(Sale).where(Sale.receipt_number == kept))
        refunds.refund(s, cashier, kept, [(line, 1, True)], manager_pin=MANAGER_PIN)
    assert_chain_ok(store)
    m = figures(store, 2026, 3)
    with store.sessions() as s:
        void_ids = set(s.scalars(select(SaleVoid.sale_id)))
        tenders = [(t.kind, t.amount) for t in s.scalars(select(Tender).where(Tender.sale_id.not_in(void_ids)))]
        splits = [(x.fund_source, x.quantity, x.amount) for x in s.scalars(
            select(SaleLineLot).join(SaleLine).where(SaleLine.sale_id.not_in(void_ids)))]
    assert m.sales.total == sum(a for _, a in tenders) == 3 * 800 + 2 * 800
    for kind in ("cash", "mobile", "allowance"):
        assert m.sales.tender(kind) == sum(a for k, a in tenders if k == kind)
    for source in ("donated", "purchased"):
        assert (m.sales.fund_source(source).quantity, m.sales.fund_source(source).amount) == (
            sum(q for f, q, _ in splits if f == source), sum(a for f, _, a in splits if f == source))
    assert (m.sales.sales, m.sales.collections, m.sales.refunds, m.sales.voids) == (1, 1, 1, 1)
    assert m.households == reporting.HouseholdFigures(households=1, visits=1, collections=1, goods_value=1600)
