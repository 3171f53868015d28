"""Printing barcode labels: item labels from the catalogue, household and volunteer card labels.

Each function looks the codes up, refuses what can't be printed with a message naming the code
(unknown, no longer in use, too long for the layout's labels), then hands plain data to
`reports.labels`. Layouts (built-in and the store's own) live in services/stock/label_layouts.py and
are re-exported here. `skip` leaves the first labels of a partly used sheet empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import Beneficiary, Item, Lot
from charitymart.domain.label_layouts import LABEL_PADDING_MM, LabelLayout
from charitymart.reports import labels as documents
from charitymart.reports.barcodes import narrowest_width_mm, printable_code
from charitymart.services import audit
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import NotFoundError, ValidationError
from charitymart.services.people import beneficiaries as households
from charitymart.services.people import volunteers
from charitymart.services.people.personal_data import record_identity_access
from charitymart.services.stock import catalog
from charitymart.services.stock.label_layouts import (  # noqa: F401  (re-exported: the labels API in one place)
    check_layout,
    default_layout_name,
    delete_layout,
    get_layout,
    list_layouts,
    save_layout,
    set_default_layout,
)
from charitymart.services.tabular import ImportRefused, Problem, RowReader, read_table

MAX_COPIES = 1000
MAX_LABELS = 5000
CARD_LABEL_PURPOSE = "the holder's name printed on their own household card"


def _layout(session: Session, layout: LabelLayout | str | None) -> LabelLayout:
    return layout if isinstance(layout, LabelLayout) else get_layout(session, layout)


def check_skip(layout: LabelLayout, skip: int) -> int:
    """`skip` labels left empty at the start of the first sheet: from 0 to one less than a sheet."""
    last = layout.per_page - 1
    if not isinstance(skip, int) or not 0 <= skip <= last:
        if last == 0:
            raise ValidationError("layout {layout} prints one label per page, so no labels can be skipped",
                                  field="skip", layout=layout.name)
        raise ValidationError("labels to skip must be a whole number from 0 to {last}", field="skip", last=last)
    return skip


def _check_code(code: str, layout: LabelLayout) -> None:
    if not printable_code(code):
        raise ValidationError("barcode {code} can't be printed: a barcode holds only letters, digits and signs",
                              field="barcode", code=code)
    if not documents.code_fits(code, layout):
        raise ValidationError("barcode {code} needs labels at least {needed} mm wide, and the labels of layout "
                              "{layout} are {width} mm wide", field="barcode", code=code, layout=layout.name,
                              needed=f"{narrowest_width_mm(code) + 2 * LABEL_PADDING_MM:.1f}", width=f"{layout.label_size[0]:g}")


def _check_count(count: int) -> None:
    if count == 0:
        raise ValidationError("choose at least one label to print", field="barcode")
    if count > MAX_LABELS:
        raise ValidationError("that is {count} labels: print at most {limit} at a time", field="copies",
                              count=count, limit=MAX_LABELS)


def _check_copies(code: str, copies: int) -> None:
    if not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise ValidationError("copies of {code} must be a whole number from 1 to {high}", field="copies",
                              code=code, high=MAX_COPIES)


def fund_source_of(session: Session, item_id: int) -> str | None:
    """The fund source an item's label shows: that of its stock on hand when all of it shares one
    (else of its latest lot when none is left); None when the stock on hand is mixed."""
    on_hand = set(session.scalars(select(Lot.fund_source).where(Lot.item_id == item_id, Lot.on_hand > 0)))
    if len(on_hand) == 1:
        return on_hand.pop()
    if on_hand:
        return None
    return session.scalar(select(Lot.fund_source).where(Lot.item_id == item_id).order_by(Lot.id.desc()).limit(1))


def _item(session: Session, code: str) -> Item:
    item = catalog.find_by_code(session, code)
    if item is None:
        raise NotFoundError("no item has barcode {code}", field="barcode", code=code)
    if not item.active:
        raise ValidationError("{name} ({code}) is no longer sold: make it active again before printing its labels",
                              field="barcode", name=item.name, code=code)
    return item


def label_item_names(session: Session, codes: Iterable[str], language: str) -> dict[str, str | None]:
    """The name each code's label would show; None where no item has that barcode."""
    names: dict[str, str | None] = {}
    for code in {(code or "").strip() for code in codes} - {""}:
        item = catalog.find_by_code(session, code)
        names[code] = None if item is None else (item.name_en if language == "en" and item.name_en else item.name)
    return names


