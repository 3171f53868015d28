"""A new organisation donor's 统一社会信用代码 typed at intake is kept (for the e-receipt export); a
wrong one is named and nothing is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from charitymart.db.models import Party
from charitymart.ui.office.intake.party_picker import NewPartyDialog
from tests.support.office import answer, type_text
from tests.ui.office.intake.test_office_intake import context, page, shop  # noqa: F401  (fixtures)


def test_an_organisations_credit_code_is_saved_with_it(page, store, qtbot):  # noqa: F811
    qtbot.mouseClick(page.kind_buttons["cash"], Qt.LeftButton)
    type_text(page.party.field, "阳光物业")
    seen = {}

    def new_donor(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("organisation"))
        dialog.credit_code.setText("91110000600037341X")  # wrong check character
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)
        seen["refusal"] = dialog.error.text()
        dialog.credit_code.setText("91110000600037341l")
        qtbot.mouseClick(dialog.ok_button, Qt.LeftButton)

    answer(page, NewPartyDialog, new_donor)
    qtbot.mouseClick(page.party.new_button, Qt.LeftButton)
    assert "not a unified social credit code" in seen["refusal"]
    with store.sessions() as s:
        donor = s.scalar(select(Party).where(Party.name == "阳光物业"))
        assert (donor.kind, donor.credit_code) == ("organisation", "91110000600037341L")
