"""`--db` and `--lang` mean the same before and after the command, for every subcommand.

The subcommands come from the parser itself, so a new one is covered the day it is added
(its example arguments must be added to `EXAMPLES`, or `test_every_subcommand_has_an_example`
fails). Each run checks that the store at `--db` is the one acted on and that nothing was
written into the user data folder.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from functools import partial
from pathlib import Path

import pytest

from charitymart import cli, paths
from charitymart.cli import main
from tests.support.documents import demo_db  # noqa: F401  (the session's demo store)


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every runnable command path, e.g. ("init",), ("report", "transparency")."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.extend(leaf_commands(sub, (*prefix, name)) or [(*prefix, name)])
    return found


COMMANDS = leaf_commands(cli._parser())

# The arguments after the command; {dir} is the test's folder, {receipt}, {donation}, ... come
# from the demo store. `fresh` commands start from a file with no store yet.
EXAMPLES: dict[tuple[str, ...], list[str]] = {
    ("init",): ["--store-name", "阳光", "--admin-name", "管理员", "--admin-pin", "1234"],
    ("demo",): [],
    ("import",): ["catalog", "{docs}/examples/catalog.csv"],
    ("export",): ["sales", "--from", "2026-02-01", "--to", "2026-02-28", "--out", "{dir}/sales.csv"],
    ("backup",): ["--out", "{dir}/copy.sqlite"],
    ("restore",): ["{dir}/backup.sqlite"],
    ("verify",): [],
    ("migrate-to",): ["sqlite:///{dir}/moved.sqlite"],
    ("server",): ["show"],
    ("report", "transparency"): ["--month", "2026-02", "--out", "{dir}/report.pdf"],
    ("report", "publish"): ["--month", "2026-02"],
    ("report", "annual"): ["--year", "2026", "--out", "{dir}/annual.pdf"],
    ("report", "donor-receipts"): ["--month", "2026-02", "--out", "{dir}/receipts"],
    ("report", "beneficiary-statements"): ["--month", "2026-02", "--out", "{dir}/statements"],
    ("report", "consignor-settlement"): ["--month", "2026-02", "--out", "{dir}/settlements"],
    ("report", "z"): ["--date", "2026-02-10", "--out", "{dir}/z.pdf"],
    ("report", "receipt"): ["--number", "{receipt}", "--out", "{dir}/receipt.pdf"],
    ("report", "acknowledgement"): ["--donation", "{donation}", "--out", "{dir}/ack.pdf"],
    ("report", "hours"): ["--from", "2026-02-01", "--to", "2026-02-28", "--out", "{dir}/hours.pdf"],
    ("report", "certificate"): ["--volunteer", "{volunteer}", "--from", "2026-02-01", "--to", "2026-02-28",
                                "--out", "{dir}/certificate.pdf"],
    ("report", "stock"): ["--out", "{dir}/stock.pdf"],
    ("report", "labels"): ["--barcodes", "{dir}/labels.csv", "--out", "{dir}/labels.pdf"],
    ("report", "card-labels"): ["--households", "{household}", "--out", "{dir}/cards.pdf"],
}
FRESH = {("init",), ("demo",)}
ORDERS = ("before", "after")


def test_every_subcommand_has_an_example():
    assert set(COMMANDS) == set(EXAMPLES), "add the new subcommand's example arguments to EXAMPLES"


def argv(command: tuple[str, ...], rest: list[str], db: str, order: str, lang: str | None = None) -> list[str]:
    options = ["--db", db] + (["--lang", lang] if lang else [])
    return [*options, *command, *rest] if order == "before" else [*command, *rest, *options]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_both_orders_parse_the_same(command, tmp_path):
    rest = [a.format(dir=tmp_path, docs="docs", receipt="T1-2026-000001", donation="D2026-000001",
                     volunteer="V001", household="H0001") for a in EXAMPLES[command]]
    parsed = {order: cli._parser().parse_args(argv(command, rest, "shop.sqlite", order, "en")) for order in ORDERS}
    assert parsed["before"] == parsed["after"]
    assert (parsed["before"].db, parsed["before"].lang) == ("shop.sqlite", "en")


def test_the_options_may_also_come_between_report_and_the_document():
    parsed = cli._parser().parse_args(["report", "--db", "shop.sqlite", "--lang", "en", "stock", "--out", "s.pdf"])
    assert (parsed.db, parsed.lang, parsed.report_kind) == ("shop.sqlite", "en", "stock")


def first(db: Path, sql: str) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def store_name(db: Path) -> str | None:
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT name FROM store WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        row = None
    finally:
        con.close()
    return row[0] if row else None


def example_values(lookup, folder: Path) -> dict:
    """What EXAMPLES' placeholders stand for, read from the store by `lookup(sql)`; writes the
    labels file the label command reads."""
    barcode = lookup("SELECT code FROM barcodes ORDER BY id LIMIT 1")
    (folder / "labels.csv").write_text(f"barcode,copies\n{barcode},2\n", encoding="utf-8")
    return {
        "dir": folder, "docs": Path(__file__).resolve().parents[2] / "docs",
        "receipt": lookup("SELECT receipt_number FROM sales ORDER BY id LIMIT 1"),
        "donation": lookup("SELECT number FROM donations WHERE fund_source = 'donated' ORDER BY id LIMIT 1"),
        "volunteer": lookup("SELECT code FROM volunteers ORDER BY id LIMIT 1"),
        "household": lookup("SELECT card_number FROM beneficiaries ORDER BY id LIMIT 1"),
    }


def files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


@pytest.fixture
def shop(demo_db, home, tmp_path):  # noqa: F811
    """A copy of the demo store at a path of its own, with its identity key in this test's home."""
    db = tmp_path / "shop.sqlite"
    shutil.copy(demo_db, db)
    keys = demo_db.parent / "home" / "config" / "keys"
    shutil.copytree(keys, home / "config" / "keys", dirs_exist_ok=True)
    return db


@pytest.mark.parametrize("order", ORDERS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_db_is_the_store_acted_on_in_both_orders(command, order, shop, home, tmp_path, monkeypatch, capsys):
    import charitymart.services.demo.build as demo_build

    monkeypatch.setattr(demo_build, "build_demo", partial(demo_build.build_demo, days=3))  # keep it quick
    values = example_values(partial(first, shop), tmp_path)
    shutil.copy(shop, tmp_path / "backup.sqlite")
    db = shop
    if command in FRESH:
        db = tmp_path / "new.sqlite"
    name_before = store_name(db) if db.exists() else None
    data_before = files_under(home / "data")

    rest = [a.format(**values) for a in EXAMPLES[command]]
    code = main(argv(command, rest, str(db), order))
    assert code == 0, capsys.readouterr().err

    assert store_name(db) is not None, "the command did not act on the store at --db"
    if command in FRESH:
        assert name_before is None
    assert files_under(home / "data") == data_before, "the command wrote into the user data folder"
    assert not paths.default_db_path().exists()
