"""Small builders for tests: rows written the way services write them (ledger + audit event)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from charitymart.db.models import Barcode, Beneficiary, BeneficiaryCategory, Item, Lot, StockMovement, Volunteer
from charitymart.domain.codes import ean_check_digit
from charitymart.domain.pinyin import name_keys
from charitymart.services import audit, clock
from charitymart.services.context import store_today
from charitymart.services.people import timebank
from charitymart.services.stock.search import search_text_for
from charitymart.services.users import auth

_counter = [0]


def ean13(n: int) -> str:
    body = f"690{n:09d}"
    return body + ean_check_digit(body)


def add_item(s, name="大米 5kg", price=2500, *, barcode=None, allowance_ok=True, name_en="Rice 5kg") -> Item:
    _counter[0] += 1
    now = clock.now()
    pinyin, initials = name_keys(name)
    item = Item(name=name, name_en=name_en, price=price, allowance_ok=allowance_ok, unit="袋",
                pinyin=pinyin, initials=initials, search_text=search_text_for(name, name_en, pinyin, initials),
                reorder_level=0, active=True, created_at=now, updated_at=now)
    s.add(item)
    s.flush()
    s.add(Barcode(code=barcode or ean13(_counter[0] + 1000 * item.id), item_id=item.id))
    audit.record(s, None, "item.create", [item])
    return item


def add_lot(s, item, quantity=10, *, expiry=None, fund_source="donated", unit_value=None, received_on=None) -> Lot:
    now = clock.now()
    lot = Lot(item_id=item.id, fund_source=fund_source, received_on=received_on or store_today(s),
              expiry=expiry, unit_value=item.price if unit_value is None else unit_value,
              weight_g=0, quantity_received=quantity, created_at=now, on_hand=quantity)
    s.add(lot)
    s.flush()
    move = StockMovement(lot_id=lot.id, item_id=item.id, kind="intake", quantity=quantity, created_at=now,
                         business_date=lot.received_on)
    s.add(move)
    audit.record(s, None, "test.stock_in", [lot, move])
    return lot


def code_of(s, item) -> str:
    return s.scalar(select(Barcode.code).where(Barcode.item_id == item.id))


def add_beneficiary(s, card="H0001", *, amount=15000, period="quarter", carry_over=False, visit_limit=None,
                    valid_until=None, name="张三") -> Beneficiary:
    category = s.scalar(select(BeneficiaryCategory).limit(1))
    ben = Beneficiary(card_number=card, name=name, category_id=category.id, household_size=3,
                      allowance_amount=amount, period=period, carry_over=carry_over, visit_limit=visit_limit,
                      valid_until=valid_until or (store_today(s) + timedelta(days=365)),
                      registered_on=store_today(s), active=True, created_at=clock.now())
    s.add(ben)
    audit.record(s, None, "beneficiary.create", [ben])
    return ben


def add_volunteer(s, code="V001", *, points_x100=0, name="李志愿") -> Volunteer:
    vol = Volunteer(code=code, name=name, joined_on=date(2025, 1, 1), active=True, created_at=clock.now())
    s.add(vol)
    s.flush()
    rows = [vol]
    if points_x100:
        rows.append(timebank.add_entry(s, vol.id, "adjust", points_x100, user_id=None, note="test"))
    audit.record(s, None, "volunteer.create", rows)
    return vol


def add_user(store, admin, name, role, pin):
    with store.sessions.begin() as s:
        return auth.create_user(s, admin, name, role, pin).id
