"""Receipt data (service), the plain receipt PDF (report) and the cash drawer pulse (device); no Qt."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from charitymart.reports.receipt import PAPERS, receipt_rows, render_receipt_pdf, write_receipt_pdf
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.sales import drawer, receipts, refunds
from charitymart.services.sales.checkout import Payment
from tests.support.counter import (  # noqa: F401  (fixtures)
    MANAGER_PIN,
    cashier,
    manager_id,
    sell,
    shift_id,
    stock,
)


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.fixture
def rice(store):
    return stock(store, lots=((20, None, "donated"),))[0]


def test_receipt_data_of_a_cash_sale(store, cashier, shift_id, rice):
    number = sell(store, cashier, [(rice, 3)], tenders=[Payment("cash", 7500, received=10000)])
    with store.readers() as s:
        data = receipts.receipt_data(s, number)
    assert (data.receipt_number, data.kind, data.till, data.cashier) == (number, "sale", "T1", "王阿姨")
    assert data.store_name == "阳光慈善超市" and data.store_address == "幸福路1号"
    assert [(l.name, l.quantity, l.unit_price, l.line_total) for l in data.lines] == [("大米 5kg", 3, 2500, 7500)]
    assert (data.total, data.change, data.allowance_used) == (7500, 2500, 0)
    assert [(t.kind, t.amount, t.received) for t in data.tenders] == [("cash", 7500, 10000)]
    assert data.drawer_opened and not data.voided
    assert data.local_time.strftime("%Y-%m-%d %H:%M") == "2026-03-10 10:00"  # Shanghai time
    with store.readers() as s, pytest.raises(NotFoundError):
        receipts.receipt_data(s, "T1-2026-999999")


def test_refund_and_void_marks(store, cashier, shift_id, manager_id, rice):
    sold = sell(store, cashier, [(rice, 2)], tenders=[Payment("mobile", 5000)])
    with store.sessions.begin() as s:
        line_id = refunds._lines_of(s, refunds._sale_by_receipt(s, sold).id)[0].id
        back = refunds.refund(s, cashier, sold, [(line_id, 1, True)], manager_pin=MANAGER_PIN).receipt_number
    other = sell(store, cashier, [(rice, 1)])
    with store.sessions.begin() as s:
        refunds.void_sale(s, cashier, other, "wrong item", manager_pin=MANAGER_PIN)
    with store.readers() as s:
        refund_data, void_data, mobile = (receipts.receipt_data(s, n) for n in (back, other, sold))
    assert refund_data.is_refund and refund_data.refund_of == sold and refund_data.total == -2500
    assert void_data.voided
    assert not mobile.drawer_opened  # no cash, no drawer
    text = pdf_text(render_receipt_pdf(refund_data, language="en"))
    assert "REFUND" in text and f"Refund of receipt {sold}" in text
    assert "VOID" in pdf_text(render_receipt_pdf(void_data, paper="58mm", language="en"))
    assert "作废" in pdf_text(render_receipt_pdf(void_data, paper="58mm", language="zh_CN"))


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_receipt_pdf_on_every_paper_embeds_the_chinese_font(store, cashier, shift_id, rice, tmp_path, paper):
    number = sell(store, cashier, [(rice, 2)], tenders=[Payment("cash", 5000, received=5000)])
    with store.readers() as s:
        data = receipts.receipt_data(s, number)
    path = write_receipt_pdf(data, tmp_path / f"{paper}.pdf", paper=paper, language="zh_CN", training=True)
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (number, "阳光慈善超市", "幸福路1号", "大米 5kg", "50.00", "培训模式", "王阿姨"):
        assert expected in text
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert abs(width_mm - PAPERS[paper].width_mm) < 0.5
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].get_object().values()]
    assert fonts and all("WenQuanYiMicroHei" in str(f["/BaseFont"]) for f in fonts)
    assert all("/FontFile2" in f["/FontDescriptor"] for f in fonts)  # embedded TrueType outlines


def test_receipt_rows_speak_the_given_language(store, cashier, shift_id, rice):
    number = sell(store, cashier, [(rice, 1)])
    with store.readers() as s:
        data = receipts.receipt_data(s, number)
    rows = receipt_rows(data, language="zh_CN", copy=True)
    assert rows[0].left == "副本"
    assert any(r.left == f"小票 {number}" for r in rows)
    assert any(r.left == "合计" and "25.00" in r.right for r in rows)
    english = receipt_rows(data, language="en")
    assert any(r.left == "Total" and "25.00" in r.right for r in english)
    assert not any(r.left == "COPY" for r in english)


def test_drawer_spec_parsing():
    assert not drawer.parse_spec("none").enabled and not drawer.parse_spec("").enabled
    assert drawer.parse_spec("usb:04b8:0202") == drawer.DrawerSpec("usb", "04b8:0202", 2)
    assert drawer.parse_spec("network:10.0.0.9,pin=5") == drawer.DrawerSpec("network", "10.0.0.9", 5)
    assert drawer.parse_spec("dummy").kind == "dummy"
    assert drawer.parse_spec("printer") == drawer.DrawerSpec("printer", "", 2)  # on the ESC/POS receipt printer
    for bad in ("laser", "usb:", "serial:COM3,pin=7"):
        with pytest.raises(ValidationError):
            drawer.parse_spec(bad)


def test_pulse_reaches_the_dummy_device_and_a_dead_device_is_one_error(tmp_path):
    drawer.reset_dummy()
    assert drawer.pulse("none") is False
    assert drawer.pulse("dummy") is True
    assert drawer.dummy_device().output.startswith(drawer.PULSE_PREFIX)
    drawer.pulse("dummy,pin=5")
    assert drawer.dummy_device().output.count(drawer.PULSE_PREFIX) == 2
    with pytest.raises(drawer.DrawerError):
        drawer.pulse(f"file:{tmp_path}/no/such/dir/lp0")
    drawer.reset_dummy()


def test_output_settings_default_to_pdf(store):
    with store.readers() as s:
        settings = receipts.output_settings(s)
    assert (settings.receipt_output, settings.receipt_paper, settings.cash_drawer) == ("pdf", "80mm", "none")
