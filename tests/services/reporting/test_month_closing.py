"""Publishing a month closes it: the refusals (nothing changed), corrections with reasons,
reproducible published figures, and `verify --head` with the head the command printed."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from charitymart import cli
from charitymart.db.models import AuditEvent, AuditRow, Correction, PublishedMonth, Store, WorkDecision, WorkEntry
from charitymart.services import audit, clock
from charitymart.services.documents import month as documents_month
from charitymart.services.errors import PeriodClosedError, PermissionDenied, ValidationError
from charitymart.services.people import hours
from charitymart.services.reporting.month import figures_hash
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.users.session import login_at_till
from tests.support.counter import MANAGER_PIN, assert_chain_ok, cashier, manager_id, sell, snapshot  # noqa: F401
from tests.support.month import APRIL_2, build_march, figures, pdf_text, publish


@pytest.fixture
def march(store, admin, cashier, manager_id):
    built = build_march(store, admin, cashier)
    clock.set_now(APRIL_2)
    return built


@pytest.fixture
def manager(store, manager_id):
    return login_at_till(store.sessions, "T1", MANAGER_PIN)


def refused(store, exc_type, action, match: str | None):
    before = snapshot(store)
    with pytest.raises(exc_type, match=match) as caught:
        with store.sessions.begin() as s:
            action(s)
    assert snapshot(store) == before
    return caught.value


def test_publishing_records_the_head_the_hash_and_closes_the_month(store, march, manager):
    with store.readers() as s:
        head_before = audit.head_hash(s)
    expected_hash = figures_hash(figures(store))
    published = publish(store, manager)
    assert (published.chain_head, published.figures_hash) == (head_before, expected_hash)
    with store.sessions() as s:
        row = s.scalar(select(PublishedMonth))
        assert (row.year, row.month, row.first_day, row.last_day, row.published_by) == (
            2026, 3, date(2026, 3, 1), date(2026, 3, 31), manager.user_id)
        assert s.get(Store, 1).closed_through == date(2026, 3, 31)
        event = s.scalar(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1))
        assert event.action == "month.publish" and event.user_id == manager.user_id
        covered = {(r.table_name, r.row_key) for r in s.scalars(select(AuditRow).where(AuditRow.event_seq == event.seq))}
        assert ("published_months", str(row.id)) in covered
    assert_chain_ok(store)


def test_publishing_refusals_change_nothing(store, march, manager, cashier):
    def pub(actor, year, month):
        from charitymart.services.reporting import closing
        return lambda s: closing.publish_month(s, actor, year, month)

    refused(store, PermissionDenied, pub(cashier, 2026, 3), "needs a manager")
    refused(store, ValidationError, pub(manager, 2026, 4), "2026-04 is not over yet")
    publish(store, manager, 2026, 2)  # the first publication may be any month that is over
    refused(store, ValidationError, pub(manager, 2026, 2), "already published")
    refused(store, ValidationError, pub(manager, 2026, 1), "before the last published month 2026-02")
    clock.set_now(datetime(2026, 5, 3, 2, 0))
    refused(store, ValidationError, pub(manager, 2026, 4), "publish 2026-03 first")
    publish(store, manager, 2026, 3)
    publish(store, manager, 2026, 4)
    with store.sessions() as s:
        assert s.get(Store, 1).closed_through == date(2026, 4, 30)


def test_every_dated_service_refuses_a_closed_day_without_a_reason(store, march, manager, admin, tmp_path):
    publish(store, manager)
    day = date(2026, 3, 20)
    start = lambda s: hours.local_time_utc(s, day, time(14, 0))  # noqa: E731
    refused(store, PeriodClosedError, lambda s: intake.record_intake(
        s, manager, fund_source="donated", party_code=march.named, received_on=day,
        lines=[IntakeLine(barcode=march.rice, quantity=1, unit_value=100)]), "up to 2026-03-31 is published")
    refused(store, PeriodClosedError, lambda s: intake.record_intake(
        s, manager, fund_source="purchased", party_code=march.supplier, received_on=date(2026, 3, 31),
        lines=[IntakeLine(barcode=march.rice, quantity=1, unit_value=100)]), "intake dated 2026-03-31")
    refused(store, PeriodClosedError, lambda s: intake.record_cash_donation(s, manager, march.named, 1000,
                                                                           received_on=day), "needs a correction")
    refused(store, PeriodClosedError, lambda s: hours.add_manual_entry(s, manager, "V100", day, start(s),
                                                                      minutes=60), "hours worked on 2026-03-20")
    refused(store, PeriodClosedError, lambda s: hours.approve(s, manager, march.entry_id),
            "approving hours worked on 2026-03-09")
    csv = tmp_path / "donations.csv"
    csv.write_text(f"date,donor_code,barcode,quantity,unit_value\n2026-03-20,{march.named},{march.rice},1,1.00\n",
                   encoding="utf-8")
    from charitymart.services.data.imports import import_file
    from charitymart.services.tabular import ImportRefused
    problems = refused(store, ImportRefused, lambda s: import_file(s, admin, "donations", csv), None).problems
    assert "intake dated 2026-03-20 needs a correction" in str(problems[0])
    # A reason on a day of an open month is refused too: it is not a correction.
    refused(store, ValidationError, lambda s: intake.record_cash_donation(
        s, manager, march.named, 1000, received_on=date(2026, 4, 1), correction_reason="late"), "not published")
    assert_chain_ok(store)


def test_corrections_are_left_out_of_the_published_month_and_listed_in_the_next(store, march, manager, cashier,
                                                                                tmp_path):
    with store.readers() as s:
        march_text = pdf_text(documents_month.transparency_report_pdf(s, 2026, 3, "en"), tmp_path, "before")
    published = publish(store, manager)
    # April: ordinary activity, a void of a March sale... and corrections of March with reasons.
    day = date(2026, 3, 20)
    with store.sessions.begin() as s:
        intake.record_intake(s, manager, fund_source="donated", party_code=march.named, received_on=day,
                             lines=[IntakeLine(barcode=march.soap, quantity=7, unit_value=300)],
                             correction_reason="paper intake form found late")
        intake.record_cash_donation(s, manager, None, 2000, received_on=date(2026, 3, 31),
                                    correction_reason="cash box counted after closing")
        hours.approve(s, manager, march.entry_id, correction_reason="sign-in sheet confirmed by the organiser")
        entry = hours.add_manual_entry(s, manager, "V200", day, hours.local_time_utc(s, day, time(9, 0)),
                                       minutes=90, correction_reason="outreach day left off")
        hours.approve(s, manager, entry.id)  # takes the reason it was entered with
        intake.record_intake(s, manager, fund_source="donated", party_code=march.named, received_on=date(2026, 4, 2),
                             lines=[IntakeLine(barcode=march.rice, quantity=3, unit_value=2000)])
    sell(store, cashier, [(march.rice, 1)])
    with store.sessions() as s:
        assert sorted((c.table_name, c.dated, c.reason) for c in s.scalars(select(Correction))) == [
            ("work_decisions", date(2026, 3, 9), "sign-in sheet confirmed by the organiser"),
            ("work_decisions", day, "outreach day left off"),
            ("work_entries", day, "outreach day left off")]
        assert s.scalar(select(WorkDecision.credited_minutes).where(WorkDecision.entry_id == march.entry_id)) == 120

    again = figures(store)
    assert figures_hash(again) == published.figures_hash
    assert again.publication is not None and again.publication.chain_head == published.chain_head
    assert again.chain_head != published.chain_head
    with store.readers() as s:
        regenerated = pdf_text(documents_month.transparency_report_pdf(s, 2026, 3, "en"), tmp_path, "after")
    assert published.chain_head in regenerated and again.chain_head in regenerated
    assert f"charitymart verify --head {published.chain_head}" in regenerated

    def figures_part(text: str) -> str:  # everything above "How to check this report"
        return text.split("How to check this report")[0].replace("Not yet published: the figures may still change.", "")

    assert " ".join(figures_part(regenerated).split()) == " ".join(figures_part(march_text).split())

    clock.set_now(datetime(2026, 5, 2, 2, 0))
    april = figures(store, 2026, 4)
    # Public: the category (none given here: "other") and the figures, never the free-text reason.
    assert [(c.received_on, c.kind, c.category, c.goods_value + c.cash_amount) for c in april.corrections] == [
        (date(2026, 3, 20), "goods", "other", 7 * 300),
        (date(2026, 3, 31), "cash", "other", 2000)]
    assert sorted((h.work_date, h.credited_minutes, h.category) for h in april.hours_corrections) == [
        (date(2026, 3, 9), 120, "other"),
        (date(2026, 3, 20), 90, "other")]
    assert april.donated.goods_value == 3 * 2000  # the corrections count in no month's intake totals
    assert april.volunteers.credited_minutes == 0
    with store.readers() as s:
        april_text = pdf_text(documents_month.transparency_report_pdf(s, 2026, 4, "en"), tmp_path, "april")
    flat = " ".join(april_text.split())
    for reason in ("paper intake form found late", "cash box counted after closing", "outreach day left off"):
        assert reason not in flat  # the reasons stay internal (issue 12.4)
    assert flat.count("Other") >= 4
    assert_chain_ok(store)


def test_a_clock_out_into_a_closed_month_waits_for_a_manager(store, march, manager, admin):
    with clock.frozen(datetime(2026, 3, 31, 12, 0)), store.sessions.begin() as s:
        hours.clock_in(s, admin, "V200")
    publish(store, manager)
    with store.sessions.begin() as s:
        result = hours.clock_out(s, admin, "V200")
    assert not result.approved
    with store.sessions() as s:
        entry = s.get(WorkEntry, result.entry_id)
        assert entry.work_date == date(2026, 3, 31)
        assert s.scalar(select(WorkDecision).where(WorkDecision.entry_id == entry.id)) is None


def test_cli_publishes_and_verify_finds_the_printed_head(store, march, capsys, tmp_path):
    db = store.url  # a file's path or a server's URL: --db takes either
    out = tmp_path / "march.pdf"
    assert cli.main(["report", "transparency", "--db", db, "--month", "2026-03", "--out", str(out), "--publish",
                     "--lang", "en"]) == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith("published 2026-03 and wrote") and len(line.splitlines()) == 1
    head = line.rsplit(" ", 1)[1]
    assert head in pdf_text(out.read_bytes(), tmp_path, "cli")
    assert cli.main(["verify", "--db", db, "--head", head]) == 0
    assert "is in the chain" in capsys.readouterr().out
    assert cli.main(["verify", "--db", db, "--head", "f" * 64]) == 1
    assert cli.main(["report", "publish", "--db", db, "--month", "2026-03"]) == 1
    assert "already published" in capsys.readouterr().err
