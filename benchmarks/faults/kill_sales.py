"""Fault campaign (a): SIGKILL a till that sells, refunds, voids and closes shifts in a loop
through the real services, and check the store after every kill.

    python benchmarks/faults/kill_sales.py --kills 300 --seed 1
    python benchmarks/faults/kill_sales.py --quick

A child process works on a SQLite store (WAL, synchronous=FULL, as every till opens it) and
writes "begin <what>" before each transaction and "committed <what> <receipt>" after commit
returns, flushed to a pipe. The parent kills it at a random moment and then checks: no
committed sale, refund, void or close the child reported is missing; no half sale (a sale
without lines, tenders, lot rows, stock movements or audit rows, or whose totals disagree);
receipt numbers gapless per till; `verify` passes. A third of the runs make the child mostly
close shifts, a third mostly refund, so kills land inside those transactions too.
See docs/reliability.md.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import faultkit

FOCUS = ("mixed", "refund", "close")
WEIGHTS = {  # operation -> weight, per focus
    "mixed": {"sale": 80, "refund": 10, "void": 4, "close": 6},
    "refund": {"sale": 30, "refund": 65, "void": 5, "close": 0},
    "close": {"sale": 30, "refund": 5, "void": 0, "close": 65},
}


# ----- the child: a till at work ------------------------------------------------------------

def _actors(session):
    from sqlalchemy import select

    from charitymart.db.models import Till, User
    from charitymart.services.context import Actor

    till = session.scalar(select(Till).where(Till.code == "T1"))
    cashier = session.scalar(select(User).where(User.role == "cashier", User.active.is_(True)).order_by(User.id))
    manager = session.scalar(select(User).where(User.role == "manager", User.active.is_(True)).order_by(User.id))
    # Who login_at_till would return after the PIN (scrypt, slow on purpose) is checked.
    return (Actor(cashier.id, cashier.name, cashier.role, till.id), Actor(manager.id, manager.name, manager.role, till.id))


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # straight to the pipe: nothing waits in a buffer


def _sale(s, cashier, rng, barcodes):
    from charitymart.domain.basket import Basket
    from charitymart.services.demo.data import cash_handed_over
    from charitymart.services.sales import checkout
    from charitymart.services.sales.checkout import Payment

    basket = Basket()
    for _ in range(rng.randint(1, 4)):
        checkout.add_item(s, cashier, basket, rng.choice(barcodes), rng.choice((1, 1, 2, 3)))
    total = basket.total
    kind = rng.random()
    if kind < 0.5:
        tenders = [Payment("cash", total, received=cash_handed_over(rng, total))]
    elif kind < 0.75:
        tenders = [Payment("mobile", total, reference=f"WX{rng.randrange(10**12):012d}")]
    elif kind < 0.85 or total < 200:
        tenders = [Payment("card", total, reference=f"UP{rng.randrange(10**8):08d}")]
    else:
        part = total // 2 // 10 * 10
        tenders = [Payment("mobile", part, reference="ZFB1"), Payment("cash", total - part, received=total - part)]
    return checkout.complete_sale(s, cashier, basket, tenders).receipt_number


def _recent_sale(s, rng):
    from sqlalchemy import select

    from charitymart.db.models import Sale, SaleVoid

    voided = select(SaleVoid.sale_id)
    ids = s.scalars(select(Sale.id).where(Sale.kind == "sale", Sale.id.not_in(voided), Sale.refund_of_id.is_(None))
                    .order_by(Sale.id.desc()).limit(40)).all()
    return s.get(Sale, rng.choice(ids)) if ids else None


def _refund(s, manager, rng):
    from sqlalchemy import select

    from charitymart.db.models import SaleLine
    from charitymart.services.sales import refunds

    sale = _recent_sale(s, rng)
    if sale is None:
        return None
    done = refunds.refunded_quantities(s, sale.id)
    lines = [line for line in s.scalars(select(SaleLine).where(SaleLine.sale_id == sale.id))
             if line.quantity > done.get(line.id, 0)]
    if not lines:
        return None
    line = rng.choice(lines)
    wanted = [refunds.RefundLine(line.id, 1, rng.random() < 0.7)]
    return refunds.refund(s, manager, sale.receipt_number, wanted, reason="尺码不合适").receipt_number


def _void(s, manager, rng):
    from charitymart.services.sales import refunds

    sale = _recent_sale(s, rng)
    if sale is None or refunds.refunded_quantities(s, sale.id):
        return None
    refunds.void_sale(s, manager, sale.receipt_number, "收银时扫错商品")
    return sale.receipt_number


def _close(s, cashier, rng):
    from charitymart.services.sales import shifts

    close = shifts.close_shift(s, cashier, {10000: rng.randint(0, 9), 100: rng.randint(0, 50)})
    return str(close.shift_id)


def child(db: Path, seed: int, focus: str) -> int:
    from sqlalchemy import select

    from charitymart.db.models import Barcode
    from charitymart.services.errors import CharityMartError
    from charitymart.services.sales import shifts
    from charitymart.services.store.setup import open_store

    rng = random.Random(seed)
    handle = open_store(db)
    with handle.sessions() as s:
        cashier, manager = _actors(s)
        barcodes = list(s.scalars(select(Barcode.code)))
    operations, weights = zip(*WEIGHTS[focus].items())
    _say("ready")
    while True:
        with handle.sessions.begin() as s:
            if shifts.current_shift(s, cashier.till_id) is None:
                _say("begin open")
                shift = shifts.open_shift(s, cashier, 50000)
                opened = shift.id
            else:
                opened = None
        if opened is not None:
            _say(f"committed open {opened}")
        operation = rng.choices(operations, weights)[0]
        _say(f"begin {operation}")
        try:
            with handle.sessions.begin() as s:
                if operation == "sale":
                    done = _sale(s, cashier, rng, barcodes)
                elif operation == "refund":
                    done = _refund(s, manager, rng)
                elif operation == "void":
                    done = _void(s, manager, rng)
                else:
                    done = _close(s, cashier, rng)
        except CharityMartError as exc:  # out of stock, nothing to refund: the next customer
            _say(f"refused {operation} {exc}")
            continue
        if done is not None:
            _say(f"committed {operation} {done}")


# ----- the parent: kill and check -----------------------------------------------------------

# One pass over the movements (stock_movements.sale_line_id has no index; a correlated sum per
# line made each check take over 30 s once the store held 8,000 sales).
MOVED_BY_LINE = (
    "WITH moved AS (SELECT sale_line_id, "
    "sum(CASE WHEN kind IN ('sale', 'refund') THEN quantity ELSE 0 END) AS sold, "
    "sum(CASE WHEN kind = 'void' THEN quantity ELSE 0 END) AS voided "
    "FROM stock_movements WHERE sale_line_id IS NOT NULL GROUP BY sale_line_id)")

HALF_SALE_CHECKS = {
    "a sale without lines":
        "SELECT s.receipt_number FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id)",
    "a sale without tenders (not a zero collection)":
        "SELECT s.receipt_number FROM sales s WHERE s.total != 0 AND "
        "NOT EXISTS (SELECT 1 FROM tenders t WHERE t.sale_id = s.id)",
    "lines that don't add up to the sale's total":
        "SELECT s.receipt_number FROM sales s WHERE s.total != "
        "(SELECT coalesce(sum(l.line_total), 0) FROM sale_lines l WHERE l.sale_id = s.id)",
    "tenders that don't add up to the sale's total":
        "SELECT s.receipt_number FROM sales s WHERE s.total != "
        "(SELECT coalesce(sum(t.amount), 0) FROM tenders t WHERE t.sale_id = s.id)",
    "a line whose lot rows don't match its quantity or money":
        "SELECT l.id FROM sale_lines l WHERE l.quantity != "
        "(SELECT coalesce(sum(x.quantity), 0) FROM sale_line_lots x WHERE x.sale_line_id = l.id) OR l.line_total != "
        "(SELECT coalesce(sum(x.amount), 0) FROM sale_line_lots x WHERE x.sale_line_id = l.id)",
    "a line whose stock movements don't match its quantity":
        f"{MOVED_BY_LINE} SELECT l.id FROM sale_lines l LEFT JOIN moved m ON m.sale_line_id = l.id "
        "WHERE (l.quantity > 0 OR l.restock) AND -l.quantity != coalesce(m.sold, 0)",
    "a voided line whose stock did not come back":
        f"{MOVED_BY_LINE} SELECT l.id FROM sale_lines l JOIN sale_voids v ON v.sale_id = l.sale_id "
        "LEFT JOIN moved m ON m.sale_line_id = l.id WHERE l.quantity != coalesce(m.voided, 0)",
    "a sale with no audit event":
        "SELECT s.receipt_number FROM sales s WHERE NOT EXISTS (SELECT 1 FROM audit_rows a "
        "WHERE a.table_name = 'sales' AND a.row_key = CAST(s.id AS TEXT))",
    "a void with no audit event":
        "SELECT v.sale_id FROM sale_voids v WHERE NOT EXISTS (SELECT 1 FROM audit_rows a "
        "WHERE a.table_name = 'sale_voids' AND a.row_key = CAST(v.id AS TEXT))",
    "a shift close with no audit event":
        "SELECT c.shift_id FROM shift_closes c WHERE NOT EXISTS (SELECT 1 FROM audit_rows a "
        "WHERE a.table_name = 'shift_closes' AND a.row_key = CAST(c.id AS TEXT))",
    "a shift closed twice": "SELECT shift_id FROM shift_closes GROUP BY shift_id HAVING count(*) > 1",
    "receipt numbers with a gap":
        "SELECT till_id FROM sales GROUP BY till_id, receipt_year HAVING min(receipt_seq) != 1 "
        "OR max(receipt_seq) != count(*)",
}
STORED = {  # what the child reports -> how to find it in the store
    "sale": "SELECT 1 FROM sales WHERE receipt_number = ? AND kind = 'sale'",
    "refund": "SELECT 1 FROM sales WHERE receipt_number = ? AND kind = 'refund'",
    "void": "SELECT 1 FROM sale_voids v JOIN sales s ON s.id = v.sale_id WHERE s.receipt_number = ?",
    "close": "SELECT 1 FROM shift_closes WHERE shift_id = ?",
    "open": "SELECT 1 FROM shifts WHERE id = ?",
}


def check_store(db: Path, committed: list[tuple[str, str]]) -> tuple[list[str], int]:
    """Problems found after a kill, and how many ledger rows verify checked."""
    import sqlite3

    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify import verify

    handle = open_store(db)  # as the till does when it starts again: SQLite recovers the WAL here
    try:
        with handle.readers() as s:
            report = verify(s)
    finally:
        handle.close()
    problems = [f"verify: {p}" for p in report.problems]
    con = sqlite3.connect(db)
    try:
        for what, sql in HALF_SALE_CHECKS.items():
            found = con.execute(sql + " LIMIT 3").fetchall()
            if found:
                problems.append(f"{what}: {[r[0] for r in found]}")
        for kind, key in committed:
            if con.execute(STORED[kind], (key,)).fetchone() is None:
                problems.append(f"LOST: the child reported {kind} {key} committed; it is not in the store")
    finally:
        con.close()
    return problems, report.rows_checked


def prepare_store(db: Path, days: int, seed: int) -> float:
    """A demo store, then a large anonymous gift of every item so the till never runs dry."""
    from datetime import timedelta

    from sqlalchemy import select

    from charitymart.db.models import Item, User
    from charitymart.services.context import Actor, store_today
    from charitymart.services.stock import intake
    from charitymart.services.store.setup import open_store

    seconds = faultkit.build_demo_store(db, days, seed)
    handle = open_store(db)
    try:
        with handle.sessions.begin() as s:
            user = s.scalar(select(User).where(User.role == "manager").order_by(User.id))
            manager = Actor(user.id, user.name, user.role, None)
            expiry = store_today(s) + timedelta(days=365)
            lines = [intake.IntakeLine(quantity=5000, unit_value=100, item_id=item_id, expiry=expiry)
                     for item_id in s.scalars(select(Item.id).where(Item.active.is_(True)))]
            intake.record_intake(s, manager, fund_source="donated", lines=lines)
    finally:
        handle.close()
    return seconds


def one_run(db: Path, seed: int, focus: str, delay: float, env: dict) -> tuple[list[tuple[str, str]], str | None, str]:
    """Start the child, kill it `delay` seconds after it is ready; (committed, in flight, how it ended)."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(db), "--seed", str(seed), "--focus", focus],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    ready = proc.stdout.readline()
    if ready.strip() != b"ready":
        proc.kill()
        return [], None, "child failed to start: " + proc.stderr.read().decode()[-500:]
    time.sleep(delay)
    ended = "killed"
    if proc.poll() is not None:
        ended = "exited early: " + proc.stderr.read().decode()[-500:]
    else:
        os.kill(proc.pid, signal.SIGKILL)
    output = proc.stdout.read().decode(errors="replace").splitlines()
    proc.wait()
    proc.stderr.close()
    proc.stdout.close()
    committed, in_flight = [], None
    for line in output:
        word, _, rest = line.partition(" ")
        if word == "begin":
            in_flight = rest
        elif word == "committed":
            kind, _, key = rest.partition(" ")
            committed.append((kind, key))
            in_flight = None
        elif word == "refused":
            in_flight = None
    return committed, in_flight, ended


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=300, help="child processes to kill (default 300)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=3, help="days of activity in the demo store (default 3)")
    parser.add_argument("--max-delay", type=float, default=1.5, help="longest wait before a kill, seconds")
    parser.add_argument("--quick", action="store_true", help="smoke run: 6 kills")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--focus", choices=FOCUS, default="mixed", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.seed, args.focus)
    if args.quick:
        args.kills = 6
    rng = random.Random(args.seed)
    home = faultkit.throwaway_home("kill")
    env = dict(os.environ, PYTHONPATH=str(faultkit.REPO))
    started = time.monotonic()
    db = home / "till.sqlite"
    built = prepare_store(db, args.days, args.seed)
    tally: Counter = Counter()
    in_flight: Counter = Counter()
    failures: list[str] = []
    for run in range(args.kills):
        focus = FOCUS[run % 3]
        committed, flying, ended = one_run(db, rng.randrange(2**31), focus, rng.uniform(0.05, args.max_delay), env)
        tally["runs"] += 1
        tally[ended if ended == "killed" else "not killed"] += 1
        if ended != "killed":
            failures.append(f"run {run}: {ended}")
        if flying:
            in_flight[flying] += 1
        tally.update(kind for kind, _ in committed)
        problems, _ = check_store(db, committed)
        if (run + 1) % 25 == 0:  # a long run's progress survives an interrupted session
            print(f"after {run + 1} kills ({time.monotonic() - started:.0f} s): {dict(tally)}", flush=True)
        if problems:
            tally["runs with problems"] += 1
            failures += [f"run {run} ({focus}, killed during {flying}): {p}" for p in problems[:5]]
            if len(failures) > 40:
                break
    import sqlite3

    con = sqlite3.connect(db)
    stored = dict(con.execute("SELECT kind, count(*) FROM sales GROUP BY kind").fetchall())
    closes = con.execute("SELECT count(*) FROM shift_closes").fetchone()[0]
    con.close()
    elapsed = time.monotonic() - started
    rows = [("store", f"demo, {args.days} days (built in {built:.0f} s), WAL, synchronous=FULL"), ("seed", args.seed),
            ("children killed", f"{tally['killed']} of {tally['runs']}"),
            ("killed inside a transaction", f"{sum(in_flight.values())} ({dict(in_flight)})"),
            ("reported committed", (f"{tally['sale']} sales, {tally['refund']} refunds, {tally['void']} voids, "
                                   f"{tally['close']} shift closes, {tally['open']} shift opens")),
            ("in the store at the end", f"{stored} ; {closes} shift closes"),
            ("runs with problems", tally["runs with problems"]),
            ("duration", f"{elapsed:.0f} s")]
    print(faultkit.summary("kill_sales: SIGKILL during sales, refunds and shift close", rows))
    for failure in failures[:20]:
        print("PROBLEM:", failure)
    return 0 if not failures else 1


if __name__ == "__main__":
    raise SystemExit(main())
