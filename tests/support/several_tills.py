"""A till in its own process, for the tests of several tills on one PostgreSQL server.

`run_till` is started with the spawn method (a fresh interpreter, its own connections), waits
at a barrier so every till starts at once, sells `baskets` baskets and returns what happened.
"""

from __future__ import annotations

import random
from datetime import datetime

from charitymart.domain.basket import Basket
from charitymart.services import clock, transactions
from charitymart.services.errors import AllowanceError, StockError
from charitymart.services.sales import checkout
from charitymart.services.sales.checkout import Payment
from charitymart.services.store.setup import open_store
from charitymart.services.users.session import login_at_till


def run_till(url: str, till: str, pin: str, now: datetime, own_code: str, shared_code: str, card: str,
             baskets: int, seed: int, barrier) -> dict:
    """Each basket holds this till's own item, sometimes the item every till sells (few units),
    and is paid in cash or, half the time, collected on the shared household's allowance."""
    clock.set_now(now)
    handle = open_store(url, migrate_schema=False)
    actor = login_at_till(handle.sessions, till, pin)
    rng = random.Random(seed)
    outcome = {"sold": [], "refused_stock": 0, "refused_allowance": 0, "unexpected": []}
    barrier.wait()
    try:
        for _ in range(baskets):
            chosen = [own_code] + ([shared_code] if rng.random() < 0.3 else [])
            by_allowance = rng.random() < 0.5

            def sell(s, chosen=chosen, by_allowance=by_allowance):
                basket = Basket()
                for code in chosen:
                    checkout.add_item(s, actor, basket, code, 1)
                if by_allowance:
                    return checkout.complete_sale(s, actor, basket, [], beneficiary_card=card, collection=True)
                return checkout.complete_sale(s, actor, basket, [Payment("cash", basket.total)])

            try:
                sale = transactions.run(handle.sessions, sell)
                outcome["sold"].append(sale.receipt_number)
            except StockError:
                outcome["refused_stock"] += 1
            except AllowanceError:
                outcome["refused_allowance"] += 1
            except Exception as exc:  # noqa: BLE001 - the test reports whatever a cashier would have seen
                outcome["unexpected"].append(f"{type(exc).__name__}: {exc}")
    finally:
        handle.close()
    return outcome
