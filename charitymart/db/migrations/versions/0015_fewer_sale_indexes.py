"""drop the two lot_id indexes no query uses: fewer pages written per sale (issue 15.1)

Revision ID: 0015
Revises: 0013

A 20-line sale writes about 183 pages to SQLite's WAL on the scale-0.1 store: every index whose
key depends on the lot or item of a line gets one more random page per line. Two of them serve
no query: `stock_movements.lot_id` and `sale_line_lots.lot_id` (the reports join these rows to
`lots` by the lot's primary key, and even mark the columns `unindexed` so the planner does not
drive from them; verify groups all movements by lot, a full read either way; lots are never
deleted, so the foreign keys need no index). Dropping them: 183 -> 140 pages per sale.

Indexes only: no data changes, nothing for the audit chain.
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_stock_movements_lot_id", table_name="stock_movements")
    op.drop_index("ix_sale_line_lots_lot_id", table_name="sale_line_lots")


def downgrade() -> None:
    op.create_index("ix_sale_line_lots_lot_id", "sale_line_lots", ["lot_id"])
    op.create_index("ix_stock_movements_lot_id", "stock_movements", ["lot_id"])
