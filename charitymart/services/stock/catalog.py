"""Categories, items and their barcodes: add, edit, look up by code, show with their stock.

Master data: edits are allowed and audited (the event lists the rows without a content hash).
Stock figures come from lots (services.stock.control); typed search lives in services.stock.search.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from charitymart.db.models import Barcode, Beneficiary, Category, Item, Lot, Party, Volunteer
from charitymart.domain.codes import in_store_ean13, is_valid_ean, looks_like_ean
from charitymart.domain.pinyin import name_keys  # noqa: F401  (catalog.name_keys is used by callers)
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role, store_today
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.stock.search import search_text_for

MAX_CODE_LENGTH = 64
EDITABLE_FIELDS = frozenset({"name", "name_en", "price", "category", "unit", "allowance_ok", "reorder_level", "active"})


# --- names ------------------------------------------------------------------------------------

def _apply_name(item: Item, name: str, name_en: str) -> None:
    item.name, item.name_en = name, name_en
    item.pinyin, item.initials = name_keys(name)
    item.search_text = search_text_for(name, name_en, item.pinyin, item.initials)


# --- validation -------------------------------------------------------------------------------

def _money(value, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError("{field_name} must be a whole number of fen", field=field, field_name=field)
    if value < 0:
        raise ValidationError("{field_name} cannot be negative", field=field, field_name=field)
    return value


def _count(value, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError("{field_name} must be a whole number, 0 or more", field=field, field_name=field)
    return value


def _text(value: str, field: str, max_length: int, *, required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError("the {field_name} is required", field=field, field_name=field)
    if len(value) > max_length:
        raise ValidationError("the {field_name} is longer than {max_length} characters", field=field, field_name=field,
                              max_length=max_length)
    return value


def check_barcode(code: str) -> str:
    """The code, trimmed, if it can be a barcode; else ValidationError(field="barcode").

    Digits of an EAN/UPC length must carry a correct check digit (a mistyped EAN is the usual
    error); anything else is a Code 128-style code of printable ASCII without spaces. `*` is
    refused because the scan field reads `3*code` as a quantity.
    """
    code = (code or "").strip()
    if not code:
        raise ValidationError("the barcode is empty", field="barcode")
    if len(code) > MAX_CODE_LENGTH:
        raise ValidationError("a barcode is at most {max_length} characters", field="barcode",
                              max_length=MAX_CODE_LENGTH)
    if looks_like_ean(code):
        if not is_valid_ean(code):
            raise ValidationError("barcode {code} has a wrong check digit: check it was typed correctly",
                                  field="barcode", code=code)
        return code
    if not all("!" <= ch <= "~" for ch in code) or "*" in code:
        raise ValidationError("barcode {code} may only hold letters, digits and ASCII punctuation other than *",
                              field="barcode", code=repr(code))
    return code


def _ensure_unused(session: Session, code: str) -> None:
    owner = session.scalar(select(Item).join(Barcode, Barcode.item_id == Item.id).where(Barcode.code == code))
    if owner is not None:
        raise ValidationError("barcode {code} already belongs to {name}", field="barcode", code=code, name=owner.name)
    # The scan field resolves one code to one thing: a card number is not free for an item.
    if session.scalar(select(Beneficiary.id).where(Beneficiary.card_number == code)) is not None:
        raise ValidationError("{code} is already a household card", field="barcode", code=code)
    if session.scalar(select(Volunteer.id).where(Volunteer.code == code)) is not None:
        raise ValidationError("{code} is already a volunteer card", field="barcode", code=code)


def _next_in_store_code(session: Session) -> str:
    store = get_store(session)
    while True:
        code = in_store_ean13(store.next_in_store_code)
        store.next_in_store_code += 1
        # Skip a number someone already used (e.g. imported labels from an older system).
        if session.scalar(select(Barcode.id).where(Barcode.code == code)) is None:
            return code


# --- categories -------------------------------------------------------------------------------

def list_categories(session: Session) -> list[Category]:
    return list(session.scalars(select(Category).order_by(Category.name)))


def _find_or_new_category(session: Session, name: str, name_en: str = "",
                          default_price: int | None = None) -> tuple[Category, bool]:
    name = _text(name, "category", 100, required=True)
    category = session.scalar(select(Category).where(Category.name == name))
    if category is not None:
        return category, False
    price = None if default_price is None else _money(default_price, "default_price")
    category = Category(name=name, name_en=_text(name_en, "name_en", 100), default_price=price)
    session.add(category)
    session.flush()
    return category, True


def get_or_create_category(session: Session, actor: Actor, name: str, *, name_en: str = "",
                           default_price: int | None = None) -> Category:
    require_role(actor, "manager", "adding a category needs a manager")
    category, created = _find_or_new_category(session, name, name_en, default_price)
    if created:
        audit.record(session, actor.user_id, "category.create", [category])
    return category


def set_category_default_price(session: Session, actor: Actor, category_id: int, default_price: int | None) -> Category:
    """The price suggested for new items of the category (None: no suggestion)."""
    require_role(actor, "manager", "changing a category needs a manager")
    category = session.get(Category, category_id)
    if category is None:
        raise NotFoundError("no such category", field="category")
    category.default_price = None if default_price is None else _money(default_price, "default_price")
    audit.record(session, actor.user_id, "category.edit", [category])
    return category


def _resolve_category(session: Session, category: str | int | Category | None) -> tuple[Category | None, bool]:
    """A category given by object, id or name; a new name creates it (imports rely on that)."""
    if category is None or category == "":
        return None, False
    if isinstance(category, Category):
        return category, False
    if isinstance(category, int) and not isinstance(category, bool):
        found = session.get(Category, category)
        if found is None:
            raise ValidationError("no such category", field="category")
        return found, False
    return _find_or_new_category(session, str(category))


# --- items ------------------------------------------------------------------------------------

def add_item(session: Session, actor: Actor, *, name: str, price: int | None,
             category: str | int | Category | None = None, barcodes: Iterable[str] = (), name_en: str = "",
             unit: str = "", allowance_ok: bool = True, reorder_level: int = 0) -> Item:
    """A new item. price None takes the category's default price. Without a barcode the item
    gets the store's next in-store EAN-13 (prefix 2), ready for a label."""
    require_role(actor, "manager", "adding an item needs a manager")
    name = _text(name, "name", 200, required=True)
    name_en = _text(name_en, "name_en", 200)
    cat, cat_created = _resolve_category(session, category)
    if price is None:
        if cat is None or cat.default_price is None:
            raise ValidationError("enter a price (the category suggests none)", field="price")
        price = cat.default_price
    price = _money(price, "price")
    reorder_level = _count(reorder_level, "reorder_level")
    unit = _text(unit, "unit", 20)
    codes: list[str] = []
    for raw in barcodes:
        code = check_barcode(raw)
        if code in codes:
            raise ValidationError("barcode {code} is listed twice", field="barcode", code=code)
        _ensure_unused(session, code)
        codes.append(code)
    if not codes:
        codes.append(_next_in_store_code(session))
    now = clock.now()
    item = Item(category_id=cat.id if cat else None, unit=unit, price=price,
                allowance_ok=bool(allowance_ok), reorder_level=reorder_level, active=True,
                created_at=now, updated_at=now)
    _apply_name(item, name, name_en)
    session.add(item)
    session.flush()
    rows = [Barcode(code=code, item_id=item.id) for code in codes]
    session.add_all(rows)
    audit.record(session, actor.user_id, "item.create", ([cat] if cat_created else []) + [item, *rows])
    return item


