"""The month's donations in the fields of the finance bureau's e-receipt system (payer, credit code,
item, quantity, amount, date), through `charitymart export donation-receipts` as documented; and
revision 0009 (parties.credit_code) upgrading a store made at revision 0005."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import text

from charitymart import cli
from charitymart.db import migrate
from charitymart.db.engine import make_engine
from charitymart.services.errors import ValidationError
from charitymart.services.people import parties
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.store.setup import create_store, open_store
from tests.support.counter import cashier, manager_id  # noqa: F401
from tests.support.month import NAMED_ORG, SECRET_DONOR, build_march

CREDIT_CODE = "91110000600037341L"


@pytest.fixture
def march(store, admin, cashier, manager_id):  # noqa: F811
    built = build_march(store, admin, cashier)
    with store.sessions.begin() as s:
        parties.edit_party(s, admin, built.org, credit_code=CREDIT_CODE.lower())
        intake.record_intake(s, admin, fund_source="donated", party_code=built.org, received_on=date(2026, 3, 9),
                             lines=[IntakeLine(barcode=built.soap, quantity=12, unit_value=0)])  # not valued
    return built


def test_the_export_has_the_e_receipt_fields_for_every_donation(store, march, tmp_path, capsys):
    out = tmp_path / "e-receipts.csv"
    assert cli.main(["export", "donation-receipts", "--db", store.engine.url.render_as_string(hide_password=False), "--from", "2026-03-01",
                     "--to", "2026-03-31", "--out", str(out)]) == 0
    assert "exported 7 rows of donation-receipts" in capsys.readouterr().out
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["payer", "credit_code", "item", "quantity", "amount", "date"]
    body = rows[1:]
    assert [SECRET_DONOR, "", "现金", "1", "500.00", "2026-03-06"] in body
    assert [NAMED_ORG, CREDIT_CODE, "大米 5kg", "4", "88.00", "2026-03-05"] in body
    assert [NAMED_ORG, CREDIT_CODE, "肥皂", "12", "", "2026-03-09"] in body  # no value: empty, not 0.00
    assert ["匿名", "", "肥皂", "5", "10.00", "2026-03-04"] in body
    assert not any(row[0] == "惠民批发" for row in body)  # a purchase is not a donation
    with store.readers() as s:
        goods = s.execute(text("SELECT COALESCE(SUM(dl.quantity * dl.unit_value), 0) FROM donation_lines dl "
                               "JOIN donations d ON d.id = dl.donation_id WHERE d.fund_source = 'donated'")).scalar()
        cash = s.execute(text("SELECT SUM(cash_amount) FROM donations WHERE fund_source = 'donated'")).scalar()
    assert sum(round(float(row[4]) * 100) for row in body if row[4]) == goods + cash


def test_a_wrong_credit_code_is_refused(store, march, admin):
    with store.sessions.begin() as s, pytest.raises(ValidationError) as refused:
        parties.edit_party(s, admin, march.org, credit_code="91110000600037341X")
    assert refused.value.field == "credit_code"


def test_revision_0009_upgrades_a_0005_store_and_keeps_its_donors(tmp_path, home):
    path = tmp_path / "old.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0005")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO parties (code, kind, name, phone, public_name_ok, shop_share_bp, notes, "
                          "active, created_at) VALUES ('D00001', 'organisation', '阳光物业', '', 1, 0, '', 1, "
                          "'2026-03-01 00:00:00')"))
    engine.dispose()
    handle = open_store(path)
    try:
        assert migrate.current_revision(handle.engine) == migrate.head_revision()
        with handle.sessions.begin() as s:
            create_store(s, name="旧店", admin_name="Admin", admin_pin="9999")
            party = parties.get_by_code(s, "D00001")
            assert (party.name, party.credit_code) == ("阳光物业", "")
    finally:
        handle.close()


