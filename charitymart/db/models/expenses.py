"""Money spent: the back office's expenses ledger (rent, utilities, aid to households, ...)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

# Categories real 慈善超市 books use; the 公示 prints spending by these, never payee or description.
EXPENSE_CATEGORIES = ("rent", "utilities", "staff", "transport", "purchase", "aid", "office", "other")
# What paid: the two kinds of money the shop receives (fund separation, 分别核算): cash donations
# (Donation.cash_amount of donated intakes) and money received from sales (money tenders).
EXPENSE_FUNDS = ("donations", "sales")


class Expense(Base):
    """One payment, or the reversal of one (a negative amount pointing at it with a reason).

    Append-only like every ledger: a wrong entry is reversed, never edited. `spent_on` is the
    business date; an expense can't be dated in a published month, and a reversal takes the
    original's date while that month is open, else the day it is entered."""

    __tablename__ = "expenses"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[date] = mapped_column(Date, index=True)
    category: Mapped[str] = mapped_column(String(20))
    amount: Mapped[int] = mapped_column(Integer)  # fen; > 0, a reversal's is the negative of the original's
    fund_source: Mapped[str] = mapped_column(String(20))
    payee: Mapped[str] = mapped_column(String(100), default="")  # internal: never on a public paper
    description: Mapped[str] = mapped_column(Text, default="")  # internal
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("expenses.id"), nullable=True, unique=True)
    reason: Mapped[str] = mapped_column(Text, default="")  # a reversal's reason (internal)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
