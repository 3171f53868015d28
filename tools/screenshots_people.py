"""Screenshots of the back office's people pages at 1366x768 in zh_CN and en, for
docs/screenshots/ and for a person to look at before a GUI change is called done: households
(list and detail), a volunteer's hours and time bank, the approvals list, the clock panel.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/screenshots_people.py
(QT_QPA_PLATFORM=offscreen also works.) It builds a 20-day demo store in a temp folder and
logs in as its manager; each page is shown standalone, as the back-office shell will hold it.
"""

from __future__ import annotations

import sys

from office_shots import OUT, SHOWN, finish, office_context, shoot
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def main(language: str) -> None:
    from charitymart.services.people import hours, volunteers
    from charitymart.ui.office.people.approvals import ApprovalsPage
    from charitymart.ui.office.people.clock_panel import ClockPanel
    from charitymart.ui.office.people.household_form import HouseholdForm
    from charitymart.ui.office.people.households import HouseholdsPage
    from charitymart.ui.office.people.volunteers import VolunteersPage

    handle, manager, context = office_context(language, prefix="cm-people-shots-", days=20)

    households = HouseholdsPage(context)
    shoot(households, f"office-households-{language}", context)
    households.table.selectRow(min(3, households.model.rowCount() - 1))
    QTest.qWait(100)
    shoot(households, f"office-household-detail-{language}", context)

    form = HouseholdForm(context, households.categories, households.today)
    form.card.setText("H0100")
    form.name.setText("王建国" if language == "zh_CN" else "Wang Jianguo")
    form.id_number.setText("110105194912310012")  # wrong check digit: the error shows under the field
    SHOWN.append(form)
    form.show()
    QTest.qWait(300)
    form.grab().save(str(OUT / f"office-household-form-{language}.png"))
    print("wrote", OUT / f"office-household-form-{language}.png")
    form.hide()

    page = VolunteersPage(context)
    context.jobs.wait(20000)
    QTest.qWait(100)
    with handle.readers() as s:
        listed = volunteers.list_volunteers(s)
        best = max(listed, key=lambda v: hours.timebank_statement(s, v.id).balance_x100)
    page.table.selectRow(next(i for i, row in enumerate(page.model.payloads) if row.id == best.id))
    shoot(page, f"office-volunteer-{language}", context)
    shoot(ApprovalsPage(context), f"office-approvals-{language}", context)
    panel = ClockPanel(context)
    for code in ("V003", "V005"):  # the demo store is thrown away afterwards
        if code not in {row[1] for row in panel.model.rows}:
            panel.scan.setText(code)
            panel.scanned()
    shoot(panel, f"office-clock-{language}", context)
    finish(handle, context)


if __name__ == "__main__":
    application = QApplication.instance() or QApplication(sys.argv[:1])
    for lang in (sys.argv[1:] or ["zh_CN", "en"]):
        main(lang)
