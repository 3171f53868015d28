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
