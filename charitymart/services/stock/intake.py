"""Intake: donated, purchased and consigned goods into stock lots; cash donations; 捐赠票据.

One call is one intake: a Donation, its lines, one lot per line with its "intake" stock
movement, the 捐赠票据 code and number if given, and one audit event covering all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from charitymart.db.models import (
    DONOR_KINDS,
    FUND_SOURCES,
    Barcode,
    Donation,
    DonationLine,
    DonationReceipt,
    Item,
    Lot,
    Party,
    StockMovement,
)
from charitymart.services import audit, clock
from charitymart.services.context import Actor, require_role, store_today
from charitymart.services.errors import (
    AT_LINE,
    Message,
    NotFoundError,
    ValidationError,
    translatable,
)
from charitymart.services.people.parties import get_by_code
from charitymart.services.reporting import closing
from charitymart.services.stock.catalog import find_by_code
from charitymart.services.stock.dates import movement_date

# Each fund source has its own series, so a purchase is never mistaken for a donation:
# D2026-000123 (donated goods or cash), P2026-000007 (purchased), C2026-000002 (consigned).
NUMBER_PREFIX = {"donated": "D", "purchased": "P", "consigned": "C"}
NUMBER_DIGITS = 6
PARTY_KINDS_FOR = {"donated": DONOR_KINDS, "purchased": ("supplier",), "consigned": ("consignor",)}
# Whole sentences per fund source (never "{fund_source} goods need {a party}" from pieces).
NEEDS_PARTY = {"donated": translatable("donated goods need a donor"),
               "purchased": translatable("purchased goods need a supplier"),
               "consigned": translatable("consigned goods need a consignor")}
WRONG_PARTY_KIND = {"donated": translatable("{name} is a {kind}, but donated goods come from a donor"),
                    "purchased": translatable("{name} is a {kind}, but purchased goods come from a supplier"),
                    "consigned": translatable("{name} is a {kind}, but consigned goods come from a consignor")}


@dataclass(frozen=True, kw_only=True)
class IntakeLine:
    """One line of an intake: an item (by id or barcode) and what came in.

    weight_g is the whole line's weight; expiry is for food and anything else that expires.
    """

    quantity: int
    unit_value: int = 0  # estimated value of one unit, fen (0: can't be valued)
    item_id: int | None = None
    barcode: str | None = None
    weight_g: int = 0
    expiry: date | None = None
    condition: str = ""


def _error(template: str, field: str, line: int | None = None, /, **params) -> ValidationError:
    """A ValidationError; `line` (1-based) tells importers and forms which line is wrong
    ("line {line}: {message}", the message kept whole as a Message)."""
    if line:
        err = ValidationError(AT_LINE, field=field, line=line, message=Message(template, **params))
    else:
        err = ValidationError(template, field=field, **params)
    err.line = line
    return err


def _whole(value, field: str, *, minimum: int, line: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise _error("{field_name} must be a whole number of at least {minimum}", field, line, field_name=field,
                     minimum=minimum)
    return value


def _check_day(session: Session, received_on: date | None, correction_reason: str) -> tuple[date, str]:
    """The day received and the cleaned correction reason (required for a day in a published month)."""
    today = store_today(session)
    received_on = received_on or today
    if not isinstance(received_on, date):
        raise _error("the date received must be a date", "received_on")
    if received_on > today:
        raise _error("the date received cannot be in the future", "received_on")
    reason = closing.correction_reason_for(
        session, received_on, correction_reason, translatable("the report up to {closed} is published: an intake "
                                                              "dated {date} needs a correction with a reason"),
        field="received_on")
    return received_on, reason


def _party_for(session: Session, fund_source: str, party_code: str | None) -> Party | None:
    if fund_source not in FUND_SOURCES:
        raise _error("fund source must be one of {choices}", "fund_source", choices=", ".join(FUND_SOURCES))
    if not party_code:
        if fund_source != "donated":
            raise _error(NEEDS_PARTY[fund_source], "party_code")
        return None  # an anonymous donor
    party = get_by_code(session, party_code)
    if party is None:
        raise _error("no donor, supplier or consignor has the code {code}", "party_code", code=party_code)
    if not party.active:
        raise _error("{name} ({code}) is no longer active", "party_code", name=party.name, code=party.code)
    if party.kind not in PARTY_KINDS_FOR[fund_source]:
        raise _error(WRONG_PARTY_KIND[fund_source], "party_code", name=party.name, kind=party.kind)
    return party


def _item_for(session: Session, line: IntakeLine, number: int) -> Item:
    if line.item_id is not None:
        item = session.get(Item, line.item_id)
    elif line.barcode:
        item = find_by_code(session, line.barcode)
    else:
        raise _error("name the item by its barcode", "barcode", number)
    if item is None:
        if line.item_id is None:
            raise _error("no item has the barcode {code}", "barcode", number, code=line.barcode)
        raise _error("no such item", "barcode", number)
    if not item.active:
        raise _error("{name} is no longer active: reactivate it first", "barcode", number, name=item.name)
    return item


def _check_receipt(receipt_code: str, receipt_number: str) -> tuple[str, str] | None:
    code, number = (receipt_code or "").strip(), (receipt_number or "").strip()
    if not code and not number:
        return None
    if not code or not number:
        missing = "receipt_code" if not code else "receipt_number"
        raise _error("a 捐赠票据 needs both its code and its number", missing)
    if len(code) > 40 or len(number) > 40:
        raise _error("a 捐赠票据 code or number is at most 40 characters", "receipt_number")
    return code, number


def _refuse_duplicate_receipt(session: Session, code: str, number: str) -> None:
    used = session.scalar(select(Donation.number).join(DonationReceipt, DonationReceipt.donation_id == Donation.id)
                          .where(DonationReceipt.receipt_code == code, DonationReceipt.receipt_number == number))
    if used is not None:
        raise _error("捐赠票据 {code} {number} is already recorded for {donation}", "receipt_number", code=code,
                     number=number, donation=used)


def _next_number(session: Session, fund_source: str, year: int) -> str:
    """The next number of the year in the fund source's series (max + 1: a rolled-back intake
    leaves no gap; SQLite's write lock at BEGIN keeps two tills from taking the same one)."""
    stem = f"{NUMBER_PREFIX[fund_source]}{year}-"
    audit.take_turns(session)  # several tills on a server: one intake at a time reads the max
    last = session.scalar(select(func.max(Donation.number)).where(Donation.number > stem,
                                                                  Donation.number < stem + "~"))
    sequence = int(last[len(stem):]) + 1 if last else 1
    return f"{stem}{sequence:0{NUMBER_DIGITS}d}"


