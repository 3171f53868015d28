"""The counter's state between key presses: who is logged in, the open basket, the household
or volunteer card scanned for this sale. Each method is one short service call in its own
transaction; no Session is held between key presses. No widgets here, so it is easy to test.
"""

from __future__ import annotations

import copy
import re
from dataclasses import asdict, dataclass, field

from charitymart.domain.basket import Basket
from charitymart.services import transactions
from charitymart.services.context import Actor, get_store
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.people import beneficiaries
from charitymart.services.sales import basket as basket_service
from charitymart.services.sales import checkout, parked_baskets, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.stock import search
from charitymart.services.store import checkpoints
from charitymart.services.store.setup import StoreHandle
from charitymart.services.users.session import login_at_till

# Tenders taken before F12 (F8 household card, F7 points) that a restored basket keeps.
CARRIED_TENDERS = ("allowance", "points")
QUANTITY_PREFIX = re.compile(r"^\s*(\d{1,3})\s*[*xX×]\s*(.*)$")


@dataclass
class SaleContext:
    """What the cashier attached to the sale being rung up."""

    beneficiary_card: str | None = None
    volunteer_code: str | None = None
    collection: bool = False
    delivery: bool = False

    def to_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class ScanOutcome:
    kind: str  # added | household | volunteer | receipt | search | pending_quantity
    line_index: int | None = None
    code: str = ""
    hits: list = field(default_factory=list)


@dataclass
class SaleDone:
    receipt_number: str
    total: int
    change: int
    sale_id: int


