"""What the household (F8) and points (F7) dialogs do to the sale being rung up, without widgets.

Each function is one short service call (or none) on the controller; the dialogs only show
the result. Tenders taken here wait in `controller.payments` until F12 completes the sale.

Privacy: the counter sees a household's card number, category, household size and allowance,
never its name, phone, address or ID number (those are in the manager's household screen,
where every view is audited). A volunteer's name is shown with the card (a colleague, and the
cashier checks the card is theirs).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from charitymart import paths
from charitymart.reports.collection_slip import write_pdf
from charitymart.services.context import get_store
from charitymart.services.errors import NotFoundError
from charitymart.services.people import beneficiaries, timebank, volunteers
from charitymart.services.people.beneficiaries import AllowanceSummary
from charitymart.services.sales import collection_slips, receipts
from charitymart.services.sales.checkout import Payment


@dataclass(frozen=True)
class HouseholdView:
    """A household as the counter shows it: no name or contact details."""

    card_number: str
    category: str
    category_en: str
    household_size: int
    summary: AllowanceSummary
    has_address: bool = False  # for a home delivery: whether an address is on file (never the address)

    @property
    def remaining(self) -> int:
        return self.summary.status.remaining


@dataclass(frozen=True)
class VolunteerView:
    code: str
    name: str
    active: bool
    balance_x100: int  # hundredths of a point
    point_value_fen: int  # what one point pays at the till
    timebank_enabled: bool

    @property
    def balance_value(self) -> int:
        """What the whole balance pays, in fen (rounded down, so it never needs more points than held)."""
        return self.balance_x100 * self.point_value_fen // 100


@dataclass(frozen=True)
class CollectionDone:
    receipt_number: str
    total: int
    slip_path: Path | None
    slip_error: str | None  # why the slip could not be written (the collection is recorded anyway)
    slip_printed: bool = False  # sent to the receipt printer (its problems show on the device line)


def look_up_household(controller, card: str) -> HouseholdView:
    card = card.strip()
    with controller.handle.readers() as s:
        ben = beneficiaries.find_by_card(s, card)
        if ben is None:
            raise NotFoundError("no household has the card {card}", card=card)
        summary = beneficiaries.allowance_summary(s, ben.id)
        zh, en = beneficiaries.category_names(s, ben.category_id)
        return HouseholdView(ben.card_number, zh, en, ben.household_size, summary,
                             has_address=bool((ben.address or "").strip()))


def look_up_volunteer(controller, code: str) -> VolunteerView:
    code = code.strip()
    with controller.handle.readers() as s:
        vol = volunteers.find_by_code(s, code)
        if vol is None:
            raise NotFoundError("no volunteer has the code {code}", code=code)
        store = get_store(s)
        return VolunteerView(vol.code, vol.name, vol.active, timebank.balance_x100(s, vol.id),
                             store.point_value_fen, store.timebank_enabled)


def _due_without(controller, kind: str) -> int:
    """What is left to pay if the tender of `kind` already taken were given back."""
    return controller.basket.total - sum(p.amount for p in controller.payments if p.kind != kind)


def allowance_to_take(controller, view: HouseholdView) -> int:
    """min(allowance left, the allowance-payable part of the basket, what is still due): fen."""
    return max(0, min(view.remaining, controller.basket.allowance_payable_total, _due_without(controller, "allowance")))


def take_allowance(controller, view: HouseholdView, *, delivery: bool = False) -> int:
    """Attach the card and hold an allowance tender (replacing one taken before); returns its amount."""
    amount = allowance_to_take(controller, view)
    others = [p for p in controller.payments if p.kind != "allowance"]
    controller.payments = others + ([Payment("allowance", amount)] if amount > 0 else [])
    controller.context.beneficiary_card = view.card_number
    controller.context.collection = False
    controller.context.delivery = delivery
    return amount


def points_to_take(controller, view: VolunteerView) -> int:
    return max(0, min(view.balance_value, _due_without(controller, "points")))


def take_points(controller, view: VolunteerView) -> int:
    amount = points_to_take(controller, view)
    others = [p for p in controller.payments if p.kind != "points"]
    controller.payments = others + ([Payment("points", amount)] if amount > 0 else [])
    controller.context.volunteer_code = view.code
    return amount


def fit_card_tenders(controller) -> None:
    """After the basket changed: shrink an allowance or points tender that no longer fits."""
    kept: list[Payment] = []
    for payment in controller.payments:
        if payment.kind in ("allowance", "points"):
            room = controller.basket.total - sum(p.amount for p in kept)
            if payment.kind == "allowance":
                room = min(room, controller.basket.allowance_payable_total)
            amount = min(payment.amount, room)
            if amount <= 0:
                continue
            payment = replace(payment, amount=amount)
        kept.append(payment)
    controller.payments = kept


def receipt_folder(controller) -> Path:
    with controller.handle.readers() as s:
        folder = get_store(s).receipt_folder
    return Path(folder) if folder else paths.data_dir() / "receipts"


def collect(controller, view: HouseholdView, *, delivery: bool, category_text: str = "",
            language: str = "zh_CN") -> CollectionDone:
    """Record a free collection for the whole basket against the allowance; then its slip.

    Refused (by the service) with the basket, context and tenders unchanged. When receipts go to
    a printer, the slip is printed for signature by the receipt output in place of a receipt
    (`slip_printed`); otherwise it is written as a PDF after the commit. If it can't be, the
    collection stands and the error is returned. `category_text` is kept for callers; the slip
    takes the category in the slip's language from the store.
    """
    saved_context, saved_payments = replace(controller.context), list(controller.payments)
    controller.context = replace(controller.context, beneficiary_card=view.card_number, collection=True,
                                 delivery=delivery, volunteer_code=None)
    controller.payments = []
    try:
        done = controller.pay([])
    except Exception:
        controller.context, controller.payments = saved_context, saved_payments
        raise
    try:
        with controller.handle.readers() as s:
            if receipts.output_settings(s).receipt_output == "printer":
                return CollectionDone(done.receipt_number, done.total, None, None, slip_printed=True)
            slip = collection_slips.slip_data(s, done.receipt_number, language=language,
                                              training=bool(getattr(controller, "training", False)))
        # Beside the receipts, one folder per month (as receipt_output files them).
        path = write_pdf(slip, receipt_folder(controller) / slip.when.strftime("%Y-%m"))
    except Exception as exc:  # noqa: BLE001  the collection is committed; tell the cashier, don't crash
        return CollectionDone(done.receipt_number, done.total, None, str(exc) or type(exc).__name__)
    return CollectionDone(done.receipt_number, done.total, path, None)
