"""The store, its tills and users."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

ROLES = ("cashier", "manager", "admin")


class Store(Base):
    """One row: the store's settings."""

    __tablename__ = "store"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(400), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    language: Mapped[str] = mapped_column(String(10), default="zh_CN")
    hour_unit_minutes: Mapped[int] = mapped_column(Integer, default=30)
    daily_cap_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    timebank_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    points_per_hour_x100: Mapped[int] = mapped_column(Integer, default=100)
    point_value_fen: Mapped[int] = mapped_column(Integer, default=100)
    expiry_warning_days: Mapped[int] = mapped_column(Integer, default=14)
    receipt_output: Mapped[str] = mapped_column(String(20), default="pdf")
    receipt_paper: Mapped[str] = mapped_column(String(10), default="80mm")
    receipt_folder: Mapped[str] = mapped_column(String(500), default="")
    cash_drawer: Mapped[str] = mapped_column(String(20), default="none")
    backup_folder: Mapped[str] = mapped_column(String(500), default="")
    backup_keep: Mapped[int] = mapped_column(Integer, default=14)
    pin_pepper: Mapped[str] = mapped_column(String(64))
    next_in_store_code: Mapped[int] = mapped_column(Integer, default=1)
    closed_through: Mapped[date | None] = mapped_column(Date, nullable=True)
    extra: Mapped[str] = mapped_column(Text, default="{}")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Till(Base):
    __tablename__ = "tills"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(20))
    # Keyed HMAC of the PIN: finds the user, enforces uniqueness of PINs in the store.
    pin_lookup: Mapped[str] = mapped_column(String(64), unique=True)
    # Slow salted hash (scrypt) of the PIN, checked after the lookup.
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ReceiptCounter(Base):
    """Cache of the last receipt number per till and year; `verify` checks it."""

    __tablename__ = "receipt_counters"

    id: Mapped[int] = mapped_column(primary_key=True)
    till_id: Mapped[int] = mapped_column(ForeignKey("tills.id"))
    year: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("till_id", "year"),)
