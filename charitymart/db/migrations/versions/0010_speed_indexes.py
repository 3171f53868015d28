"""indexes that keep the start page and the month figures from reading the whole history (issue 15)

Revision ID: 0010
Revises: 0009

- ix_lots_in_stock: partial covering index on the lots still holding stock; the start page's
  below-reorder and expired-on-shelf figures read it instead of every lot row.
- ix_items_reorder: covering index for below-reorder (level, active, name), no item rows read.

Indexes only: no data changes, nothing for the audit chain.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

IN_STOCK = sa.text("on_hand > 0")


def upgrade() -> None:
    op.create_index("ix_lots_in_stock", "lots", ["item_id", "expiry", "on_hand"],
                    sqlite_where=IN_STOCK, postgresql_where=IN_STOCK)
    op.create_index("ix_items_reorder", "items", ["reorder_level", "active", "name"])


def downgrade() -> None:
    op.drop_index("ix_items_reorder", table_name="items")
    op.drop_index("ix_lots_in_stock", table_name="lots")
