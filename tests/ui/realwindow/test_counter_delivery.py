"""On a real display, by keys only: goods scanned, F8, the household card typed, Alt+D (home
delivery), F8 again: a free collection for delivery is committed, its slip written for signature,
and it waits in the open deliveries (the back office's list)."""

from __future__ import annotations

from tests.ui.realwindow.desktop import wait_for
from tests.ui.realwindow.make_store import DELIVERY_CARD
from tests.ui.realwindow.test_counter_cycles import log_in


def test_a_free_collection_for_home_delivery_by_keys(counter, tmp_path):
    ((code,),) = counter.query(
        "SELECT MIN(b.code) FROM items i JOIN barcodes b ON b.item_id = i.id JOIN lots l ON l.item_id = i.id "
        "WHERE i.active AND i.allowance_ok AND i.price BETWEEN 100 AND 3000 "
        "AND (l.expiry IS NULL OR l.expiry > date('now', '+1 day')) "
        "GROUP BY i.id HAVING SUM(l.on_hand) >= 5 ORDER BY i.id LIMIT 1")
    log_in(counter, "3001")
    before = counter.scalar("SELECT MAX(id) FROM sales")  # the demo has collections of its own
    counter.desktop.scan(code)
    counter.wait_state("the scanned line", dialog="", page="SalePage")
    counter.desktop.key("F8")
    counter.wait_state("the household dialog", dialog="HouseholdDialog")
    counter.desktop.scan(DELIVERY_CARD)  # typed into the card field, Enter looks it up
    counter.desktop.key("alt+d")  # home delivery
    counter.desktop.key("F8")  # free collection
    sale = wait_for(lambda: counter.query("SELECT id, receipt_number, delivery FROM sales "
                                          "WHERE kind = 'collection' AND id > ?", before),
                    "the collection to be committed")[0]
    sale_id, number, delivery = sale
    assert delivery == 1
    counter.wait_state("the sale screen after the collection", dialog="", page="SalePage")
    slip = wait_for(lambda: next((tmp_path / "receipts").glob(f"*/collection-{number}.pdf"), None),
                    "the collection slip's PDF")
    assert slip.stat().st_size > 1000
    assert counter.query("SELECT COUNT(*) FROM delivery_outcomes WHERE sale_id = ?", sale_id) == [(0,)]  # open
