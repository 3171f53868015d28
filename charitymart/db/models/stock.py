"""Donations and other intakes, stock lots, the stock-movement ledger, adjustments, stocktakes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

FUND_SOURCES = ("donated", "purchased", "consigned")
MOVEMENT_KINDS = ("intake", "sale", "void", "refund", "adjustment")
ADJUSTMENT_REASONS = ("damaged", "expired", "lost", "transferred", "found", "stocktake", "refund_damaged")


class Donation(Base):
    """An intake: donated goods or cash, or purchased or consigned goods (by fund source)."""

    __tablename__ = "donations"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    fund_source: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(10))  # goods | cash
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True, index=True)
    received_on: Mapped[date] = mapped_column(Date, index=True)
    cash_amount: Mapped[int] = mapped_column(Integer, default=0)
    conditions: Mapped[str] = mapped_column(Text, default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # corrections entered in a period
    correction_reason: Mapped[str] = mapped_column(Text, default="")


class DonationLine(Base):
    __tablename__ = "donation_lines"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    donation_id: Mapped[int] = mapped_column(ForeignKey("donations.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_value: Mapped[int] = mapped_column(Integer)
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    condition: Mapped[str] = mapped_column(String(40), default="")
    expiry: Mapped[date | None] = mapped_column(Date, nullable=True)


class DonationReceipt(Base):
    """The 公益事业捐赠票据 code and number issued for a donation (recorded when issued)."""

    __tablename__ = "donation_receipts"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    donation_id: Mapped[int] = mapped_column(ForeignKey("donations.id"), index=True)
    receipt_code: Mapped[str] = mapped_column(String(40))
    receipt_number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    # A paper 捐赠票据 is recorded once (migration 0008; intake also says so in words).
    __table_args__ = (Index("ux_donation_receipts_code_number", "receipt_code", "receipt_number", unique=True),)


class Lot(Base):
    __tablename__ = "lots"
    __ledger__ = True
    __audit_exclude__ = frozenset({"on_hand"})

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    fund_source: Mapped[str] = mapped_column(String(20))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"), nullable=True)
    donation_line_id: Mapped[int | None] = mapped_column(ForeignKey("donation_lines.id"), nullable=True)
    received_on: Mapped[date] = mapped_column(Date)
    expiry: Mapped[date | None] = mapped_column(Date, nullable=True)
    unit_value: Mapped[int] = mapped_column(Integer, default=0)
    weight_g: Mapped[int] = mapped_column(Integer, default=0)
    quantity_received: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Cache: the sum of this lot's stock movements.
    on_hand: Mapped[int] = mapped_column(Integer, default=0)

    # Stock value by fund source (the month's 公示, reporting_stock.stock_by_fund_source) reads
    # only this index instead of every lot row: 130 ms -> 40 ms on 375,000 lots (docs/benchmarks.md).
    # The start page's reorder and expired-on-shelf figures read only lots holding stock, and
    # only from this partial covering index (stock.below_reorder; issue 15).
    # The start page's expiring and expired-on-shelf lists and counts read lots holding stock by
    # expiry date (ix_lots_expiring, migration 0013) instead of every lot holding stock.
    __table_args__ = (Index("ix_lots_fund_source_stock", "fund_source", "on_hand", "unit_value"),
                      Index("ix_lots_in_stock", "item_id", "expiry", "on_hand",
                            sqlite_where=text("on_hand > 0"), postgresql_where=text("on_hand > 0")),
                      # expiry only: a sale changing a lot's on_hand leaves this index's key alone
                      Index("ix_lots_expiring", "expiry",
                            sqlite_where=text("on_hand > 0"), postgresql_where=text("on_hand > 0")))


class StockAdjustment(Base):
    __tablename__ = "stock_adjustments"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    reason: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    stocktake_id: Mapped[int | None] = mapped_column(ForeignKey("stocktakes.id"), nullable=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class StockMovement(Base):
    __tablename__ = "stock_movements"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    # Not indexed: no query looks these rows up by lot, and every sale paid a page per line for it (0015).
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # The store-local day the stock changed on, which every as-of figure reads (created_at is only
    # when it was typed in): an intake's day received, a stocktake's day counted, else the day
    # entered (sales, voids, refunds, write-offs). A change to a published month is dated the day
    # it is entered, like every correction (services.stock.dates).
    business_date: Mapped[date] = mapped_column(Date, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    sale_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"), nullable=True)
    adjustment_id: Mapped[int | None] = mapped_column(ForeignKey("stock_adjustments.id"), nullable=True)


class StockMonthTotal(Base):
    """Derived, never written by the application: the stock movements of one business month and
    fund source summed (units, and units * the lot's estimated unit value). A database trigger adds
    every new movement (migration 0013), so stock at a month's end is a sum of at most one row per
    month and source instead of years of movements (issue 15). Not part of the ledger: a store move
    rebuilds it from the copied ledger and services.reporting.stock_totals checks it."""

    __tablename__ = "stock_month_totals"
    __table_args__ = {"info": {"derived": True}}

    month: Mapped[date] = mapped_column(Date, primary_key=True)  # the month's first day
    fund_source: Mapped[str] = mapped_column(String(20), primary_key=True)
    quantity: Mapped[int] = mapped_column(BigInteger, default=0)
    value: Mapped[int] = mapped_column(BigInteger, default=0)  # fen


class Stocktake(Base):
    """Working record of a count; posting it writes adjustments (the ledger)."""

    __tablename__ = "stocktakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    note: Mapped[str] = mapped_column(Text, default="")
    started_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    posted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class StocktakeCount(Base):
    __tablename__ = "stocktake_counts"

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"), index=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    counted: Mapped[int] = mapped_column(Integer)
    counted_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")
