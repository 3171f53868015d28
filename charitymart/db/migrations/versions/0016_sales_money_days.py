"""money received from sales summed per UTC day, kept by triggers (issue 15.3)

Revision ID: 0016
Revises: 0015

- sales_money_days (day, amount): the money tenders (not allowance or points) of the sales made
  on each UTC day, less those of the sales voided on it. The spending section's balance carried
  forward needs every sale's money before the month: it then sums one row per day before the
  month's first UTC midnight plus the few hours between that midnight and the month's local
  start, instead of every tender in the store's history (52-94 ms at full scale, growing by the
  month). Filled here from the ledger; afterwards a trigger on tenders and one on sale_voids add
  each new row in its transaction. The application never writes it; services.reporting.
  money_totals compares it with the ledger and rebuilds it. UTC days, not local ones: a trigger
  knows no time zone, and any local month's start is a UTC instant on some UTC day.
- On PostgreSQL both triggers are deferred to the commit, like stock_month_totals' (a till holds
  the day's row lock only while committing).

No ledger rows change: nothing for the audit chain.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

GIVEN = "('allowance', 'points')"  # services.reporting.flows.GIVEN_KINDS: value given, not money
SQLITE_DAY = "date({at})"
POSTGRES_DAY = "CAST({at} AS date)"

SQLITE_TRIGGERS = (f"""
CREATE TRIGGER sales_money_days_tender AFTER INSERT ON tenders
WHEN NEW.kind NOT IN {GIVEN}
BEGIN
    INSERT OR IGNORE INTO sales_money_days (day, amount)
        SELECT date(created_at), 0 FROM sales WHERE id = NEW.sale_id;
    UPDATE sales_money_days SET amount = amount + NEW.amount
        WHERE day = (SELECT date(created_at) FROM sales WHERE id = NEW.sale_id);
END
""", f"""
CREATE TRIGGER sales_money_days_void AFTER INSERT ON sale_voids
BEGIN
    INSERT OR IGNORE INTO sales_money_days (day, amount) VALUES (date(NEW.created_at), 0);
    UPDATE sales_money_days
        SET amount = amount - (SELECT coalesce(sum(amount), 0) FROM tenders
                               WHERE sale_id = NEW.sale_id AND kind NOT IN {GIVEN})
        WHERE day = date(NEW.created_at);
END
""")

POSTGRES_FUNCTIONS = (f"""
CREATE FUNCTION sales_money_days_tender() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind NOT IN {GIVEN} THEN
        INSERT INTO sales_money_days (day, amount)
            SELECT CAST(sales.created_at AS date), NEW.amount FROM sales WHERE sales.id = NEW.sale_id
        ON CONFLICT (day) DO UPDATE SET amount = sales_money_days.amount + EXCLUDED.amount;
    END IF;
    RETURN NULL;
END
$$
""", f"""
CREATE FUNCTION sales_money_days_void() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO sales_money_days (day, amount)
        SELECT CAST(NEW.created_at AS date), -coalesce(sum(tenders.amount), 0) FROM tenders
        WHERE tenders.sale_id = NEW.sale_id AND tenders.kind NOT IN {GIVEN}
    ON CONFLICT (day) DO UPDATE SET amount = sales_money_days.amount + EXCLUDED.amount;
    RETURN NULL;
END
$$
""")

POSTGRES_TRIGGERS = ("""
CREATE CONSTRAINT TRIGGER sales_money_days_tender AFTER INSERT ON tenders
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sales_money_days_tender()
""", """
CREATE CONSTRAINT TRIGGER sales_money_days_void AFTER INSERT ON sale_voids
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sales_money_days_void()
""")


def backfill(day: str) -> str:
    """The table from the ledger: what sales_money_days holds (also benchmarks/storegen_run.py)."""
    made, voided = day.format(at="s.created_at"), day.format(at="v.created_at")
    return (
        "INSERT INTO sales_money_days (day, amount) SELECT day, sum(amount) FROM ("
        f"SELECT {made} AS day, t.amount AS amount FROM tenders t JOIN sales s ON s.id = t.sale_id "
        f"WHERE t.kind NOT IN {GIVEN} "
        f"UNION ALL SELECT {voided} AS day, -t.amount AS amount FROM sale_voids v "
        f"JOIN tenders t ON t.sale_id = v.sale_id WHERE t.kind NOT IN {GIVEN}"
        ") AS money GROUP BY day")


def upgrade() -> None:
    op.create_table(
        "sales_money_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day"),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute(backfill(SQLITE_DAY))
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
    else:
        op.execute("LOCK TABLE tenders, sale_voids IN SHARE MODE")  # nothing between backfill and triggers
        op.execute(backfill(POSTGRES_DAY))
        for statement in POSTGRES_FUNCTIONS + POSTGRES_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, trigger in (("tenders", "sales_money_days_tender"), ("sale_voids", "sales_money_days_void")):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}" + ("" if sqlite else f" ON {table}"))
        if not sqlite:
            op.execute(f"DROP FUNCTION IF EXISTS {trigger}()")
    op.drop_table("sales_money_days")
