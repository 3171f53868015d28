"""Intake figures (donations, purchases, consignments), the public donor list and donor receipts.

Donation.received_on is already a store-local date, so months are plain date ranges here.

Corrections: once a month is published, an intake dated in it can only be entered as a
correction (Donation.correction_reason set). To keep the published month reproducible, such a
correction counts in its month only if it was entered before that month ended; one entered
later is listed (with the category of its reason and the figures it changed) in the report of
the month it was entered in.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    FUND_SOURCES,
    UNSPECIFIED_CATEGORY,
    Category,
    CorrectionCategory,
    Donation,
    DonationLine,
    DonationReceipt,
    Item,
    Party,
)
from charitymart.services.context import Actor, require_role
from charitymart.services.reporting.common import Period, in_range, month_period, unindexed

NAMED_KINDS = ("person", "organisation")  # donor kinds that may be named publicly, with consent


@dataclass(frozen=True)
class IntakeFigures:
    fund_source: str  # donated | purchased | consigned
    records: int  # intake records (donations) in the month
    goods_quantity: int
    goods_value: int  # sum of quantity * estimated unit value, fen
    weight_g: int
    cash_count: int  # cash donations (kind "cash")
    cash_total: int  # cash received on all records, fen


@dataclass(frozen=True)
class CategoryFigures:
    category: str  # "" for items without a category
    category_en: str
    quantity: int
    value: int
    weight_g: int


@dataclass(frozen=True)
class PublicDonor:
    """A donor who agreed to be named in public reports."""

    name: str
    donations: int
    total: int  # goods value + cash, fen


@dataclass(frozen=True)
class AnonymousDonors:
    """Everyone else, shown as one group (爱心人士): no names, no codes."""

    donors: int  # distinct donors; each donation without a donor record counts as one
    donations: int
    total: int


@dataclass(frozen=True)
class CorrectionNote:
    """An intake entered this month as a correction of an earlier (published) month.

    Public: the category of the reason (CORRECTION_CATEGORIES, or "unspecified" for one entered
    before categories existed) and the figures it changed; never the free-text reason, which
    may name a donor or a phone number."""

    donation_number: str
    received_on: date
    fund_source: str
    kind: str  # goods | cash
    category: str
    goods_quantity: int
    goods_value: int
    cash_amount: int


def _counted_in(period: Period) -> ColumnElement[bool]:
    """Intakes dated in the period, leaving out corrections entered after it ended."""
    return and_(
        Donation.received_on >= period.first,
        Donation.received_on <= period.last,
        or_(Donation.correction_reason == "", Donation.created_at < period.end_utc),
    )


def intake_figures(session: Session, period: Period) -> dict[str, IntakeFigures]:
    records = {
        source: (count, cash_count or 0, cash or 0)
        for source, count, cash_count, cash in session.execute(
            select(Donation.fund_source, func.count(),
                   func.sum(case((Donation.kind == "cash", 1), else_=0)), func.sum(Donation.cash_amount))
            .where(_counted_in(period)).group_by(Donation.fund_source)
        )
    }
    goods = {
        source: (quantity or 0, value or 0, weight or 0)
        for source, quantity, value, weight in session.execute(
            select(Donation.fund_source, func.sum(DonationLine.quantity),
                   func.sum(DonationLine.quantity * DonationLine.unit_value), func.sum(DonationLine.weight_g))
            .join(DonationLine, DonationLine.donation_id == Donation.id)
            .where(_counted_in(period)).group_by(Donation.fund_source)
        )
    }
    sources = list(FUND_SOURCES) + sorted(set(records) - set(FUND_SOURCES))
    return {
        s: IntakeFigures(s, records.get(s, (0, 0, 0))[0], *goods.get(s, (0, 0, 0)),
                         cash_count=records.get(s, (0, 0, 0))[1], cash_total=records.get(s, (0, 0, 0))[2])
        for s in sources
    }


def donated_by_category(session: Session, period: Period) -> tuple[CategoryFigures, ...]:
    rows = session.execute(
        select(Category.name, Category.name_en, func.sum(DonationLine.quantity),
               func.sum(DonationLine.quantity * DonationLine.unit_value), func.sum(DonationLine.weight_g))
        .select_from(Donation)
        .join(DonationLine, DonationLine.donation_id == Donation.id)
        .join(Item, Item.id == DonationLine.item_id)
        .outerjoin(Category, Category.id == Item.category_id)
        .where(_counted_in(period), Donation.fund_source == "donated")
        .group_by(Category.name, Category.name_en)
    )
    figures = [CategoryFigures(name or "", name_en or "", q or 0, v or 0, w or 0) for name, name_en, q, v, w in rows]
    return tuple(sorted(figures, key=lambda c: (-c.value, c.category)))


def donors(session: Session, period: Period) -> tuple[tuple[PublicDonor, ...], AnonymousDonors]:
    """Consenting named donors with their totals; every other donor only inside the group figures.

    Names are read only for donors who consented, so a non-consenting name is never loaded.
    """
    donated = and_(_counted_in(period), Donation.fund_source == "donated")
    per_party: dict[int | None, list[int]] = defaultdict(lambda: [0, 0])  # donations, total
    anonymous_records = 0
    party = unindexed(Donation.party_id)
    for party_id, count, cash in session.execute(
        select(party, func.count(), func.sum(Donation.cash_amount)).where(donated).group_by(party)
    ):
        per_party[party_id][0] += count
        per_party[party_id][1] += cash or 0
        if party_id is None:
            anonymous_records = count
    for party_id, value in session.execute(
        select(party, func.sum(DonationLine.quantity * DonationLine.unit_value))
        .join(DonationLine, DonationLine.donation_id == Donation.id).where(donated).group_by(party)
    ):
        per_party[party_id][1] += value or 0

    party_ids = [p for p in per_party if p is not None]
    named: dict[int, str] = {}
    for start in range(0, len(party_ids), 500):  # keep each IN list well under bind-parameter limits
        named.update(session.execute(
            select(Party.id, Party.name).where(
                Party.id.in_(party_ids[start:start + 500]), Party.public_name_ok.is_(True),
                Party.kind.in_(NAMED_KINDS))
        ).all())
    public = [PublicDonor(named[p], *per_party[p]) for p in named]
    others = [p for p in per_party if p not in named]
    group = AnonymousDonors(
        donors=sum(1 for p in others if p is not None) + anonymous_records,
        donations=sum(per_party[p][0] for p in others),
        total=sum(per_party[p][1] for p in others),
    )
    return tuple(sorted(public, key=lambda d: (-d.total, d.name))), group


def corrections_entered(session: Session, period: Period) -> tuple[CorrectionNote, ...]:
    """Corrections entered during the period for intakes dated before it (read through the
    entry-time index: the intake dates before the period reach back to the start of history)."""
    def per_line(amount):
        return (select(func.coalesce(func.sum(amount), 0)).where(DonationLine.donation_id == Donation.id)
                .correlate(Donation).scalar_subquery())

    category = func.coalesce(CorrectionCategory.category, UNSPECIFIED_CATEGORY)
    rows = session.execute(
        select(Donation.number, Donation.received_on, Donation.fund_source, Donation.kind, category,
               per_line(DonationLine.quantity), per_line(DonationLine.quantity * DonationLine.unit_value),
               Donation.cash_amount)
        .outerjoin(CorrectionCategory, and_(CorrectionCategory.table_name == Donation.__tablename__,
                                            CorrectionCategory.row_id == Donation.id))
        .where(Donation.correction_reason != "", unindexed(Donation.received_on) < period.first,
               in_range(Donation.created_at, period.start_utc, period.end_utc))
        .order_by(Donation.received_on, Donation.number)
    )
    return tuple(CorrectionNote(*row) for row in rows)


def correction_reasons(session: Session, period: Period) -> dict[str, str]:
    """Internal only (the legacy figures hash): the free-text reason of each correction listed."""
    return dict(session.execute(
        select(Donation.number, Donation.correction_reason)
        .where(Donation.correction_reason != "", unindexed(Donation.received_on) < period.first,
               in_range(Donation.created_at, period.start_utc, period.end_utc))
    ).all())


@dataclass(frozen=True)
class ReceiptLine:
    item_name: str
    item_name_en: str
    unit: str
    quantity: int
    unit_value: int  # estimated, fen
    value: int
    weight_g: int


@dataclass(frozen=True)
class OfficialReceipt:
    """A 公益事业捐赠票据 issued for the donation (code and number from the finance bureau's stock)."""

    code: str
    number: str
    issued_on: date | None


@dataclass(frozen=True)
class ReceiptDonation:
    number: str
    received_on: date
    kind: str  # goods | cash
    conditions: str
    lines: tuple[ReceiptLine, ...]
    official_receipts: tuple[OfficialReceipt, ...]
    goods_value: int
    cash_amount: int
    total: int
    weight_g: int


@dataclass(frozen=True)
class DonorReceipt:
    """One donor's monthly receipt: every donation received from them in the month."""

    party_code: str
    name: str
    kind: str
    first: date
    last: date
    donations: tuple[ReceiptDonation, ...]
    goods_value: int
    cash_amount: int
    total: int
    weight_g: int


def donor_receipts(session: Session, actor: Actor, year: int, month: int) -> tuple[DonorReceipt, ...]:
    """One receipt per donor with donated goods or cash received that month (ordered by donor code).

    Every donation dated in the month is listed, corrections included: a receipt is about what
    the donor gave, not about publication.
    """
    require_role(actor, "manager", "donor receipts name donors: they need a manager")
    period = month_period(session, year, month)
    in_month = and_(Donation.received_on >= period.first, Donation.received_on <= period.last,
                    Donation.fund_source == "donated", Donation.party_id.is_not(None))
    donations = session.execute(
        select(Donation.id, Donation.number, Donation.received_on, Donation.kind, Donation.conditions,
               Donation.cash_amount, Party.id, Party.code, Party.name, Party.kind)
        .join(Party, Party.id == Donation.party_id).where(in_month)
        .order_by(Party.code, Donation.received_on, Donation.number)
    ).all()
    lines: dict[int, list[ReceiptLine]] = defaultdict(list)
    for donation_id, name, name_en, unit, quantity, unit_value, weight in session.execute(
        select(DonationLine.donation_id, Item.name, Item.name_en, Item.unit, DonationLine.quantity,
               DonationLine.unit_value, DonationLine.weight_g)
        .join(Item, Item.id == DonationLine.item_id).join(Donation, Donation.id == DonationLine.donation_id)
        .where(in_month).order_by(DonationLine.id)
    ):
        lines[donation_id].append(ReceiptLine(name, name_en, unit, quantity, unit_value, quantity * unit_value, weight))
    official: dict[int, list[OfficialReceipt]] = defaultdict(list)
    for donation_id, code, number, issued_on in session.execute(
        select(DonationReceipt.donation_id, DonationReceipt.receipt_code, DonationReceipt.receipt_number,
               DonationReceipt.issued_on)
        .join(Donation, Donation.id == DonationReceipt.donation_id).where(in_month).order_by(DonationReceipt.id)
    ):
        official[donation_id].append(OfficialReceipt(code, number, issued_on))

    by_party: dict[int, list] = defaultdict(list)
    parties: dict[int, tuple[str, str, str]] = {}
    for d_id, number, received_on, kind, conditions, cash, p_id, p_code, p_name, p_kind in donations:
        goods = lines.get(d_id, [])
        goods_value = sum(line.value for line in goods)
        by_party[p_id].append(ReceiptDonation(
            number=number, received_on=received_on, kind=kind, conditions=conditions, lines=tuple(goods),
            official_receipts=tuple(official.get(d_id, ())), goods_value=goods_value, cash_amount=cash,
            total=goods_value + cash, weight_g=sum(line.weight_g for line in goods),
        ))
        parties[p_id] = (p_code, p_name, p_kind)
    return tuple(
        DonorReceipt(
            party_code=parties[p][0], name=parties[p][1], kind=parties[p][2], first=period.first,
            last=period.last, donations=tuple(ds), goods_value=sum(d.goods_value for d in ds),
            cash_amount=sum(d.cash_amount for d in ds), total=sum(d.total for d in ds),
            weight_g=sum(d.weight_g for d in ds),
        )
        for p, ds in by_party.items()
    )
