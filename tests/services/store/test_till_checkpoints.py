"""The till checkpoints the WAL itself (issue 15): never inside a sale's commit, yet a committed
sale survives SIGKILL with the checkpoint off, and the WAL stays under its ceiling."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from charitymart.db.engine import sqlite_path
from charitymart.db.models import Sale
from charitymart.services.store import checkpoints
from charitymart.services.store.verify import verify
from tests.conftest import START
from tests.support import factories

pytestmark = pytest.mark.sqlite_only  # SQLite's WAL checkpoints


ROOT = Path(__file__).resolve().parents[3]
RICE = "6901234567892"
CASHIER_PIN = "1234"

TILL = textwrap.dedent(f"""
    import os, signal, sys
    from datetime import datetime
    from charitymart.services import clock
    clock.set_now(datetime.fromisoformat({START.isoformat()!r}))
    from charitymart.services.sales.checkout import Payment
    from charitymart.services.store.setup import open_store
    from charitymart.ui.counter.controller import CounterController

    handle = open_store(sys.argv[1])
    till = CounterController(handle, "T1")
    till.login({CASHIER_PIN!r})
    till.open_shift(5000)
    with handle.engine.connect() as conn:
        print("autocheckpoint", conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar(), flush=True)
    for _ in range(3):
        till.scan("{RICE}")
        done = till.pay([Payment("cash", 2500, received=2500)])
    print("sold", done.receipt_number, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)  # no clean-up, no checkpoint, no close
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")
def test_a_committed_sale_survives_sigkill_with_the_checkpoint_off(store, admin, home):
    with store.sessions.begin() as s:
        factories.add_lot(s, factories.add_item(s, name="大米 5kg", price=2500, barcode=RICE), 20)
    factories.add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    path = sqlite_path(store.url)
    store.close()
    env = dict(os.environ, CHARITYMART_HOME=str(home), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", TILL, str(path)], env=env, cwd=ROOT, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert result.stdout.split("\n")[0] == "autocheckpoint 0"
    assert "sold T1-" in result.stdout
    assert Path(f"{path}-wal").stat().st_size > 0  # the sales were only in the WAL when the till died

    from charitymart.services.store.setup import open_store

    reopened = open_store(path)
    try:
        with reopened.sessions() as s:
            assert s.scalar(select(func.count(Sale.id))) == 3
            assert verify(s).ok
    finally:
        reopened.close()


def test_the_wal_is_checkpointed_after_a_commit_only_over_the_ceiling(store, admin):
    assert checkpoints.take_over_checkpoints(store.engine)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    with store.sessions.begin() as s:
        item = factories.add_item(s)
        for _ in range(50):
            factories.add_lot(s, item, 3)
    assert checkpoints.wal_bytes(store.engine) > 0
    assert checkpoints.checkpoint_if_wal_over(store.engine, ceiling_mb=64) is None  # small: left for idle time
    done = checkpoints.checkpoint_if_wal_over(store.engine, ceiling_mb=0)
    assert done is not None and done.copied_pages == done.wal_pages > 0
    idle = checkpoints.checkpoint(store.engine)
    assert idle is not None and not idle.busy
