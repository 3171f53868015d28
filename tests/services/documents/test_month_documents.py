"""Volunteer certificates (numbered register, full ID only for a manager, audited), the hours and
stock reports, their commands, and schema 0004 upgrading a 0003 store with data."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from charitymart import cli
from charitymart.db import migrate
from charitymart.db.engine import make_engine, make_session_factory
from charitymart.db.models import AuditEvent, CertificateIssue, IdentityAccess, Item, PublishedMonth, Store, Volunteer
from charitymart.report_commands.common import script_actor
from charitymart.reports.base import money
from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from charitymart.services.errors import PermissionDenied, ValidationError
from charitymart.services.people import certificates, hours, volunteers
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.store.verify import verify
from tests.support import factories
from tests.support.counter import assert_chain_ok, cashier, manager_id, snapshot  # noqa: F401
from tests.support.month import APRIL_2, build_march, line_with, pdf_text, publish, scalar

ID_NUMBER = "11010519491231002X"


@pytest.fixture
def march(store, admin, cashier, manager_id):
    built = build_march(store, admin, cashier)
    with store.sessions.begin() as s:
        volunteers.register(s, admin, code="V300", name="证明测试", id_number=ID_NUMBER)
    clock.set_now(APRIL_2)
    return built


def issue(store, actor, code="V100", full_id=False, language="en"):
    with store.sessions.begin() as s:
        return certificates.issue_certificate(s, actor, code, date(2026, 3, 1), date(2026, 3, 31), language,
                                              full_id=full_id)


def test_certificates_are_numbered_gaplessly_and_show_the_credited_hours(store, march, admin, tmp_path):
    first = issue(store, admin)
    second = issue(store, admin, "V200", language="zh_CN")
    assert (first.number, second.number) == ("2026-0001", "2026-0002")
    text = pdf_text(first.pdf, tmp_path)
    minutes = scalar(store, "SELECT sum(d.credited_minutes) FROM work_decisions d JOIN work_entries e "
                            "ON e.id = d.entry_id JOIN volunteers v ON v.id = e.volunteer_id WHERE v.code = 'V100' "
                            "AND d.decision = 'approved'")
    assert minutes == 180
    assert "3.0 hours in 1 session" in line_with(text, "Hours of service")
    assert "2026-0001" in line_with(text, "Certificate number") and "V100" in line_with(text, "Volunteer number")
    assert "整理捐赠物资" in line_with(text, "Service content")
    assert "志愿服务证明" in pdf_text(second.pdf, tmp_path, "zh")
    with store.sessions() as s:
        rows = s.scalars(select(CertificateIssue).order_by(CertificateIssue.id)).all()
        assert [(r.year, r.seq, r.credited_minutes, r.full_id_printed) for r in rows] == [
            (2026, 1, 180, False), (2026, 2, 240, False)]
        assert {e.action for e in s.scalars(select(AuditEvent))} >= {"certificate.issue"}
    assert_chain_ok(store)


def test_the_full_id_number_is_decrypted_for_a_manager_and_recorded(store, march, admin, cashier, tmp_path):
    with store.sessions.begin() as s:
        masked = s.scalar(select(Volunteer.id_masked).where(Volunteer.code == "V300"))
        entry = hours.add_manual_entry(s, admin, "V300", date(2026, 3, 12),
                                       hours.local_time_utc(s, date(2026, 3, 12), time(9, 0)), minutes=60)
        hours.approve(s, admin, entry.id)
    before = snapshot(store)
    with pytest.raises(PermissionDenied):
        issue(store, cashier, "V300", full_id=True)
    assert snapshot(store) == before
    masked_text = pdf_text(issue(store, admin, "V300").pdf, tmp_path, "masked")
    assert ID_NUMBER not in masked_text and masked in masked_text
    full = issue(store, admin, "V300", full_id=True)
    assert ID_NUMBER in pdf_text(full.pdf, tmp_path, "full")
    with store.sessions() as s:
        access = s.scalars(select(IdentityAccess).where(IdentityAccess.action == "decrypt")).all()
        assert [(a.subject_table, a.purpose) for a in access] == [("volunteers", f"volunteer certificate {full.number}")]
    assert_chain_ok(store)


def test_no_certificate_without_approved_hours(store, march, admin):
    before = snapshot(store)
    with pytest.raises(ValidationError, match="no approved hours"):
        issue(store, admin, "V300")
    assert snapshot(store) == before


def test_hours_report_lists_every_volunteer_with_their_credited_hours(store, march, tmp_path):
    with store.readers() as s:
        content = documents_month.hours_report_pdf(s, script_actor(s), date(2026, 3, 1), date(2026, 3, 31), "en")
        text = pdf_text(content, tmp_path)
    v100 = line_with(text, "V100").split()
    assert v100[-4:] == ["3.0", "1", "0", "1"]  # hours, approved, rejected, waiting (the pending entry)
    assert line_with(text, "V200").split()[-4:] == ["4.0", "1", "0", "0"]
    assert line_with(text, "2 volunteers").split()[-4:] == ["7.0", "2", "0", "1"]


def test_stock_report_totals_match_the_lots(store, march, tmp_path):
    with store.readers() as s:
        text = pdf_text(documents_month.stock_report_pdf(s, "en"), tmp_path)
    for source, label in (("donated", "Donated goods"), ("purchased", "Purchased goods")):
        value = scalar(store, "SELECT sum(on_hand * unit_value) FROM lots WHERE fund_source = :f", f=source)
        assert money(value, "CNY", "en") in line_with(text, label)
    total = scalar(store, "SELECT sum(on_hand * unit_value) FROM lots")
    assert money(total, "CNY", "en") in [line for line in text.splitlines() if line.strip().startswith("Total")][0]
    soap_on_hand = scalar(store, "SELECT sum(l.on_hand) FROM lots l JOIN items i ON i.id = l.item_id "
                                 "WHERE i.name = '肥皂'")
    assert str(soap_on_hand) in line_with(text, "Soap")


def test_report_commands_print_one_line(store, march, capsys, tmp_path):
    db = store.url  # a file's path or a server's URL: --db takes either
    cases = [
        (["report", "hours", "--from", "2026-03-01", "--to", "2026-03-31"], "volunteer hours from 2026-03-01"),
        (["report", "stock"], "stock and expiry report"),
        (["report", "certificate", "--volunteer", "V200", "--from", "2026-03-01", "--to", "2026-03-31"],
         "certificate 2026-0001 for V200, 4.00 hours"),
        (["report", "publish", "--month", "2026-03"], "published 2026-03: closed through 2026-03-31"),
        (["report", "transparency", "--month", "2026-03"], "report for 2026-03 as published"),
    ]
    for number, (argv, summary) in enumerate(cases):
        out = tmp_path / f"{number}.pdf"
        args = argv + ["--db", db] + (["--out", str(out)] if argv[1] != "publish" else [])
        assert cli.main(args) == 0
        printed = capsys.readouterr().out.strip()
        assert summary in printed and len(printed.splitlines()) == 1
        assert argv[1] == "publish" or out.read_bytes().startswith(b"%PDF")
    assert cli.main(["report", "hours", "--db", db, "--from", "2026-03-31", "--to", "2026-03-01",
                     "--out", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()


def test_revision_0003_with_data_upgrades_and_publishes(tmp_path, home):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0003")
    sessions = make_session_factory(engine)
    with sessions.begin() as s:
        create_store(s, name="旧店", admin_name="Admin", admin_pin="9999")
        # No stock: today's models write stock_movements with 0006's column. Publishing the stock
        # of a store written by older code: tests/db/test_business_date_migration.py.
        factories.add_item(s, name="食用油 1L", price=1800)
    engine.dispose()

    handle = open_store(path)
    try:
        assert migrate.current_revision(handle.engine) == migrate.head_revision()
        from charitymart.services.users.session import login_at_till
        admin = login_at_till(handle.sessions, "T1", "9999")
        publish(handle, admin, 2026, 2)
        with handle.sessions() as s:
            assert s.scalar(select(Item.name)) == "食用油 1L"
            assert s.scalar(select(PublishedMonth.month)) == 2
            assert s.get(Store, 1).closed_through == date(2026, 2, 28)
            assert verify(s).ok
    finally:
        handle.close()
