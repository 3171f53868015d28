"""The certificate page tells the manager, before printing, what the paper would leave blank (no
person in charge, no phone), and stops saying it once the name is saved."""

from __future__ import annotations

import pytest

from charitymart.services import clock
from charitymart.services.store import settings
from charitymart.ui.office.documents.certificate_page import CertificatePage
from tests.support.counter import cashier, manager_id  # noqa: F401  (fixtures)
from tests.support.month import APRIL_2, build_march
from tests.support.office import office_context, type_text


@pytest.fixture
def march(store, admin, cashier, manager_id):  # noqa: F811
    built = build_march(store, admin, cashier)
    clock.set_now(APRIL_2)
    return built


def test_the_page_warns_until_the_person_in_charge_is_saved(store, march, admin, qtbot):
    with store.sessions.begin() as s:
        settings.update_settings(s, admin, phone="010-12345678")
    page = CertificatePage(office_context(store, admin))
    qtbot.addWidget(page)
    page.show()
    assert "no person in charge is set" in page.warnings.text()
    page.person.setFocus()
    type_text(page.person, "Wang")
    page.save_person_button.click()
    assert page.message.text() == "The person in charge is saved."
    assert page.warnings.text() == ""
