"""The sales money carried forward into a month, both ways it is summed (the few sales before an
early month joined directly; for a late month every tender less those since and those voided
before), equals the signed sale events from the first sale, on the sample store (refunds, voids)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from charitymart.db.models import Sale, SaleVoid
from charitymart.services import clock
from charitymart.services.reporting.common import Period, month_period
from charitymart.services.reporting.spending import _sales_money, _sales_money_before, spending_figures
from tests.conftest import START
from tests.support.documents import demo, demo_db  # noqa: F401


def test_both_ways_agree_with_the_sale_events(demo):  # noqa: F811
    clock.set_now(START)
    with demo.readers() as s:
        assert s.scalar(select(func.count()).select_from(SaleVoid)) > 0
        assert s.scalar(select(func.count()).where(Sale.kind == "refund")) > 0
        for month in (1, 2, 3, 4):  # before the first sale, early (joined), late (complement), after the last
            period = month_period(s, 2026, month)
            everything_before = Period(period.first, period.first, datetime(1970, 1, 1), period.start_utc,
                                       period.timezone)
            assert _sales_money_before(s, period) == _sales_money(s, everything_before), month
        february, march = (spending_figures(s, month_period(s, 2026, m)) for m in (2, 3))
        assert march.fund("sales").opening == february.fund("sales").closing
