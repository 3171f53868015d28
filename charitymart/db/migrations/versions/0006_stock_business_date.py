"""stock movements carry their business date (the day the stock changed), indexed for as-of queries

Revision ID: 0006
Revises: 0005

Until 0005 every as-of stock figure summed movements by created_at, the moment they were typed
in, so goods received in March and entered in April were missing from March's stock (issue 12).

Backfill, for each movement from its source (services/stock/dates.py states the rule):
- every movement first gets the store-local day it was entered (sales, voids, refunds,
  write-offs, found stock are dated that way);
- an intake gets its lot's day received, a stocktake adjustment the day its item was counted,
  unless that day was closed when the movement was entered (on or before the end of a month
  published by then): a closed month never changes, so such a change stays on the day it was
  entered (as the services do now).

stock_movements is a ledger table covered by the audit chain, and the new column changes every
row's canonical content, so the upgrade appends events that re-anchor the rows (one per batch).
Only a row whose content before the upgrade still matched its newest recorded hash is
re-anchored: an edited, inserted or deleted row is still reported by `verify` afterwards.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

from charitymart.domain.canonical import GENESIS_HASH, event_hash, row_hash

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

BATCH = 5000  # movements re-anchored per audit event
KEYS_PER_QUERY = 900  # bound parameters per IN list (SQLite's old limit is 999)

movements = sa.table(
    "stock_movements",
    sa.column("id", sa.Integer), sa.column("lot_id", sa.Integer), sa.column("item_id", sa.Integer),
    sa.column("kind", sa.String), sa.column("quantity", sa.Integer), sa.column("created_at", sa.DateTime),
    sa.column("business_date", sa.Date), sa.column("user_id", sa.Integer), sa.column("sale_line_id", sa.Integer),
    sa.column("adjustment_id", sa.Integer),
)
BEFORE = ("id", "lot_id", "item_id", "kind", "quantity", "created_at", "user_id", "sale_line_id", "adjustment_id")
AFTER = (*BEFORE, "business_date")
lots = sa.table("lots", sa.column("id", sa.Integer), sa.column("received_on", sa.Date))
adjustments = sa.table("stock_adjustments", sa.column("id", sa.Integer), sa.column("reason", sa.String),
                       sa.column("stocktake_id", sa.Integer))
counts = sa.table("stocktake_counts", sa.column("stocktake_id", sa.Integer), sa.column("item_id", sa.Integer),
                  sa.column("counted_at", sa.DateTime))
published = sa.table("published_months", sa.column("first_day", sa.Date), sa.column("last_day", sa.Date),
                     sa.column("published_at", sa.DateTime))
store = sa.table("store", sa.column("id", sa.Integer), sa.column("timezone", sa.String))
events = sa.table("audit_events", sa.column("seq", sa.Integer), sa.column("created_at", sa.DateTime),
                  sa.column("user_id", sa.Integer), sa.column("action", sa.String), sa.column("prev_hash", sa.String),
                  sa.column("hash", sa.String))
audit_rows = sa.table("audit_rows", sa.column("event_seq", sa.Integer), sa.column("position", sa.Integer),
                      sa.column("table_name", sa.String), sa.column("row_key", sa.String),
                      sa.column("row_hash", sa.String))


def _utc_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, zone).astimezone(timezone.utc).replace(tzinfo=None)
    end = datetime.combine(day + timedelta(days=1), time.min, zone).astimezone(timezone.utc).replace(tzinfo=None)
    return start, end


def _local_day(at_utc: datetime, zone: ZoneInfo) -> date:
    return at_utc.replace(tzinfo=timezone.utc).astimezone(zone).date()


def _date_by_entry_day(bind, zone: ZoneInfo) -> None:
    """Every movement: the store-local day it was entered. One UPDATE per day, on the created_at index."""
    first, last = bind.execute(sa.select(sa.func.min(movements.c.created_at),
                                         sa.func.max(movements.c.created_at))).one()
    if first is None:
        return
    day, last_day = _local_day(first, zone), _local_day(last, zone)
    while day <= last_day:
        start, end = _utc_bounds(day, zone)
        bind.execute(movements.update().where(movements.c.created_at >= start, movements.c.created_at < end)
                     .values(business_date=day))
        day += timedelta(days=1)


def _closed_when_entered(day_column, entered_column):
    """The day was closed when the movement was entered: on or before the last day of a month
    published by then (publishing closes everything up to that month's end, store.closed_through)."""
    return sa.exists().where(published.c.last_day >= day_column,
                             published.c.published_at <= entered_column).correlate(movements)


def _date_intakes_by_day_received(bind) -> None:
    received = (sa.select(lots.c.received_on).where(lots.c.id == movements.c.lot_id)
                .correlate(movements).scalar_subquery())
    bind.execute(
        movements.update()
        .where(movements.c.kind == "intake", ~_closed_when_entered(received, movements.c.created_at))
        .values(business_date=received)
    )


def _date_stocktakes_by_day_counted(bind, zone: ZoneInfo) -> None:
    rows = bind.execute(
        sa.select(movements.c.id, movements.c.created_at, counts.c.counted_at)
        .join(adjustments, adjustments.c.id == movements.c.adjustment_id)
        .join(counts, sa.and_(counts.c.stocktake_id == adjustments.c.stocktake_id,
                              counts.c.item_id == movements.c.item_id))
        .where(movements.c.kind == "adjustment", adjustments.c.reason == "stocktake")
    ).all()
    closed = bind.execute(sa.select(published.c.last_day, published.c.published_at)).all()
    for movement_id, entered, counted_at in rows:
        day = _local_day(counted_at, zone)
        if any(day <= last and at <= entered for last, at in closed):
            continue  # counted in a month closed before the posting: stays on the posting day
        bind.execute(movements.update().where(movements.c.id == movement_id).values(business_date=day))


def _newest_hashes(bind, keys: list[str]) -> dict[str, str]:
    newest: dict[str, str] = {}
    for i in range(0, len(keys), KEYS_PER_QUERY):
        for key, digest in bind.execute(
            sa.select(audit_rows.c.row_key, audit_rows.c.row_hash)
            .where(audit_rows.c.table_name == "stock_movements", audit_rows.c.row_key.in_(keys[i:i + KEYS_PER_QUERY]),
                   audit_rows.c.row_hash.is_not(None))
            .order_by(audit_rows.c.event_seq)
        ):
            newest[key] = digest
    return newest


def reanchor(bind, before: tuple[str, ...], after: tuple[str, ...], action: str) -> int:
    """Append audit events recording each movement's hash over the `after` columns, for every
    movement whose content over the `before` columns matches its newest recorded hash. Returns
    the number of rows re-anchored."""
    head = bind.execute(sa.select(events.c.seq, events.c.hash).order_by(events.c.seq.desc()).limit(1)).first()
    seq, prev = (head.seq, head.hash) if head is not None else (0, GENESIS_HASH)
    at = datetime.now(timezone.utc).replace(tzinfo=None)
    columns = [movements.c[name] for name in sorted(set(before) | set(after))]
    last_id, anchored = 0, 0
    while True:
        batch = bind.execute(sa.select(*columns).where(movements.c.id > last_id).order_by(movements.c.id)
                             .limit(BATCH)).mappings().all()
        if not batch:
            return anchored
        last_id = batch[-1]["id"]
        recorded = _newest_hashes(bind, [str(row["id"]) for row in batch])
        entries = [("stock_movements", str(row["id"]), row_hash({name: row[name] for name in after}))
                   for row in batch
                   if recorded.get(str(row["id"])) == row_hash({name: row[name] for name in before})]
        if not entries:
            continue
        seq += 1
        digest = event_hash(seq, at, None, action, entries, prev)
        bind.execute(events.insert().values(seq=seq, created_at=at, user_id=None, action=action, prev_hash=prev,
                                            hash=digest))
        bind.execute(audit_rows.insert(), [
            {"event_seq": seq, "position": i, "table_name": t, "row_key": k, "row_hash": h}
            for i, (t, k, h) in enumerate(entries)
        ])
        prev, anchored = digest, anchored + len(entries)


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column("stock_movements", sa.Column("business_date", sa.Date(), nullable=True))
    zone = ZoneInfo(bind.execute(sa.select(store.c.timezone).where(store.c.id == 1)).scalar() or "Asia/Shanghai")
    _date_by_entry_day(bind, zone)
    _date_intakes_by_day_received(bind)
    _date_stocktakes_by_day_counted(bind, zone)
    with warnings.catch_warnings():
        # SQLite rebuilds the table to make the column NOT NULL; reflecting the tables it refers to
        # meets the items table's expression index (0002), which SQLAlchemy can't reflect: harmless.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        with op.batch_alter_table("stock_movements") as batch:
            batch.alter_column("business_date", existing_type=sa.Date(), nullable=False)
            batch.create_index(batch.f("ix_stock_movements_business_date"), ["business_date"], unique=False)
    reanchor(bind, BEFORE, AFTER, "migration.stock_business_date")


def downgrade() -> None:
    bind = op.get_bind()
    reanchor(bind, AFTER, BEFORE, "migration.stock_business_date.undo")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        with op.batch_alter_table("stock_movements") as batch:
            batch.drop_index(batch.f("ix_stock_movements_business_date"))
            batch.drop_column("business_date")
