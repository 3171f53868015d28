"""The counter on a real X display, driven only by keys: log in, sell by scanning, pay cash and
see the change, F10, the next cashier logs in — twenty times. Every typed PIN must reach the
PIN field (issue 13.1): the sale's cashier in the database proves whose PIN was read."""

from __future__ import annotations

from charitymart.services.demo import data
from charitymart.ui.money import money_text
from tests.ui.realwindow.desktop import shipped_text, wait_for

CYCLES = 20
USERS = (*data.CASHIERS, data.MANAGER)  # (name, PIN)


def sellable_items(counter, how_many: int = 4) -> list[tuple[str, int]]:
    """(barcode, price) of items with plenty of unexpired stock, cheap enough to pay with ¥50."""
    return counter.query(
        "SELECT MIN(b.code), i.price FROM items i JOIN barcodes b ON b.item_id = i.id "
        "JOIN lots l ON l.item_id = i.id "
        "WHERE i.active AND i.price BETWEEN 100 AND 1500 AND (l.expiry IS NULL OR l.expiry > date('now', '+1 day')) "
        "GROUP BY i.id HAVING SUM(l.on_hand) >= 12 ORDER BY i.id LIMIT ?", how_many)


def log_in(counter, pin: str) -> None:
    counter.wait_state("the login screen", page="LoginPage", dialog="")
    counter.desktop.type(pin)
    counter.desktop.key("Return")
    state = wait_for(lambda: counter.state()["page"] in ("FloatPage", "SalePage") and counter.state(),
                     f"the PIN {pin} to log in (the PIN field must receive the keys)")
    if state["page"] == "FloatPage":
        counter.desktop.type("200")
        counter.desktop.key("Return")
    counter.wait_state("the sale screen", page="SalePage", dialog="")


def sell_for_cash(counter, scans: list[str], received_yuan: int, *, note_key: str = "") -> tuple:
    """Scan, F12, type the cash received and Enter (or press a quick-cash key); the sale's row."""
    before = counter.scalar("SELECT COUNT(*) FROM sales")
    for code in scans:
        counter.desktop.scan(code)
    counter.desktop.key("F12")
    counter.wait_state("the payment dialog", dialog="PaymentDialog")
    if note_key:
        counter.desktop.key(note_key)
    else:
        counter.desktop.type(str(received_yuan))
        counter.desktop.key("Return")
    wait_for(lambda: counter.scalar("SELECT COUNT(*) FROM sales") == before + 1, "the sale to be committed")
    return counter.query("SELECT s.id, s.receipt_number, s.total, u.name, t.received, t.change FROM sales s "
                         "JOIN users u ON u.id = s.cashier_id JOIN tenders t ON t.sale_id = s.id "
                         "ORDER BY s.id DESC LIMIT 1")[0]


def test_twenty_cashiers_log_in_sell_and_log_out(counter, tmp_path):
    items = sellable_items(counter)
    assert len(items) == 4, items
    numbers = []
    for cycle in range(CYCLES):
        name, pin = USERS[cycle % len(USERS)]
        log_in(counter, pin)
        code, price = items[cycle % len(items)]
        quantity = 1 + cycle % 3
        scans = [code] if quantity == 1 else [f"{quantity}*", code]  # "3*" then the scan sets the quantity
        # Every fifth customer pays with the ¥50 quick-cash key (F3), the others type 50.
        _id, number, total, cashier, received, change = sell_for_cash(
            counter, scans, 50, note_key="F3" if cycle % 5 == 4 else "")
        assert (cashier, total, received, change) == (name, price * quantity, 5000, 5000 - price * quantity), cycle
        # The big figure now shows the change, labelled, until the next scan (issue 13.4).
        shown = counter.wait_state("the change in the big figure", figure=money_text(change, "CNY", "zh_CN"))
        assert shown["figure_caption"] == shipped_text("SalePage", "Change due"), shown  # 找零 once folded in
        assert number in shown["status"], shown
        if cycle == 0:
            counter.desktop.screenshot(tmp_path / "change.png")
        numbers.append(number)
        counter.desktop.key("F10")
    counter.wait_state("the login screen after the last cashier", page="LoginPage")
    assert [int(n.rsplit("-", 1)[1]) for n in numbers] == list(range(int(numbers[0].rsplit("-", 1)[1]),
                                                                     int(numbers[0].rsplit("-", 1)[1]) + CYCLES))
    cashiers = [row[0] for row in counter.query(
        "SELECT u.name FROM sales s JOIN users u ON u.id = s.cashier_id ORDER BY s.id DESC LIMIT ?", CYCLES)]
    assert cashiers[::-1] == [USERS[c % len(USERS)][0] for c in range(CYCLES)]
