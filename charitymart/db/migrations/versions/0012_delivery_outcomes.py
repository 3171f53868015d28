"""home deliveries: what became of each one (delivered, failed, retry, cancelled)

Revision ID: 0012
Revises: 0011

A new ledger table, `delivery_outcomes` (audit-chained like the other ledgers from its first
row). Sales and collections marked for home delivery before this revision have no outcome and
their fate was never recorded: rather than list months of old deliveries as still to be taken
out, or invent a "delivered" for them, the store remembers the newest sale that existed when
tracking began (`deliveries_tracked_after_sale_id` in `store.extra`, master data, not a ledger
row), and the list of open deliveries starts after it. Existing rows and their hashes are
untouched, so nothing needs re-anchoring in the audit chain.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TRACKED_AFTER = "deliveries_tracked_after_sale_id"
stores = sa.table("store", sa.column("id", sa.Integer), sa.column("extra", sa.Text))
sales = sa.table("sales", sa.column("id", sa.Integer))


def _set_tracked_after(bind, value) -> None:
    for store_id, extra in bind.execute(sa.select(stores.c.id, stores.c.extra)).all():
        try:
            data = json.loads(extra or "{}")
        except ValueError:
            data = {}
        data = data if isinstance(data, dict) else {}
        if value is None:
            data.pop(TRACKED_AFTER, None)
        else:
            data[TRACKED_AFTER] = value
        bind.execute(stores.update().where(stores.c.id == store_id)
                     .values(extra=json.dumps(data, ensure_ascii=False, sort_keys=True)))


def upgrade() -> None:
    op.create_table(
        "delivery_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sale_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("refund_sale_id", sa.Integer(), nullable=True),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sale_id"], ["sales.id"], name=op.f("fk_delivery_outcomes_sale_id_sales")),
        sa.ForeignKeyConstraint(["volunteer_id"], ["volunteers.id"],
                                name=op.f("fk_delivery_outcomes_volunteer_id_volunteers")),
        sa.ForeignKeyConstraint(["refund_sale_id"], ["sales.id"],
                                name=op.f("fk_delivery_outcomes_refund_sale_id_sales")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_delivery_outcomes_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_outcomes")),
    )
    op.create_index(op.f("ix_delivery_outcomes_sale_id"), "delivery_outcomes", ["sale_id"], unique=False)
    bind = op.get_bind()
    newest = bind.execute(sa.select(sa.func.max(sales.c.id))).scalar()
    if newest is not None:  # a new store (no sales yet) tracks every delivery
        _set_tracked_after(bind, newest)


def downgrade() -> None:
    _set_tracked_after(op.get_bind(), None)
    op.drop_index(op.f("ix_delivery_outcomes_sale_id"), table_name="delivery_outcomes")
    op.drop_table("delivery_outcomes")
