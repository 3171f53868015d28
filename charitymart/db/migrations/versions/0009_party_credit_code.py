"""parties.credit_code: a donor's 统一社会信用代码, for the finance bureau's e-receipt export

Revision ID: 0009
Revises: 0007 (re-chained after the merge of trust-public; was 0005)
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("parties") as batch:
        batch.add_column(sa.Column("credit_code", sa.String(length=30), nullable=False, server_default=""))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite >= 3.35): a batch copy would drop and recreate `parties`, which
    # other tables' foreign keys point at, and fails with the keys enforced.
    if op.get_bind().dialect.name == "sqlite":
        op.drop_column("parties", "credit_code")
        return
    with op.batch_alter_table("parties") as batch:
        batch.drop_column("credit_code")
