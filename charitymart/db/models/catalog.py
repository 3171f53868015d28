"""Categories, items, barcodes and parties (donors, suppliers, consignors)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base

PARTY_KINDS = ("person", "organisation", "anonymous", "supplier", "consignor")
DONOR_KINDS = ("person", "organisation", "anonymous")


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    name_en: Mapped[str] = mapped_column(String(100), default="")
    default_price: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Item(Base):
    __tablename__ = "items"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Indexed for prefix search ("大米" finds 大米 5kg before 东北大米); see services.stock.search.
    name: Mapped[str] = mapped_column(String(200), index=True)
    name_en: Mapped[str] = mapped_column(String(200), default="")
    pinyin: Mapped[str] = mapped_column(String(400), default="", index=True)
    initials: Mapped[str] = mapped_column(String(100), default="", index=True)
    # Lower-cased name, English name, pinyin and initials: what a typed search matches.
    search_text: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), nullable=True)
    unit: Mapped[str] = mapped_column(String(20), default="")
    price: Mapped[int] = mapped_column(Integer)
    allowance_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    reorder_level: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    barcodes: Mapped[list["Barcode"]] = relationship(back_populates="item", order_by="Barcode.id")
    category: Mapped[Category | None] = relationship()

    # stock.below_reorder reads the items with a reorder level from this index alone (no item rows).
    __table_args__ = (Index("ix_items_reorder", "reorder_level", "active", "name"),)


class Barcode(Base):
    __tablename__ = "barcodes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)

    item: Mapped[Item] = relationship(back_populates="barcodes")


class Party(Base):
    """Donors (person, organisation, anonymous), suppliers and consignors share one register."""

    __tablename__ = "parties"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(50), default="")
    # An organisation's 统一社会信用代码 ("" unknown): the finance bureau's e-receipt asks for the payer's.
    credit_code: Mapped[str] = mapped_column(String(30), default="", server_default="")
    public_name_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    # Consignors: the shop's agreed share of each sale, in basis points (1500 = 15 %).
    shop_share_bp: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
