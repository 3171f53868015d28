"""parked baskets: the till's open basket survives a crash; held baskets

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parked_baskets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("till_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["till_id"], ["tills.id"], name=op.f("fk_parked_baskets_till_id_tills")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_parked_baskets_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parked_baskets")),
    )
    with op.batch_alter_table("parked_baskets") as batch:
        batch.create_index(batch.f("ix_parked_baskets_till_id"), ["till_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("parked_baskets") as batch:
        batch.drop_index(batch.f("ix_parked_baskets_till_id"))
    op.drop_table("parked_baskets")
