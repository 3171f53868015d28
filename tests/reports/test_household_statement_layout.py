"""The household statement read back from the PDF: "× 1" never wraps onto a line of its own, no page
holds only the privacy line, and the English paper says "1 person" and the category in English."""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from charitymart.reports.beneficiary_statement import statement_pdf
from charitymart.reports.letterhead import StoreHeading
from charitymart.services.reporting.households import (
    HouseholdStatement,
    StatementLine,
    StatementVisit,
)
from tests.support.month import pdf_text

STORE = StoreHeading(name="阳光慈善超市", address="幸福路1号", phone="010-12345678")
LONG_NAMES = ("压榨一级花生油 1.8L（家庭装）", "东北五常大米 5kg 真空包装", "Washing powder 1.5 kg family pack",
              "儿童冬季羽绒服 120cm 蓝色", "切片面包")


def statement(visits: int, size: int = 1, **english) -> HouseholdStatement:
    at = datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    lines = tuple(StatementLine(name, name, "", 1, 1000, 1000) for name in LONG_NAMES)
    made = tuple(StatementVisit(receipt_number=f"T1-2026-{n:06d}", kind="collection", local_time=at, delivery=True,
                                lines=lines, total=5000, allowance_used=5000, other_paid=0) for n in range(visits))
    return HouseholdStatement(card_number="H0001", name="欧阳某户", category="低保", household_size=size,
                              first=date(2026, 3, 1), last=date(2026, 3, 31), visits=made,
                              allowance_used=5000 * visits, goods_value=5000 * visits, periods=(), **english)


def test_the_quantity_stays_beside_its_item(tmp_path):
    for language in ("zh_CN", "en"):
        text = pdf_text(statement_pdf(statement(3), STORE, language), tmp_path, language)
        assert len(re.findall(r"×\s*1", text)) == 15
        items_column = next(line.index("物品" if language == "zh_CN" else "Items") for line in text.splitlines()
                            if "Items" in line or "物品" in line)
        for line in text.splitlines():
            if "×" in line:  # its item's name (or the name's last line) is on the same line
                assert line[items_column:line.index("×")].strip(), line
            assert not re.search(r"×\s*$", line), line


def test_no_page_holds_only_the_privacy_line(tmp_path):
    import io

    from pypdf import PdfReader

    for visits in range(1, 16):
        pdf = statement_pdf(statement(visits), STORE, "en")
        last = PdfReader(io.BytesIO(pdf)).pages[-1].extract_text()
        assert "Private: this statement names a household" in last
        assert "For the shop" in last and "I confirm that our household" in last, visits


def test_english_statement_has_plural_words_and_an_english_category(tmp_path):
    one = pdf_text(statement_pdf(statement(1, size=1, category_en="Minimum living allowance (dibao)"), STORE, "en"),
                   tmp_path, "one")
    three = pdf_text(statement_pdf(statement(1, size=3), STORE, "en"), tmp_path, "three")
    assert "1 person" in one and "1 people" not in one
    assert "3 people" in three
    assert "Minimum living allowance (dibao)" in one and "低保" not in one
