"""On a real display, by keys only: a cash refund (reason from the list, manager's PIN) opens the
drawer and prints a numbered refund receipt pointing at the original; F6 closes the shift with
the drawer counted note by note."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from tests.ui.realwindow.desktop import wait_for
from tests.ui.realwindow.test_counter_cycles import log_in, sell_for_cash, sellable_items

DRAWER_PULSE = b"\x1bp"  # ESC p: the ESC/POS drawer kick
MANAGER_PIN = "2222"


def pulses_sent(path) -> int:
    return path.read_bytes().count(DRAWER_PULSE) if path.exists() else 0


def test_cash_refund_opens_the_drawer_and_prints_a_numbered_refund_receipt(counter, tmp_path):
    drawer = tmp_path / "drawer.bin"
    (code, price), *_ = sellable_items(counter)
    log_in(counter, "3001")
    sale_id, original, total, *_ = sell_for_cash(counter, ["2*", code], 50)
    assert total == 2 * price
    wait_for(lambda: pulses_sent(drawer) >= 1, "the drawer to open for the cash sale")
    drawer.unlink()

    counter.desktop.key("F3")
    counter.wait_state("the refund dialog", dialog="RefundDialog")
    counter.desktop.scan(original)  # the receipt's barcode, scanned into the receipt number field
    counter.desktop.type("1")  # one of the two on the chosen line
    counter.desktop.key("Return")
    counter.wait_state("the reason and the manager's PIN", dialog="ApprovalDialog", focus="ReasonList")
    counter.desktop.type("1")  # 1: damaged or faulty
    counter.desktop.key("Return")
    counter.wait_state("the manager's PIN field", dialog="ApprovalDialog", focus="ManagerPin")
    counter.desktop.type(MANAGER_PIN)
    counter.desktop.key("Return")
    refund = wait_for(lambda: counter.query(
        "SELECT id, receipt_number, total, note FROM sales WHERE kind = 'refund' AND refund_of_id = ?", sale_id),
        "the refund to be committed")[0]
    refund_id, refund_number, refund_total, reason = refund
    assert (refund_total, reason) == (-price, "Damaged or faulty")
    assert refund_number != original and refund_number.startswith("T1-")
    assert counter.query("SELECT reason FROM drawer_openings WHERE sale_id = ?", refund_id) == [("refund",)]
    assert counter.query("SELECT kind, amount FROM tenders WHERE sale_id = ?", refund_id) == [("cash", -price)]
    counter.wait_state("the refund's result", dialog="RefundDialog")
    counter.desktop.screenshot(tmp_path / "refund.png")
    counter.desktop.key("Return")  # closes the dialog: the receipt prints, the drawer opens
    counter.wait_state("the sale screen after the refund", dialog="", page="SalePage")

    wait_for(lambda: pulses_sent(drawer) == 1, "the drawer to open for the cash refund")
    receipts = tmp_path / "receipts"
    pdf = wait_for(lambda: next(receipts.glob(f"*/{refund_number}.pdf"), None), "the refund receipt's PDF")
    text = wait_for(lambda: "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages),
                    "a readable refund receipt")
    assert refund_number in text and original in text, text
    counter.desktop.key("F10")
    counter.wait_state("the login screen", page="LoginPage")


def greedy_counts(fen: int) -> list[int]:
    counts = []
    for note in (10000, 5000, 2000, 1000, 500, 100, 50, 10):
        counts.append(fen // note)
        fen %= note
    return counts


def test_shift_close_by_keys_counts_the_drawer(counter, tmp_path):
    (code, _price), *_ = sellable_items(counter)
    log_in(counter, "3002")
    sell_for_cash(counter, [code], 50)
    shift_id = counter.scalar("SELECT MAX(id) FROM shifts")
    expected = counter.scalar("SELECT opening_float FROM shifts WHERE id = ?", shift_id) + counter.scalar(
        "SELECT SUM(t.amount) FROM tenders t JOIN sales s ON s.id = t.sale_id WHERE s.shift_id = ? "
        "AND t.kind = 'cash'", shift_id)
    counter.desktop.key("F6")
    counter.wait_state("the shift-close dialog", dialog="CloseShiftDialog")
    for count in greedy_counts(expected):
        if count:
            counter.desktop.type(str(count))
        counter.desktop.key("Return")  # to the next note, and after the last to "Close the shift"
    counter.desktop.screenshot(tmp_path / "shift-close.png")
    counter.desktop.key("Return")
    row = wait_for(lambda: counter.query("SELECT expected_cash, counted_cash, variance, denominations "
                                         "FROM shift_closes WHERE shift_id = ?", shift_id), "the shift to close")[0]
    assert row[:3] == (expected, expected, 0)
    assert sum(int(fen) * n for fen, n in json.loads(row[3]).items()) == expected
    counter.wait_state("the login screen after closing the shift", page="LoginPage", dialog="")
    counter.desktop.type("3002")  # the next login: a new shift asks for its opening float
    counter.desktop.key("Return")
    counter.wait_state("the opening float of a new shift", page="FloatPage", focus="FloatAmount")
