"""Documents and exports that reveal people's data or money check the acting user's role (issue 12.10).

A cashier's session is refused with PermissionDenied and nothing is written (not even an export
file); a manager gets the document. Household statements record a print of each household's
personal data, like card labels with names.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select, text

from charitymart.cli import main
from charitymart.db.models import AuditEvent, Beneficiary, IdentityAccess, User
from charitymart.services import reporting
from charitymart.services.context import Actor
from charitymart.services.data import exports
from charitymart.services.documents import batch
from charitymart.services.documents import donors as documents_donors
from charitymart.services.documents import money as documents_money
from charitymart.services.documents import month as documents_month
from charitymart.services.errors import PermissionDenied
from charitymart.services.people import certificates
from charitymart.services.stock import consignor_payments
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify
from tests.support.documents import MONTH, demo_copy, demo_db  # noqa: F401  (fixtures)

FIRST, LAST = date(2026, 2, 1), date(2026, 2, 28)


def _actor(s, role: str) -> Actor:
    user = s.scalar(select(User).where(User.role == role, User.active.is_(True)).order_by(User.id))
    return Actor(user_id=user.id, name=user.name, role=user.role, till_id=None)


def _donation(s) -> str:
    return s.scalar(text("SELECT number FROM donations WHERE fund_source = 'donated' ORDER BY id LIMIT 1"))


def _shift(s) -> int:
    return s.scalar(text("SELECT MIN(shift_id) FROM shift_closes"))


def _consignor(s) -> str:
    return s.scalar(text("SELECT code FROM parties WHERE kind = 'consignor' ORDER BY code LIMIT 1"))


def _volunteer(s) -> str:
    return s.scalar(text("SELECT code FROM volunteers ORDER BY code LIMIT 1"))


# (name, call(session, actor, tmp_path)); each reveals names of people or money.
GUARDED = [
    *[(f"export {kind}", lambda s, a, tmp, kind=kind: exports.export_csv(s, a, kind, FIRST, LAST, tmp / f"{kind}.csv"))
      for kind in exports.EXPORT_COLUMNS],
    ("donor receipts", lambda s, a, tmp: documents_donors.donor_receipts_pdfs(s, a, *MONTH, "en")),
    ("donation acknowledgement", lambda s, a, tmp: documents_donors.donation_acknowledgement_pdf(s, a, _donation(s))),
    ("hours report", lambda s, a, tmp: documents_month.hours_report_pdf(s, a, FIRST, LAST, "en")),
    ("household statements", lambda s, a, tmp: documents_money.beneficiary_statements_pdfs(s, a, *MONTH, "en")),
    ("consignor settlements", lambda s, a, tmp: documents_money.consignor_settlements_pdfs(s, a, *MONTH, "en")),
    ("z-report", lambda s, a, tmp: documents_money.z_report_pdf_for(s, a, shift_id=_shift(s), language="en")),
    *[(f"batch {kind}", lambda s, a, tmp, kind=kind: batch.batch_plans(s, a, kind, *MONTH, "en"))
      for kind in batch.BATCH_KINDS],
    # The reporting queries under them, and the office's registers that name people.
    ("reporting donor receipts", lambda s, a, tmp: reporting.donor_receipts(s, a, *MONTH)),
    ("reporting household statements", lambda s, a, tmp: reporting.beneficiary_statements(s, a, *MONTH)),
    ("reporting hours", lambda s, a, tmp: reporting.hours_report(s, a, FIRST, LAST)),
    ("reporting certificate", lambda s, a, tmp: reporting.certificate_data(s, a, _volunteer(s), FIRST, LAST)),
    ("reporting consignor settlement", lambda s, a, tmp: reporting.consignor_settlement(s, a, _consignor(s), *MONTH)),
    ("consignor settlement status", lambda s, a, tmp: consignor_payments.settlement_status(s, a, _consignor(s),
                                                                                           *MONTH)),
    ("certificate register", lambda s, a, tmp: certificates.certificate_register(s, a) or True),
]


@pytest.mark.parametrize(("name", "call"), GUARDED, ids=[name for name, _ in GUARDED])
def test_a_cashier_is_refused_and_a_manager_allowed(demo_copy, tmp_path, name, call):
    out = tmp_path / "out"
    out.mkdir()
    with demo_copy.sessions() as s:
        events = s.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(PermissionDenied, match="manager"), demo_copy.sessions.begin() as s:
        call(s, _actor(s, "cashier"), out)
    assert list(out.iterdir()) == [], "a refused export leaves no file"
    with demo_copy.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == events
    with demo_copy.sessions.begin() as s:
        result = call(s, _actor(s, "manager"), out)
    assert result or result == 0


def test_printing_household_statements_records_who_saw_each_household(demo_copy):
    with demo_copy.sessions.begin() as s:
        manager = _actor(s, "manager")
        documents = documents_money.beneficiary_statements_pdfs(s, manager, *MONTH, "en")
    assert len(documents) >= 5
    with demo_copy.sessions() as s:
        cards = dict(s.execute(select(Beneficiary.id, Beneficiary.card_number)).all())
        rows = s.scalars(select(IdentityAccess).where(IdentityAccess.purpose == "household statement 2026-02")).all()
        assert sorted(cards[r.subject_id] for r in rows) == sorted(card for card, _, _ in documents)
        assert {(r.subject_table, r.action, r.user_id) for r in rows} == {("beneficiaries", "print", manager.user_id)}
        event = s.scalar(select(AuditEvent).where(AuditEvent.action == "beneficiary.print_statement"))
        assert event is not None and event.user_id == manager.user_id
        report = verify(s)
        assert report.ok, report.problems


def test_the_statements_command_records_the_prints_too(demo_copy, tmp_path, capsys):
    database = demo_copy.url
    demo_copy.close()
    out = tmp_path / "statements"
    assert main(["report", "beneficiary-statements", "--db", database, "--month", "2026-02", "--out", str(out)]) == 0
    assert "household statements" in capsys.readouterr().out
    written = sorted(p.name for p in out.iterdir())
    reopened = open_store(database)
    try:
        with reopened.sessions() as s:
            printed = s.scalar(select(func.count()).select_from(IdentityAccess).where(
                IdentityAccess.purpose == "household statement 2026-02", IdentityAccess.action == "print"))
    finally:
        reopened.close()
    assert printed == len(written) >= 5
