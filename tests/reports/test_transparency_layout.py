"""The public report's layout read back from the PDF (issue 16), over many page breaks: the
sample store's month with 0 to 40 more named donors and 0 or 8 corrections shifts every
section down by a different amount, in both languages. On every variant: English headers
never break mid-word, the pie legend is never cut, no heading ends a page, small tables never
split, the "How to check" box never stands alone, and the organisation block is printed."""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from charitymart.reports.letterhead import Organisation
from charitymart.reports.transparency import transparency_pdf
from charitymart.services import clock
from charitymart.services.documents import month as documents_month
from charitymart.services.reporting.intake import CorrectionNote, PublicDonor
from tests.conftest import START
from tests.support.documents import MONTH, demo, demo_db  # noqa: F401

HEADING = {"en": re.compile(r"^\d+\. \S"), "zh_CN": re.compile(r"^[一二三四五六七八九十]+、")}
SMALL_TABLES = {  # first and last row of tables that fit a page: always on one page
    "en": [("Paid by", "Total money received"), ("Given as", "Total value given"),
           ("Stock at the start of the month", "= Stock at the end of the month")],
    "zh_CN": [("支付方式", "实收金额合计"), ("给予方式", "给予价值合计"), ("月初库存", "= 月末库存")],
}
CHECK_BOX = {"en": "How to check this report", "zh_CN": "如何核验本公示"}
LAST_SECTION = {"en": "10. Corrections of earlier months", "zh_CN": "十、以前月份的更正"}
ENGLISH_HEADERS = ["Number of items", "Estimated value", "Weight (kg)", "Value at shop prices", "Money received",
                   "Household category", "Allowance used", "Written off", "Figures changed",
                   "Supervision and complaints phone", "Unified social credit code", "Registering authority"]
ORGANISATION = Organisation(credit_code="53310115MJ0000000X", registering_authority="浦东新区民政局",
                            person_in_charge="李负责", complaint_phone="021-12345678")


@pytest.fixture(scope="module")
def document(demo_db):
    from charitymart.services.store.setup import open_store

    clock.set_now(START)
    handle = open_store(demo_db)
    try:
        with handle.readers() as s:
            return documents_month.transparency_document(s, *MONTH)
    finally:
        handle.close()
        clock.set_now(None)


def variant(document, donors: int, corrections: int):
    figures = document.figures
    extra = tuple(PublicDonor(f"爱心捐赠人{i:02d}", 1, 1000 + i) for i in range(donors))
    notes = tuple(CorrectionNote(f"D2026-{i:06d}", date(2026, 1, 1 + i), "donated", "goods" if i % 2 else "cash",
                                 "entry_error", 3, 900, 0 if i % 2 else 500) for i in range(corrections))
    figures = dataclasses.replace(figures, public_donors=figures.public_donors + extra,
                                  corrections=figures.corrections + notes)
    return dataclasses.replace(document, figures=figures, organisation=ORGANISATION)


def pages(data: bytes) -> list[list[str]]:
    """Each page's text lines, the page footer left out."""
    out = []
    for page in PdfReader(io.BytesIO(data)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        out.append([line for line in lines if not re.search(r"Page \d+ of \d+|第 \d+ 页", line)
                    and "public report for" not in line and "月度公示" not in line[-8:]])
    return out


def page_of(found: list[list[str]], text: str) -> int:
    hits = [number for number, lines in enumerate(found) if any(text in line for line in lines)]
    assert hits, f"{text!r} not in the report"
    return hits[0]


VARIANTS = [(donors, corrections) for donors in (0, 8, 16, 24, 32, 40) for corrections in (0, 8)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_page_breaks_never_strand_a_heading_a_small_table_or_the_check_box(document, language):
    for donors, corrections in VARIANTS:
        found = pages(transparency_pdf(variant(document, donors, corrections), language))
        where = f"{donors} donors, {corrections} corrections, {len(found)} pages"
        for number, lines in enumerate(found[:-1]):
            assert not HEADING[language].match(lines[-1]), (where, number + 1, lines[-1])
        for first, last in SMALL_TABLES[language]:
            assert page_of(found, first) == page_of(found, last), (where, first)
        box = page_of(found, CHECK_BOX[language])
        assert page_of(found, LAST_SECTION[language]) == box, where
        assert any(HEADING[language].match(line) for line in found[box]), where


def test_english_headers_break_only_between_words_and_the_legend_is_whole(document):
    data = transparency_pdf(variant(document, 0, 4), "en")
    flat = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())
    for header in ENGLISH_HEADERS:
        assert header in flat, header
    largest = sorted(document.figures.donated_by_category, key=lambda c: -c.value)
    shown = [c.category_en or c.category for c in largest[:5]] + (["Other"] if len(largest) > 6 else [])
    for name in shown:  # the pie's five largest slices and the rest as "Other", each named in full
        assert re.search(re.escape(name) + r" \d+%", flat), name
    assert "…" not in flat


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_organisation_block_is_printed(document, language):
    data = transparency_pdf(variant(document, 0, 0), language)
    flat = "".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())
    for value in ("53310115MJ0000000X", "浦东新区民政局", "李负责", "021-12345678"):
        assert value in flat
    label = "统一社会信用代码" if language == "zh_CN" else "Unifiedsocialcreditcode"
    assert label in flat


def test_households_are_shown_by_category_without_names(document):
    from charitymart.reports.transparency_sections import category_name  # noqa: F401  (the section exists)

    figures = document.figures
    assert figures.households_by_category
    assert sum(c.households for c in figures.households_by_category) == figures.households.households
    assert sum(c.value for c in figures.households_by_category) == figures.households.goods_value
    data = transparency_pdf(variant(document, 0, 0), "zh_CN")
    flat = "".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).split())
    for c in figures.households_by_category:
        assert c.category in flat


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_page_says_its_number_of_the_real_count(document, language):
    """The 公示 is laid out once (issue 15): each footer is written when the last page is known."""
    data = transparency_pdf(variant(document, 120, 8), language)
    reader = PdfReader(io.BytesIO(data))
    total = len(reader.pages)
    assert total >= 3
    footer = "Page {} of {}" if language == "en" else "第 {} 页，共 {} 页"
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert footer.format(number, total) in text, (number, text[-200:])
        assert ("public report for" if language == "en" else "月度公示") in text
