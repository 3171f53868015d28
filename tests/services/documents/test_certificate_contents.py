"""The volunteer certificate read back from the PDF: 服务内容 sums every approved hour by activity
(counter shifts too, not only entries with a description); a missing person in charge is told to
the manager before printing (CLI: stderr) and the paper never prints a bare "—"; the contact line is
the phone; no line starts with Chinese punctuation; the organisation block is at the foot."""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, time
from decimal import Decimal

import pytest

from charitymart import cli
from charitymart.reports.certificate import CertificateDocument, certificate_pdf
from charitymart.reports.letterhead import Organisation, StoreHeading
from charitymart.services import clock
from charitymart.services.people import certificates, hours
from charitymart.services.store import settings
from tests.support.counter import cashier, manager_id  # noqa: F401
from tests.support.month import APRIL_2, build_march, line_with, pdf_text

STARTS_WRONG = re.compile(r"^\s*[，。、；：！？）》」』】]")


@pytest.fixture
def march(store, admin, cashier, manager_id):  # noqa: F811
    built = build_march(store, admin, cashier)
    with store.sessions.begin() as s:  # a morning at the counter: clocked in and out, no description
        clock.set_now(datetime(2026, 3, 12, 1, 0))
        hours.clock_in(s, cashier, "V100")
    with store.sessions.begin() as s:
        clock.set_now(datetime(2026, 3, 12, 5, 0))
        hours.clock_out(s, cashier, "V100")
    clock.set_now(APRIL_2)
    with store.sessions.begin() as s:  # an evening entered by hand, no description
        day = date(2026, 3, 14)
        entry = hours.add_manual_entry(s, admin, "V100", day, hours.local_time_utc(s, day, time(18, 0)), minutes=90)
        hours.approve(s, admin, entry.id)
    return built


def test_service_content_sums_every_approved_hour_and_contact_is_the_phone(store, march, admin, tmp_path):
    with store.sessions.begin() as s:
        settings.update_settings(s, admin, phone="010-12345678")
        issued = certificates.issue_certificate(s, admin, "V100", date(2026, 3, 1), date(2026, 3, 31), "en")
    text = pdf_text(issued.pdf, tmp_path)
    content = " ".join(text.split())
    assert "8.5 hours in 3 sessions" in content  # 3 h described + 4 h at the counter + 1.5 h by hand
    assert "Service at the shop counter and on the shop floor: 4.0 hours" in content
    assert "整理捐赠物资: 3.0 hours" in content and "Other volunteer service: 1.5 hours" in content
    contact = line_with(text, "Contact phone")
    assert "010-12345678" in contact and "幸福路" not in contact


def test_a_missing_person_in_charge_is_told_before_printing(store, march, tmp_path, capsys):
    out = tmp_path / "c.pdf"
    assert cli.main(["report", "certificate", "--db", store.engine.url.render_as_string(hide_password=False), "--volunteer", "V100",
                     "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out), "--lang", "en"]) == 0
    assert "no person in charge is set" in capsys.readouterr().err
    text = pdf_text(out.read_bytes(), tmp_path, "cli")
    assert "—" not in line_with(text, "Person in charge") and "—" not in line_with(text, "Contact phone")


def test_with_a_person_in_charge_no_warning_and_the_name_is_printed(store, march, admin, tmp_path):
    with store.sessions.begin() as s:
        certificates.set_person_in_charge(s, admin, "王负责")
        settings.update_settings(s, admin, phone="010-12345678")
        assert certificates.certificate_warnings(s) == ()
        issued = certificates.issue_certificate(s, admin, "V100", date(2026, 3, 1), date(2026, 3, 31), "zh_CN")
    assert "王负责" in pdf_text(issued.pdf, tmp_path)


def _lines(pdf: bytes, tmp_path, name: str) -> list[str]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True, text=True).stdout.splitlines()


def test_no_line_starts_with_chinese_punctuation(tmp_path):
    heading = StoreHeading(name="阳光社区慈善超市", phone="010-12345678",
                           organisation=Organisation(credit_code="91110000600037341L", person_in_charge="王负责"))
    for extra in range(12):  # names of every length move the line breaks through the commas
        document = CertificateDocument(
            number="2026-0001", issued_on=date(2026, 4, 2), volunteer_name="欧阳" + "志" * extra, volunteer_code="V1",
            id_type="resident_id", id_number="5101**********1234", first=date(2026, 1, 1), last=date(2026, 3, 31),
            hours=Decimal(220), entries=40, services=(), issuer="阳光社区慈善超市" + "第" * (extra % 5),
            person_in_charge="王负责", handler="管理员", address="", phone="010-12345678",
            service_hours=(("counter", "", Decimal(200)), ("described", "周六社区义卖活动，布置场地，整理捐赠物资，清点库存，登记来访居民",
                                                             Decimal("12.5")),
                           ("other", "", Decimal("7.5"))), heading=heading)
        for line in _lines(certificate_pdf(document, "zh_CN"), tmp_path, f"c{extra}"):
            assert not STARTS_WRONG.match(line), (extra, line)