def record_intake(session: Session, actor: Actor, *, fund_source: str, lines: Sequence[IntakeLine],
                  party_code: str | None = None, received_on: date | None = None, conditions: str = "",
                  receipt_code: str = "", receipt_number: str = "", correction_reason: str = "",
                  correction_category: str | None = None) -> Donation:
    """Goods in: donated (from a donor, or anonymous when party_code is None), purchased
    (from a supplier) or consigned (from a consignor). Everything is checked before
    anything is written; an expiry before the day received is refused (expired goods
    can't be sold). A day in a published month needs a correction reason (services.reporting.closing)."""
    require_role(actor, "manager", "recording an intake needs a manager")
    party = _party_for(session, fund_source, party_code)
    received_on, correction_reason = _check_day(session, received_on, correction_reason)
    correction_category = closing.correction_category_for(correction_reason, correction_category)
    receipt = _check_receipt(receipt_code, receipt_number)
    if receipt and fund_source != "donated":
        raise _error("a 捐赠票据 is only issued for donations", "receipt_number")
    if receipt:
        _refuse_duplicate_receipt(session, *receipt)
    if not lines:
        raise _error("an intake needs at least one line", "lines")
    checked = []
    for number, line in enumerate(lines, start=1):
        item = _item_for(session, line, number)
        quantity = _whole(line.quantity, "quantity", minimum=1, line=number)
        unit_value = _whole(line.unit_value, "unit_value", minimum=0, line=number)
        weight_g = _whole(line.weight_g, "weight_g", minimum=0, line=number)
        if line.expiry is not None and line.expiry < received_on:
            raise _error("{name} expired on {expiry}, before it was received: expired goods can't be sold",
                         "expiry", number, name=item.name, expiry=line.expiry.isoformat())
        condition = (line.condition or "").strip()
        if len(condition) > 40:
            raise _error("the condition is at most 40 characters", "condition", number)
        checked.append((item, quantity, unit_value, weight_g, line.expiry, condition))

    now = clock.now()
    stock_day = movement_date(session, received_on)  # today for a correction of a published month
    donation = Donation(number=_next_number(session, fund_source, received_on.year), fund_source=fund_source,
                        kind="goods", party_id=party.id if party else None, received_on=received_on,
                        cash_amount=0, conditions=(conditions or "").strip(), user_id=actor.user_id,
                        created_at=now, correction_reason=correction_reason)
    session.add(donation)
    session.flush()
    rows: list = [donation]
    for item, quantity, unit_value, weight_g, expiry, condition in checked:
        row = DonationLine(donation_id=donation.id, item_id=item.id, quantity=quantity, unit_value=unit_value,
                           weight_g=weight_g, condition=condition, expiry=expiry)
        session.add(row)
        session.flush()
        lot = Lot(item_id=item.id, fund_source=fund_source, party_id=donation.party_id, donation_line_id=row.id,
                  received_on=received_on, expiry=expiry, unit_value=unit_value, weight_g=weight_g,
                  quantity_received=quantity, created_at=now, on_hand=quantity)
        session.add(lot)
        session.flush()
        move = StockMovement(lot_id=lot.id, item_id=item.id, kind="intake", quantity=quantity, created_at=now,
                             business_date=stock_day, user_id=actor.user_id)
        session.add(move)
        rows += [row, lot, move]
    if receipt:
        rows.append(_receipt_row(session, actor, donation, *receipt, issued_on=received_on))
    if correction_category:
        rows.append(closing.add_category(session, donation, correction_category))
    audit.record(session, actor.user_id, "donation.goods", rows)
    return donation


