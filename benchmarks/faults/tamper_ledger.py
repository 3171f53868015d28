"""Fault campaign (c): single random edits, deletes and inserts in every ledger table, the audit
tables and the caches verify checks, each on a fresh copy of a demo store; `verify` must find
every one (and name it) and raise no false alarm on the untouched copy.

    python benchmarks/faults/tamper_ledger.py --per-table 100 --seed 1
    python benchmarks/faults/tamper_ledger.py --quick

The tamperer works as someone with the database file and an SQLite browser would: plain
sqlite3, foreign keys off, one statement. An edit that leaves the value as it was is drawn
again (it changes nothing, so there is nothing to find). See docs/reliability.md.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import faultkit
import ledger_rows

OPERATIONS = ("edit", "delete", "insert")
CACHES = {"lots": ["on_hand"], "receipt_counters": ["last_number"]}


def _shift_text(value: str, rng: random.Random) -> str | None:
    """A date or timestamp moved a little, in the same format; None when it is neither."""
    for fmt, step in (("%Y-%m-%d %H:%M:%S.%f", timedelta(seconds=1)), ("%Y-%m-%d %H:%M:%S", timedelta(seconds=1)),
                      ("%Y-%m-%d", timedelta(days=1))):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return (parsed + step * rng.choice((-3, -1, 1, 2, 30))).strftime(fmt)
    return None


def _other_value(value, column, rng: random.Random):
    """A different value for a cell, mostly of the column's kind, sometimes junk."""
    from sqlalchemy import Boolean, Date, DateTime, Integer

    kind = column.type
    if rng.random() < 0.05:
        return rng.choice(("junk", "", -1, "2026-13-45"))
    if value is None:
        if isinstance(kind, Boolean):
            return 1
        if isinstance(kind, Integer):
            return rng.randint(1, 50)
        if isinstance(kind, DateTime):
            return "2026-01-01 08:00:00.000000"
        if isinstance(kind, Date):
            return "2026-01-01"
        return "x"
    if isinstance(kind, Boolean):
        return 0 if value else 1
    if isinstance(value, int):
        return value + rng.choice((-1, 1, 2, 10, 100, -100, 10_000))
    if isinstance(value, float):
        return value + 1.5
    if isinstance(value, str):
        shifted = _shift_text(value, rng)
        if shifted is not None:
            return shifted
        if len(value) == 64 and all(c in "0123456789abcdef" for c in value):  # a hash: one digit flipped
            i = rng.randrange(64)
            return value[:i] + ("0" if value[i] != "0" else "1") + value[i + 1:]
        return rng.choice((value + "x", value[:-1] if value else "y", value.upper() + "Z", "改"))
    return "x"


def _synthetic_row(model) -> dict:
    from sqlalchemy import Boolean, Date, DateTime, Integer

    row = {}
    for column in model.__table__.columns:
        kind = column.type
        if isinstance(kind, Boolean):
            row[column.name] = 0
        elif isinstance(kind, Integer):
            row[column.name] = 1
        elif isinstance(kind, DateTime):
            row[column.name] = "2026-01-01 08:00:00.000000"
        elif isinstance(kind, Date):
            row[column.name] = "2026-01-01"
        else:
            row[column.name] = "x"
    return row


class Target:
    """One table to tamper with: its model (for column types) and the columns an edit may touch."""

    def __init__(self, name: str, model, columns: list[str], pk: str):
        self.name, self.model, self.columns, self.pk = name, model, columns, pk


def targets():
    from charitymart.db.models import (
        AuditEvent,
        AuditRow,
        Lot,
        ReceiptCounter,
        covered_columns,
        ledger_tables,
    )

    found = []
    for model in ledger_tables():
        pk = next(iter(model.__table__.primary_key.columns)).name
        found.append(Target(model.__tablename__, model, covered_columns(model), pk))
    found.append(Target("audit_events", AuditEvent, [c.name for c in AuditEvent.__table__.columns], "seq"))
    # audit_rows.id only names the row; its order inside an event is `position` (edited by a swap).
    found.append(Target("audit_rows", AuditRow, ["event_seq", "position", "table_name", "row_key", "row_hash"], "id"))
    found.append(Target("cache:lots.on_hand", Lot, CACHES["lots"], "id"))
    found.append(Target("cache:receipt_counters", ReceiptCounter, CACHES["receipt_counters"], "id"))
    return found


