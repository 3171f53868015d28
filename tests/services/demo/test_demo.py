"""The demo store (`charitymart demo`): built through the services, it passes `verify`, holds
every kind of record the app shows, and is the same for the same seed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select
from stdnum import ean
from stdnum.cn import ric

from charitymart.db.models import (
    PARTY_KINDS,
    AuditEvent,
    Barcode,
    Beneficiary,
    BeneficiaryCategory,
    DeliveryOutcome,
    DonationLine,
    DonationReceipt,
    Lot,
    Party,
    Sale,
    ShiftClose,
    Tender,
    Volunteer,
    WorkDecision,
    WorkEntry,
)
from charitymart.services import clock
from charitymart.services.context import get_store
from charitymart.services.demo.build import build_demo
from charitymart.services.errors import ValidationError
from charitymart.services.people import identity_vault
from charitymart.services.sales import shifts
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify
from charitymart.services.users.session import login_at_till
from tests.conftest import START

TODAY = date(2026, 3, 10)  # conftest freezes the clock at 10:00 Shanghai time on this day


@pytest.fixture
def demo_store(tmp_path):
    handle = open_store(tmp_path / "demo.sqlite")
    yield handle
    handle.close()


def _count(s, model, *conditions) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*conditions))


def test_demo_store_is_complete_and_passes_verify(demo_store):
    summary = build_demo(demo_store.sessions, days=10)
    assert clock.now() == START  # the clock is given back as it was

    assert (summary.first_day, summary.last_day, summary.days) == (date(2026, 3, 1), TODAY, 10)
    assert summary.items >= 60 and summary.households >= 20 and summary.volunteers >= 8
    assert summary.sales > 50 and summary.collections and summary.refunds and summary.voids
    assert summary.refused <= summary.sales // 20
    assert summary.summary_line().startswith(f"demo store built: {summary.items} items, {summary.sales:,} sales "
                                             "over 10 days; log in with PIN 1234 (admin)")
    with demo_store.sessions() as s:
        report = verify(s)
        assert report.ok, report.problems
        assert {kind for (kind,) in s.execute(select(Party.kind).distinct())} == set(PARTY_KINDS)
        assert _count(s, Party, Party.kind == "person", Party.public_name_ok) > 0
        assert _count(s, Party, Party.kind == "person", Party.public_name_ok.is_(False)) > 0
        assert _count(s, Party, Party.kind == "consignor", Party.shop_share_bp > 0) > 0
        categories = s.scalar(select(func.count(func.distinct(BeneficiaryCategory.name)))
                              .join(Beneficiary, Beneficiary.category_id == BeneficiaryCategory.id))
        assert categories >= 3
        assert {p for (p,) in s.execute(select(Beneficiary.period).distinct())} >= {"month", "quarter"}
        assert _count(s, Beneficiary, Beneficiary.visit_limit.is_not(None)) and _count(s, Beneficiary,
                                                                                      Beneficiary.carry_over)

        # Every barcode is a valid EAN-13: Chinese prefixes, and in-store codes for unlabelled gifts.
        codes = list(s.scalars(select(Barcode.code)))
        assert all(len(code) == 13 and ean.is_valid(code) for code in codes)
        assert any(code[:3] in ("690", "692") for code in codes) and any(code[0] == "2" for code in codes)
        # Identity numbers are sealed; opened with the store's key they are valid resident IDs.
        uuid = get_store(s).uuid
        numbers = [identity_vault.unseal(uuid, c) for c in s.scalars(select(Beneficiary.id_cipher))]
        numbers += [identity_vault.unseal(uuid, c) for c in s.scalars(select(Volunteer.id_cipher))]
        assert len(numbers) == summary.households + summary.volunteers and all(map(ric.is_valid, numbers))

        # Intake: food with expiry dates, weights, 捐赠票据; purchased and consigned lots.
        assert _count(s, DonationLine, DonationLine.expiry.is_not(None)) and _count(s, DonationLine,
                                                                                    DonationLine.weight_g > 0)
        assert _count(s, DonationReceipt) > 0
        assert {f for (f,) in s.execute(select(Lot.fund_source).distinct())} == {"donated", "purchased", "consigned"}

        # The counter: every tender, split payments, deliveries, closed shifts, approved hours.
        assert {k for (k,) in s.execute(select(Tender.kind).distinct())} == {"cash", "mobile", "card", "allowance",
                                                                            "points"}
        split = select(Tender.sale_id).group_by(Tender.sale_id).having(func.count() > 1)
        assert s.execute(split).first() is not None
        assert _count(s, Sale, Sale.kind == "collection", Sale.delivery) > 0
        # Deliveries: the older ones delivered (some after a failed try), the last two days' still out.
        last_day = max(clock.local_date(at, "Asia/Shanghai") for (at,) in s.execute(select(Sale.created_at)))
        for sale_id, at in s.execute(select(Sale.id, Sale.created_at).where(Sale.delivery)):
            steps = list(s.scalars(select(DeliveryOutcome.status).where(DeliveryOutcome.sale_id == sale_id)
                                   .order_by(DeliveryOutcome.id)))
            recent = clock.local_date(at, "Asia/Shanghai") >= last_day - timedelta(days=1)
            assert steps == [] if recent else steps in (["delivered"], ["failed", "retry", "delivered"]), steps
        assert _count(s, ShiftClose) == 9  # today's shift is left open for the counter
        assert shifts.current_shift(s, 1) is not None
        assert _count(s, WorkDecision, WorkDecision.decision == "approved") > 0
        manual_approved = (select(func.count()).select_from(WorkDecision)
                           .join(WorkEntry, WorkEntry.id == WorkDecision.entry_id)
                           .where(WorkEntry.source == "manual", WorkDecision.decision == "approved"))
        assert s.scalar(manual_approved) > 0
        assert _count(s, WorkDecision, WorkDecision.decision == "rejected") == 1

        # The last sale is today, before now; nothing is dated after now.
        last_sale = s.scalar(select(func.max(Sale.created_at)))
        assert clock.local_date(last_sale, "Asia/Shanghai") == TODAY
        assert s.scalar(select(func.max(AuditEvent.created_at))) <= START
    assert login_at_till(demo_store.sessions, "T1", "3001").role == "cashier"


def test_same_seed_gives_the_same_store_and_a_full_store_is_refused(tmp_path):
    summaries = []
    for name in ("a", "b"):
        handle = open_store(tmp_path / f"{name}.sqlite")
        summaries.append(build_demo(handle.sessions, days=4, seed=7, end=date(2026, 3, 8)))
        with handle.sessions() as s:
            assert verify(s).ok
            assert shifts.current_shift(s, 1) is None  # a demo ending in the past closes its last shift
        if name == "b":
            with pytest.raises(ValidationError):
                build_demo(handle.sessions, days=4)
        handle.close()
    first, second = summaries
    assert first.counts() == second.counts()
    assert first.last_day == date(2026, 3, 8) and not first.shift_left_open
    assert clock.now() == START
    with pytest.raises(ValidationError):
        build_demo(None, end=date(2026, 3, 11))  # can't end in the future