def _receipt_row(session: Session, actor: Actor, donation: Donation, code: str, number: str,
                 issued_on: date) -> DonationReceipt:
    row = DonationReceipt(donation_id=donation.id, receipt_code=code, receipt_number=number, issued_on=issued_on,
                          user_id=actor.user_id, created_at=clock.now())
    session.add(row)
    session.flush()
    return row


def record_cash_donation(session: Session, actor: Actor, party_code: str | None, amount: int,
                         received_on: date | None = None, receipt_code: str = "", receipt_number: str = "",
                         conditions: str = "", correction_reason: str = "",
                         correction_category: str | None = None) -> Donation:
    """Money given (fen) by a donor, or anonymously when party_code is None. A day in a
    published month needs a correction reason (services.reporting.closing)."""
    require_role(actor, "manager", "recording a cash donation needs a manager")
    party = _party_for(session, "donated", party_code)
    amount = _whole(amount, "amount", minimum=1)
    received_on, correction_reason = _check_day(session, received_on, correction_reason)
    correction_category = closing.correction_category_for(correction_reason, correction_category)
    receipt = _check_receipt(receipt_code, receipt_number)
    if receipt:
        _refuse_duplicate_receipt(session, *receipt)
    donation = Donation(number=_next_number(session, "donated", received_on.year), fund_source="donated",
                        kind="cash", party_id=party.id if party else None, received_on=received_on,
                        cash_amount=amount, conditions=(conditions or "").strip(), user_id=actor.user_id,
                        created_at=clock.now(), correction_reason=correction_reason)
    session.add(donation)
    session.flush()
    rows: list = [donation]
    if receipt:
        rows.append(_receipt_row(session, actor, donation, *receipt, issued_on=received_on))
    if correction_category:
        rows.append(closing.add_category(session, donation, correction_category))
    audit.record(session, actor.user_id, "donation.cash", rows)
    return donation


