"""The monthly donor receipt read back from the PDF: the total never leaves the signature and seal
alone on a last page; its own serial number, issue date, the not-a-捐赠票据 statement, the
valuation basis, goods that could not be valued, and the organisation block from the settings."""

from __future__ import annotations

import io

from pypdf import PdfReader
from sqlalchemy import text

from charitymart.services.documents import donors as documents_donors
from charitymart.services.store import settings
from charitymart.report_commands.common import script_actor
from tests.support.documents import MONTH, demo, demo_db, pdf_text  # noqa: F401

CREDIT_CODE = "91110000600037341L"


def _pages(content: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(content)).pages]


def test_the_signature_and_seal_never_stand_alone_on_a_last_page(demo):  # noqa: F811
    with demo.readers() as s:
        documents = documents_donors.donor_receipts_pdfs(s, script_actor(s), *MONTH, "en")
    several_pages = 0
    for code, _, content in documents:
        pages = _pages(content)
        several_pages += len(pages) > 1
        last = pages[-1]
        assert "Total for the month" in last and "For the shop" in last and "Seal of the organisation" in last, code
    assert several_pages, "the demo month has donors whose receipt runs to a second page"


def test_serial_number_issue_date_statement_and_organisation_block(demo):  # noqa: F811
    with demo.sessions.begin() as s:
        admin = s.execute(text("SELECT id, name FROM users WHERE role = 'admin' ORDER BY id LIMIT 1")).one()
        from charitymart.services.context import Actor

        actor = Actor(user_id=admin.id, name=admin.name, role="admin", till_id=None)
        settings.update_settings(s, actor, org_credit_code=CREDIT_CODE.lower(),
                                 org_registering_authority="某市某区民政局", org_person_in_charge="王负责",
                                 org_complaint_phone="010-12345678")
        documents = documents_donors.donor_receipts_pdfs(s, script_actor(s), *MONTH, "en")
        s.rollback()  # the demo store is shared by the session's tests: leave it as it was
    code, _, content = documents[0]
    body = pdf_text(content)
    assert f"Donor receipt number DR202602-{code}" in body
    assert "Date of issue Mar 10, 2026" in body  # the frozen today
    assert "It is not a public welfare donation receipt" in body
    assert "Valuation basis:" in body
    for value in (CREDIT_CODE, "某市某区民政局", "王负责", "010-12345678"):
        assert value in body


def test_goods_that_could_not_be_valued_are_listed_not_counted_as_nothing(demo):  # noqa: F811
    with demo.readers() as s:
        code, name_en, quantity = s.execute(text(
            "SELECT p.code, i.name_en, dl.quantity FROM donation_lines dl JOIN donations d ON d.id = dl.donation_id "
            "JOIN parties p ON p.id = d.party_id JOIN items i ON i.id = dl.item_id WHERE dl.unit_value = 0 "
            "AND d.fund_source = 'donated' AND d.received_on BETWEEN '2026-02-01' AND '2026-02-28' LIMIT 1")).one()
        documents = {c: b for c, _, b in documents_donors.donor_receipts_pdfs(s, script_actor(s), *MONTH, "en")}
    body = pdf_text(documents[code])
    assert "¥0.00 ¥0.00" not in body  # no line valued at nothing
    assert "Not valued" in body
    listed = body.split("could not be valued (not counted in the total):")[1]
    assert name_en in listed and f"× {quantity}" in listed
