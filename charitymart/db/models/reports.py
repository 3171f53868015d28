"""Month publication (公示), corrections of published months, the volunteer-certificate register."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class PublishedMonth(Base):
    """A month's transparency report as published: publishing closes the month.

    `chain_head` is the audit chain's head when it was published (printed on the report, so an
    auditor can run `charitymart verify --head`); `figures_hash` the sha256 of the figures'
    canonical content (services.reporting.closing.figures_hash); `stock_snapshot` the month-end stock by
    fund source as JSON, so regenerating an old month never sums years of stock movements.
    """

    __tablename__ = "published_months"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    chain_head: Mapped[str] = mapped_column(String(64))
    figures_hash: Mapped[str] = mapped_column(String(64))
    stock_snapshot: Mapped[str] = mapped_column(Text)
    published_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("year", "month"),)


class Correction(Base):
    """A change dated in a published month, entered later with its reason.

    Points at the ledger row that is the correction (a work entry or a work decision; intakes
    keep their reason in Donation.correction_reason). The published month's figures leave it
    out; the report of the month it was entered in lists it with its reason.
    """

    __tablename__ = "corrections"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    dated: Mapped[date] = mapped_column(Date)  # the (closed) day the corrected row is dated on
    reason: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)

    __table_args__ = (UniqueConstraint("table_name", "row_id"),)


# The public category of a correction's reason (the 公示 prints it; the free text stays internal).
CORRECTION_CATEGORIES = ("entry_error", "duplicate", "wrong_quantity", "wrong_value", "donor_withdrew",
                         "late_entry", "other")
UNSPECIFIED_CATEGORY = "unspecified"  # corrections entered before categories existed (revision 0007)


class CorrectionCategory(Base):
    """The category of a correction, chosen from CORRECTION_CATEGORIES.

    A row of its own (rather than a new column) so the rows written before it existed keep
    their audited hashes: a donation entered as a correction (table "donations") or a
    Correction row (table "corrections") with no category row is shown as unspecified.
    """

    __tablename__ = "correction_categories"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("table_name", "row_id"),)


class CertificateIssue(Base):
    """The numbered register of 志愿服务证明: gapless per year, one row per certificate printed."""

    __tablename__ = "certificate_register"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    credited_minutes: Mapped[int] = mapped_column(Integer)
    full_id_printed: Mapped[bool] = mapped_column(Boolean)
    issued_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    issued_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("year", "seq"),)
