"""The Documents area's month end page: the 公示 previewed and saved with the ledger's figures,
publishing through the confirmation, refusals shown, and a folder of donor receipts written
(or, cancelled, not written at all)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from charitymart.db.models import Beneficiary, Donation, DonationLine, IdentityAccess, Party, PublishedMonth, Store
from charitymart.services import clock
from charitymart.services.errors import PeriodClosedError
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.store import chain_heads
from charitymart.services.users.session import login_at_till
from charitymart.ui.office.documents.month_end_page import MonthEndPage, PublishDialog
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from tests.support.counter import MANAGER_PIN, cashier, manager_id  # noqa: F401  (fixtures)
from tests.support.month import APRIL_2, build_march, pdf_text
from tests.support.office import answer, office_context


@pytest.fixture
def march(store, admin, cashier, manager_id):
    built = build_march(store, admin, cashier)
    clock.set_now(APRIL_2)
    return built


@pytest.fixture
def manager(store, manager_id):
    return login_at_till(store.sessions, "T1", MANAGER_PIN)


def month_page(store, actor, qtbot, language="en"):
    page = MonthEndPage(office_context(store, actor, language))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def donated_goods_value(store, first, last) -> int:
    """Sum of quantity x unit value of donated goods received in the range, straight from the rows."""
    with store.sessions() as s:
        return s.scalar(select(func.coalesce(func.sum(DonationLine.quantity * DonationLine.unit_value), 0))
                        .join(Donation, Donation.id == DonationLine.donation_id)
                        .where(Donation.fund_source == "donated", Donation.received_on >= first,
                               Donation.received_on <= last))


def test_the_month_defaults_to_last_month_and_says_it_is_not_published(store, march, manager, qtbot):
    page = month_page(store, manager, qtbot)
    assert page.windowTitle() == "Month end"
    assert page.month.currentText() == "2026-03"
    assert page.publication_status.text() == "2026-03 is not published yet."
    assert page.publish_button.isEnabled()


def test_the_transparency_report_preview_is_saved_with_the_months_figures(store, march, manager, qtbot, tmp_path):
    page = month_page(store, manager, qtbot)
    saved = tmp_path / "march.pdf"

    def save(dialog):
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
        assert dialog.pages.count() >= 1  # the preview shows pages
        dialog.save_pdf(str(saved))
        dialog.accept()

    answer(page, DocumentDialog, save)
    page.preview_button.click()
    text = pdf_text(saved.read_bytes(), tmp_path, "shown")
    goods = donated_goods_value(store, date(2026, 3, 1), date(2026, 3, 31))
    assert goods == 10 * 2000 + 30 * 250 + 5 * 200 + 4 * 2200  # the fixture's four donations of goods
    assert f"{goods // 100:,}.{goods % 100:02d}" in text


def test_publishing_through_the_confirmation_closes_the_month(store, march, manager, admin, qtbot):
    page = month_page(store, manager, qtbot)

    def confirm(dialog):
        assert "correction with a reason" in dialog.findChild(type(page.publication_status)).text()
        dialog.publish_button.click()

    answer(page, PublishDialog, confirm)
    page.publish_button.click()
    page.context.jobs.wait()
    qtbot.waitUntil(lambda: page.publication is not None)
    with store.sessions() as s:
        assert s.get(Store, 1).closed_through == date(2026, 3, 31)
        head = s.scalar(select(PublishedMonth.chain_head))
    assert "published and closed" in page.report_message.text() and head in page.report_message.text()
    assert head in page.publication_status.text() and not page.publish_button.isEnabled()
    with store.readers() as s:  # the published head is also kept outside the database, for verify
        known = chain_heads.known_heads(s.get(Store, 1).uuid, chain_heads.database_label(store.engine.url.database))
    assert [h.hash for h in known if h.source == "publish"] == [head]
    with pytest.raises(PeriodClosedError), store.sessions.begin() as s:
        intake.record_intake(s, admin, fund_source="donated", party_code=march.named, received_on=date(2026, 3, 20),
                             lines=[IntakeLine(barcode=march.rice, quantity=1, unit_value=1000)])


def test_cancelling_the_confirmation_publishes_nothing(store, march, manager, qtbot):
    page = month_page(store, manager, qtbot)
    answer(page, PublishDialog, lambda dialog: dialog.cancel_button.click())
    page.publish_button.click()
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(PublishedMonth)) == 0
        assert s.get(Store, 1).closed_through is None


def test_a_cashier_is_refused_publishing(store, march, cashier, qtbot):
    page = month_page(store, cashier, qtbot)
    answer(page, PublishDialog, lambda dialog: dialog.publish_button.click())
    page.publish_button.click()
    page.context.jobs.wait()
    qtbot.waitUntil(lambda: "needs a manager" in page.report_message.text())
    with store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(PublishedMonth)) == 0


def test_a_month_not_over_is_refused_in_words(store, march, manager, qtbot):
    page = month_page(store, manager, qtbot)
    page.month.setCurrentIndex(page.month.findText("2026-04"))
    answer(page, PublishDialog, lambda dialog: dialog.publish_button.click())
    page.publish_button.click()
    page.context.jobs.wait()
    qtbot.waitUntil(lambda: "not over yet" in page.report_message.text())


def donors_who_gave_in_march(store) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count(func.distinct(Donation.party_id))).join(Party, Party.id == Donation.party_id)
                        .where(Donation.fund_source == "donated", Donation.received_on >= date(2026, 3, 1),
                               Donation.received_on <= date(2026, 3, 31)))


def test_donor_receipts_are_written_to_the_chosen_folder(store, march, manager, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "receipts"
    folder.mkdir()
    monkeypatch.setattr("charitymart.ui.office.documents.month_end_page.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(folder))
    page = month_page(store, manager, qtbot)
    page.batch_buttons["donor_receipts"].click()
    page.context.jobs.wait(30000)
    qtbot.waitUntil(lambda: not page.batch.is_running())
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == donors_who_gave_in_march(store) == 3  # the named, the unnamed, the organisation
    assert all(name.startswith("donor-receipt-2026-03-") and name.endswith(".pdf") for name in files)
    assert page.papers_message.text() == f"Donor receipts written to {folder}: 3."
    assert "陈慈爱" in pdf_text((folder / f"donor-receipt-2026-03-{march.named}.pdf").read_bytes(), tmp_path)


def test_cancelling_the_donor_receipts_leaves_the_folder_empty(store, march, manager, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "receipts"
    folder.mkdir()
    monkeypatch.setattr("charitymart.ui.office.documents.month_end_page.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(folder))
    page = month_page(store, manager, qtbot)
    import charitymart.ui.office.documents.folder_batch as folder_batch

    class CancelAfterFirst(folder_batch.BatchProgress):
        def update(self, done, total):
            super().update(done, total)
            if done == 1:
                self.cancel.set()  # as if the volunteer pressed Cancel while the second was being made

    monkeypatch.setattr(folder_batch, "BatchProgress", CancelAfterFirst)
    page.batch_buttons["donor_receipts"].click()
    page.context.jobs.wait(30000)
    qtbot.waitUntil(lambda: not page.batch.is_running())
    assert list(folder.iterdir()) == []
    assert page.papers_message.text() == f"Cancelled: nothing was written to {folder}."


def test_the_cancel_button_stops_the_batch(store, march, manager, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "receipts"
    monkeypatch.setattr("charitymart.ui.office.documents.month_end_page.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(folder))
    import charitymart.ui.office.documents.folder_batch as folder_batch

    pressed = threading.Event()
    real_plans = folder_batch.batch_plans

    def plans_after_cancel(*args):
        assert pressed.wait(10)  # the worker holds here until Cancel has been pressed
        return real_plans(*args)

    monkeypatch.setattr(folder_batch, "batch_plans", plans_after_cancel)
    page = month_page(store, manager, qtbot)
    page.batch_buttons["donor_receipts"].click()
    assert page.batch.isVisible() and page.batch.cancel_button.isEnabled()
    assert not page.batch_buttons["donor_receipts"].isEnabled()
    page.batch.cancel_button.click()
    pressed.set()
    page.context.jobs.wait(30000)
    qtbot.waitUntil(lambda: not page.batch.is_running())
    assert list(folder.iterdir()) == [] and "Cancelled" in page.papers_message.text()


def test_a_cashier_is_refused_household_statements(store, march, cashier, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "statements"
    monkeypatch.setattr("charitymart.ui.office.documents.month_end_page.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(folder))
    page = month_page(store, cashier, qtbot)
    page.batch_buttons["household_statements"].click()
    page.context.jobs.wait(30000)
    qtbot.waitUntil(lambda: not page.batch.is_running())
    assert "need a manager" in page.papers_message.text()
    assert not folder.exists() or list(folder.iterdir()) == []


def test_household_statements_from_the_page_record_each_print(store, march, manager, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "statements"
    folder.mkdir()
    monkeypatch.setattr("charitymart.ui.office.documents.month_end_page.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(folder))
    page = month_page(store, manager, qtbot)
    page.batch_buttons["household_statements"].click()
    page.context.jobs.wait(30000)
    qtbot.waitUntil(lambda: not page.batch.is_running())
    files = sorted(p.name for p in folder.iterdir())
    assert files and all(name.startswith("household-statement-2026-03-") for name in files)
    with store.sessions() as s:
        printed = s.execute(select(Beneficiary.card_number, IdentityAccess.user_id).join(
            Beneficiary, Beneficiary.id == IdentityAccess.subject_id).where(
            IdentityAccess.action == "print", IdentityAccess.purpose == "household statement 2026-03")).all()
    assert sorted(f"household-statement-2026-03-{card}.pdf" for card, _ in printed) == files
    assert {user for _, user in printed} == {manager.user_id}


# ----- shift and stock -----

def test_the_z_report_of_a_closed_shift(store, admin, cashier, qtbot, tmp_path):
    from charitymart.services.sales import shifts
    from charitymart.ui.office.documents.shift_stock_page import ShiftStockPage
    from tests.support.counter import sell, stock

    with store.sessions.begin() as s:
        opened = shifts.open_shift(s, cashier, 10000).id
    rice, _item_id, _lots = stock(store)
    sell(store, cashier, [(rice, 2)])  # ¥50 in cash
    with store.sessions.begin() as s:
        shifts.close_shift(s, cashier, {10000: 1, 5000: 1})  # ¥150 counted: the float and the sale
    page = ShiftStockPage(office_context(store, admin))
    qtbot.addWidget(page)
    page.show()
    assert page.shift.count() == 1 and page.shift.currentData() == opened
    assert f"Shift {opened}, till T1" in page.shift.currentText()
    saved = tmp_path / "z.pdf"

    def save(dialog):
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
        dialog.save_pdf(str(saved))
        dialog.accept()

    answer(page, DocumentDialog, save)
    page.z_shift_button.click()
    text = pdf_text(saved.read_bytes(), tmp_path)
    assert "Z-report: shift closed" in text
    assert "150.00" in [line for line in text.splitlines() if "Counted" in line][0]


def test_a_day_without_shifts_says_so(store, admin, qtbot):
    from charitymart.ui.office.documents.shift_stock_page import ShiftStockPage

    page = ShiftStockPage(office_context(store, admin))
    qtbot.addWidget(page)
    assert page.shift.count() == 0 and not page.z_shift_button.isEnabled()
    assert page.z_message.text() == "No shift was opened on 2026-03-10."


def test_the_documents_area_has_its_four_pages(store, admin, qtbot):
    from charitymart.ui.office.areas import AREAS
    from charitymart.ui.office.documents.area import pages

    assert AREAS.index("charitymart.ui.office.documents.area") == AREAS.index("charitymart.ui.office.admin.area") - 1
    found = pages(office_context(store, admin))
    for page in found:
        qtbot.addWidget(page)
    assert [page.windowTitle() for page in found] == ["Month end", "Spending", "Shift and stock",
                                                      "Volunteer certificate"]
