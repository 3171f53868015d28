"""correction categories: the public category of each correction's reason

Revision ID: 0007
Revises: 0005 (re-chained when the branches are merged)

A new table only: existing corrections keep their audited rows and hashes, and without a
category row they are shown as "unspecified" (other, not recorded) in the public report.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "correction_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_correction_categories")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq_correction_categories_table_name_row_id")),
    )


def downgrade() -> None:
    op.drop_table("correction_categories")
