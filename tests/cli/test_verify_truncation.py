"""`verify` notices a store whose last audit events were removed together with their rows.

The chain alone cannot show it (what is left is a valid, shorter chain), so the heads known
outside the database (recorded at every backup and publication, services/store/chain_heads.py)
must still be in it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from charitymart.cli import main
from tests.cli.test_cli_commands import sell_some as sell
from tests.cli.test_cli_commands import store_file  # noqa: F401  (a fixture)

# The store file edited with a SQLite tool, heads recorded by file backups. On a server the same
# removal after an automatic backup: tests/services/store/test_pg_auto_backup.py.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def shop(store_file) -> Path:
    """A store made by `charitymart init`, with stock and an open shift (test_cli_commands' store)."""
    return store_file


def remove_last_events(path: Path, count: int) -> int:
    """What someone with the file and a SQLite tool can do: delete the newest `count` events,
    the rows only they recorded, and put the caches right so nothing disagrees. Returns the
    sequence number the chain now ends at."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    last = con.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
    keep = last - count
    only_theirs = con.execute(
        "SELECT DISTINCT table_name, row_key FROM audit_rows r WHERE event_seq > ? AND NOT EXISTS "
        "(SELECT 1 FROM audit_rows o WHERE o.table_name = r.table_name AND o.row_key = r.row_key "
        "AND o.event_seq <= ?)", (keep, keep)).fetchall()
    for table, key in only_theirs:
        con.execute(f"DELETE FROM {table} WHERE id = ?", (int(key),))
    con.execute("DELETE FROM audit_rows WHERE event_seq > ?", (keep,))
    con.execute("DELETE FROM audit_events WHERE seq > ?", (keep,))
    con.execute("UPDATE lots SET on_hand = (SELECT coalesce(sum(quantity), 0) FROM stock_movements m "
                "WHERE m.lot_id = lots.id)")
    con.execute("UPDATE receipt_counters SET last_number = (SELECT coalesce(max(receipt_seq), 0) FROM sales s "
                "WHERE s.till_id = receipt_counters.till_id AND s.receipt_year = receipt_counters.year)")
    con.commit()
    con.close()
    return keep


def test_removing_the_last_events_and_their_rows_is_found_after_a_backup(shop, tmp_path, capsys):
    sell(shop, 3)
    assert main(["backup", "--db", str(shop), "--out", f"{tmp_path}/stick/"]) == 0
    capsys.readouterr()
    ends_at = remove_last_events(shop, 2)

    assert main(["verify", "--db", str(shop)]) == 1
    err = capsys.readouterr().err
    assert f"the audit chain ends at event #{ends_at}" in err
    assert f"#{ends_at + 2}" in err and "backup" in err


def test_a_chain_that_goes_on_after_the_backup_passes(shop, tmp_path, capsys):
    assert main(["backup", "--db", str(shop), "--out", f"{tmp_path}/stick/"]) == 0
    sell(shop, 2)
    capsys.readouterr()
    assert main(["verify", "--db", str(shop)]) == 0
    assert "recorded chain head" in capsys.readouterr().out


def test_restoring_an_older_backup_on_purpose_is_not_an_alarm(shop, tmp_path, capsys):
    assert main(["backup", "--db", str(shop), "--out", str(tmp_path / "older.sqlite")]) == 0
    sell(shop, 2)
    assert main(["backup", "--db", str(shop), "--out", str(tmp_path / "newer.sqlite")]) == 0
    assert main(["restore", str(tmp_path / "older.sqlite"), "--db", str(shop)]) == 0
    assert "verify passed" in capsys.readouterr().out
    assert main(["verify", "--db", str(shop)]) == 0


def test_the_same_removal_after_a_published_month_is_found(shop, tmp_path, capsys):
    """A publication records the head the 公示 prints: removing events after it is found too."""
    from charitymart.services import clock
    from tests.conftest import START

    sell(shop, 2)
    clock.set_now(START.replace(month=4, day=2))
    assert main(["report", "publish", "--db", str(shop), "--month", "2026-03"]) == 0
    capsys.readouterr()
    ends_at = remove_last_events(shop, 2)  # the publication's own event and the sale before it
    assert main(["verify", "--db", str(shop)]) == 1
    err = capsys.readouterr().err
    assert f"the audit chain ends at event #{ends_at}" in err and "publish" in err
