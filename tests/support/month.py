"""A month of activity (March 2026) written through the real services, for the month documents' tests.

Households, a non-consenting donor and volunteers get distinctive names and card numbers, so a
test can grep the public report's text for them.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import text

from charitymart.services import reporting
from charitymart.services.people import hours, parties
from charitymart.services.reporting import closing
from charitymart.services.sales.checkout import Payment
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from tests.support import factories
from tests.support.counter import MANAGER_PIN, sell, stock  # noqa: F401

APRIL_2 = datetime(2026, 4, 2, 2, 0)  # 10:00 in Shanghai: March is over
SECRET_HOUSEHOLD = ("欧阳秘密户", "HSECRET0427")
SECRET_HOUSEHOLD_2 = ("Zebulon Quixote", "HSECRET0999")
SECRET_DONOR = "隐名捐赠者甲"
NAMED_DONOR = "陈慈爱"
NAMED_ORG = "阳光物业有限公司"
VOLUNTEER_NAME = "司马志愿"


@dataclass
class March:
    named: str  # party codes
    secret: str
    org: str
    supplier: str
    rice: str  # barcodes
    soap: str
    entry_id: int  # a manual hours entry left pending at the month's end (dated 2026-03-09)


def pdf_text(data: bytes, tmp_path, name: str = "doc") -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def line_with(report_text: str, label: str) -> str:
    lines = [line for line in report_text.splitlines() if label in line]
    assert lines, f"{label!r} not in the report"
    return lines[0]


def build_march(store, admin, cashier) -> March:
    """Donations (consenting, non-consenting, anonymous, organisation), cash, a purchase, sales by
    cash and allowance, a collection, a void, volunteer hours; all dated March 2026."""
    with store.sessions.begin() as s:
        named = parties.add_party(s, admin, kind="person", name=NAMED_DONOR, public_name_ok=True).code
        secret = parties.add_party(s, admin, kind="person", name=SECRET_DONOR, public_name_ok=False).code
        org = parties.add_party(s, admin, kind="organisation", name=NAMED_ORG, public_name_ok=True).code
        supplier = parties.add_party(s, admin, kind="supplier", name="惠民批发").code
        rice_item = factories.add_item(s, name="大米 5kg", price=2500)
        soap_item = factories.add_item(s, name="肥皂", price=300, name_en="Soap")
        rice, soap = factories.code_of(s, rice_item), factories.code_of(s, soap_item)
        for card_name, card in (SECRET_HOUSEHOLD, SECRET_HOUSEHOLD_2):
            factories.add_beneficiary(s, card, name=card_name, amount=20000, period="month")
        factories.add_volunteer(s, "V100", name=VOLUNTEER_NAME)
        factories.add_volunteer(s, "V200", name="欧阳志工")
    with store.sessions.begin() as s:
        intake.record_intake(s, admin, fund_source="donated", party_code=named, received_on=date(2026, 3, 2),
                             lines=[IntakeLine(barcode=rice, quantity=10, unit_value=2000, weight_g=50000)])
        intake.record_intake(s, admin, fund_source="donated", party_code=secret, received_on=date(2026, 3, 3),
                             lines=[IntakeLine(barcode=soap, quantity=30, unit_value=250, weight_g=3000)])
        intake.record_intake(s, admin, fund_source="donated", party_code=None, received_on=date(2026, 3, 4),
                             lines=[IntakeLine(barcode=soap, quantity=5, unit_value=200, weight_g=500)])
        intake.record_intake(s, admin, fund_source="donated", party_code=org, received_on=date(2026, 3, 5),
                             lines=[IntakeLine(barcode=rice, quantity=4, unit_value=2200, weight_g=20000)])
        intake.record_cash_donation(s, admin, secret, 50000, received_on=date(2026, 3, 6))
        intake.record_cash_donation(s, admin, named, 12345, received_on=date(2026, 3, 7))
        intake.record_intake(s, admin, fund_source="purchased", party_code=supplier, received_on=date(2026, 3, 8),
                             lines=[IntakeLine(barcode=rice, quantity=6, unit_value=1800)])
    with store.sessions.begin() as s:
        from charitymart.services.sales import shifts
        shifts.open_shift(s, cashier, 10000)
    sell(store, cashier, [(rice, 2), (soap, 3)], [Payment("cash", 5000), Payment("mobile", 900)])
    sell(store, cashier, [(soap, 4)], collection=True, beneficiary_card=SECRET_HOUSEHOLD[1])
    sell(store, cashier, [(rice, 1)], [Payment("allowance", 2000), Payment("cash", 500)],
         beneficiary_card=SECRET_HOUSEHOLD_2[1])
    voided = sell(store, cashier, [(soap, 1)])
    with store.sessions.begin() as s:
        from charitymart.services.sales import refunds
        refunds.void_sale(s, cashier, voided, "scanned twice", manager_pin=MANAGER_PIN)
    with store.sessions.begin() as s:
        for code, day, minutes in (("V100", date(2026, 3, 7), 185), ("V200", date(2026, 3, 8), 240)):
            entry = hours.add_manual_entry(s, admin, code, day, hours.local_time_utc(s, day, time(9, 0)),
                                           minutes=minutes, description="整理捐赠物资")
            hours.approve(s, admin, entry.id)
        pending = hours.add_manual_entry(s, admin, "V100", date(2026, 3, 9),
                                         hours.local_time_utc(s, date(2026, 3, 9), time(9, 0)), minutes=120)
    return March(named=named, secret=secret, org=org, supplier=supplier, rice=rice, soap=soap, entry_id=pending.id)


def publish(store, actor, year=2026, month=3) -> closing.Publication:
    with store.sessions.begin() as s:
        return closing.publish_month(s, actor, year, month)


def figures(store, year=2026, month=3) -> reporting.MonthFigures:
    with store.readers() as s:
        return reporting.month_figures(s, year, month)


def scalar(store, sql: str, **params):
    with store.sessions() as s:
        return s.execute(text(sql), params).scalar()
