"""Imports: the example files load into a new store; every kind of bad row is refused with its
row and column and leaves the database byte-for-byte unchanged; keys update; donations group."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from charitymart.db.engine import sqlite_path
from charitymart.db.models import (
    Beneficiary,
    Category,
    Donation,
    DonationLine,
    DonationReceipt,
    Item,
    Lot,
    Party,
    Store,
    Volunteer,
)
from charitymart.services.data import exports
from charitymart.services.data.imports import KINDS, ImportResult, import_file
from charitymart.services.errors import PermissionDenied, ValidationError
from charitymart.services.people import parties
from charitymart.services.stock import catalog
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.tabular import ImportRefused
from charitymart.services.users.session import login_at_till
from tests.conftest import ADMIN_PIN
from tests.support.counter import assert_chain_ok, snapshot
from tests.support.factories import add_user

EXAMPLES = Path(__file__).resolve().parents[3] / "docs" / "examples"
RICE, OIL, NOODLES, MILK = "6901234567014", "6901234567021", "6901234567038", "6901234567045"
NOT_IN_CATALOG = "6901234567090"  # a correct check digit, but no such item
BAD_DIGIT = "6901234567015"
ID_OK, ID_BAD = "110108199211112049", "110108199211112048"


def run(store, actor, kind, path) -> ImportResult:
    with store.sessions.begin() as s:
        return import_file(s, actor, kind, path)


def write(tmp_path, header, *rows, name="in.csv") -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([header.split(","), *rows])
    return path


def db_bytes(store) -> dict[str, bytes]:
    """The SQLite file and its WAL as they are on disk once every connection is closed."""
    store.engine.dispose()
    path = sqlite_path(store.url)
    if path is None:
        return {}  # a server's database: the row snapshot is the check
    return {p.name: p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()}


def refused(store, actor, kind, path) -> list[tuple[int, str]]:
    """Import, expect a refusal; the database must be unchanged. Returns (row, column) pairs."""
    before, rows_before = db_bytes(store), snapshot(store)
    with pytest.raises(ImportRefused) as err:
        run(store, actor, kind, path)
    assert snapshot(store) == rows_before
    assert db_bytes(store) == before
    for problem in err.value.problems:
        assert str(problem).startswith(f"row {problem.row}")
    return [(p.row, p.column) for p in err.value.problems]


@pytest.fixture
def shop(store, admin):
    """The catalog and donors examples, ready for donations."""
    for kind in ("catalog", "donors"):
        run(store, admin, kind, EXAMPLES / f"{kind}.csv")
    return store


def count(store, model) -> int:
    with store.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


# --- the examples -----------------------------------------------------------------------------

@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_every_example_imports_into_a_new_store(store, admin, ext):
    results = {kind: run(store, admin, kind, EXAMPLES / f"{kind}.{ext}") for kind in KINDS}
    assert {k: (r.rows, r.added, r.updated) for k, r in results.items()} == {
        "catalog": (10, 10, 0), "donors": (6, 6, 0), "donations": (10, 10, 0),
        "beneficiaries": (5, 5, 0), "volunteers": (5, 5, 0), "expenses": (7, 7, 0)}
    with store.sessions() as s:
        assert sorted(s.scalars(select(Category.name))) == sorted(["粮油", "食品", "日用品", "衣物", "社区产品"])
        noodles = catalog.find_by_code(s, NOODLES)
        assert (noodles.price, noodles.unit, noodles.reorder_level, noodles.name_en) == (650, "袋", 20,
                                                                                          "Dried noodles 1kg")
        assert catalog.find_by_code(s, "2000000001029").allowance_ok is False
        assert parties.get_by_code(s, "D00004").name == parties.ANONYMOUS_NAME
        donations = list(s.scalars(select(Donation).order_by(Donation.id)))
        assert [d.number[0] for d in donations] == ["D", "D", "D", "D", "P", "C", "D"]
        assert donations[2].party_id is None  # an empty donor code: anonymous
        assert s.scalar(select(func.count()).select_from(DonationLine)) == 10
        receipt = s.scalar(select(DonationReceipt))
        assert (receipt.donation_id, receipt.receipt_number) == (donations[0].id, "0001234567")
        rice_lot = s.scalar(select(Lot).where(Lot.weight_g == 50000))
        assert (rice_lot.quantity_received, rice_lot.unit_value, rice_lot.expiry) == (10, 2000, date(2027, 3, 1))
        maria = s.scalar(select(Beneficiary).where(Beneficiary.card_number == "H0005"))
        assert (maria.id_type, maria.allowance_amount, maria.period, maria.visit_limit) == ("passport", 8000,
                                                                                         "month", 2)
        wang = s.scalar(select(Beneficiary).where(Beneficiary.card_number == "H0003"))
        assert wang.id_masked == "3101**********362X" and wang.period == "half_year"
        volunteers = {v.code: v for v in s.scalars(select(Volunteer))}
        assert volunteers["V004"].id_masked == "" and volunteers["V003"].id_type == "hk_macao_permit"
    assert_chain_ok(store)


def test_a_second_import_updates_rather_than_duplicates(store, admin, tmp_path):
    assert run(store, admin, "catalog", EXAMPLES / "catalog.csv") == ImportResult("catalog", 10, 10, 0)
    assert run(store, admin, "catalog", EXAMPLES / "catalog.xlsx") == ImportResult("catalog", 10, 0, 10)
    changed = write(tmp_path, "barcode,name,category,price",
                    [RICE, "东北大米 5kg", "粮食", "26.50"], ["6901234567106", "Oat milk 1L", "", "9.90"])
    assert run(store, admin, "catalog", changed) == ImportResult("catalog", 2, 1, 1)
    assert count(store, Item) == 11
    with store.sessions() as s:
        rice = catalog.find_by_code(s, RICE)
        # columns the file leaves out (unit, name_en ...) keep their values
        assert (rice.name, rice.price, rice.category.name, rice.unit, rice.name_en) == (
            "东北大米 5kg", 2650, "粮食", "袋", "Rice 5kg")
        assert catalog.find_by_code(s, "6901234567106").category is None
    for kind in ("donors", "beneficiaries", "volunteers"):
        first = run(store, admin, kind, EXAMPLES / f"{kind}.csv")
        assert run(store, admin, kind, EXAMPLES / f"{kind}.xlsx") == ImportResult(kind, first.rows, 0, first.rows)
    assert (count(store, Party), count(store, Beneficiary), count(store, Volunteer)) == (6, 5, 5)
    assert_chain_ok(store)


def test_re_importing_people_renews_and_keeps_sealed_numbers(store, admin, tmp_path):
    run(store, admin, "beneficiaries", EXAMPLES / "beneficiaries.csv")
    run(store, admin, "volunteers", EXAMPLES / "volunteers.csv")
    with store.sessions() as s:
        cipher = s.scalar(select(Beneficiary.id_cipher).where(Beneficiary.card_number == "H0001"))
    renewed = write(tmp_path, "card_number,name,category,id_number,household_size,allowance,period,valid_until",
                    ["H0001", "张秀英", "Minimum living allowance (dibao)", "310105195803124027", "2", "180",
                     "季度", "2029-12-31"])
    assert run(store, admin, "beneficiaries", renewed) == ImportResult("beneficiaries", 1, 0, 1)
    volunteers = write(tmp_path, "code,name,phone,id_number", ["V004", "孙志强", "136 0000 0000", ID_OK],
                       ["V001", "刘淑芬", "", ""], name="v.csv")
    assert run(store, admin, "volunteers", volunteers) == ImportResult("volunteers", 2, 0, 2)
    with store.sessions() as s:
        ben = s.scalar(select(Beneficiary).where(Beneficiary.card_number == "H0001"))
        assert (ben.household_size, ben.allowance_amount, ben.valid_until) == (2, 18000, date(2029, 12, 31))
        assert ben.id_cipher == cipher  # the same number is not sealed again
        vols = {v.code: v for v in s.scalars(select(Volunteer))}
        assert vols["V004"].id_masked == "1101**********2049"
        assert vols["V001"].id_masked == "3101**********3026"  # an empty cell keeps the recorded number
    assert_chain_ok(store)


def test_consecutive_rows_of_one_date_and_donor_make_one_donation(shop, admin, tmp_path):
    path = write(tmp_path, "date,donor_code,barcode,quantity,unit_value,weight_g",
                 ["2026-03-09", "D00001", RICE, "2", "20", "10000"],
                 ["2026-03-09", "D00001", OIL, "3", "25.5", "5190"],
                 ["2026-03-09", "D00002", RICE, "1", "20", ""],
                 ["2026-03-09", "D00001", MILK, "1", "24", ""])
    assert run(shop, admin, "donations", path) == ImportResult("donations", 4, 4, 0)
    with shop.sessions() as s:
        donations = list(s.scalars(select(Donation).order_by(Donation.id)))
        assert [len(s.scalars(select(DonationLine).where(DonationLine.donation_id == d.id)).all())
                for d in donations] == [2, 1, 1]
        lines = s.scalars(select(DonationLine).where(DonationLine.donation_id == donations[0].id)).all()
        assert [(ln.quantity, ln.unit_value, ln.weight_g) for ln in lines] == [(2, 2000, 10000), (3, 2550, 5190)]
    assert_chain_ok(shop)


def test_donations_export_imports_back_to_the_same_export(shop, admin, tmp_path):
    run(shop, admin, "donations", EXAMPLES / "donations.csv")
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    with shop.sessions() as s:
        assert exports.export_csv(s, admin, "donations", date(2026, 3, 1), date(2026, 3, 31), first) == 10
    other = open_store(tmp_path / "other.sqlite")
    try:
        with other.sessions.begin() as s:
            create_store(s, name="第二家", admin_name="Admin", admin_pin=ADMIN_PIN)
        actor = login_at_till(other.sessions, "T1", ADMIN_PIN)
        for kind in ("catalog", "donors"):
            run(other, actor, kind, EXAMPLES / f"{kind}.csv")
        assert run(other, actor, "donations", first) == ImportResult("donations", 10, 10, 0)
        with other.sessions() as s:
            exports.export_csv(s, actor, "donations", date(2026, 3, 1), date(2026, 3, 31), second)
    finally:
        other.close()
    assert second.read_bytes() == first.read_bytes()


# --- refusals ---------------------------------------------------------------------------------

CATALOG = "barcode,name,category,price"
DONATIONS = "date,donor_code,barcode,quantity,unit_value,expiry,fund_source"
HOUSEHOLDS = "card_number,name,category,id_number,household_size,allowance,period,valid_until"
VOLUNTEERS = "code,name,phone,id_number"
HOUSEHOLD = ["H0101", "赵敏", "低保", ID_OK, "2", "150.00", "quarter", "2027-12-31"]

BAD = {
    "bad barcode check digit": ("catalog", CATALOG, [[BAD_DIGIT, "大米", "粮油", "25"]], [(2, "barcode")]),
    "negative price": ("catalog", CATALOG, [[RICE, "大米", "粮油", "25"], [OIL, "油", "粮油", "-1.00"]],
                       [(3, "price")]),
    "price with three decimals": ("catalog", CATALOG, [[RICE, "大米", "粮油", "2.505"]], [(2, "price")]),
    "duplicate barcode": ("catalog", CATALOG, [[RICE, "大米", "粮油", "25"], [NOODLES, "面", "粮油", "6"],
                                               [RICE, "米", "粮油", "24"]], [(4, "barcode")]),
    "UPC-A twin of an EAN": ("catalog", CATALOG, [["0123456789012", "A", "", "1"], ["123456789012", "B", "", "1"]],
                             [(3, "barcode")]),
    "missing column": ("catalog", "barcode,name,category", [[RICE, "大米", "粮油"]], [(1, "price")]),
    "unknown column": ("catalog", CATALOG + ",colour", [[RICE, "大米", "粮油", "1", "red"]], [(1, "colour")]),
    "unknown party kind": ("donors", "code,name,kind,public_name_ok,phone",
                           [["D00009", "老王", "friend", "no", ""]], [(2, "kind")]),
    "duplicate donor code": ("donors", "code,name,kind,public_name_ok,phone",
                             [["D00009", "老王", "person", "no", ""], ["D00009", "老李", "person", "maybe", ""]],
                             [(3, "code"), (3, "public_name_ok")]),
    "named donor without a name": ("donors", "code,name,kind,public_name_ok,phone",
                                   [["D00009", "", "person", "no", ""]], [(2, "name")]),
    "bad donor code": ("donors", "code,name,kind,public_name_ok,phone",
                       [["D 9", "老王", "person", "no", ""]], [(2, "code")]),
    "unknown donor": ("donations", DONATIONS, [["2026-03-09", "D09999", RICE, "1", "20", "", ""]],
                      [(2, "donor_code")]),
    "unknown barcode": ("donations", DONATIONS, [["2026-03-09", "D00001", NOT_IN_CATALOG, "1", "20", "", ""]],
                        [(2, "barcode")]),
    "negative quantity": ("donations", DONATIONS, [["2026-03-09", "D00001", RICE, "-3", "20", "", ""],
                                                   ["2026-03-09", "D00001", OIL, "0", "20", "", ""]],
                          [(2, "quantity"), (3, "quantity")]),
    "bad date": ("donations", DONATIONS, [["2026-02-30", "D00001", RICE, "1", "20", "", ""],
                                          ["9.3.2026", "D00001", RICE, "1", "20", "", ""]],
                 [(2, "date"), (3, "date")]),
    "date in the future": ("donations", DONATIONS, [["2026-03-11", "D00001", RICE, "1", "20", "", ""]],
                           [(2, "date")]),
    "expired on the second line": ("donations", DONATIONS,
                                   [["2026-03-09", "D00001", RICE, "1", "20", "2027-01-01", ""],
                                    ["2026-03-09", "D00001", MILK, "1", "20", "2026-03-01", ""]], [(3, "expiry")]),
    "purchase from a donor": ("donations", DONATIONS, [["2026-03-09", "D00001", RICE, "1", "20", "", "purchased"]],
                              [(2, "donor_code")]),
    "purchase from nobody": ("donations", DONATIONS, [["2026-03-09", "", RICE, "1", "20", "", "purchased"]],
                             [(2, "donor_code")]),
    "unknown fund source": ("donations", DONATIONS, [["2026-03-09", "D00001", RICE, "1", "20", "", "gift"]],
                            [(2, "fund_source")]),
    "unknown household category": ("beneficiaries", HOUSEHOLDS, [HOUSEHOLD[:2] + ["贫困户"] + HOUSEHOLD[3:]],
                                   [(2, "category")]),
    "bad resident ID": ("beneficiaries", HOUSEHOLDS, [HOUSEHOLD[:3] + [ID_BAD] + HOUSEHOLD[4:]],
                        [(2, "id_number")]),
    "unknown period": ("beneficiaries", HOUSEHOLDS, [HOUSEHOLD[:6] + ["week"] + HOUSEHOLD[7:]], [(2, "period")]),
    "card already expired": ("beneficiaries", HOUSEHOLDS, [HOUSEHOLD[:7] + ["2026-03-09"]], [(2, "valid_until")]),
    "allowance too large": ("beneficiaries", HOUSEHOLDS, [HOUSEHOLD[:5] + ["200000"] + HOUSEHOLD[6:]],
                            [(2, "allowance")]),
    "card number is an item barcode": ("beneficiaries", HOUSEHOLDS, [[RICE] + HOUSEHOLD[1:]], [(2, "card_number")]),
    "duplicate card": ("beneficiaries", HOUSEHOLDS,
                       [HOUSEHOLD, HOUSEHOLD[:3] + ["110105197204052019", "1", "10", "month", "2027-01-01"]],
                       [(3, "card_number")]),
    "same ID twice in the file": ("beneficiaries", HOUSEHOLDS, [HOUSEHOLD, ["H0102"] + HOUSEHOLD[1:]],
                                  [(3, "id_number")]),
    "new household without ID": ("beneficiaries", HOUSEHOLDS, [HOUSEHOLD[:3] + [""] + HOUSEHOLD[4:]],
                                 [(2, "id_number")]),
    "bad volunteer ID": ("volunteers", VOLUNTEERS, [["V100", "钱多", "", ID_BAD]], [(2, "id_number")]),
    "ID of another volunteer": ("volunteers", VOLUNTEERS, [["V100", "钱多", "", "310107196508173026"]],
                                [(2, "id_number")]),
    "duplicate volunteer code": ("volunteers", VOLUNTEERS, [["V100", "钱多", "", ""], ["V100", "钱少", "", ""]],
                                 [(3, "code")]),
    "volunteer code is a household card": ("volunteers", VOLUNTEERS, [["H0001", "钱多", "", ""]], [(2, "code")]),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_input_is_refused_and_changes_nothing(shop, admin, tmp_path, case):
    for kind in ("beneficiaries", "volunteers"):
        run(shop, admin, kind, EXAMPLES / f"{kind}.csv")
    kind, header, rows, expected = BAD[case]
    assert refused(shop, admin, kind, write(tmp_path, header, *rows)) == expected


def test_every_bad_row_is_listed_and_good_rows_are_not_kept(store, admin, tmp_path):
    path = write(tmp_path, CATALOG + ",reorder_level,allowance_ok",
                 [RICE, "大米", "粮油", "25", "", ""],
                 [BAD_DIGIT, "", "粮油", "-2", "x", "maybe"],
                 [OIL, "油", "粮油", "30", "", ""],
                 [NOODLES, "面" * 201, "粮油", "6", "", ""])
    assert refused(store, admin, "catalog", path) == [
        (3, "barcode"), (3, "name"), (3, "price"), (3, "reorder_level"), (3, "allowance_ok"), (5, "name")]
    assert count(store, Item) == 0 and count(store, Category) == 0


def test_xlsx_rows_are_numbered_like_the_sheet(shop, admin, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["date", "donor_code", "barcode", "quantity", "unit_value"])
    sheet.append([date(2026, 3, 9), "D00001", RICE, 2, 20])
    sheet.append([])
    sheet.append([date(2026, 3, 9), "D00001", NOT_IN_CATALOG, 1, 20.5])
    book.save(tmp_path / "d.xlsx")
    assert refused(shop, admin, "donations", tmp_path / "d.xlsx") == [(4, "barcode")]


def test_a_refusal_writes_nothing_even_if_the_caller_commits(shop, admin, tmp_path):
    path = write(tmp_path, CATALOG, ["6901234567106", "燕麦", "谷物", "9"], [BAD_DIGIT, "米", "", "1"])
    before = snapshot(shop)
    with shop.sessions.begin() as s, pytest.raises(ImportRefused):
        import_file(s, admin, "catalog", path)
    assert snapshot(shop) == before


def test_an_import_needs_a_manager_and_a_known_kind(store, admin, tmp_path):
    cashier_id = add_user(store, admin, "王阿姨", "cashier", "1234")
    cashier = login_at_till(store.sessions, "T1", "1234")
    assert cashier.user_id == cashier_id
    with pytest.raises(PermissionDenied):
        run(store, cashier, "catalog", EXAMPLES / "catalog.csv")
    with pytest.raises(ValidationError) as err:
        run(store, admin, "items", EXAMPLES / "catalog.csv")
    assert err.value.field == "kind"
    assert count(store, Item) == 0


def test_receipts_and_closed_months_are_refused_on_their_rows(shop, admin, tmp_path):
    run(shop, admin, "donations", EXAMPLES / "donations.csv")  # records 捐赠票据 31010126 0001234567
    header = "date,donor_code,barcode,quantity,unit_value,receipt_code,receipt_number"
    again = write(tmp_path, header, ["2026-03-09", "D00002", RICE, "1", "20", "", ""],
                  ["2026-03-09", "D00002", OIL, "1", "25", "31010126", "0001234567"])
    assert refused(shop, admin, "donations", again) == [(3, "receipt_number")]
    two = write(tmp_path, header, ["2026-03-09", "D00002", RICE, "1", "20", "31010126", "0000000001"],
                ["2026-03-09", "D00002", OIL, "1", "25", "31010126", "0000000002"], name="two.csv")
    assert refused(shop, admin, "donations", two) == [(3, "receipt_number")]
    with shop.sessions.begin() as s:
        s.get(Store, 1).closed_through = date(2026, 2, 28)
    closed = write(tmp_path, header, ["2026-02-20", "D00002", RICE, "1", "20", "", ""], name="closed.csv")
    assert refused(shop, admin, "donations", closed) == [(2, "date")]


@pytest.mark.parametrize("kind", KINDS)
def test_the_documented_examples_are_the_example_files(kind):
    text = (EXAMPLES.parent / "import-formats.md").read_text(encoding="utf-8")
    block = text.split(f"Example (`docs/examples/{kind}.csv`")[1].split("```csv\n")[1].split("```")[0]
    assert block == (EXAMPLES / f"{kind}.csv").read_text(encoding="utf-8-sig")