def _donation(session: Session, number: str) -> Donation:
    donation = session.scalar(select(Donation).where(Donation.number == (number or "").strip()))
    if donation is None:
        raise NotFoundError("no donation numbered {number}", field="donation_number", number=number)
    return donation


def record_receipt(session: Session, actor: Actor, donation_number: str, code: str, number: str,
                   issued_on: date | None = None) -> DonationReceipt:
    """The 捐赠票据 issued for a donation after its intake (issued_on defaults to today)."""
    require_role(actor, "manager", "recording a 捐赠票据 needs a manager")
    donation = _donation(session, donation_number)
    if donation.fund_source != "donated":
        raise _error("a 捐赠票据 is only issued for donations", "donation_number")
    code, number = _check_receipt(code, number) or ("", "")
    if not code:
        raise _error("a 捐赠票据 needs both its code and its number", "receipt_code")
    today = store_today(session)
    issued_on = issued_on or today
    if issued_on > today:
        raise _error("a 捐赠票据 can't be dated in the future", "issued_on")
    if issued_on < donation.received_on:
        raise _error("a 捐赠票据 is never issued before the donation is received", "issued_on")
    _refuse_duplicate_receipt(session, code, number)
    row = _receipt_row(session, actor, donation, code, number, issued_on)
    audit.record(session, actor.user_id, "donation.receipt", [row])
    return row


@dataclass(frozen=True)
class DonationLineInfo:
    item_id: int
    name: str
    barcode: str
    quantity: int
    unit_value: int
    value: int  # quantity x unit value
    weight_g: int
    expiry: date | None
    condition: str
    lot_id: int | None


@dataclass(frozen=True)
class ReceiptInfo:
    code: str
    number: str
    issued_on: date | None


@dataclass(frozen=True)
class DonationDetail:
    number: str
    kind: str  # goods | cash
    fund_source: str
    received_on: date
    party_code: str  # "" for an anonymous donor
    party_name: str
    party_kind: str
    public_name_ok: bool
    cash_amount: int
    conditions: str
    lines: list[DonationLineInfo]
    receipts: list[ReceiptInfo]

    @property
    def goods_value(self) -> int:
        return sum(line.value for line in self.lines)

    @property
    def weight_g(self) -> int:
        return sum(line.weight_g for line in self.lines)


def donation_detail(session: Session, number: str) -> DonationDetail:
    donation = _donation(session, number)
    party = session.get(Party, donation.party_id) if donation.party_id else None
    first_code = (select(func.min(Barcode.code)).where(Barcode.item_id == Item.id).correlate(Item)
                  .scalar_subquery())
    lines = [
        DonationLineInfo(item_id=row.item_id, name=name, barcode=code or "", quantity=row.quantity,
                         unit_value=row.unit_value, value=row.quantity * row.unit_value, weight_g=row.weight_g,
                         expiry=row.expiry, condition=row.condition, lot_id=lot_id)
        for row, name, code, lot_id in session.execute(
            select(DonationLine, Item.name, first_code, Lot.id)
            .join(Item, Item.id == DonationLine.item_id)
            .outerjoin(Lot, Lot.donation_line_id == DonationLine.id)
            .where(DonationLine.donation_id == donation.id)
            .order_by(DonationLine.id)
        )
    ]
    receipts = [ReceiptInfo(code=r.receipt_code, number=r.receipt_number, issued_on=r.issued_on)
                for r in session.scalars(select(DonationReceipt).where(DonationReceipt.donation_id == donation.id)
                                         .order_by(DonationReceipt.id))]
    return DonationDetail(
        number=donation.number, kind=donation.kind, fund_source=donation.fund_source,
        received_on=donation.received_on, party_code=party.code if party else "",
        party_name=party.name if party else "", party_kind=party.kind if party else "anonymous",
        public_name_ok=bool(party and party.public_name_ok), cash_amount=donation.cash_amount,
        conditions=donation.conditions, lines=lines, receipts=receipts,
    )
