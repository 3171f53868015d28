"""Several tills selling at once against one database: does anything go wrong, and how fast?

    CHARITYMART_TEST_PG_URL=$(tools/pg_test_cluster.sh start) .venv/bin/python benchmarks/tills.py
    .venv/bin/python benchmarks/tills.py --tills 8 --baskets 1000 --backend both

N processes (default 8), each a till with its own cashier session, ring up random baskets
(1-5 lines; some items have only a few units left, so tills race for them; a third of the baskets
are collected or part-paid on the allowance of one of a few shared households), through the same
calls as the counter screen: scans, then `services.transactions.run` around `complete_sale`.

Printed afterwards, from the database: units sold beyond what a lot received (oversold), allowance
used beyond what a household was granted (overspent), duplicate or missing receipt numbers per
till, errors a cashier would have seen (anything but the normal "not enough stock" or "allowance
left is ..." refusals), and the commit time percentiles (the pay transaction, retries included; and the COMMIT statement
alone, from the moment it is sent).
PostgreSQL needs a server URL whose user may create databases (`--pg-url`, or the variable
above); a database `cm_tills_<pid>` is made and dropped. SQLite runs the same on a file in WAL mode.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, event, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

PIN = "1234"
ITEMS, SCARCE_ITEMS, SCARCE_UNITS, HOUSEHOLDS = 120, 12, 6, 6
ALLOWANCE = 20000  # fen a month per household: runs out during the run


def build_store(db: str, tills: int) -> dict:
    from charitymart.db.models import Beneficiary, BeneficiaryCategory, Lot, StockMovement
    from charitymart.domain.codes import ean_check_digit
    from charitymart.services import audit, clock
    from charitymart.services.context import Actor, store_today
    from charitymart.services.sales import tills as till_service
    from charitymart.services.stock import catalog
    from charitymart.services.store.setup import create_store, open_store
    from charitymart.services.users import auth

    handle = open_store(db)
    with handle.sessions.begin() as s:
        create_store(s, name="联合慈善超市", admin_name="Admin", admin_pin="9999")
    admin = Actor(user_id=1, name="Admin", role="admin", till_id=None)
    codes, scarce = [], []
    with handle.sessions.begin() as s:
        auth.create_user(s, admin, "收银员", "cashier", PIN)
        for number in range(2, tills + 1):
            till_service.add_till(s, admin, f"T{number}")
        now, today = clock.now(), store_today(s)
        for n in range(ITEMS):
            few = n < SCARCE_ITEMS
            name = f"{'限量' if few else '商品'}{n:03d}"
            body = f"200{n:09d}"
            code = body + ean_check_digit(body)
            item = catalog.add_item(s, admin, name=name, price=random.Random(n).randint(1, 30) * 100, barcodes=[code])
            lot = Lot(item_id=item.id, fund_source="donated", received_on=today, expiry=None, unit_value=item.price,
                      weight_g=0, quantity_received=SCARCE_UNITS if few else 100000, created_at=now,
                      on_hand=SCARCE_UNITS if few else 100000)
            s.add(lot)
            s.flush()
            move = StockMovement(lot_id=lot.id, item_id=item.id, kind="intake", quantity=lot.on_hand, created_at=now,
                                 business_date=today)
            s.add(move)
            audit.record(s, 1, "bench.stock_in", [lot, move])
            (scarce if few else codes).append(code)
        category = s.scalar(select(BeneficiaryCategory).limit(1))
        cards = []
        for n in range(HOUSEHOLDS):
            ben = Beneficiary(card_number=f"H{n:04d}", name=f"家庭{n}", category_id=category.id, household_size=2,
                              allowance_amount=ALLOWANCE, period="month", carry_over=False, visit_limit=None,
                              valid_until=today.replace(year=today.year + 1), registered_on=today, active=True,
                              created_at=now)
            s.add(ben)
            audit.record(s, 1, "bench.household", [ben])
            cards.append(ben.card_number)
        s.flush()
    handle.close()
    return {"codes": codes, "scarce": scarce, "cards": cards}


def run_till(db: str, till: str, baskets: int, seed: int, world: dict, barrier, pause_ms: float = 0) -> dict:
    from charitymart.domain.basket import Basket
    from charitymart.services import transactions
    from charitymart.services.errors import AllowanceError, StockError
    from charitymart.services.sales import checkout, shifts
    from charitymart.services.sales.checkout import Payment
    from charitymart.services.store.setup import open_store
    from charitymart.services.users.session import login_at_till

    handle = open_store(db, migrate_schema=False)
    actor = login_at_till(handle.sessions, till, PIN)
    with handle.sessions.begin() as s:
        shifts.open_shift(s, actor, 50000)
    rng = random.Random(seed)
    result = {"commit_ms": [], "cpu_ms": [], "commit_only_ms": [], "sold": 0, "refused": 0, "errors": []}
    commit_sent = [0.0]
    event.listen(handle.engine, "commit", lambda conn: commit_sent.__setitem__(0, time.perf_counter()))
    barrier.wait()
    for _ in range(baskets):
        if pause_ms:  # the cashier between two customers (random, mean pause_ms)
            time.sleep(rng.uniform(0, 2 * pause_ms) / 1000)
        basket = Basket()
        chosen = rng.sample(world["codes"], rng.randint(1, 5))
        if rng.random() < 0.25:
            chosen.append(rng.choice(world["scarce"]))
        card = rng.choice(world["cards"]) if rng.random() < 0.33 else None
        try:
            with handle.readers() as s:  # scanning only reads, as at the counter (CounterController.scan)
                for code in chosen:
                    checkout.add_item(s, actor, basket, code, rng.randint(1, 2))
            part = min(basket.total, rng.randint(1, 30) * 100) if card else 0
            tenders = ([Payment("allowance", part)] if part else []) + (
                [Payment("cash", basket.total - part)] if basket.total - part else [])
            started, cpu = time.perf_counter(), time.process_time()
            transactions.run(handle.sessions, lambda s, b=basket, t=tenders, c=card: checkout.complete_sale(
                s, actor, b, t, beneficiary_card=c))
            done = time.perf_counter()
            result["commit_ms"].append((done - started) * 1000)
            result["commit_only_ms"].append((done - commit_sent[0]) * 1000)  # the COMMIT statement alone
            result["cpu_ms"].append((time.process_time() - cpu) * 1000)  # the till's own Python, not the server's
            result["sold"] += 1
        except (StockError, AllowanceError):
            result["refused"] += 1  # what the till says today: not enough stock / allowance left
        except Exception as exc:  # noqa: BLE001 - counted: this is what a cashier would see
            result["errors"].append(f"{type(exc).__name__}: {str(exc)[:200]}")
    handle.close()
    return result


def check(db: str) -> dict:
    from charitymart.db.models import AllowanceEntry, Lot, Sale, SaleLineLot
    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify import verify

    handle = open_store(db, migrate_schema=False)
    with handle.readers() as s:
        sold = dict(s.execute(select(SaleLineLot.lot_id, func.sum(SaleLineLot.quantity))
                              .group_by(SaleLineLot.lot_id)).all())
        oversold = sum(max(0, int(sold.get(lot.id, 0)) - lot.quantity_received) + max(0, -lot.on_hand)
                       for lot in s.scalars(select(Lot)))
        overspent = 0
        for _, granted, used in s.execute(
                select(AllowanceEntry.beneficiary_id, func.sum(AllowanceEntry.amount).filter(
                    AllowanceEntry.kind == "grant"), -func.sum(AllowanceEntry.amount).filter(
                    AllowanceEntry.kind == "use")).group_by(AllowanceEntry.beneficiary_id)):
            overspent += max(0, int(used or 0) - int(granted or ALLOWANCE))
        per_till = defaultdict(list)
        for till_id, seq in s.execute(select(Sale.till_id, Sale.receipt_seq)):
            per_till[till_id].append(seq)
        duplicates = sum(len(seqs) - len(set(seqs)) for seqs in per_till.values())
        missing = sum(max(seqs) - len(set(seqs)) for seqs in per_till.values())
        report = verify(s)
    handle.close()
    return {"oversold": oversold, "overspent": overspent, "duplicates": duplicates, "missing": missing,
            "verify": "passed" if report.ok else f"FAILED: {report.problems[:2]}"}


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(backend: str, db: str, tills: int, baskets: int, pause_ms: float = 0) -> dict:
    world = build_store(db, tills)
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(tills)
    started = time.perf_counter()
    with ProcessPoolExecutor(tills, mp_context=context) as pool:
        futures = [pool.submit(run_till, db, f"T{n + 1}", baskets, n, world, barrier, pause_ms) for n in range(tills)]
        results = [f.result() for f in futures]
    elapsed = time.perf_counter() - started
    times = [ms for r in results for ms in r["commit_ms"]]
    errors = [e for r in results for e in r["errors"]]
    figures = check(db)
    paced = f", a pause of {pause_ms:.0f} ms (mean) before each basket" if pause_ms else ", no pause between baskets"
    print(f"\n== {backend}: {tills} tills x {baskets} baskets{paced}, in {elapsed:.0f} s "
          f"({len(times) / elapsed:.1f} sales/s); load average {os.getloadavg()[0]:.1f}")
    print(f"sold {sum(r['sold'] for r in results)}, refused (stock or allowance ran out) "
          f"{sum(r['refused'] for r in results)}")
    print(f"oversold units {figures['oversold']}, overspent allowance {figures['overspent']} fen, "
          f"duplicate receipt numbers {figures['duplicates']}, missing receipt numbers {figures['missing']}, "
          f"cashier-visible errors {len(errors)}; verify {figures['verify']}")
    print(f"commit ms p50 {percentile(times, 50):.1f}  p95 {percentile(times, 95):.1f}  "
          f"p99 {percentile(times, 99):.1f}  max {max(times, default=float('nan')):.1f}  "
          f"mean {statistics.fmean(times) if times else float('nan'):.1f}")
    alone = [ms for r in results for ms in r["commit_only_ms"]]
    print(f"the COMMIT statement alone ms p50 {percentile(alone, 50):.1f}  p95 {percentile(alone, 95):.1f}  "
          f"p99 {percentile(alone, 99):.1f}")
    cpu = [ms for r in results for ms in r["cpu_ms"]]
    print(f"till CPU in the pay transaction ms p50 {percentile(cpu, 50):.1f}  mean "
          f"{statistics.fmean(cpu) if cpu else float('nan'):.1f}")
    for error in sorted(set(errors))[:5]:
        print(f"  error: {error}")
    return figures | {"errors": len(errors)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tills", type=int, default=8)
    parser.add_argument("--baskets", type=int, default=1000, help="baskets per till")
    parser.add_argument("--backend", choices=["postgresql", "sqlite", "both"], default="both")
    parser.add_argument("--pause-ms", type=float, default=0,
                        help="mean pause before each basket (a cashier serving customers); 0: flat out")
    parser.add_argument("--pg-url", default=os.environ.get("CHARITYMART_TEST_PG_URL"),
                        help="a PostgreSQL server URL (default $CHARITYMART_TEST_PG_URL)")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="charitymart-tills-")
    os.environ["CHARITYMART_HOME"] = home  # keys and logs of the throwaway stores
    bad = 0
    if args.backend in ("postgresql", "both"):
        if not args.pg_url:
            parser.error("PostgreSQL needs --pg-url or $CHARITYMART_TEST_PG_URL (tools/pg_test_cluster.sh start)")
        server = make_url(args.pg_url)
        name = f"cm_tills_{os.getpid()}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            settings = {k: conn.execute(text(f"SHOW {k}")).scalar() for k in ("server_version", "fsync", "synchronous_commit")}
        print("PostgreSQL", ", ".join(f"{k}={v}" for k, v in settings.items()))
        try:
            figures = run("PostgreSQL", server.set(database=name).render_as_string(hide_password=False),
                          args.tills, args.baskets, args.pause_ms)
            bad += sum(figures[k] for k in ("oversold", "overspent", "duplicates", "missing", "errors"))
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    if args.backend in ("sqlite", "both"):
        figures = run("SQLite (WAL)", str(Path(home) / "tills.sqlite"), args.tills, args.baskets, args.pause_ms)
        bad += sum(figures[k] for k in ("oversold", "overspent", "duplicates", "missing", "errors"))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
