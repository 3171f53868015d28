"""The sales money carried forward into a month, from the per-day totals (migration 0016), equals
the signed sale events from the first sale, on the sample store (refunds, voids), at month starts
and at instants in the middle of a UTC day; the totals agree with the ledger and are rebuilt."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select, text

from charitymart.db.models import Sale, SalesMoneyDay, SaleVoid
from charitymart.services import clock
from charitymart.services.reporting import money_totals
from charitymart.services.reporting.common import Period, month_period
from charitymart.services.reporting.spending import spending_figures
from tests.conftest import START
from tests.support.documents import demo, demo_copy, demo_db  # noqa: F401


def test_the_day_totals_agree_with_the_sale_events(demo):  # noqa: F811
    clock.set_now(START)
    with demo.readers() as s:
        assert s.scalar(select(func.count()).select_from(SaleVoid)) > 0
        assert s.scalar(select(func.count()).where(Sale.kind == "refund")) > 0
        assert money_totals.check(s) == []
        assert s.scalar(select(func.count()).select_from(SalesMoneyDay)) > 0
        first_sale = s.scalar(select(func.min(Sale.created_at)))
        instants = [month_period(s, 2026, month).start_utc for month in (1, 2, 3, 4)]
        instants += [first_sale + timedelta(hours=h, minutes=7) for h in range(0, 24 * 40, 29)]
        for instant in instants:  # before the first sale, inside it, between UTC midnights, after the last
            period = month_period(s, 2026, 3)
            reference = money_totals.sales_money(s, Period(period.first, period.first, datetime(1970, 1, 1), instant,
                                               period.timezone))
            assert money_totals.sales_money_before(s, instant) == reference, instant
        february, march = (spending_figures(s, month_period(s, 2026, m)) for m in (2, 3))
        assert march.fund("sales").opening == february.fund("sales").closing


def test_check_finds_a_day_that_disagrees_and_rebuild_mends_it(demo_copy):  # noqa: F811
    demo = demo_copy
    with demo.sessions.begin() as s:
        day = s.scalar(select(func.min(SalesMoneyDay.day)))
        s.execute(text("UPDATE sales_money_days SET amount = amount + 5 WHERE day = :day"), {"day": day})
    with demo.readers() as s:
        [wrong] = money_totals.check(s)
        assert wrong.day == day and wrong.stored == wrong.ledger + 5
    with demo.sessions.begin() as s:
        money_totals.rebuild(s)
    with demo.readers() as s:
        assert money_totals.check(s) == []
