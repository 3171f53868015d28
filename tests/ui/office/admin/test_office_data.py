"""The import and export page: the example files import from the GUI, a check changes nothing, a
bad file lists its rows and columns and changes nothing, Cancel mid-import leaves the database as
it was, an export is the CLI's export byte for byte, a cancelled export leaves no file, and a
cashier is refused by the service."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from charitymart.cli import main
from charitymart.db.engine import sqlite_path
from charitymart.db.models import Beneficiary, DonationLine, Item, Party, Volunteer
from charitymart.domain.codes import ean_check_digit
from charitymart.services.data.imports import import_file
from charitymart.services.users.session import login_at_till
from charitymart.ui.office.admin import area as admin_area
from charitymart.ui.office.admin.data_job import JobProgress
from charitymart.ui.office.admin.data_page import DataPage
from tests.support.counter import CASHIER_PIN, assert_chain_ok, cashier, snapshot  # noqa: F401
from tests.support.office import english, office_context  # noqa: F401

EXAMPLES = Path(__file__).resolve().parents[4] / "docs" / "examples"


@pytest.fixture
def page(store, admin, qtbot):
    widget = DataPage(office_context(store, admin))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def count(store, model) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def pick(combo, kind) -> None:
    combo.setCurrentIndex(combo.findData(kind))


def finish(page, qtbot) -> None:
    assert page.context.jobs.wait(60000)
    qtbot.waitUntil(lambda: not page.jobs.is_running())


def import_with_page(page, qtbot, monkeypatch, kind, path, *, dry_run=False) -> str:
    """Choose `kind` and the file (through the patched file dialog), press Import or Check only."""
    pick(page.import_kind, kind)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    page.import_choose.click()
    assert page.import_file.text() == str(path)
    (page.check_button if dry_run else page.import_button).click()
    finish(page, qtbot)
    return page.message.text()


def catalog_file(tmp_path, rows: int) -> Path:
    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["barcode", "name", "category", "price"])
        for n in range(rows):
            body = f"690999{n:06d}"
            writer.writerow([body + ean_check_digit(body), f"商品{n}", "食品", "3.50"])
    return path


def test_the_admin_area_lists_the_page(store, admin, qtbot):
    pages = admin_area.pages(office_context(store, admin))
    for widget in pages:
        qtbot.addWidget(widget)
    data_pages = [widget for widget in pages if isinstance(widget, DataPage)]
    assert len(data_pages) == 1 and data_pages[0].windowTitle() == "Import and export"


def test_a_check_changes_nothing_then_the_example_files_import(store, page, qtbot, monkeypatch):
    before = snapshot(store)
    text = import_with_page(page, qtbot, monkeypatch, "catalog", EXAMPLES / "catalog.csv", dry_run=True)
    assert text == ("All 10 rows are correct: 10 would be added and 0 updated. "
                    "This was only a check: nothing was imported.")
    assert snapshot(store) == before

    expected = {"catalog": "csv", "donors": "xlsx", "donations": "csv", "beneficiaries": "csv", "volunteers": "xlsx",
                "expenses": "xlsx"}
    texts = {kind: import_with_page(page, qtbot, monkeypatch, kind, EXAMPLES / f"{kind}.{ext}")
             for kind, ext in expected.items()}
    assert texts == {
        "catalog": "Imported 10 rows: 10 added, 0 updated.",
        "donors": "Imported 6 rows: 6 added, 0 updated.",
        "donations": "Imported 10 rows: 10 added, 0 updated.",
        "beneficiaries": "Imported 5 rows: 5 added, 0 updated.",
        "volunteers": "Imported 5 rows: 5 added, 0 updated.",
        "expenses": "Imported 7 rows: 7 added, 0 updated.",
    }
    assert (count(store, Item), count(store, DonationLine), count(store, Beneficiary), count(store, Volunteer)) == (
        10, 10, 5, 5)
    with store.sessions() as s:
        assert s.scalar(select(Party.name).where(Party.code == "D00002")) == "幸福社区居委会"
    assert page.problems.isHidden()
    again = import_with_page(page, qtbot, monkeypatch, "catalog", EXAMPLES / "catalog.xlsx")
    assert again == "Imported 10 rows: 0 added, 10 updated."
    assert_chain_ok(store)


def test_a_bad_file_lists_every_row_and_column_and_changes_nothing(store, page, qtbot, monkeypatch, tmp_path,
                                                                   english):  # noqa: F811
    path = tmp_path / "bad.csv"
    path.write_text("barcode,name,category,price\n"
                    "6901234567014,大米 5kg,粮油,25.00\n"
                    "6901234567015,花生油,粮油,30.00\n"
                    "6901234567038,,粮油,abc\n", encoding="utf-8")
    before = snapshot(store)
    text = import_with_page(page, qtbot, monkeypatch, "catalog", path)
    assert text.startswith("The file has 3 problems, listed below: nothing was imported.")
    shown = [tuple(page.problems.cell_text(r, c) for c in range(3)) for r in range(page.problems.rowCount())]
    assert [(row, column) for row, column, _ in shown] == [("3", "barcode"), ("4", "name"), ("4", "price")]
    assert shown[1][2] == "is empty"
    assert "check digit" in shown[0][2]
    assert page.problems.isVisible()
    assert snapshot(store) == before


def test_bad_file_problems_are_shown_in_chinese(store, admin, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    from charitymart.ui.messages import install_translators, remove_translators

    translators = install_translators(QApplication.instance(), "zh_CN")
    try:
        page = DataPage(office_context(store, admin, "zh_CN"))
        qtbot.addWidget(page)
        path = tmp_path / "bad.csv"
        path.write_text("barcode,name,category,price\n6901234567038,,粮油,3.00\n", encoding="utf-8")
        text = import_with_page(page, qtbot, monkeypatch, "catalog", path)
        assert "没有导入" in text or "未导入" in text, text
        assert page.problems.cell_text(0, 0) == "2" and page.problems.cell_text(0, 1) == "name"
        assert page.problems.cell_text(0, 2) not in ("", "is empty")
    finally:
        remove_translators(QApplication.instance(), translators)


def test_cancel_mid_import_leaves_the_database_unchanged(store, page, qtbot, monkeypatch, tmp_path):
    path = catalog_file(tmp_path, 60)
    seen = []
    update = JobProgress.update

    def cancel_after_some_rows(progress, done, total=0):
        seen.append((done, total))
        if done >= 25:  # 25 items are already written inside the import's transaction
            progress.cancel.set()
        update(progress, done, total)

    monkeypatch.setattr(JobProgress, "update", cancel_after_some_rows)
    before = snapshot(store)
    assert import_with_page(page, qtbot, monkeypatch, "catalog", path) == "Cancelled: nothing was imported."
    assert seen == [(0, 60), (25, 60)]
    assert snapshot(store) == before
    assert count(store, Item) == 0
    assert page.import_button.isEnabled() and page.jobs.isHidden()


def shop_with_donations(store, admin) -> None:
    for kind in ("catalog", "donors", "donations", "expenses"):
        with store.sessions.begin() as s:
            import_file(s, admin, kind, EXAMPLES / f"{kind}.csv")


def export_with_page(page, qtbot, monkeypatch, kind, out, first=None, last=None) -> str:
    pick(page.export_kind, kind)
    if first is not None:
        page.first_day.setDate(first)
    if last is not None:
        page.last_day.setDate(last)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export_choose.click()
    page.export_button.click()
    finish(page, qtbot)
    return page.message.text()


@pytest.mark.parametrize("kind", ["donations", "stock", "expenses"])
def test_an_export_is_the_command_line_export_byte_for_byte(store, admin, page, qtbot, monkeypatch, tmp_path,
                                                            kind):
    from PySide6.QtCore import QDate

    shop_with_donations(store, admin)
    out = tmp_path / "page" / "export.csv"
    out.parent.mkdir()
    text = export_with_page(page, qtbot, monkeypatch, kind, out, QDate(2026, 3, 1), QDate(2026, 3, 10))
    assert text.startswith("Exported ") and str(out) in text
    assert page.first_day.isHidden() == (kind == "stock")
    cli_out = tmp_path / "cli.csv"
    args = ["export", kind, "--db", str(sqlite_path(store.url)), "--to", "2026-03-10", "--out", str(cli_out)]
    if kind != "stock":
        args += ["--from", "2026-03-01"]
    assert main(args) == 0
    assert out.read_bytes() == cli_out.read_bytes()
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) > 1
    assert sorted(p.name for p in out.parent.iterdir()) == ["export.csv"]


def test_a_cancelled_export_leaves_no_file(store, admin, page, qtbot, monkeypatch, tmp_path):
    shop_with_donations(store, admin)
    update = JobProgress.update

    def cancel_at_once(progress, done, total=0):
        progress.cancel.set()
        update(progress, done, total)

    monkeypatch.setattr(JobProgress, "update", cancel_at_once)
    folder = tmp_path / "out"
    folder.mkdir()
    assert export_with_page(page, qtbot, monkeypatch, "donations", folder / "d.csv") == \
        "Cancelled: no file was written."
    assert list(folder.iterdir()) == []


def test_an_export_with_the_first_day_after_the_last_is_refused(page, qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QDate

    pick(page.export_kind, "sales")
    page.first_day.setDate(QDate(2026, 3, 9))
    page.last_day.setDate(QDate(2026, 3, 1))
    page.export_file.setText(str(tmp_path / "s.csv"))
    page.export_button.click()
    assert page.message.text() == "The first day is after the last day."
    assert list(tmp_path.glob("s.csv*")) == []


def test_a_cashier_is_refused_by_the_service(store, cashier, qtbot, monkeypatch):  # noqa: F811
    actor = login_at_till(store.sessions, "T1", CASHIER_PIN)
    page = DataPage(office_context(store, actor))
    qtbot.addWidget(page)
    before = snapshot(store)
    assert import_with_page(page, qtbot, monkeypatch, "catalog", EXAMPLES / "catalog.csv") == \
        "importing records needs a manager"
    assert import_with_page(page, qtbot, monkeypatch, "catalog", EXAMPLES / "catalog.csv", dry_run=True) == \
        "importing records needs a manager"
    assert snapshot(store) == before


def test_a_cashiers_export_is_refused_by_the_service_and_writes_no_file(store, cashier, qtbot, monkeypatch,  # noqa: F811
                                                                        tmp_path):
    actor = login_at_till(store.sessions, "T1", CASHIER_PIN)
    page = DataPage(office_context(store, actor))
    qtbot.addWidget(page)
    folder = tmp_path / "out"
    folder.mkdir()
    for kind in ("sales", "donations", "hours"):
        assert export_with_page(page, qtbot, monkeypatch, kind, folder / f"{kind}.csv") == \
            "exports show people's names and money: they need a manager"
    assert list(folder.iterdir()) == []
