"""Raw ESC/POS receipts and drawer kicks, checked byte for byte on python-escpos's Dummy printer."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from escpos.printer import Dummy

from charitymart.reports.receipt_text import TextLine, receipt_lines, text_width
from charitymart.services.errors import CharityMartError
from charitymart.services.sales import drawer, receipt_printer
from charitymart.services.sales.receipts import ReceiptData, ReceiptLine, ReceiptTender

START = b"\x1b@\x1c&"  # ESC @ (reset), FS & (Chinese character mode)
CUT = b"\x1bd\x06\x1dV\x00"  # ESC d 6 (feed past the cutter), GS V 0 (full cut)
BOLD, PLAIN = b"\x1bE\x01", b"\x1bE\x00"


def sale() -> ReceiptData:
    return ReceiptData(
        store_name="阳光慈善超市", store_address="幸福路 8 号", store_phone="028-1234567", currency="CNY",
        receipt_number="T1-2026-000042", kind="sale", till="T1", cashier="王芳",
        local_time=datetime(2026, 3, 5, 14, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
        lines=(ReceiptLine("金龙鱼大豆油（5升装，家庭实惠装）", "Soybean oil 5 L", 2, 4550, 9100),
               ReceiptLine("大米", "Rice", 1, 2500, 2500)),
        total=11600, tenders=(ReceiptTender("cash", 11600, received=12000, change=400),), change=400,
        allowance_used=0, points_used_x100=0)


def job(lines: list[str]) -> bytes:
    """What the printer must receive: "*" at the start marks a bold line."""
    out = START
    for line in lines:
        if line.startswith("*"):
            out += BOLD + line[1:].encode("gb18030") + b"\n" + PLAIN
        else:
            out += line.encode("gb18030") + b"\n"
    return out + CUT


RECEIPT_32 = [
    "*          阳光慈善超市",
    "          幸福路 8 号",
    "        电话 028-1234567",
    "-" * 32,
    "*小票 T1-2026-000042",
    "收银台 T1 · 收银员 王芳",
    "时间 2026-03-05 14:30",
    "-" * 32,
    "金龙鱼大豆油（5升装，家庭实惠",  # the closing bracket never starts a line: 装 goes down with it
    "装）",
    "    2 × ￥45.50         ￥91.00",
    "大米",
    "    1 × ￥25.00         ￥25.00",
    "-" * 32,
    "*合计                    ￥116.00",
    "现金                    ￥120.00",
    "*找零                      ￥4.00",
    "-" * 32,
    "谢谢惠顾！您的每一次购买都在帮助",
    "         社区里的家庭。",
]

RECEIPT_48 = [
    "*" + " " * 18 + "阳光慈善超市",
    "                  幸福路 8 号",
    "                电话 028-1234567",
    "-" * 48,
    "*小票 T1-2026-000042",
    "收银台 T1 · 收银员 王芳",
    "时间 2026-03-05 14:30",
    "-" * 48,
    "金龙鱼大豆油（5升装，家庭实惠装）",
    "    2 × ￥45.50                         ￥91.00",
    "大米",
    "    1 × ￥25.00                         ￥25.00",
    "-" * 48,
    "*合计                                    ￥116.00",
    "现金                                    ￥120.00",
    "*找零                                      ￥4.00",
    "-" * 48,
    " 谢谢惠顾！您的每一次购买都在帮助社区里的家庭。",
]


@pytest.mark.parametrize(("paper", "expected", "columns"), [("58mm", RECEIPT_32, 32), ("80mm", RECEIPT_48, 48)])
def test_a_chinese_sale_receipt_is_sent_as_gb18030_lines_in_the_papers_columns(paper, expected, columns):
    printer = Dummy()
    settings = receipt_printer.PrinterSettings(kind="escpos-dummy", paper=paper)
    receipt_printer.write_lines(printer, receipt_lines(sale(), columns=settings.columns))
    assert printer.output == job(expected)
    assert all(text_width(line.lstrip("*")) <= columns for line in expected)


def test_a_punctuation_only_line_is_gb18030_not_a_code_page_per_character():
    printer = Dummy()
    receipt_printer.write_lines(printer, [TextLine("（……）"), TextLine("——，。")], cut=False)
    assert printer.output == START + b"\xa3\xa8\xa1\xad\xa1\xad\xa3\xa9\n" + b"\xa1\xaa\xa1\xaa\xa3\xac\xa1\xa3\n"


def test_the_drawer_kick_carries_the_stores_on_and_off_times():
    assert drawer.kick_bytes(2, 100, 100) == b"\x1bp\x00\x32\x32"
    assert drawer.kick_bytes(5, 50, 500) == b"\x1bp\x01\x19\xfa"
    drawer.reset_dummy()
    settings = receipt_printer.PrinterSettings(kind="escpos-dummy", drawer_on_ms=60, drawer_off_ms=240)
    assert receipt_printer.pulse(drawer.parse_spec("printer,pin=5"), settings) is True
    assert drawer.dummy_device().output == b"\x1bp\x01\x1e\x78"


def test_a_drawer_on_its_own_device_gets_the_same_times():
    drawer.reset_dummy()
    settings = receipt_printer.PrinterSettings(kind="qt", drawer_on_ms=200, drawer_off_ms=400)
    assert receipt_printer.pulse(drawer.parse_spec("dummy"), settings) is True
    assert drawer.dummy_device().output == b"\x1bp\x00\x64\xc8"


def test_the_receipt_is_cut_after_the_last_line():
    printer = Dummy()
    receipt_printer.write_lines(printer, [TextLine("谢谢")])
    assert printer.output == START + "谢谢".encode("gb18030") + b"\n" + CUT


def test_print_receipt_goes_to_the_chosen_printer():
    drawer.reset_dummy()
    settings = receipt_printer.PrinterSettings(kind="escpos-dummy", paper="58mm")
    receipt_printer.print_receipt(settings, sale())
    assert drawer.dummy_device().output == job(RECEIPT_32)


def test_usb_without_pyusb_is_refused_with_a_clear_message(monkeypatch):
    import escpos.printer

    monkeypatch.setattr(escpos.printer.Usb, "is_usable", staticmethod(lambda: False))
    settings = receipt_printer.PrinterSettings(kind="escpos-usb", usb="0416:5011")
    with pytest.raises(CharityMartError, match="pyusb"):
        receipt_printer.print_lines(settings, [TextLine("x")])


def test_a_windows_spooler_printer_is_refused_off_windows(monkeypatch):
    monkeypatch.setattr(receipt_printer.sys, "platform", "linux")
    settings = receipt_printer.PrinterSettings(kind="escpos-win32", printer_name="POS-58")
    with pytest.raises(CharityMartError, match="only be used on Windows"):
        receipt_printer.print_lines(settings, [TextLine("x")])


def test_a_network_printer_that_is_not_there_is_a_printer_error():
    settings = receipt_printer.PrinterSettings(kind="escpos-network", host="127.0.0.1:9")
    with pytest.raises(receipt_printer.ReceiptPrinterError):
        receipt_printer.print_lines(settings, [TextLine("x")])


def test_the_printer_settings_are_checked_and_kept(store, admin):
    from charitymart.services.errors import ValidationError
    from charitymart.services.store import settings
    from charitymart.services.store.settings_fields import clean

    for field, bad in (("escpos_usb", "04b8"), ("escpos_host", "a b"), ("drawer_on_ms", "1"),
                       ("drawer_off_ms", "600"), ("receipt_printer_kind", "laser")):
        with pytest.raises(ValidationError) as caught:
            clean(field, bad)
        assert caught.value.field == field
    with store.sessions.begin() as s:
        settings.update_settings(s, admin, receipt_printer_kind="escpos-network", escpos_host="10.0.0.5:9100",
                                 escpos_usb="0416:5011", drawer_on_ms="50", drawer_off_ms="500")
    with store.sessions() as s:
        kept = receipt_printer.printer_settings(s)
    assert kept == receipt_printer.PrinterSettings(kind="escpos-network", usb="0416:5011", host="10.0.0.5:9100",
                                                   paper=kept.paper, drawer_on_ms=50, drawer_off_ms=500)


# ----- the collection slip, for signature -----
def collection_slip():
    from charitymart.reports.collection_slip import CollectionSlip, SlipLine

    return CollectionSlip(store_name="Sunshine Charity Shop", receipt_number="T1-2026-000009",
                          when=datetime(2026, 3, 10, 10), card_number="H0001",
                          lines=(SlipLine("Rice 5 kg", 2, 2500, 5000), SlipLine("Cooking oil 1 L", 1, 1850, 1850)),
                          allowance_used=6850, allowance_remaining=8150, category="Minimum living allowance",
                          language="en")


SLIP_HEAD_32 = [
    "*     Sunshine Charity Shop",
    "   Household collection slip",
]
SLIP_BODY_32 = [
    "-" * 32,
    "Receipt number    T1-2026-000009",
    "Time            2026-03-10 10:00",
    "Card number                H0001",
    "Category",  # a label too long to sit beside its value keeps its word whole
    "        Minimum living allowance",
    "-" * 32,
    "Rice 5 kg",
    "    2 × ￥25.00         ￥50.00",
    "Cooking oil 1 L",
    "    1 × ￥18.50         ￥18.50",
    "-" * 32,
    "*Total                    ￥68.50",
    "Allowance used           ￥68.50",
    "Allowance left this period",
    "                         ￥81.50",
    "-" * 32,
]
SHOP_COPY_32 = SLIP_HEAD_32 + ["*Shop copy: signed by the", "*household, kept by the shop"] + SLIP_BODY_32 + [
    "",
    "Signature:" + "_" * 22,
    "",
    "Date:" + "_" * 27,
    "The household signs to confirm",
    "it received the goods listed",
    "above.",
]
HOUSEHOLD_COPY_32 = SLIP_HEAD_32 + ["*Household copy"] + SLIP_BODY_32


def test_a_collection_slip_prints_the_shop_copy_to_sign_then_the_households_copy():
    drawer.reset_dummy()
    settings = receipt_printer.PrinterSettings(kind="escpos-dummy", paper="58mm")
    assert receipt_printer.print_slip(settings, collection_slip(), copies=2) == "escpos-dummy"
    assert drawer.dummy_device().output == job(SHOP_COPY_32) + job(HOUSEHOLD_COPY_32)
    drawer.reset_dummy()
    receipt_printer.print_slip(settings, collection_slip(), copies=1)
    assert drawer.dummy_device().output == job(SHOP_COPY_32)
    drawer.reset_dummy()


def test_the_slip_at_48_columns_signs_across_the_whole_width():
    printer = Dummy()
    rows = receipt_printer.slip_copies_rows(collection_slip(), 1)[0]
    receipt_printer.write_lines(printer, receipt_printer.rows_to_lines(rows, 48))
    text = printer.output.decode("gb18030")
    assert "\nSignature:" + "_" * 38 + "\n" in text and "\nDate:" + "_" * 43 + "\n" in text
    assert "\nAllowance left this period" + " " * 15 + "￥81.50\n" in text  # beside its figure at 48