class CounterController:
    def __init__(self, handle: StoreHandle, till_code: str = "T1"):
        self.handle = handle
        checkpoints.take_over_checkpoints(handle.engine)  # none inside a sale's commit; see idle_checkpoint
        self.till_code = till_code
        self.actor: Actor | None = None
        self.basket = Basket()
        self.context = SaleContext()
        self.payments: list[Payment] = []  # tenders already taken for this sale (allowance, points, card...)
        self.last_receipt: str | None = None
        self.pending_quantity: int | None = None
        with handle.readers() as s:
            store = get_store(s)
            self.store_name, self.currency = store.name, store.currency

    # ----- session -----
    def login(self, pin: str) -> Actor:
        self.actor = login_at_till(self.handle.sessions, self.till_code, pin)
        self._restore_open_basket()
        return self.actor

    def logout(self) -> None:
        self.save_basket()
        self.actor = None

    def shift_is_open(self) -> bool:
        with self.handle.readers() as s:
            return shifts.current_shift(s, self.actor.till_id) is not None

    def open_shift(self, opening_float: int) -> None:
        self.write(lambda s: shifts.open_shift(s, self.actor, opening_float))

    def write(self, work):
        """Every counter write goes through the retry helper: with several tills on one SQLite
        file, a write lock held past the busy timeout (another till's commit) is waited out and
        run again instead of showing "database is locked"; on a server, collisions likewise."""
        return transactions.run(self.handle.sessions, work)

    def _change_basket(self, change):
        """A basket change that writes (a removal is a ledger row), made on a copy of the basket
        so that an attempt the database refused leaves nothing half-changed for the next one."""
        def attempt(s):
            working = copy.deepcopy(self.basket)
            return working, change(s, working)

        self.basket, result = self.write(attempt)
        return result

    def _restore_open_basket(self) -> None:
        with self.handle.readers() as s:
            state = parked_baskets.load_open(s, self.actor.till_id)
        if state:
            self._set_state(state)

    def _set_state(self, state: dict) -> None:
        self.basket = Basket.from_dict(state.get("basket", {}))
        self.context = SaleContext(**state.get("context", {}))
        self.payments = [Payment(**p) for p in state.get("payments", []) if p.get("kind") in CARRIED_TENDERS]

    def state(self) -> dict:
        """The open basket as saved: lines, the card attached, and the allowance/points already
        taken against it (cash, mobile and card are only taken inside the payment dialog)."""
        return {"basket": self.basket.to_dict(), "context": self.context.to_dict(),
                "payments": [asdict(p) for p in self.payments if p.kind in CARRIED_TENDERS]}

    def save_basket(self) -> None:
        """Persist the open basket (called shortly after each change, off the scan path)."""
        if self.actor is None:
            return
        state = self.state()
        self.write(lambda s: parked_baskets.save_open(s, self.actor, state))

    def hold(self, label: str) -> int:
        """Hold the open basket under `label` (the caller then clears the counter)."""
        state = self.state()
        return self.write(lambda s: parked_baskets.hold(s, self.actor, state, label))

    def recall_held(self, held_id: int) -> dict:
        """Take a held basket back as the open one; returns its saved state."""
        return self.write(lambda s: parked_baskets.recall(s, self.actor, held_id))

    # ----- scanning -----
    def scan(self, text: str) -> ScanOutcome:
        """Enter in the scan field: exact code first (item, household card, volunteer card,
        receipt); only then do letters search by name, pinyin or initials."""
        text = text.strip()
        quantity = self.pending_quantity or 1
        match = QUANTITY_PREFIX.match(text)
        if match:
            quantity, text = int(match.group(1)), match.group(2).strip()
            if not text:
                self.pending_quantity = quantity
                return ScanOutcome("pending_quantity")
        self.pending_quantity = None
        if not text:
            raise ValidationError("scan a barcode or type a name", field="code")
        # A scan only reads (the basket is in memory): a reader's deferred BEGIN never waits for
        # another till's write lock on SQLite.
        with self.handle.readers() as s:
            found = basket_service.resolve_code(s, text)
            if found is not None and found.kind == "item":
                basket_service.add_item(s, self.actor, self.basket, text, quantity)
                return ScanOutcome("added", line_index=self.basket.line_index_for(found.id), code=text)
        if found is not None:
            return ScanOutcome(found.kind, code=text)
        if any(ch.isalpha() for ch in text) or not text.isdigit():
            with self.handle.readers() as s:
                hits = search.search_items(s, text, limit=30)
            if hits:
                return ScanOutcome("search", code=text, hits=hits)
        raise NotFoundError("unknown code {code}: nothing was added", code=text)

    def search(self, text: str) -> list:
        with self.handle.readers() as s:
            return search.search_items(s, text, limit=30)

    def add_item_by_code(self, code: str, quantity: int = 1) -> int:
        with self.handle.readers() as s:
            line = basket_service.add_item(s, self.actor, self.basket, code, quantity)
        return self.basket.line_index_for(line.item_id)

    def remove_line(self, index: int) -> None:
        self._change_basket(lambda s, basket: basket_service.remove_line(s, self.actor, basket, index))

    def set_quantity(self, index: int, quantity: int) -> None:
        self._change_basket(lambda s, basket: basket_service.set_quantity(s, self.actor, basket, index, quantity))

    def change_price(self, index: int, price: int, manager_pin: str | None) -> None:
        with self.handle.readers() as s:  # checks the manager's PIN; writes nothing
            basket_service.change_price(s, self.actor, self.basket, index, price, manager_pin)

    # ----- household and volunteer cards -----
    def household(self, card: str):
        with self.handle.readers() as s:
            ben = beneficiaries.find_by_card(s, card)
            if ben is None:
                raise NotFoundError("no household has the card {card}", card=card)
            return beneficiaries.allowance_summary(s, ben.id)

    # ----- paying -----
    def amount_due(self) -> int:
        return self.basket.total - sum(p.amount for p in self.payments)

    def pay(self, payments: list[Payment]) -> SaleDone:
        """Commit the sale and clear the saved open basket in one transaction (run again if it
        collided with another till's; if the server cannot be reached the basket stays as it is)."""
        payments = self.payments + payments

        def commit(s) -> SaleDone:
            sale = checkout.complete_sale(
                s, self.actor, self.basket, payments,
                beneficiary_card=self.context.beneficiary_card, volunteer_code=self.context.volunteer_code,
                collection=self.context.collection, delivery=self.context.delivery,
            )
            parked_baskets.clear_open(s, self.actor.till_id)
            return SaleDone(sale.receipt_number, sale.total, sum(p.received - p.amount for p in payments
                                                                 if p.kind == "cash" and p.received), sale.id)

        done = transactions.run(self.handle.sessions, commit)
        checkpoints.checkpoint_if_wal_over(self.handle.engine)
        self.last_receipt = done.receipt_number
        self.basket = Basket()
        self.context = SaleContext()
        self.payments = []
        return done

    def idle_checkpoint(self) -> None:
        """Called by the counter window when no scan came for a while: copy the WAL into the file."""
        checkpoints.idle_checkpoint(self.handle.engine)