def _get_item(session: Session, item_id: int) -> Item:
    item = session.get(Item, item_id)
    if item is None:
        raise NotFoundError("no such item", field="item")
    return item


def edit_item(session: Session, actor: Actor, item_id: int, **changes) -> Item:
    """Change any of EDITABLE_FIELDS; pinyin and search text follow the names."""
    require_role(actor, "manager", "editing an item needs a manager")
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValidationError("cannot edit {fields}", field=min(unknown), fields=", ".join(sorted(unknown)))
    item = _get_item(session, item_id)
    rows: list = []
    if "name" in changes or "name_en" in changes:
        _apply_name(item, _text(changes.get("name", item.name), "name", 200, required=True),
                    _text(changes.get("name_en", item.name_en), "name_en", 200))
    if "price" in changes:
        item.price = _money(changes["price"], "price")
    if "category" in changes:
        cat, created = _resolve_category(session, changes["category"])
        item.category_id = cat.id if cat else None
        rows += [cat] if created else []
    if "unit" in changes:
        item.unit = _text(changes["unit"], "unit", 20)
    if "allowance_ok" in changes:
        item.allowance_ok = bool(changes["allowance_ok"])
    if "reorder_level" in changes:
        item.reorder_level = _count(changes["reorder_level"], "reorder_level")
    if "active" in changes:
        item.active = bool(changes["active"])
    item.updated_at = clock.now()
    audit.record(session, actor.user_id, "item.edit", rows + [item])
    return item


def deactivate_item(session: Session, actor: Actor, item_id: int) -> Item:
    """No longer sold or found by search; its barcodes stay reserved and its history stays."""
    require_role(actor, "manager", "deactivating an item needs a manager")
    item = _get_item(session, item_id)
    item.active = False
    item.updated_at = clock.now()
    audit.record(session, actor.user_id, "item.deactivate", [item])
    return item