def _table(target: Target) -> str:
    return target.model.__tablename__


def _random_key(con, target: Target, rng: random.Random):
    table = _table(target)
    count = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    if not count:
        return None
    return con.execute(f'SELECT "{target.pk}" FROM "{table}" LIMIT 1 OFFSET ?', (rng.randrange(count),)).fetchone()[0]


def tamper(con: sqlite3.Connection, target: Target, operation: str, rng: random.Random) -> str | None:
    """Apply one change; return what was done (None: nothing possible, e.g. an edit of an empty table)."""
    table, pk = _table(target), target.pk
    if operation == "insert":
        max_key = con.execute(f'SELECT max("{pk}") FROM "{table}"').fetchone()[0] or 0
        key = _random_key(con, target, rng)
        if key is None:
            row = _synthetic_row(target.model)
        else:
            cur = con.execute(f'SELECT * FROM "{table}" WHERE "{pk}" = ?', (key,))
            row = dict(zip([d[0] for d in cur.description], cur.fetchone()))
        row[pk] = max_key + 1
        if table == "audit_events":
            row["prev_hash"] = con.execute("SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()[0]
            row["hash"] = f"{rng.getrandbits(256):064x}"
        if table == "receipt_counters":
            row["year"] = (row.get("year") or 2026) + rng.choice((1, -1, 5))
        names = ", ".join(f'"{n}"' for n in row)
        for _ in range(10):
            try:
                con.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(row))})',
                            list(row.values()))
                return f"inserted {table} {pk}={max_key + 1}"
            except sqlite3.IntegrityError as exc:  # a copied unique value (a number): make it another
                taken = str(exc).split(":", 1)[-1].split(",")
                for column in (part.strip().split(".")[-1] for part in taken):
                    row[column] = _other_value(row.get(column), target.model.__table__.c[column], rng)
        return None
    key = _random_key(con, target, rng)
    if key is None:
        return None
    if operation == "delete":
        con.execute(f'DELETE FROM "{table}" WHERE "{pk}" = ?', (key,))
        return f"deleted {table} {pk}={key}"
    for _ in range(20):  # an edit that changes nothing is drawn again
        column = rng.choice(target.columns)
        if table == "audit_rows" and column == "position":
            described = _swap_positions(con, key)
            if described:
                return described
            continue
        old = con.execute(f'SELECT "{column}" FROM "{table}" WHERE "{pk}" = ?', (key,)).fetchone()[0]
        new = _other_value(old, target.model.__table__.c[column], rng)
        try:
            con.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE "{pk}" = ?', (new, key))
        except sqlite3.IntegrityError:
            continue  # e.g. a primary key or unique value already taken
        stored = con.execute(f'SELECT "{column}" FROM "{table}" WHERE "{pk if column != pk else column}" = ?',
                             (new if column == pk else key,)).fetchone()
        if stored is not None and stored[0] != old:
            return f"edited {table} {pk}={key} {column}: {old!r} -> {stored[0]!r}"
    return None


def _swap_positions(con, row_id) -> str | None:
    seq, position = con.execute("SELECT event_seq, position FROM audit_rows WHERE id = ?", (row_id,)).fetchone()
    other = con.execute("SELECT id, position FROM audit_rows WHERE event_seq = ? AND id != ? LIMIT 1",
                        (seq, row_id)).fetchone()
    if other is None:
        return None
    con.execute("UPDATE audit_rows SET position = ? WHERE id = ?", (other[1], row_id))
    con.execute("UPDATE audit_rows SET position = ? WHERE id = ?", (position, other[0]))
    return f"swapped audit_rows {row_id} and {other[0]} in event #{seq}"


def run_verify(path: Path):
    from charitymart.db.engine import make_engine, make_session_factory
    from charitymart.services.store.verify import verify

    engine = make_engine(f"sqlite:///{path}")
    try:
        with make_session_factory(engine, read_only=True)() as session:
            return verify(session)
    finally:
        engine.dispose()


