"""Fill the ledger tables a short demo leaves empty, through the real services, so the tamper
campaign (tamper_ledger.py) edits and deletes real rows there instead of only inserting
synthetic ones.

A 14-day demo never publishes a month, corrects one, pays a consignor, issues a certificate or
looks at a household's personal details; a shop does all of these every month. Here, for the
last month that is over and has demo activity: publish it, then enter a late intake and late
volunteer hours dated in it (each a correction with a category), pay each consignor part of what
that month's settlement owes, issue a certificate to each volunteer with approved hours in it,
and view a few households' personal details (each view an identity-access row).
"""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import faultkit  # puts the repository on sys.path

EMPTY_IN_SHORT_DEMO = ("published_months", "corrections", "correction_categories", "consignor_payments",
                       "certificate_register", "identity_access")


def _month_over(today: date) -> tuple[int, int, date, date]:
    last = today.replace(day=1) - timedelta(days=1)
    return last.year, last.month, last.replace(day=1), last


def enrich(path: Path) -> dict[str, int]:
    """Write the rows; return how many each of EMPTY_IN_SHORT_DEMO holds afterwards."""
    from sqlalchemy import func, select

    from charitymart.db import models
    from charitymart.db.models import Beneficiary, Item, User, Volunteer, WorkEntry
    from charitymart.services.context import Actor, store_today
    from charitymart.services.errors import CharityMartError
    from charitymart.services.people import beneficiaries, certificates, hours
    from charitymart.services.reporting import closing
    from charitymart.services.stock import consignor_payments, intake
    from charitymart.services.store.setup import open_store

    handle = open_store(path)
    refused: list[str] = []

    def attempt(what: str, work) -> None:
        try:
            with handle.sessions.begin() as s:
                work(s)
        except CharityMartError as exc:
            refused.append(f"{what}: {exc}")

    try:
        with handle.sessions.begin() as s:
            admin_user = s.scalar(select(User).where(User.role == "admin").order_by(User.id))
            admin = Actor(admin_user.id, admin_user.name, admin_user.role, None)
            year, month, first, last = _month_over(store_today(s))
            item_id = s.scalar(select(Item.id).where(Item.active.is_(True)).order_by(Item.id))
            volunteer_codes = list(s.scalars(
                select(Volunteer.code).join(WorkEntry, WorkEntry.volunteer_id == Volunteer.id)
                .where(WorkEntry.work_date.between(first, last))
                .group_by(Volunteer.code).order_by(Volunteer.code)))
            household_ids = list(s.scalars(select(Beneficiary.id).order_by(Beneficiary.id).limit(5)))
            consignors = [c.code for c in consignor_payments.consignors(s)]

        attempt("publish", lambda s: closing.publish_month(s, admin, year, month))
        for n in range(3):
            attempt("late intake", lambda s, n=n: intake.record_intake(
                s, admin, fund_source="donated", received_on=last - timedelta(days=n),
                lines=[intake.IntakeLine(quantity=2 + n, unit_value=350, item_id=item_id)],
                correction_reason=f"paper intake form {n + 1} found after closing",
                correction_category="late_entry"))
        for n, code in enumerate(volunteer_codes[:5]):
            def late_hours(s, code=code, day=last - timedelta(days=n)):
                hours.add_manual_entry(s, admin, code, day, hours.local_time_utc(s, day, time(6, 0)), minutes=45,
                                       description="sorting before opening",
                                       correction_reason="sign-in sheet found after closing",
                                       correction_category="late_entry")
            attempt("late hours", late_hours)
        for code in consignors:
            def pay(s, code=code):
                status = consignor_payments.settlement_status(s, admin, code, year, month)
                if status.remaining > 0:
                    consignor_payments.record_payment(s, admin, code, year, month, max(1, status.remaining // 2))
            attempt("consignor payment", pay)
        for code in volunteer_codes:
            attempt("certificate", lambda s, code=code: certificates.issue_certificate(
                s, admin, code, first, last, "zh_CN"))
        for household in household_ids:
            attempt("personal details", lambda s, h=household: beneficiaries.personal_details(
                s, admin, h, "home visit planning"))
        with handle.sessions.begin() as s:
            counts = {name: s.scalar(select(func.count()).select_from(models.Base.metadata.tables[name]))
                      for name in EMPTY_IN_SHORT_DEMO}
    finally:
        handle.close()
    faultkit.checkpoint(path)
    for line in refused:
        print("  enrich refused:", line)
    return counts


if __name__ == "__main__":  # a quick look: python benchmarks/faults/ledger_rows.py STORE
    import sys

    print(enrich(Path(sys.argv[1])))
