"""consignor payments: a month's settlement paid to a consignor

Revision ID: 0005
Revises: 0003 (re-chained after 0004 when the branches are merged)
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consignor_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("party_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("sales_amount", sa.Integer(), nullable=False),
        sa.Column("shop_share", sa.Integer(), nullable=False),
        sa.Column("owed", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name=op.f("fk_consignor_payments_party_id_parties")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_consignor_payments_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consignor_payments")),
    )
    with op.batch_alter_table("consignor_payments") as batch:
        batch.create_index(batch.f("ix_consignor_payments_party_id"), ["party_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("consignor_payments") as batch:
        batch.drop_index(batch.f("ix_consignor_payments_party_id"))
    op.drop_table("consignor_payments")
