"""`--db URL` on a PostgreSQL server is the store every subcommand acts on, as `--db FILE` is.

The demo store is moved to the server once (`migrate-to`); each command runs on its own copy
of that database with the documented `charitymart --db URL COMMAND ...` and must change or read
that copy, never create the default SQLite store, and write nothing into the user data folder.
"""

from __future__ import annotations

import shutil
from functools import partial

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from charitymart import paths
from charitymart.cli import main
from tests.cli.test_global_options import COMMANDS, EXAMPLES, FRESH, argv, example_values, files_under
from tests.support.documents import demo_db  # noqa: F401  (the session's demo store)

pytestmark = pytest.mark.postgresql_only

# What differs on a server: its backups are pg_dump archives, restored from one of its own.
SERVER_EXAMPLES = {
    ("backup",): ["--out", "{dir}/copy.backup"],
    ("restore",): ["{dir}/server.backup"],
}


# The test cluster trusts 127.0.0.1, so any password connects; none may be printed.
PASSWORD = "Sekret:Pw@1"


def with_password(url: str) -> str:
    return make_url(url).set(password=PASSWORD).render_as_string(hide_password=False)


def query(url: str, sql: str):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text(sql)).scalar()
    except Exception:  # noqa: BLE001 - no store (yet) in that database
        return None
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def demo_on_server(demo_db, pg_server, tmp_path_factory):  # noqa: F811
    """A database holding the moved demo store, used as the template of each test's copy."""
    url = pg_server.empty()
    keys = demo_db.parent / "home" / "config" / "keys"
    assert main(["migrate-to", "--db", str(demo_db), url]) == 0
    yield url, keys
    pg_server.drop(url)


@pytest.fixture
def server_shop(demo_on_server, pg_server, home):
    template, keys = demo_on_server
    shutil.copytree(keys, home / "config" / "keys", dirs_exist_ok=True)
    url = pg_server.copy_of(template)
    yield url
    pg_server.drop(url)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_db_url_is_the_store_acted_on(command, server_shop, pg_server, home, tmp_path, monkeypatch, capsys):
    import charitymart.services.demo.build as demo_build

    if command == ("restore",) and not shutil.which("pg_dump"):
        pytest.skip("a server backup needs pg_dump and pg_restore on PATH")
    monkeypatch.setattr(demo_build, "build_demo", partial(demo_build.build_demo, days=3))  # keep it quick
    db = server_shop
    values = example_values(partial(query, db), tmp_path)
    if command == ("restore",):
        assert main(["backup", "--db", db, "--out", str(tmp_path / "server.backup")]) == 0
        capsys.readouterr()
    if command in FRESH:
        db = pg_server.empty()
    name_before = query(db, "SELECT name FROM store WHERE id = 1")
    data_before = files_under(home / "data")

    rest = [a.format(**values) for a in SERVER_EXAMPLES.get(command, EXAMPLES[command])]
    try:
        code = main(argv(command, rest, with_password(db), "after"))
        out, err = capsys.readouterr()
        assert code == 0, err
        shown = out + err
        assert PASSWORD not in shown and with_password(db).split("@")[0] not in shown, "the password was printed"
        assert query(db, "SELECT name FROM store WHERE id = 1") is not None, "the command did not act on --db"
        if command in FRESH:
            assert name_before is None
    finally:
        if command in FRESH:
            pg_server.drop(db)
    assert files_under(home / "data") == data_before, "the command wrote into the user data folder"
    assert not paths.default_db_path().exists()
