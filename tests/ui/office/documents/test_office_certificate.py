"""The volunteer certificate page: found by typing, issued into the numbered register, the number
on the paper; refusals (no volunteer chosen, no approved hours, a cashier's person in charge) in words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from charitymart.db.models import CertificateIssue, Volunteer
from charitymart.services import clock
from charitymart.services.people import certificates
from charitymart.ui.office.documents.certificate_page import CertificatePage
from charitymart.ui.office.shared.document_dialog import DocumentDialog
from tests.support.counter import cashier, manager_id  # noqa: F401  (fixtures)
from tests.support.month import APRIL_2, VOLUNTEER_NAME, build_march, pdf_text
from tests.support.office import answer, office_context, type_text


@pytest.fixture
def march(store, admin, cashier, manager_id):
    built = build_march(store, admin, cashier)
    clock.set_now(APRIL_2)
    return built


def certificate_page(store, actor, qtbot):
    page = CertificatePage(office_context(store, actor))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def choose(page, qtbot, text):
    page.search_field.setFocus()
    type_text(page.search_field, text)
    page.search.request(page.search_field.text())
    qtbot.waitUntil(lambda: page.results.count() > 0)
    qtbot.keyClick(page.search_field, Qt.Key_Return)


def register_count(store) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(CertificateIssue))


def test_a_certificate_is_issued_registered_and_numbered_on_the_paper(store, march, admin, qtbot, tmp_path):
    page = certificate_page(store, admin, qtbot)
    assert page.windowTitle() == "Volunteer certificate"
    choose(page, qtbot, "V100")
    assert page.chosen.text() == f"Chosen: {VOLUNTEER_NAME} (V100)"
    page.first.setDate(QDate(2026, 3, 1))
    page.last.setDate(QDate(2026, 3, 31))
    saved = tmp_path / "certificate.pdf"

    def save(dialog):
        qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=20000)
        dialog.save_pdf(str(saved))
        dialog.accept()

    answer(page, DocumentDialog, save)
    page.issue_button.click()
    with store.sessions() as s:
        row = s.scalar(select(CertificateIssue))
        volunteer_code = s.scalar(select(Volunteer.code).where(Volunteer.id == row.volunteer_id))
    assert (row.number, volunteer_code, row.first_day, row.last_day) == ("2026-0001", "V100", date(2026, 3, 1),
                                                                         date(2026, 3, 31))
    assert row.credited_minutes == 180 and not row.full_id_printed
    assert "2026-0001" in pdf_text(saved.read_bytes(), tmp_path)
    assert page.register.cell_text(0, 0) == "2026-0001"
    assert page.register.cell_text(0, 1) == f"{VOLUNTEER_NAME} (V100)" and page.register.cell_text(0, 4) == "3.00"
    assert page.message.text() == "Certificate 2026-0001 is in the register."


def test_without_a_volunteer_nothing_is_issued(store, march, admin, qtbot):
    page = certificate_page(store, admin, qtbot)
    page.issue_button.click()
    assert page.message.text() == "Volunteer: find and choose the volunteer first."
    assert register_count(store) == 0


def test_no_approved_hours_is_refused_in_the_dialog_and_nothing_registered(store, march, admin, qtbot):
    page = certificate_page(store, admin, qtbot)
    choose(page, qtbot, "V200")
    page.first.setDate(QDate(2026, 1, 1))
    page.last.setDate(QDate(2026, 1, 31))
    seen = []

    def look(dialog):
        qtbot.waitUntil(lambda: "no approved hours" in dialog.status.text(), timeout=20000)
        seen.append(dialog.save_button.isEnabled())
        dialog.reject()

    answer(page, DocumentDialog, look)
    page.issue_button.click()
    assert seen == [False] and register_count(store) == 0


def test_the_person_in_charge_is_saved_by_an_admin_and_refused_to_a_cashier(store, march, admin, cashier, qtbot):
    page = certificate_page(store, admin, qtbot)
    page.person.setText("王主任")
    page.save_person_button.click()
    assert page.message.text() == "The person in charge is saved."
    with store.sessions() as s:
        assert certificates.person_in_charge(s) == "王主任"
    refused = certificate_page(store, cashier, qtbot)
    assert refused.person.text() == "王主任"
    refused.person.setText("别人")
    refused.save_person_button.click()
    assert "needs an admin" in refused.message.text()
    with store.sessions() as s:
        assert certificates.person_in_charge(s) == "王主任"
