"""`charitymart verify --since-last` as documented: the full check first records where it got
to; the next run checks only what came after, and still names tampering with it."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from charitymart.cli import main
from charitymart.db.engine import database_url
from tests.cli.test_cli_commands import sell_some, store_file  # noqa: F401  (store_file: a fixture)


def test_since_last_checks_only_the_new_events(store_file, capsys):  # noqa: F811
    assert main(["verify", "--db", str(store_file)]) == 0
    full = capsys.readouterr().out
    sell_some(store_file, 2)
    assert main(["verify", "--since-last", "--db", str(store_file)]) == 0
    out = capsys.readouterr().out
    assert "after event #" in out and "(the last verify)" in out
    checked = int(out.split("verified ", 1)[1].split(" audit events", 1)[0])
    assert 0 < checked < int(full.split("verified ", 1)[1].split(" audit events", 1)[0])

    sell_some(store_file, 1)
    engine = create_engine(database_url(str(store_file)))  # by hand, outside the app, on either backend
    with engine.begin() as con:
        con.execute(text("UPDATE tenders SET amount = amount + 100 WHERE id = (SELECT max(id) FROM tenders)"))
    engine.dispose()
    assert main(["verify", "--since-last", "--db", str(store_file)]) == 1
    assert "tenders row" in capsys.readouterr().err


def test_since_last_without_an_earlier_verify_runs_the_full_check(store_file, capsys):  # noqa: F811
    assert main(["verify", "--since-last", "--db", str(store_file)]) == 0
    assert "the full check ran" in capsys.readouterr().out
