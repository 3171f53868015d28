"""stock movements summed per business month, kept by a trigger; voids indexed by date (issue 15)

Revision ID: 0013
Revises: 0012

- stock_month_totals (month, fund_source, quantity, value): every stock movement summed by the
  month of its business date and its lot's fund source (value = quantity * the lot's unit value).
  Stock at the end of a past month is then the sum of at most one row per month and source,
  instead of every movement on one side of the day (the month figures read 1.2 million movements
  for a month in the middle of five years). Filled here from the ledger; afterwards a trigger adds
  each new movement in the same transaction. The application never writes it. Lots' fund source
  and unit value never change and movements are only ever added (the ledger), so an insert
  trigger is all it needs; services.reporting.stock_totals compares it with the ledger.
  On PostgreSQL the trigger is deferred to the commit, so a till holds the month's row lock only
  while committing, not for the whole sale.
- ix_sale_voids_created_at: a period's voids without reading every void.
- ix_donations_created_at: corrections entered in a period (intakes dated earlier) without reading
  every earlier intake.
- ix_lots_expiring (expiry) WHERE on_hand > 0: the start page's expiring and expired
  lots by date range instead of every lot holding stock.

No ledger rows change: nothing for the audit chain.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

IN_STOCK = sa.text("on_hand > 0")
SQLITE_MONTH = "date({day}, 'start of month')"
POSTGRES_MONTH = "CAST(date_trunc('month', {day}) AS date)"

SQLITE_TRIGGER = f"""
CREATE TRIGGER stock_month_totals_add AFTER INSERT ON stock_movements
BEGIN
    INSERT OR IGNORE INTO stock_month_totals (month, fund_source, quantity, value)
        SELECT {SQLITE_MONTH.format(day="NEW.business_date")}, fund_source, 0, 0 FROM lots WHERE id = NEW.lot_id;
    UPDATE stock_month_totals
        SET quantity = quantity + NEW.quantity,
            value = value + NEW.quantity * (SELECT unit_value FROM lots WHERE id = NEW.lot_id)
        WHERE month = {SQLITE_MONTH.format(day="NEW.business_date")}
          AND fund_source = (SELECT fund_source FROM lots WHERE id = NEW.lot_id);
END
"""

POSTGRES_FUNCTION = f"""
CREATE FUNCTION stock_month_totals_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO stock_month_totals (month, fund_source, quantity, value)
        SELECT {POSTGRES_MONTH.format(day="NEW.business_date")}, lots.fund_source, NEW.quantity,
               NEW.quantity * lots.unit_value
        FROM lots WHERE lots.id = NEW.lot_id
    ON CONFLICT (month, fund_source) DO UPDATE
        SET quantity = stock_month_totals.quantity + EXCLUDED.quantity,
            value = stock_month_totals.value + EXCLUDED.value;
    RETURN NULL;
END
$$
"""

POSTGRES_TRIGGER = """
CREATE CONSTRAINT TRIGGER stock_month_totals_add AFTER INSERT ON stock_movements
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION stock_month_totals_add()
"""


def _backfill(month: str) -> str:
    return (f"INSERT INTO stock_month_totals (month, fund_source, quantity, value) "
            f"SELECT {month.format(day='m.business_date')}, l.fund_source, sum(m.quantity), "
            f"sum(m.quantity * l.unit_value) FROM stock_movements m JOIN lots l ON l.id = m.lot_id "
            f"GROUP BY {month.format(day='m.business_date')}, l.fund_source")


def upgrade() -> None:
    op.create_table(
        "stock_month_totals",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("fund_source", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("month", "fund_source"),
    )
    op.create_index("ix_sale_voids_created_at", "sale_voids", ["created_at"])
    op.create_index("ix_donations_created_at", "donations", ["created_at"])
    op.create_index("ix_lots_expiring", "lots", ["expiry"], sqlite_where=IN_STOCK, postgresql_where=IN_STOCK)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_backfill(SQLITE_MONTH))
        op.execute(SQLITE_TRIGGER)
    else:
        op.execute("LOCK TABLE stock_movements IN SHARE MODE")  # no movement between backfill and trigger
        op.execute(_backfill(POSTGRES_MONTH))
        op.execute(POSTGRES_FUNCTION)
        op.execute(POSTGRES_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS stock_month_totals_add" +
               ("" if op.get_bind().dialect.name == "sqlite" else " ON stock_movements"))
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS stock_month_totals_add()")
    op.drop_index("ix_lots_expiring", table_name="lots")
    op.drop_index("ix_donations_created_at", table_name="donations")
    op.drop_index("ix_sale_voids_created_at", table_name="sale_voids")
    op.drop_table("stock_month_totals")
