"""Paper geometry and fonts, read back from the PDFs: 58 mm receipts use the 48 mm a 58 mm printer
prints (80 mm: 72 mm), A4 label sheets keep every mark 4 mm inside the page, and every font a
paper names is embedded (no Helvetica or Courier from ReportLab's defaults)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from charitymart.domain.label_layouts import built_in_layout
from charitymart.reports.certificate import CertificateDocument, certificate_pdf
from charitymart.reports.labels import (
    HouseholdCardLabel,
    ItemLabel,
    household_card_labels_pdf,
    item_labels_pdf,
)
from charitymart.reports.receipt import render_receipt_pdf
from charitymart.services.documents import annual
from charitymart.services.sales import receipts
from tests.support.counter import cashier, manager_id, sell, shift_id, stock  # noqa: F401
from tests.support.pdf_pages import fonts, inked_boxes_mm

CERTIFICATE = CertificateDocument(
    number="2026-0001", issued_on=date(2026, 3, 10), volunteer_name="李志愿", volunteer_code="V001",
    id_type="resident_id", id_number="5101**********1234", first=date(2026, 1, 1), last=date(2026, 2, 28),
    hours=Decimal("12.5"), entries=5, services=("收银 8 小时", "理货 4.5 小时"), issuer="阳光慈善超市",
    person_in_charge="王负责", handler="管理员", address="幸福路1号", phone="010-12345678")
LABELS = [ItemLabel(code=f"2000000000{n:02d}", name="东北大米 5kg（家庭装）", price=2500, fund_source="donated")
          for n in range(24)]


@pytest.fixture
def receipt_data(store, cashier, shift_id):  # noqa: F811
    rice = stock(store, lots=((20, None, "donated"),))[0]
    number = sell(store, cashier, [(rice, 3)])
    with store.readers() as s:
        return receipts.receipt_data(s, number)


@pytest.mark.parametrize("paper, printable_mm", [("58mm", 48), ("80mm", 72)])
def test_roll_receipts_stay_inside_what_the_printer_prints(receipt_data, tmp_path, paper, printable_mm):
    for language in ("zh_CN", "en"):
        (left, _, right, _, width, _), = inked_boxes_mm(render_receipt_pdf(receipt_data, paper=paper,
                                                                           language=language), tmp_path / language)
        margin = (width - printable_mm) / 2
        assert left >= margin - 0.3 and right <= width - margin + 0.3, (language, left, right, width)
        assert right - left > printable_mm - 6  # and it uses that width


def test_a4_label_sheets_keep_every_mark_4_mm_from_the_edge(tmp_path):
    for name in ("a4-3x8", "a4-4x10"):
        layout = built_in_layout(name)
        pdf = item_labels_pdf(LABELS + LABELS[:16], layout, currency="CNY", language="zh_CN")
        for left, top, right, bottom, width, height in inked_boxes_mm(pdf, tmp_path / name):
            assert min(left, top, width - right, height - bottom) >= 3.9, (name, left, top, right, bottom)


def test_every_font_is_embedded(store, receipt_data):
    with store.readers() as s:
        annual_reports = {f"annual-{language}": annual.annual_report_pdf(s, 2026, language) for language in ("zh_CN", "en")}
    papers = {
        **annual_reports,
        "certificate": certificate_pdf(CERTIFICATE, "zh_CN"),
        "certificate-en": certificate_pdf(CERTIFICATE, "en"),
        "labels": item_labels_pdf(LABELS, built_in_layout("a4-3x8"), currency="CNY", language="en"),
        "card": household_card_labels_pdf([HouseholdCardLabel("H0001", date(2026, 12, 31))],
                                          built_in_layout("printer-50x30"), store_name="阳光", language="en"),
        "receipt": render_receipt_pdf(receipt_data, paper="58mm", language="en"),
    }
    for name, content in papers.items():
        used = fonts(content)
        assert used and all(used.values()), (name, used)
        assert not any("Helvetica" in font or "Courier" in font for font in used), (name, used)


def test_fonts_lister_sees_a_base_14_font():
    from io import BytesIO

    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(10, 10, "x")
    page.save()
    assert fonts(buffer.getvalue()) == {"/Helvetica": False}




def test_one_point_is_singular_on_a_receipt():
    from charitymart.reports.receipt import points_words
    from charitymart.reports.text import document_text

    tr = document_text("en")
    assert (points_words(tr, 100), points_words(tr, 250), points_words(tr, 200)) == ("1 point", "2.50 points",
                                                                                   "2 points")


def test_a_code_said_to_fit_prints_on_every_label_of_a_sheet():
    from charitymart.reports.labels import code_fits

    layout = built_in_layout("a4-4x10")
    fitting = [code for code in (f"TW-{'7' * n}" for n in range(4, 40)) if code_fits(code, layout)]
    assert fitting
    longest = fitting[-1]  # the one nearest the limit: in the edge columns it has the least room
    item_labels_pdf([ItemLabel(code=longest, name="毛巾", price=990)] * 40, layout, currency="CNY", language="en")
