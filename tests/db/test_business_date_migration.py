"""Migration 0006 on a store written by revision 0005's code (tests/data/store-r0005-late-intake.sqlite,
made by tools/make_store_r0005.py): each stock movement gets the business date of its source,
the as-of figures come out right, and the audit chain still verifies (a row edited before the
upgrade is still found)."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from charitymart.cli import main
from charitymart.db import migrate
from charitymart.db.engine import make_engine
from charitymart.db.models import PublishedMonth, StockMovement
from charitymart.domain.canonical import row_hash
from charitymart.services import clock
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify
from tests.support.documents import pdf_text

OLD_STORE = Path(__file__).resolve().parents[1] / "data" / "store-r0005-late-intake.sqlite"
MAY_10 = datetime(2026, 5, 10, 2, 0)
RICE, OIL, NOODLES, SOAP, TOWELS, SAUCE = ("6901234567014", "6901234567021", "6901234567038",
                                           "6901234567045", "6901234567076", "6901234567052")


def revision_of(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def old_copy(tmp_path) -> Path:
    target = tmp_path / "counter-pc.sqlite"
    shutil.copyfile(OLD_STORE, target)
    clock.set_now(MAY_10)
    return target


def stock_at(path: Path, day: str, tmp_path: Path) -> dict[str, int]:
    out = tmp_path / f"stock-{day}.csv"
    assert main(["export", "stock", "--db", str(path), "--to", day, "--out", str(out)]) == 0
    return {row["barcode"]: int(row["on_hand"]) for row in csv.DictReader(out.open(encoding="utf-8-sig"))}


def test_the_committed_file_is_from_revision_0005():
    assert revision_of(OLD_STORE) == "0005"


def test_each_movement_gets_the_date_of_its_source(old_copy):
    handle = open_store(old_copy)
    try:
        assert migrate.current_revision(handle.engine) == migrate.head_revision()
        assert revision_of(handle.migrated_from_backup) == "0005"
        with handle.readers() as s:
            report = verify(s)
            assert report.ok, report.problems
            dated = s.execute(select(StockMovement.kind, StockMovement.quantity, StockMovement.business_date)
                              .order_by(StockMovement.id)).all()
    finally:
        handle.close()
    intakes = [(q, d) for kind, q, d in dated if kind == "intake"]
    # 5 rice on 10 Feb, the example file by its own dates (typed in on 15 April), and the
    # correction of published February, entered on 15 April, stays on 15 April.
    assert intakes == [(5, date(2026, 2, 10)), (10, date(2026, 3, 2)), (4, date(2026, 3, 2)), (20, date(2026, 3, 3)),
                       (12, date(2026, 3, 3)), (30, date(2026, 3, 4)), (6, date(2026, 3, 5)), (10, date(2026, 3, 5)),
                       (20, date(2026, 3, 6)), (15, date(2026, 3, 7)), (8, date(2026, 3, 8)), (3, date(2026, 4, 15))]
    assert [(kind, q, d) for kind, q, d in dated if kind != "intake"] == [
        ("sale", -2, date(2026, 4, 15)), ("sale", -1, date(2026, 4, 15)), ("void", 1, date(2026, 4, 15)),
        ("refund", 1, date(2026, 4, 16)),  # put back on the shelf; the torn bag was not
        ("adjustment", -2, date(2026, 4, 16)),  # written off
        ("adjustment", -2, date(2026, 4, 30)), ("adjustment", 1, date(2026, 4, 30)),  # counted 30 Apr, posted 1 May
    ]


def test_as_of_figures_after_the_upgrade(old_copy, tmp_path):
    assert stock_at(old_copy, "2026-02-28", tmp_path) == {RICE: 5}  # what February was published with
    march = stock_at(old_copy, "2026-03-31", tmp_path)
    assert sum(march.values()) == 140 and march[RICE] == 35  # was 5: the March donations were missing
    assert SAUCE in march and march[SAUCE] == 30  # the February correction is not in March
    april_15 = stock_at(old_copy, "2026-04-15", tmp_path)
    assert sum(april_15.values()) == 141 and april_15[RICE] == 33 and april_15[SAUCE] == 33
    assert sum(stock_at(old_copy, "2026-04-16", tmp_path).values()) == 140
    april_29, april_30 = stock_at(old_copy, "2026-04-29", tmp_path), stock_at(old_copy, "2026-04-30", tmp_path)
    assert (april_29[TOWELS], april_29[SOAP]) == (12, 6)
    assert (april_30[TOWELS], april_30[SOAP]) == (10, 7)  # the count of 30 April, though posted on 1 May
    assert stock_at(old_copy, "2026-05-10", tmp_path) == april_30


def test_the_reports_read_the_business_dates(old_copy, tmp_path):
    out = tmp_path / "march.pdf"
    assert main(["report", "transparency", "--db", str(old_copy), "--lang", "en", "--month", "2026-03",
                 "--out", str(out)]) == 0
    section = pdf_text(out.read_bytes()).split("= Stock at the end of the month", 1)[1]  # the stock flow's last row
    assert section.startswith(" 140 ")
    february = tmp_path / "february.pdf"
    assert main(["report", "transparency", "--db", str(old_copy), "--lang", "en", "--month", "2026-02",
                 "--out", str(february)]) == 0
    assert pdf_text(february.read_bytes()).split("= Stock at the end of the month", 1)[1].startswith(" 5 ")
    stock = tmp_path / "stock.pdf"
    assert main(["report", "stock", "--db", str(old_copy), "--lang", "en", "--as-of", "2026-04-30",
                 "--out", str(stock)]) == 0
    assert "Toothpaste 120g 10 " in pdf_text(stock.read_bytes())


def test_march_publishes_with_its_late_donations_and_verifies(old_copy, capsys):
    assert main(["report", "publish", "--db", str(old_copy), "--month", "2026-03"]) == 0
    handle = open_store(old_copy)
    try:
        with handle.readers() as s:
            snapshot = json.loads(s.scalar(select(PublishedMonth.stock_snapshot).where(PublishedMonth.month == 3)))
            report = verify(s)
    finally:
        handle.close()
    assert snapshot == [["donated", 105, 95700], ["purchased", 20, 42000],
                        ["consigned", 15, 18000]]
    assert report.ok, report.problems


def test_a_movement_edited_before_the_upgrade_is_still_found(old_copy):
    con = sqlite3.connect(old_copy)
    con.execute("UPDATE stock_movements SET quantity = 50 WHERE id = 2")
    con.commit()
    con.close()
    handle = open_store(old_copy)
    try:
        with handle.readers() as s:
            problems = verify(s).problems
    finally:
        handle.close()
    assert any(p.startswith("stock_movements row 2 was edited") for p in problems), problems
    assert not any("stock_movements row 3 " in p for p in problems)


def test_downgrade_re_anchors_the_rows_without_the_column(old_copy):
    open_store(old_copy).close()
    from alembic import command

    engine = make_engine(f"sqlite:///{old_copy}")
    config = migrate.alembic_config(str(engine.url))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0005")
    engine.dispose()
    con = sqlite3.connect(old_copy)
    try:
        columns = [c[1] for c in con.execute("PRAGMA table_info(stock_movements)")]
        assert "business_date" not in columns
        newest = dict(con.execute("SELECT row_key, row_hash FROM audit_rows WHERE table_name = 'stock_movements' "
                                  "ORDER BY event_seq"))
        rows = con.execute(f"SELECT {', '.join(columns)} FROM stock_movements").fetchall()
    finally:
        con.close()
    for row in rows:
        content = dict(zip(columns, row))
        content["created_at"] = datetime.fromisoformat(content["created_at"])
        assert newest[str(content["id"])] == row_hash(content)


def test_an_intake_dated_before_the_first_published_month_keeps_its_entry_day(old_copy):
    """February's publication closed January too: an intake dated there was a correction, and
    stays on the day it was entered (here the correction's lot is moved into January by hand)."""
    con = sqlite3.connect(old_copy)
    con.execute("UPDATE lots SET received_on = '2026-01-20' WHERE id = (SELECT lot_id FROM stock_movements "
                "WHERE kind = 'intake' ORDER BY id DESC LIMIT 1)")
    con.commit()
    con.close()
    open_store(old_copy).close()
    con = sqlite3.connect(old_copy)
    try:
        assert con.execute("SELECT quantity, business_date FROM stock_movements WHERE kind = 'intake' "
                           "ORDER BY id DESC LIMIT 1").fetchone() == (3, "2026-04-15")
    finally:
        con.close()