def item_labels(session: Session, requests: Sequence[tuple[str, int]], layout: LabelLayout, language: str, *,
                fund_source_mark: bool = False) -> list[documents.ItemLabel]:
    """The labels for (barcode, copies) requests, each code checked; in the order asked."""
    total = 0
    labels: list[documents.ItemLabel] = []
    for raw_code, copies in requests:
        code = (raw_code or "").strip()
        _check_copies(code, copies)
        item = _item(session, code)
        _check_code(code, layout)
        total += copies
        _check_count(total)
        name = item.name_en if language == "en" and item.name_en else item.name
        mark = fund_source_of(session, item.id) if fund_source_mark else None
        labels += [documents.ItemLabel(code=code, name=name, price=item.price, fund_source=mark)] * copies
    _check_count(total)
    return labels


def item_labels_pdf(session: Session, requests: Sequence[tuple[str, int]], layout: LabelLayout | str | None,
                    language: str, *, skip: int = 0, fund_source_mark: bool = False) -> bytes:
    """Item labels (name, price from the catalogue, barcode) for each (barcode, copies)."""
    layout = _layout(session, layout)
    check_skip(layout, skip)
    labels = item_labels(session, requests, layout, language, fund_source_mark=fund_source_mark)
    return documents.item_labels_pdf(labels, layout, currency=get_store(session).currency, language=language,
                                     skip=skip)


def _codes(values: Iterable[str]) -> list[str]:
    codes = [code.strip() for code in values if code and code.strip()]
    _check_count(len(codes))
    return codes


def household_card_labels_pdf(session: Session, actor: Actor, card_numbers: Sequence[str],
                              layout: LabelLayout | str | None, language: str, with_name: bool = False, *,
                              skip: int = 0) -> bytes:
    """Card labels for households: card number barcode, "household card", valid until, and the
    holder's name only if `with_name` (then each printed name is recorded as a view of personal
    data, so call this in a write transaction)."""
    require_role(actor, "manager", "printing household card labels needs a manager")
    layout = _layout(session, layout)
    check_skip(layout, skip)
    cards, seen = [], []
    for card in _codes(card_numbers):
        household = households.find_by_card(session, card)
        if household is None:
            raise NotFoundError("no household has card {card}", field="card_number", card=card)
        if not household.active:
            raise ValidationError("household card {card} is not active", field="card_number", card=card)
        _check_code(card, layout)
        if with_name and household.name:
            seen.append(record_identity_access(session, actor, Beneficiary.__tablename__, household.id, "print",
                                               CARD_LABEL_PURPOSE))
        cards.append(documents.HouseholdCardLabel(card_number=card, valid_until=household.valid_until,
                                                  name=household.name if with_name else ""))
    if seen:
        audit.record(session, actor.user_id, "beneficiary.print_card_name", seen)
    return documents.household_card_labels_pdf(cards, layout, store_name=get_store(session).name,
                                               language=language, skip=skip)


def volunteer_card_labels_pdf(session: Session, codes: Sequence[str], layout: LabelLayout | str | None,
                              language: str, *, skip: int = 0) -> bytes:
    """Card labels for volunteers: their code as a barcode and their name."""
    layout = _layout(session, layout)
    check_skip(layout, skip)
    cards = []
    for code in _codes(codes):
        volunteer = volunteers.find_by_code(session, code)
        if volunteer is None:
            raise NotFoundError("no volunteer has card code {code}", field="code", code=code)
        if not volunteer.active:
            raise ValidationError("volunteer card {code} is not active", field="code", code=code)
        _check_code(code, layout)
        cards.append(documents.VolunteerCardLabel(code=code, name=volunteer.name))
    return documents.volunteer_card_labels_pdf(cards, layout, store_name=get_store(session).name,
                                               language=language, skip=skip)


def read_label_requests(session: Session, path: Path) -> list[tuple[str, int]]:
    """(barcode, copies) rows of a CSV or .xlsx with the header `barcode,copies` (copies optional,
    default 1). Every bad row is reported with its row and column; nothing is printed then."""
    table = read_table(Path(path), ["barcode"], ["copies"])
    problems: list[Problem] = list(table.problems)
    requests = []
    for number, cells in table.rows:
        row = RowReader(number, cells, problems)
        code = row.text("barcode", max_length=64)
        copies = row.integer("copies", required=False, minimum=1, default=1)
        if copies is not None and copies > MAX_COPIES:
            row.problem("copies", "{number} is above {maximum}", number=copies, maximum=MAX_COPIES)
            copies = None
        if code is not None:
            item = catalog.find_by_code(session, code)
            if item is None:
                row.problem("barcode", "no item has barcode {code}", code=code)
            elif not item.active:
                row.problem("barcode", "{name} ({code}) is no longer sold", name=item.name, code=code)
        if code is not None and copies is not None:
            requests.append((code, copies))
    if not table.rows and not problems:
        problems.append(Problem(2, "barcode", "the file has no rows of barcodes"))
    if problems:
        raise ImportRefused(problems)
    return requests
