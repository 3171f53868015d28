"""the audit chain's head in one row, so several tills append to the chain in one statement (issue 14)

Revision ID: 0017
Revises: 0016

- audit_chain_head (id = 1, seq, prev_hash, hash): the chain's last event, or seq 0 and the
  genesis hash before the first. On PostgreSQL `services.audit.record` appends an event with one
  statement that updates this row (the row lock makes tills take turns, and a till that waited
  reads the head its predecessor committed) and inserts the event and its rows from it. Before,
  a till locked the store row, read the last event and inserted the new one: three round trips
  during which every other till waited, and the tills' commit times rose with their number.
- On SQLite a trigger copies each new event into the row (the file has one writer at a time, and
  the chain is appended as before); the row is then right for `migrate-to` and for `verify`,
  which compares it with the last event.

No ledger rows change: nothing for the audit chain.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

GENESIS_HASH = "0" * 64  # domain.canonical.GENESIS_HASH, copied: a migration does not change with the code

FILL = f"""
INSERT INTO audit_chain_head (id, seq, prev_hash, hash)
SELECT 1, coalesce(max(seq), 0),
       coalesce((SELECT prev_hash FROM audit_events ORDER BY seq DESC LIMIT 1), '{GENESIS_HASH}'),
       coalesce((SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1), '{GENESIS_HASH}')
FROM audit_events
"""

SQLITE_TRIGGER = """
CREATE TRIGGER audit_chain_head_follow AFTER INSERT ON audit_events
BEGIN
    UPDATE audit_chain_head SET seq = NEW.seq, prev_hash = NEW.prev_hash, hash = NEW.hash
        WHERE id = 1 AND NEW.seq > seq;
END
"""


def upgrade() -> None:
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    if op.get_bind().dialect.name != "sqlite":
        op.execute("LOCK TABLE audit_events IN SHARE MODE")  # no event between the fill and the first append
    op.execute(FILL)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SQLITE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_chain_head_follow")
    op.drop_table("audit_chain_head")
