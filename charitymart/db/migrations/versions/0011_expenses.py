"""expenses: money spent by category and fund source, for the 公示's spending and balance (issue 16)

Revision ID: 0011
Revises: 0010

A new ledger table; no rows yet, so nothing for the audit chain to re-anchor.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "expenses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("fund_source", sa.String(length=20), nullable=False),
        sa.Column("payee", sa.String(length=100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["reverses_id"], ["expenses.id"], name=op.f("fk_expenses_reverses_id_expenses")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_expenses_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expenses")),
        sa.UniqueConstraint("reverses_id", name=op.f("uq_expenses_reverses_id")),
    )
    op.create_index(op.f("ix_expenses_spent_on"), "expenses", ["spent_on"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_expenses_spent_on"), table_name="expenses")
    op.drop_table("expenses")
