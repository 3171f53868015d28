"""What the back office's intake screen needs from the store, as plain data.

Finding donors, suppliers and consignors (also by the pinyin of their names), items by code
or name, the categories with their suggested prices, and `save_intake`: items created on the
spot and the intake itself in the caller's one transaction, so a refused line saves nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Barcode, Item, Party
from charitymart.domain.codes import IN_STORE_PREFIX, is_valid_ean
from charitymart.services.context import Actor
from charitymart.services.errors import AT_LINE, CharityMartError, Message, ValidationError
from charitymart.services.people import parties
from charitymart.services.stock import catalog, search
from charitymart.services.stock.intake import PARTY_KINDS_FOR, IntakeLine, record_cash_donation, record_intake

PINYIN_SCAN_LIMIT = 5000  # parties read when matching typed pinyin (a shop has hundreds)
_LETTERS = re.compile(r"^[a-z]{2,}$")


@dataclass(frozen=True)
class PartyChoice:
    code: str
    name: str
    kind: str
    phone: str
    public_name_ok: bool


@dataclass(frozen=True)
class ItemChoice:
    item_id: int
    name: str
    barcode: str
    price: int
    unit: str


@dataclass(frozen=True)
class CategoryChoice:
    name: str
    default_price: int | None


@dataclass(frozen=True)
class NewItem:
    """An item created when the intake is saved; no barcode: the store's next in-store code."""

    name: str
    price: int
    category: str = ""
    barcode: str = ""
    unit: str = ""


@dataclass(frozen=True)
class DraftLine:
    """A line of the intake form: an existing item (item_id) or a new one (new_item)."""

    quantity: int
    unit_value: int = 0
    weight_g: int = 0
    expiry: date | None = None
    condition: str = ""
    item_id: int | None = None
    new_item: NewItem | None = None


@dataclass(frozen=True)
class SavedIntake:
    number: str
    fund_source: str
    labels: tuple[tuple[str, int], ...]  # (in-store barcode, quantity) for lines that need labels


def _choice(party: Party) -> PartyChoice:
    return PartyChoice(party.code, party.name, party.kind, party.phone, party.public_name_ok)


@lru_cache(maxsize=8192)
def _name_keys(name: str) -> tuple[str, str]:
    return catalog.name_keys(name)


def find_parties(session: Session, text: str, fund_source: str, limit: int = 12) -> list[PartyChoice]:
    """Parties an intake of `fund_source` may name, matching code, name, phone, or the pinyin
    or initials of the name ("zxm" or "zhang" finds 张小明)."""
    kinds = PARTY_KINDS_FOR.get(fund_source, ())
    found = parties.find(session, text, kinds=kinds, limit=limit)
    typed = (text or "").strip().lower()
    if len(found) < limit and _LETTERS.match(typed):
        seen = {p.id for p in found}
        ranked = []
        for party in session.scalars(select(Party).where(Party.kind.in_(kinds), Party.active)
                                     .order_by(Party.id).limit(PINYIN_SCAN_LIMIT)):
            if party.id in seen:
                continue
            pinyin, initials = _name_keys(party.name)
            if pinyin.startswith(typed) or initials.startswith(typed):
                ranked.append((0, len(party.name), party.name, party))
            elif typed in initials:
                ranked.append((1, len(party.name), party.name, party))
        ranked.sort(key=lambda r: r[:3])
        found += [r[3] for r in ranked[:limit - len(found)]]
    return [_choice(p) for p in found]


def add_party(session: Session, actor: Actor, *, kind: str, name: str, phone: str = "",
              public_name_ok: bool = False, shop_share_bp: int = 0, notes: str = "",
              credit_code: str = "") -> PartyChoice:
    """A donor, supplier or consignor added from the intake screen (its own action)."""
    return _choice(parties.add_party(session, actor, kind=kind, name=name, phone=phone,
                                     public_name_ok=public_name_ok, shop_share_bp=shop_share_bp, notes=notes,
                                     credit_code=credit_code))


def _item_choice(item: Item, barcode: str) -> ItemChoice:
    return ItemChoice(item.id, item.name, barcode, item.price, item.unit)


def item_by_code(session: Session, code: str) -> ItemChoice | None:
    """The active item with exactly this barcode (a scan), or None."""
    item = catalog.find_by_code(session, code, active_only=True)
    return _item_choice(item, code.strip()) if item is not None else None


def find_items(session: Session, text: str, limit: int = 12) -> list[ItemChoice]:
    return [ItemChoice(h.item_id, h.name, h.barcode, h.price, h.unit)
            for h in search.search_items(session, text, limit=limit)]


def categories(session: Session) -> list[CategoryChoice]:
    return [CategoryChoice(c.name, c.default_price) for c in catalog.list_categories(session)]


def is_in_store_code(code: str) -> bool:
    return len(code) == 13 and code.startswith(IN_STORE_PREFIX) and is_valid_ean(code)


def _at_line(exc: CharityMartError, number: int) -> ValidationError:
    """A refusal about creating line `number`'s new item, told like the intake's own line errors."""
    err = ValidationError(AT_LINE, field=exc.field or "name", line=number, message=Message(exc.template, **exc.params))
    err.line = number
    return err


def save_intake(session: Session, actor: Actor, *, fund_source: str, lines: Sequence[DraftLine],
                party_code: str | None = None, received_on: date | None = None, conditions: str = "",
                receipt_code: str = "", receipt_number: str = "", correction_reason: str = "",
                correction_category: str | None = None) -> SavedIntake:
    """New items first, then one record_intake, all in the caller's transaction: any refusal
    (of any line) rolls back everything, the new items included."""
    intake_lines = []
    for number, line in enumerate(lines, start=1):
        item_id = line.item_id
        if line.new_item is not None:
            new = line.new_item
            try:
                item_id = catalog.add_item(session, actor, name=new.name, price=new.price,
                                           category=new.category or None, unit=new.unit,
                                           barcodes=[new.barcode] if new.barcode else []).id
            except ValidationError as exc:
                raise _at_line(exc, number) from exc
        intake_lines.append(IntakeLine(item_id=item_id, quantity=line.quantity, unit_value=line.unit_value,
                                       weight_g=line.weight_g, expiry=line.expiry, condition=line.condition))
    donation = record_intake(session, actor, fund_source=fund_source, lines=intake_lines, party_code=party_code,
                             received_on=received_on, conditions=conditions, receipt_code=receipt_code,
                             receipt_number=receipt_number, correction_reason=correction_reason,
                             correction_category=correction_category)
    item_ids = [line.item_id for line in intake_lines]
    codes: dict[int, str] = {}
    for item_id, code in session.execute(select(Barcode.item_id, Barcode.code)
                                         .where(Barcode.item_id.in_(item_ids)).order_by(Barcode.id)):
        if is_in_store_code(code):
            codes.setdefault(item_id, code)
    labels = tuple((codes[line.item_id], line.quantity) for line in intake_lines if line.item_id in codes)
    return SavedIntake(donation.number, fund_source, labels)


def save_cash_donation(session: Session, actor: Actor, *, amount: int, party_code: str | None = None,
                       received_on: date | None = None, conditions: str = "", receipt_code: str = "",
                       receipt_number: str = "", correction_reason: str = "",
                       correction_category: str | None = None) -> SavedIntake:
    donation = record_cash_donation(session, actor, party_code, amount, received_on=received_on,
                                    receipt_code=receipt_code, receipt_number=receipt_number, conditions=conditions,
                                    correction_reason=correction_reason, correction_category=correction_category)
    return SavedIntake(donation.number, "donated", ())
