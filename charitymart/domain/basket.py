"""The open basket at the counter: pure data, no I/O.

Services decide what may go in it (stock, prices, approvals); this module only keeps lines
and adds them up. It round-trips through plain dicts so the UI can save the open basket
within a second of each change and restore it after a crash.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class BasketLine:
    item_id: int
    name: str
    barcode: str
    quantity: int
    unit_price: int  # fen, what the customer pays per unit
    regular_price: int  # fen, the item's price when scanned
    price_approved_by: int | None = None  # the manager who approved a changed price
    allowance_ok: bool = True  # may this line be paid by a household allowance

    @property
    def line_total(self) -> int:
        return self.quantity * self.unit_price

    @property
    def price_changed(self) -> bool:
        return self.unit_price != self.regular_price


@dataclass
class Basket:
    lines: list[BasketLine] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    @property
    def total(self) -> int:
        return sum(line.line_total for line in self.lines)

    @property
    def allowance_payable_total(self) -> int:
        """The part of the total a household allowance may pay."""
        return sum(line.line_total for line in self.lines if line.allowance_ok)

    def quantity_of(self, item_id: int) -> int:
        """Units of an item across all lines (stock checks must cover all of them)."""
        return sum(line.quantity for line in self.lines if line.item_id == item_id)

    def line_index_for(self, item_id: int) -> int | None:
        """The line a new scan of this item adds to: the last one holding it."""
        for index in range(len(self.lines) - 1, -1, -1):
            if self.lines[index].item_id == item_id:
                return index
        return None

    def line(self, index: int) -> BasketLine:
        if not 0 <= index < len(self.lines):
            raise IndexError(f"the basket has no line {index + 1}")
        return self.lines[index]

    def to_dict(self) -> dict:
        return {"lines": [asdict(line) for line in self.lines]}

    @classmethod
    def from_dict(cls, data: dict) -> "Basket":
        return cls(lines=[BasketLine(**line) for line in data.get("lines", [])])
