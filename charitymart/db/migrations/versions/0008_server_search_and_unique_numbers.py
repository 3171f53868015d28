"""several tills on one server: pg_trgm search indexes (PostgreSQL only); unique numbers in the database

Revision ID: 0008
Revises: 0005 (re-chained when the branches are merged)

Written by hand.
- PostgreSQL: GIN trigram indexes (pg_trgm) on items.search_text, pinyin, initials, name and
  lower(name_en). services.stock.search's portable LIKE queries ('%term%', 'term%') are then
  index lookups, the server's counterpart of SQLite's FTS5 table (migration 0002). A server
  without the pg_trgm extension (contrib not installed) gets no index: search still works,
  by scanning.
- Every backend: a sale's (till, year, sequence) is unique, and a 捐赠票据 (code, number) is
  recorded once. Both were only checked in code; with several tills on one server the
  database is what stops two counters from writing the same number.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TRIGRAM_INDEXES = {
    "ix_items_search_text_trgm": "search_text",
    "ix_items_pinyin_trgm": "pinyin",
    "ix_items_initials_trgm": "initials",
    "ix_items_name_trgm": "name",
    "ix_items_name_en_lower_trgm": "(lower(name_en))",
}
UNIQUE_INDEXES = {
    "ux_sales_till_year_seq": ("sales", ["till_id", "receipt_year", "receipt_seq"]),
    "ux_donation_receipts_code_number": ("donation_receipts", ["receipt_code", "receipt_number"]),
}


def _has_pg_trgm(bind) -> bool:
    available = bind.execute(sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")).scalar()
    return available is not None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql" and _has_pg_trgm(bind):
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, expression in TRIGRAM_INDEXES.items():
            op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON items USING gin ({expression} gin_trgm_ops)")
    # Unique indexes rather than table constraints: SQLite adds them without rebuilding the
    # table (a rebuild of `sales` would have to drop a table every ledger row points at).
    for name, (table, columns) in UNIQUE_INDEXES.items():
        op.create_index(name, table, columns, unique=True)


def downgrade() -> None:
    for name, (table, _) in UNIQUE_INDEXES.items():
        op.drop_index(name, table_name=table)
    if op.get_bind().dialect.name == "postgresql":
        for name in TRIGRAM_INDEXES:
            op.execute(f"DROP INDEX IF EXISTS {name}")
