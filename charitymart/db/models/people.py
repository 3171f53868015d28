"""Beneficiary households and their allowance ledger; volunteers, hours and the time bank."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class BeneficiaryCategory(Base):
    __tablename__ = "beneficiary_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    name_en: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class IdentityColumns:
    """Identity number kept encrypted, with a keyed hash for duplicates and a masked form to show."""

    id_type: Mapped[str] = mapped_column(String(30), default="resident_id")
    id_cipher: Mapped[str] = mapped_column(Text, default="")
    id_hmac: Mapped[str] = mapped_column(String(64), default="", index=True)
    id_masked: Mapped[str] = mapped_column(String(40), default="")


class Beneficiary(IdentityColumns, Base):
    """A registered household (受助家庭). Personal data: not a ledger table, so it can be erased."""

    __tablename__ = "beneficiaries"

    id: Mapped[int] = mapped_column(primary_key=True)
    card_number: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    category_id: Mapped[int] = mapped_column(ForeignKey("beneficiary_categories.id"))
    household_size: Mapped[int] = mapped_column(Integer, default=1)
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    allowance_amount: Mapped[int] = mapped_column(Integer)
    period: Mapped[str] = mapped_column(String(12))
    carry_over: Mapped[bool] = mapped_column(Boolean, default=False)
    visit_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    valid_until: Mapped[date] = mapped_column(Date)
    registered_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AllowanceEntry(Base):
    """Allowance ledger: grant (+), use (-), refund/void credit (+), per calendar period."""

    __tablename__ = "allowance_entries"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("beneficiaries.id"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(12))  # grant | use | refund | void
    amount: Mapped[int] = mapped_column(Integer)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")


class Volunteer(IdentityColumns, Base):
    __tablename__ = "volunteers"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    phone: Mapped[str] = mapped_column(String(50), default="")
    joined_on: Mapped[date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ClockEvent(Base):
    __tablename__ = "clock_events"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(4))  # in | out
    till_id: Mapped[int | None] = mapped_column(ForeignKey("tills.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class WorkEntry(Base):
    """Time worked: from the counter clock (source clock) or entered later (source manual)."""

    __tablename__ = "work_entries"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    source: Mapped[str] = mapped_column(String(10))
    work_date: Mapped[date] = mapped_column(Date, index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime] = mapped_column(DateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    entered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class WorkDecision(Base):
    """Approval (with the minutes credited after rounding and cap) or rejection of a work entry."""

    __tablename__ = "work_decisions"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("work_entries.id"), unique=True)
    decision: Mapped[str] = mapped_column(String(10))  # approved | rejected
    credited_minutes: Mapped[int] = mapped_column(Integer, default=0)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")


class TimebankEntry(Base):
    """Time-bank ledger in hundredths of a point: earn (+), spend (-), refund/void credit (+)."""

    __tablename__ = "timebank_entries"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    volunteer_id: Mapped[int] = mapped_column(ForeignKey("volunteers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    points_x100: Mapped[int] = mapped_column(Integer)
    work_entry_id: Mapped[int | None] = mapped_column(ForeignKey("work_entries.id"), nullable=True)
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")


class IdentityAccess(Base):
    """Who saw or decrypted which person's details, when, and why (PIPL Art. 51)."""

    __tablename__ = "identity_access"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_table: Mapped[str] = mapped_column(String(30))
    subject_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # view | decrypt | erase
    purpose: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
