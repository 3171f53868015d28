"""verify's fast paths (SQLite writing the canonical text; worker processes) find what the
Python check finds and raise no false alarm on awkward but genuine values."""

from __future__ import annotations

import pytest

from charitymart.db.models import StockAdjustment
from charitymart.services import audit, clock
from charitymart.services.store import verify as verify_module
from charitymart.services.store.verify_scan import Source, check_table
from charitymart.services.store.verify_sqlite import check_table_fast
from tests.services.store.test_verify import raw_sql, run_verify, stocked_store
from tests.support import factories
from tests.support.counter import cashier, sell, shift_id, stock  # noqa: F401  (fixtures)

pytestmark = pytest.mark.sqlite_only  # the SQL fast path and the workers are SQLite's

AWKWARD_NAMES = ['quote " back \\ slash', "tab\tnew\nline\r\x01", "😀 大米", "\x7f del", "{}"]


def awkward_store(store):
    """Ledger rows with awkward text (stock adjustments' notes), dates (lots) and booleans (a sale)."""
    with store.sessions.begin() as s:
        for name in AWKWARD_NAMES:
            factories.add_lot(s, factories.add_item(s, name=name, name_en=name), 3)
            adjustment = StockAdjustment(reason="damaged", note=name, created_at=clock.now())
            s.add(adjustment)
            s.flush()
            audit.record(s, None, "stock.adjust", [adjustment])
    return store


@pytest.fixture
def sold(store, cashier, shift_id):  # noqa: F811
    awkward_store(store)
    code, _, _ = stock(store)
    sell(store, cashier, [(code, 2)])
    return store


def test_awkward_text_is_no_false_alarm(sold):
    report = run_verify(sold)
    assert report.ok, report.problems
    assert report.rows_checked >= 3 * len(AWKWARD_NAMES)


@pytest.mark.parametrize("sql, expected", [
    # SQLAlchemy reads both spellings as the same instant, so the content (and verify's answer) is unchanged
    ("UPDATE stock_adjustments SET created_at = replace(created_at, ' ', 'T') WHERE id = 2", None),
    ("UPDATE stock_adjustments SET created_at = replace(created_at, '02:', '03:') WHERE id = 2",
     "stock_adjustments row 2 was edited"),
    ("UPDATE stock_adjustments SET created_at = substr(created_at, 1, 19) WHERE id = 2", None),  # same instant
    ("UPDATE sale_lines SET restock = 1 - restock WHERE id = 1", "sale_lines row 1 was edited"),
    ("UPDATE sale_lines SET allowance_ok = 'yes' WHERE id = 1", None),  # SQLAlchemy reads True, as before
    ("UPDATE sale_lines SET quantity = 2.5 WHERE id = 1", "sale_lines row 1 was edited"),
    ("UPDATE stock_adjustments SET note = x'00ff' WHERE id = 4",
     "stock_adjustments row 4 was edited: a value is not valid for its column"),
    ("UPDATE stock_adjustments SET note = 'tab\tnew\nline\r' WHERE id = 2", "stock_adjustments row 2 was edited"),
    ("UPDATE stock_adjustments SET note = 'tab\tnew\nline\r\x01' WHERE id = 2", None),
    ("UPDATE lots SET received_on = '2026-3-10' WHERE id = 1", "lots row 1 was edited"),
])
def test_fast_path_agrees_with_the_python_check(sold, sql, expected):
    store = sold
    raw_sql(store, sql)
    with store.sessions() as s:
        con = s.connection().connection.driver_connection
        for table in ("stock_adjustments", "lots", "sale_lines"):
            fast, python = check_table_fast(con, table), check_table(Source(con), table)
            assert fast.problems == python.problems
            assert fast.rows_checked == python.rows_checked
    report = run_verify(store)
    if expected is None:
        assert report.ok, report.problems
    else:
        assert any(p.startswith(expected) for p in report.problems), report.problems


def test_worker_processes_find_the_same(store, monkeypatch):
    stocked_store(store)
    raw_sql(store, "UPDATE stock_movements SET quantity = 11 WHERE id = 1")
    raw_sql(store, "UPDATE audit_events SET action = 'nothing' WHERE seq = 3")
    serial = run_verify(store)
    monkeypatch.setattr(verify_module, "PARALLEL_FROM", 0)
    used = []
    real = verify_module._scan_in_workers
    monkeypatch.setattr(verify_module, "_scan_in_workers", lambda *a: used.append(1) or real(*a))
    parallel = run_verify(store)
    assert used, "the worker processes were not used"
    assert parallel.problems == serial.problems
    assert (parallel.events, parallel.rows_checked, parallel.head) == (serial.events, serial.rows_checked,
                                                                       serial.head)
    assert any("stock_movements row 1 was edited" in p for p in parallel.problems)
    assert any("audit event #3" in p for p in parallel.problems)
