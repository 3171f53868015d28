"""Consignor settlement payments: what the shop paid a consignor for a month's sales."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

PAYMENT_METHODS = ("cash", "transfer")


class ConsignorPayment(Base):
    """One payment to a consignor for one month (money leaving the shop: a ledger row).

    The month's figures as they stood when paying are kept with it, so a later refund that
    changes the settlement does not silently change what this payment was for."""

    __tablename__ = "consignor_payments"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"), index=True)
    month: Mapped[str] = mapped_column(String(7))  # store-local "YYYY-MM" the payment settles
    sales_amount: Mapped[int] = mapped_column(Integer)  # fen, the month's sales when paid
    shop_share: Mapped[int] = mapped_column(Integer)
    owed: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)  # fen paid with this row
    method: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    paid_on: Mapped[date] = mapped_column(Date)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
