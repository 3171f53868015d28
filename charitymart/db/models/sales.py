"""Shifts, sales (including collections and refunds), lines, lots taken, tenders, voids."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

SALE_KINDS = ("sale", "collection", "refund")
TENDER_KINDS = ("cash", "mobile", "card", "allowance", "points")


class Shift(Base):
    __tablename__ = "shifts"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    till_id: Mapped[int] = mapped_column(ForeignKey("tills.id"), index=True)
    opened_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    opening_float: Mapped[int] = mapped_column(Integer)


class ShiftClose(Base):
    """The counted close of a shift with its expected cash, variance and Z totals."""

    __tablename__ = "shift_closes"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), unique=True)
    closed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime] = mapped_column(DateTime)
    expected_cash: Mapped[int] = mapped_column(Integer)
    counted_cash: Mapped[int] = mapped_column(Integer)
    variance: Mapped[int] = mapped_column(Integer)
    denominations: Mapped[str] = mapped_column(Text, default="{}")  # JSON {"10000": 3, ...}
    z_totals: Mapped[str] = mapped_column(Text, default="{}")  # JSON, see services.sales.shifts


class CashMovement(Base):
    """Cash put into (in) or taken out of (out) the drawer during a shift, with a reason."""

    __tablename__ = "cash_movements"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))
    amount: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class DrawerOpening(Base):
    __tablename__ = "drawer_openings"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    reason: Mapped[str] = mapped_column(String(20))  # sale | refund | no_sale | cash_movement
    sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Sale(Base):
    """A committed sale, free collection or refund, numbered gaplessly per till and year."""

    __tablename__ = "sales"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    receipt_number: Mapped[str] = mapped_column(String(30), unique=True)
    till_id: Mapped[int] = mapped_column(ForeignKey("tills.id"))
    receipt_year: Mapped[int] = mapped_column(Integer)
    receipt_seq: Mapped[int] = mapped_column(Integer)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id"), index=True)
    cashier_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    total: Mapped[int] = mapped_column(Integer)
    refund_of_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True, index=True)
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiaries.id"), nullable=True, index=True)
    delivery: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")

    # Two tills on one server must never write the same number (migration 0008).
    __table_args__ = (Index("ux_sales_till_year_seq", "till_id", "receipt_year", "receipt_seq", unique=True),)


class SaleLine(Base):
    __tablename__ = "sale_lines"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)  # negative on a refund
    unit_price: Mapped[int] = mapped_column(Integer)
    regular_price: Mapped[int] = mapped_column(Integer)
    price_approved_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    line_total: Mapped[int] = mapped_column(Integer)
    allowance_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    refund_of_line_id: Mapped[int | None] = mapped_column(ForeignKey("sale_lines.id"), nullable=True)
    restock: Mapped[bool] = mapped_column(Boolean, default=True)  # refunds: back to lot or written off


class SaleLineLot(Base):
    """Which lots a line took (or gave back), with the share of the line's money and its fund source."""

    __tablename__ = "sale_line_lots"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_line_id: Mapped[int] = mapped_column(ForeignKey("sale_lines.id"), index=True)
    # Not indexed: no query looks these rows up by lot, and every sale paid a page per line for it (0015).
    lot_id: Mapped[int] = mapped_column(ForeignKey("lots.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    amount: Mapped[int] = mapped_column(Integer)
    fund_source: Mapped[str] = mapped_column(String(20))


class Tender(Base):
    """A payment toward a sale. `amount` is what it pays of the total; for cash, received - change."""

    __tablename__ = "tenders"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    amount: Mapped[int] = mapped_column(Integer)
    received: Mapped[int] = mapped_column(Integer, default=0)
    change: Mapped[int] = mapped_column(Integer, default=0)
    reference: Mapped[str] = mapped_column(String(100), default="")
    beneficiary_id: Mapped[int | None] = mapped_column(ForeignKey("beneficiaries.id"), nullable=True)
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"), nullable=True)
    points_x100: Mapped[int] = mapped_column(Integer, default=0)


class RemovedLine(Base):
    """A line taken out of an unpaid basket: recorded, because deleted lines are a classic leak."""

    __tablename__ = "removed_lines"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    till_id: Mapped[int] = mapped_column(ForeignKey("tills.id"))
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), nullable=True, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SaleVoid(Base):
    __tablename__ = "sale_voids"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    approved_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)  # a period's voids (issue 15)


class ParkedBasket(Base):
    """An unpaid basket kept in the database: the till's open basket (saved as it changes, so a
    crash or power cut loses nothing) or one held with F9 for later. Not a ledger: it is
    working state, deleted in the same transaction as the sale that pays it."""

    __tablename__ = "parked_baskets"

    id: Mapped[int] = mapped_column(primary_key=True)
    till_id: Mapped[int] = mapped_column(ForeignKey("tills.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # open | held
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    label: Mapped[str] = mapped_column(String(100), default="")
    content: Mapped[str] = mapped_column(Text)  # JSON of domain.basket.Basket.to_dict() plus context
    updated_at: Mapped[datetime] = mapped_column(DateTime)


DELIVERY_STATUSES = ("delivered", "failed", "retry", "cancelled")


class DeliveryOutcome(Base):
    """What became of a home delivery (a sale or collection with `delivery` set), one row per step:
    delivered, failed (with the reason), retry (out again after a failure) or cancelled (the goods
    and the money or allowance came back through a refund, `refund_sale_id`). The delivery's
    current status is its newest outcome; none yet means it is still to be delivered. The address
    is never copied here: it stays with the household, where it can be erased."""

    __tablename__ = "delivery_outcomes"
    __ledger__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    sale_id: Mapped[int] = mapped_column(ForeignKey("sales.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(String(200), default="")
    volunteer_id: Mapped[int | None] = mapped_column(ForeignKey("volunteers.id"), nullable=True)
    refund_sale_id: Mapped[int | None] = mapped_column(ForeignKey("sales.id"), nullable=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SalesMoneyDay(Base):
    """Derived, never written by the application: the money tenders (not allowance or points) of
    the sales made on one UTC day, less those of the sales voided on it. Database triggers add
    every new tender and void (migration 0016), so the money received before a month is a sum of
    one row per day instead of every tender in history (issue 15). Not part of the ledger: a store
    move rebuilds it from the copied ledger; services.reporting.money_totals checks it."""

    __tablename__ = "sales_money_days"
    __table_args__ = {"info": {"derived": True}}

    day: Mapped[date] = mapped_column(Date, primary_key=True)  # UTC
    amount: Mapped[int] = mapped_column(BigInteger, default=0)  # fen
