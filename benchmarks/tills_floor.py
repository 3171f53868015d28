"""The floor under `tills.py`: a sale's statements sent by raw psycopg, without the application.

    .venv/bin/python benchmarks/tills_floor.py --pg-url "$(tools/pg_test_cluster.sh start)" [--lock store]

Each of N processes (default 8) rings up baskets flat out against one server, as `tills.py` does,
but sends the statements a 3-line cash sale makes (shift, store, items, the lots FOR NO KEY UPDATE,
the receipt counter, the sale, its lines, lot rows, stock movements, lot updates, tender, drawer
opening, the audit event and its rows, COMMIT) with no SQLAlchemy and no service code. Three scans
(three reads each) come before each basket, outside the timed transaction.

What it tells: the commit time the design allows on this machine when the client costs nearly
nothing. `--lock head` (default) appends to the audit chain the way `services.audit` does now (one
statement on the head row, migration 0017: the application's own statement); `--lock store` the
way it did before (lock the store row, read the last event, insert it). The events are chained
and hashed as the application does, but the rows they name carry no real hashes: the database is
a throwaway (`cm_floor_<pid>`, dropped afterwards) and is not verified.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import psycopg  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.dialects import postgresql  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

import tills  # noqa: E402
from charitymart.domain.canonical import event_hash, event_text_parts  # noqa: E402
from charitymart.services import audit  # noqa: E402

# The application's own append (services.audit), as psycopg receives it from SQLAlchemy.
APPEND_ON_HEAD = str(audit.APPEND_ON_SERVER.compile(dialect=postgresql.psycopg.dialect()))


def _append_on_head(conn, at, user, positions) -> None:
    before_prev, before_seq, after_seq = event_text_parts(at, user, "sale.complete", [])
    conn.execute(APPEND_ON_HEAD, {"before_prev": before_prev, "before_seq": before_seq, "after_seq": after_seq,
                                  "created_at": at, "user_id": user, "action": "sale.complete",
                                  "positions": positions, "table_names": ["sales"] * len(positions),
                                  "row_keys": ["x"] * len(positions), "row_hashes": [None] * len(positions)})


def _append_after_store_lock(conn, at, user, positions) -> None:
    conn.execute("SELECT id FROM store WHERE id = 1 FOR UPDATE")
    seq, prev = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    digest = event_hash(seq + 1, at, user, "sale.complete", [], prev)
    conn.execute("WITH e AS (INSERT INTO audit_events (seq, created_at, user_id, action, prev_hash, hash) "
                 "VALUES (%(seq)s, %(at)s, %(user)s, 'sale.complete', %(prev)s, %(hash)s)) "
                 "INSERT INTO audit_rows (event_seq, position, table_name, row_key, row_hash) "
                 "SELECT %(seq)s, p, 'sales', 'x', NULL FROM unnest(CAST(%(positions)s AS integer[])) AS p",
                 {"seq": seq + 1, "at": at, "user": user, "prev": prev, "hash": digest, "positions": positions})
    conn.execute("UPDATE audit_chain_head SET seq = %s, prev_hash = %s, hash = %s WHERE id = 1",
                 (seq + 1, prev, digest))  # keep the head row true for the other mode


def run_till(dsn: str, till_code: str, baskets: int, seed: int, lock: str, barrier) -> list[float]:
    rng = random.Random(seed)
    with psycopg.connect(dsn) as conn:
        till_id, shift_id, user_id = conn.execute(
            "SELECT t.id, s.id, s.opened_by FROM tills t JOIN shifts s ON s.till_id = t.id WHERE t.code = %s",
            (till_code,)).fetchone()
        lots = [row[0] for row in conn.execute("SELECT id FROM lots WHERE on_hand > 1000")]
        conn.commit()
        times = []
        barrier.wait()
        for _ in range(baskets):
            chosen = sorted(rng.sample(lots, 3))
            for lot in chosen:  # the scans, outside the timed transaction
                conn.execute("SELECT * FROM items WHERE id = (SELECT item_id FROM lots WHERE id = %s)", (lot,)).fetchone()
                conn.execute("SELECT * FROM store WHERE id = 1").fetchone()
                conn.execute("SELECT coalesce(sum(on_hand), 0) FROM lots WHERE id = %s AND on_hand > 0", (lot,)).fetchone()
            conn.commit()
            started = time.perf_counter()
            with conn.transaction():
                now = datetime.utcnow()
                conn.execute("SELECT * FROM shifts WHERE till_id = %s AND id NOT IN (SELECT shift_id FROM shift_closes) "
                             "ORDER BY id DESC LIMIT 1", (till_id,)).fetchone()
                conn.execute("SELECT * FROM store WHERE id = 1").fetchone()
                conn.execute("SELECT * FROM items WHERE id IN (SELECT item_id FROM lots WHERE id = ANY(%s))", (chosen,)).fetchall()
                taken = conn.execute("SELECT id, item_id, fund_source FROM lots WHERE id = ANY(%s) AND on_hand > 0 "
                                     "ORDER BY id FOR NO KEY UPDATE", (chosen,)).fetchall()
                number = conn.execute("UPDATE receipt_counters SET last_number = last_number + 1 WHERE till_id = %s "
                                      "AND year = %s RETURNING last_number", (till_id, now.year)).fetchone()[0]
                sale = conn.execute(
                    "INSERT INTO sales (kind, receipt_number, till_id, receipt_year, receipt_seq, shift_id, cashier_id, "
                    "created_at, total, delivery, note) VALUES ('sale', %s, %s, %s, %s, %s, %s, %s, 300, false, '') "
                    "RETURNING id", (f"{till_code}-{now.year}-{number:06d}F", till_id, now.year, number, shift_id,
                                      user_id, now)).fetchone()[0]
                line_ids = [row[0] for row in conn.execute(
                    "INSERT INTO sale_lines (sale_id, line_no, item_id, quantity, unit_price, regular_price, line_total, "
                    "allowance_ok, restock) SELECT %s, n, item, 1, 100, 100, 100, true, true FROM unnest(%s::int[], "
                    "%s::int[]) AS u(n, item) RETURNING id", (sale, list(range(1, len(taken) + 1)),
                                                              [t[1] for t in taken])).fetchall()]
                cur = conn.cursor()
                cur.executemany("INSERT INTO sale_line_lots (sale_line_id, lot_id, quantity, amount, fund_source) "
                                "VALUES (%s, %s, 1, 100, %s)", [(line, t[0], t[2]) for line, t in zip(line_ids, taken)])
                cur.executemany("UPDATE lots SET on_hand = on_hand - 1 WHERE id = %s", [(t[0],) for t in taken])
                cur.executemany("INSERT INTO stock_movements (lot_id, item_id, kind, quantity, created_at, business_date, "
                                "user_id, sale_line_id) VALUES (%s, %s, 'sale', -1, %s, %s, %s, %s)",
                                [(t[0], t[1], now, now.date(), user_id, line) for line, t in zip(line_ids, taken)])
                conn.execute("INSERT INTO tenders (sale_id, kind, amount, received, change, reference, points_x100) "
                             "VALUES (%s, 'cash', 300, 300, 0, '', 0)", (sale,))
                conn.execute("INSERT INTO drawer_openings (shift_id, reason, sale_id, user_id, created_at) "
                             "VALUES (%s, 'sale', %s, %s, %s)", (shift_id, sale, user_id, now))
                positions = list(range(1 + 3 * len(taken) + 2))
                append = _append_on_head if lock == "head" else _append_after_store_lock
                append(conn, now, user_id, positions)
            times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pg-url", default=os.environ.get("CHARITYMART_TEST_PG_URL"), required=False)
    parser.add_argument("--tills", type=int, default=8)
    parser.add_argument("--baskets", type=int, default=1000)
    parser.add_argument("--lock", choices=["head", "store"], default="head")
    args = parser.parse_args()
    if not args.pg_url:
        parser.error("needs --pg-url or $CHARITYMART_TEST_PG_URL (tools/pg_test_cluster.sh start)")
    os.environ.setdefault("CHARITYMART_HOME", f"/tmp/charitymart-floor-{os.getpid()}")
    server = make_url(args.pg_url)
    name = f"cm_floor_{os.getpid()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = server.set(database=name).render_as_string(hide_password=False)
        tills.build_store(url, args.tills)
        _open_shifts(url, args.tills)
        dsn = server.set(database=name, drivername="postgresql").render_as_string(hide_password=False)
        context = multiprocessing.get_context("spawn")
        barrier = context.Manager().Barrier(args.tills)
        started = time.perf_counter()
        with context.Pool(args.tills) as pool:
            results = pool.starmap(run_till, [(dsn, f"T{n + 1}", args.baskets, n, args.lock, barrier)
                                              for n in range(args.tills)])
        elapsed = time.perf_counter() - started
        times = sorted(ms for r in results for ms in r)
        print(f"raw psycopg, audit append after {args.lock} lock: {args.tills} tills x {args.baskets} baskets in "
              f"{elapsed:.0f} s ({len(times) / elapsed:.0f} sales/s); load average {os.getloadavg()[0]:.1f}")
        print(f"commit ms p50 {tills.percentile(times, 50):.1f}  p95 {tills.percentile(times, 95):.1f}  "
              f"p99 {tills.percentile(times, 99):.1f}")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


def _open_shifts(url: str, count: int) -> None:
    """A shift and a receipt counter on each till, through the application."""
    from charitymart.services.sales import shifts
    from charitymart.services.store.setup import open_store
    from charitymart.services.users.session import login_at_till

    handle = open_store(url, migrate_schema=False)
    for n in range(count):
        actor = login_at_till(handle.sessions, f"T{n + 1}", tills.PIN)
        with handle.sessions.begin() as s:
            shifts.open_shift(s, actor, 0)
    year = datetime.utcnow().year
    with handle.engine.begin() as conn:
        conn.execute(text("INSERT INTO receipt_counters (till_id, year, last_number) SELECT id, :year, 0 FROM tills"),
                     {"year": year})
    handle.close()


if __name__ == "__main__":
    raise SystemExit(main())