def names_it(target: Target, done: str, problems: list[str]) -> bool:
    """Does one of verify's problems point at the tampered table (or the audit chain)?"""
    table = _table(target)
    words = {
        "audit_events": ("audit event", "audit rows"),
        "audit_rows": ("audit event", "audit rows", " row "),
        "lots": ("lots row", "lot "),
        "receipt_counters": ("receipt counter", "receipt numbers"),
    }.get(table, (f"{table} row", f"{table}:", "audit event"))
    return any(any(word in problem for word in words) for problem in problems)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-table", type=int, default=100, help="changes per table (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=14, help="days of activity in the demo template (default 14)")
    parser.add_argument("--template", type=Path, help="use this store (e.g. made by `charitymart demo --db F`)")
    parser.add_argument("--plain-demo", action="store_true",
                        help="leave the six tables a short demo doesn't fill empty (see ledger_rows.py)")
    parser.add_argument("--only", help="comma-separated table names to tamper with")
    parser.add_argument("--quick", action="store_true", help="smoke run: 3 days, 6 changes per table")
    parser.add_argument("--show-misses", type=int, default=10, help="misses listed in full")
    args = parser.parse_args(argv)
    if args.quick:
        args.days, args.per_table = 3, 6
    rng = random.Random(args.seed)
    home = faultkit.throwaway_home("tamper")
    started = time.monotonic()
    template = home / "template.sqlite"
    if args.template:
        faultkit.copy_store(args.template, template)
        faultkit.checkpoint(template)
        built = 0.0
    else:
        built = faultkit.build_demo_store(template, args.days, args.seed)
    if not args.plain_demo:
        filled = ledger_rows.enrich(template)
        print("rows written through the services in tables a short demo leaves empty:",
              ", ".join(f"{name} {count}" for name, count in filled.items()))
    work = home / "work.sqlite"
    faultkit.copy_store(template, work)
    clean = run_verify(work)
    false_alarms = len(clean.problems)
    chosen = targets()
    if args.only:
        wanted = set(args.only.split(","))
        chosen = [t for t in chosen if t.name in wanted]
    tally: Counter = Counter()
    misses: list[str] = []
    unnamed: list[str] = []
    per_table: dict[str, Counter] = {}
    for target in chosen:
        counts = per_table.setdefault(target.name, Counter())
        attempts = 0
        while counts["done"] < args.per_table and attempts < args.per_table * 5:
            attempts += 1
            operation = "edit" if target.name.startswith("cache:") else rng.choice(OPERATIONS)
            faultkit.copy_store(template, work)
            con = sqlite3.connect(work, isolation_level=None)
            try:
                done = tamper(con, target, operation, rng)
            finally:
                con.close()
            if done is None:
                counts["impossible " + operation] += 1
                continue
            counts["done"] += 1
            counts[operation] += 1
            report = run_verify(work)
            if report.problems:
                counts["found"] += 1
                if not names_it(target, done, report.problems):
                    unnamed.append(f"{done}: {report.problems[0]}")
            else:
                counts["missed"] += 1
                misses.append(done)
        tally.update({k: v for k, v in counts.items()})
    elapsed = time.monotonic() - started
    rows = [("store", f"demo, {args.days} days (built in {built:.0f} s)" if not args.template else str(args.template)),
            ("seed", args.seed), ("false alarms on the untouched copy", false_alarms),
            ("tables", len(chosen)), ("changes made", tally["done"]),
            ("  edits / deletes / inserts", f"{tally['edit']} / {tally['delete']} / {tally['insert']}"),
            ("found by verify", tally["found"]), ("missed", tally["missed"]),
            ("found but not named", len(unnamed)), ("duration", f"{elapsed:.0f} s")]
    print(faultkit.summary("tamper_ledger: verify against single random changes", rows))
    thin = [f"{name}: {c['done']} ({c['edit']}/{c['delete']}/{c['insert']})" for name, c in per_table.items()
            if c["done"] < args.per_table or c["missed"]]
    if thin:
        print("tables short of changes or with misses:", "; ".join(thin))
    for miss in misses[: args.show_misses]:
        print("MISSED:", miss)
    for line in unnamed[: args.show_misses]:
        print("NOT NAMED:", line)
    if clean.problems:
        print("FALSE ALARM:", clean.problems[0])
    return 0 if not misses and not false_alarms and not unnamed else 1


if __name__ == "__main__":
    raise SystemExit(main())
