"""The organisation on public papers, typed in the settings form: a wrong credit code is named as
typed and nothing is saved; saved, the fields print in a donation acknowledgement's organisation block."""

from __future__ import annotations

from datetime import date

from charitymart.services.documents import donors as documents_donors
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from charitymart.ui.office.admin.settings import SettingsPage
from tests.support import factories
from tests.support.counter import manager_id, snapshot  # noqa: F401
from tests.support.documents import pdf_text
from tests.ui.office.admin.test_office_admin import (  # noqa: F401
    context_for,
    last_action,
    manager,
    type_into,
)

CODE = "53310115MJ5000012G"


def test_organisation_fields_are_checked_saved_and_printed(store, manager, admin, qtbot):  # noqa: F811
    page = SettingsPage(context_for(store, manager))
    qtbot.addWidget(page)
    page.show()
    fields = page.fields
    type_into(qtbot, fields["org_credit_code"].widget, "53310115MJ50000120")
    assert page.message.text().startswith("Unified social credit code: 53310115MJ50000120 is not a unified social "
                                          "credit code") and not page.save_button.isEnabled()
    before = snapshot(store)
    assert page.save() is False and snapshot(store) == before
    type_into(qtbot, fields["org_credit_code"].widget, CODE.lower())
    type_into(qtbot, fields["org_registering_authority"].widget, "上海市浦东新区民政局")
    type_into(qtbot, fields["org_person_in_charge"].widget, "张慧敏")
    type_into(qtbot, fields["org_complaint_phone"].widget, "021-58880000")
    assert page.save() is True and last_action(store) == "store.settings"
    assert fields["org_credit_code"].widget.text() == CODE  # shown as stored: upper case

    with store.sessions.begin() as s:
        item = factories.add_item(s, name="大米 5kg", price=2500)
        donation = intake.record_intake(s, admin, fund_source="donated", party_code=None,
                                        received_on=date(2026, 3, 9),
                                        lines=[IntakeLine(barcode=factories.code_of(s, item), quantity=2,
                                                          unit_value=2000)])
    with store.readers() as s:
        body = pdf_text(documents_donors.donation_acknowledgement_pdf(s, admin, donation.number, "en"))
    for value in (CODE, "上海市浦东新区民政局", "张慧敏", "021-58880000", "Seal of the organisation",
                  "Date of issue Mar 10, 2026"):
        assert value in body
