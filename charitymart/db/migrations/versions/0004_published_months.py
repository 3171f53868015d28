"""published months (公示) close a month; corrections of closed months; the certificate register

Revision ID: 0004
Revises: 0003

New tables only: no covered table changes its columns, so no audit rows need re-anchoring.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "published_months",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("chain_head", sa.String(length=64), nullable=False),
        sa.Column("figures_hash", sa.String(length=64), nullable=False),
        sa.Column("stock_snapshot", sa.Text(), nullable=False),
        sa.Column("published_by", sa.Integer(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["published_by"], ["users.id"], name=op.f("fk_published_months_published_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_months")),
        sa.UniqueConstraint("year", "month", name=op.f("uq_published_months_year_month")),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_corrections_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
        sa.UniqueConstraint("table_name", "row_id", name=op.f("uq_corrections_table_name_row_id")),
    )
    with op.batch_alter_table("corrections") as batch:
        batch.create_index(batch.f("ix_corrections_created_at"), ["created_at"], unique=False)
    op.create_table(
        "certificate_register",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("credited_minutes", sa.Integer(), nullable=False),
        sa.Column("full_id_printed", sa.Boolean(), nullable=False),
        sa.Column("issued_by", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["issued_by"], ["users.id"], name=op.f("fk_certificate_register_issued_by_users")),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteers.id"],
                                name=op.f("fk_certificate_register_volunteer_id_volunteers")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_register")),
        sa.UniqueConstraint("number", name=op.f("uq_certificate_register_number")),
        sa.UniqueConstraint("year", "seq", name=op.f("uq_certificate_register_year_seq")),
    )
    with op.batch_alter_table("certificate_register") as batch:
        batch.create_index(batch.f("ix_certificate_register_volunteer_id"), ["volunteer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("certificate_register") as batch:
        batch.drop_index(batch.f("ix_certificate_register_volunteer_id"))
    op.drop_table("certificate_register")
    with op.batch_alter_table("corrections") as batch:
        batch.drop_index(batch.f("ix_corrections_created_at"))
    op.drop_table("corrections")
    op.drop_table("published_months")
