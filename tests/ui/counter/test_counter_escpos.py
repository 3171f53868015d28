"""A sale at the counter with a raw ESC/POS receipt printer (python-escpos's Dummy behind the
`escpos-dummy` kind) and the drawer on the printer's port with the store's pulse times."""

from __future__ import annotations

from charitymart.services.sales import drawer
from charitymart.services.store import settings
from tests.ui.counter.test_counter_shift import sell_rice, start, window  # noqa: F401  (window: fixture)


def test_a_cash_sale_prints_gb18030_on_the_thermal_printer_and_kicks_its_drawer(window, store, admin, qtbot):  # noqa: F811
    with store.sessions.begin() as s:
        settings.update_settings(s, admin, receipt_output="printer", receipt_paper="58mm",
                                 receipt_printer_kind="escpos-dummy", cash_drawer="printer",
                                 drawer_on_ms="60", drawer_off_ms="240")
    window.language = "zh_CN"
    start(window, qtbot)
    number = sell_rice(window, qtbot, 2, "60")
    assert window.drawer_kicker.wait() and window.receipt_output.wait()
    qtbot.waitUntil(lambda: b"\x1dV\x00" in drawer.dummy_device().output)
    sent = drawer.dummy_device().output
    assert sent.count(b"\x1bp\x00\x1e\x78") == 1  # ESC p, pin 2, 60 ms on, 240 ms off
    job = sent[sent.index(b"\x1b@\x1c&"):]  # reset, then Chinese mode on
    text = job.decode("gb18030", errors="strict")
    assert number in text and "大米 5kg" in text and "找零" in text and "￥10.00" in text
    assert all(len(line.encode("gb18030")) <= 32 + 6 for line in text.split("\n"))  # 32 columns (+ bold codes)


def close_the_shift(window, qtbot, counts):  # noqa: F811
    from PySide6.QtCore import Qt

    from charitymart.ui.counter.shift_close import DENOMINATIONS, CloseShiftDialog
    from tests.ui.counter.test_counter_shift import press, type_enter

    def count(dialog):
        for fen in DENOMINATIONS:
            type_enter(qtbot, dialog.focusWidget(), counts.get(fen, ""))
        qtbot.keyClick(dialog.confirm, Qt.Key_Return)

    press(window, qtbot, Qt.Key_F6, CloseShiftDialog, count)
    assert window.stack.currentWidget() is window.login_page


def test_f6_prints_the_z_report_on_the_thermal_printer(window, store, admin, qtbot):  # noqa: F811
    with store.sessions.begin() as s:
        settings.update_settings(s, admin, receipt_output="printer", receipt_paper="58mm",
                                 receipt_printer_kind="escpos-dummy", cash_drawer="none")
    window.language = "zh_CN"
    start(window, qtbot)
    sell_rice(window, qtbot, 1, "100")  # float 100 + 25 = 125 expected
    assert window.receipt_output.wait()
    drawer.reset_dummy()  # only the Z-report from here on
    close_the_shift(window, qtbot, {10000: "1", 1000: "2"})  # 120 counted: 5 short
    assert window.receipt_output.wait()
    qtbot.waitUntil(lambda: b"\x1dV\x00" in drawer.dummy_device().output)
    sent = drawer.dummy_device().output
    assert sent.startswith(b"\x1b@\x1c&") and sent.endswith(b"\x1bd\x06\x1dV\x00")
    lines = sent[len(b"\x1b@\x1c&"):-len(b"\x1bd\x06\x1dV\x00")].replace(b"\x1bE\x01", b"").replace(
        b"\x1bE\x00", b"").decode("gb18030").split("\n")
    assert lines[-1] == "" and all(len(line.encode("gb18030")) <= 32 for line in lines)
    text = "\n".join(lines)
    assert "Z" in text and "王阿姨" in text
    assert "￥125.00" in text and "￥120.00" in text and "-￥5.00" in text  # expected, counted, variance
    assert window.login_page.error.text() == ""


def test_f6_with_receipts_as_pdf_prints_no_z_report(window, store, admin, qtbot):  # noqa: F811
    with store.sessions.begin() as s:
        settings.update_settings(s, admin, receipt_output="pdf", receipt_printer_kind="escpos-dummy",
                                 cash_drawer="none")
    start(window, qtbot)
    drawer.reset_dummy()
    close_the_shift(window, qtbot, {10000: "1"})
    assert window.receipt_output.wait()
    assert drawer.dummy_device().output == b""


def test_a_z_report_the_printer_refuses_is_shown_on_the_login_screen(window, store, admin, qtbot,  # noqa: F811
                                                                     monkeypatch):
    from charitymart.services.sales import receipt_printer

    with store.sessions.begin() as s:
        settings.update_settings(s, admin, receipt_output="printer", receipt_printer_kind="escpos-dummy",
                                 cash_drawer="none")
    start(window, qtbot)

    def broken(settings_, lines):
        raise receipt_printer.ReceiptPrinterError("the receipt printer did not answer ({problem}): check its "
                                                  "cable, power and paper", problem="out of paper")
    monkeypatch.setattr(receipt_printer, "print_lines", broken)
    close_the_shift(window, qtbot, {10000: "1"})
    assert window.receipt_output.wait()
    qtbot.waitUntil(lambda: "out of paper" in window.login_page.error.text())
    assert "--receipt-printer" in window.login_page.error.text()
    assert window.focusWidget() is window.login_page.pin