def add_barcode(session: Session, actor: Actor, item_id: int, code: str) -> Barcode:
    require_role(actor, "manager", "adding a barcode needs a manager")
    item = _get_item(session, item_id)
    code = check_barcode(code)
    _ensure_unused(session, code)
    row = Barcode(code=code, item_id=item.id)
    session.add(row)
    audit.record(session, actor.user_id, "item.barcode_add", [row])
    return row


def remove_barcode(session: Session, actor: Actor, item_id: int, code: str) -> None:
    """Never the last one: an item must stay scannable (add the new code first)."""
    require_role(actor, "manager", "removing a barcode needs a manager")
    item = _get_item(session, item_id)
    row = session.scalar(select(Barcode).where(Barcode.item_id == item.id, Barcode.code == (code or "").strip()))
    if row is None:
        raise ValidationError("{name} has no barcode {code}", field="barcode", name=item.name, code=code)
    count = session.scalar(select(func.count()).select_from(Barcode).where(Barcode.item_id == item.id))
    if count <= 1:
        raise ValidationError("{code} is the only barcode of {name}: add another first", field="barcode", code=code,
                              name=item.name)
    session.delete(row)
    audit.record(session, actor.user_id, "item.barcode_remove", [row])


def find_by_code(session: Session, code: str, *, active_only: bool = False) -> Item | None:
    """The item with exactly this barcode: one indexed query (the scan path).

    A 12-digit UPC-A and its 13-digit EAN form (a leading 0) are the same code, so a scanner
    set to either finds the item. Callers selling the item check `item.active` (or pass
    active_only) so a deactivated item can be reported as such rather than as unknown.
    """
    code = (code or "").strip()
    if not code:
        return None
    variants = [code]
    if code.isdigit() and len(code) == 12:
        variants.append("0" + code)
    elif code.isdigit() and len(code) == 13 and code.startswith("0"):
        variants.append(code[1:])
    statement = select(Item).join(Barcode, Barcode.item_id == Item.id).where(Barcode.code.in_(variants))
    if active_only:
        statement = statement.where(Item.active)
    return session.scalar(statement.limit(1))


# --- item detail ------------------------------------------------------------------------------

@dataclass(frozen=True)
class LotInfo:
    lot_id: int
    fund_source: str
    party_code: str
    party_name: str
    received_on: date
    expiry: date | None
    unit_value: int
    quantity_received: int
    on_hand: int
    expired: bool


@dataclass(frozen=True)
class ItemDetail:
    item_id: int
    name: str
    name_en: str
    pinyin: str
    initials: str
    category: str
    unit: str
    price: int
    allowance_ok: bool
    reorder_level: int
    active: bool
    barcodes: list[str]
    on_hand: int  # every lot, expired or not
    sellable_on_hand: int  # lots not past their expiry
    lots: list[LotInfo]  # lots still holding stock, first-expiry-first


def item_detail(session: Session, item_id: int, *, include_empty_lots: bool = False) -> ItemDetail:
    item = _get_item(session, item_id)
    today = store_today(session)
    statement = (
        select(Lot, Party.code, Party.name)
        .outerjoin(Party, Party.id == Lot.party_id)
        .where(Lot.item_id == item.id)
        .order_by(Lot.expiry.is_(None), Lot.expiry, Lot.received_on, Lot.id)
    )
    if not include_empty_lots:
        statement = statement.where(Lot.on_hand != 0)
    lots = [
        LotInfo(lot_id=lot.id, fund_source=lot.fund_source, party_code=code or "", party_name=pname or "",
                received_on=lot.received_on, expiry=lot.expiry, unit_value=lot.unit_value,
                quantity_received=lot.quantity_received, on_hand=lot.on_hand,
                expired=lot.expiry is not None and lot.expiry < today)
        for lot, code, pname in session.execute(statement)
    ]
    on_hand = session.scalar(select(func.coalesce(func.sum(Lot.on_hand), 0)).where(Lot.item_id == item.id))
    sellable = session.scalar(select(func.coalesce(func.sum(Lot.on_hand), 0)).where(
        Lot.item_id == item.id, or_(Lot.expiry.is_(None), Lot.expiry >= today)))
    return ItemDetail(
        item_id=item.id, name=item.name, name_en=item.name_en, pinyin=item.pinyin, initials=item.initials,
        category=item.category.name if item.category else "", unit=item.unit, price=item.price,
        allowance_ok=item.allowance_ok, reorder_level=item.reorder_level, active=item.active,
        barcodes=[b.code for b in item.barcodes], on_hand=on_hand, sellable_on_hand=sellable, lots=lots,
    )
