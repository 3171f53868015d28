"""Helpers shared by the counter tests (shifts, checkout, refunds): users, a shift, a sale, snapshots."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from charitymart.db.models import Base, Lot, Sale
from charitymart.domain.basket import Basket
from charitymart.services.sales import checkout, shifts
from charitymart.services.sales.checkout import Payment
from charitymart.services.store.verify import verify
from charitymart.services.users.session import login_at_till
from tests.support import factories

CASHIER_PIN = "1234"
MANAGER_PIN = "5555"


@pytest.fixture
def cashier(store, admin):
    factories.add_user(store, admin, "王阿姨", "cashier", CASHIER_PIN)
    return login_at_till(store.sessions, "T1", CASHIER_PIN)


@pytest.fixture
def manager_id(store, admin):
    return factories.add_user(store, admin, "李经理", "manager", MANAGER_PIN)


@pytest.fixture
def shift_id(store, cashier):
    """An open shift on T1 with a ¥100 float."""
    with store.sessions.begin() as s:
        return shifts.open_shift(s, cashier, 10000).id


def stock(store, name="大米 5kg", price=2500, lots=((10, None, "donated"),), **item_kw):
    """An item with lots given as (quantity, expiry, fund source); returns (barcode, item id, [lot ids])."""
    with store.sessions.begin() as s:
        item = factories.add_item(s, name=name, price=price, **item_kw)
        lot_ids = [factories.add_lot(s, item, q, expiry=e, fund_source=f).id for q, e, f in lots]
        return factories.code_of(s, item), item.id, lot_ids


def sell(store, actor, scans, tenders=None, **kwargs) -> str:
    """Scan (code, quantity) pairs and pay (exact cash by default); returns the receipt number."""
    with store.sessions.begin() as s:
        basket = Basket()
        for code, quantity in scans:
            checkout.add_item(s, actor, basket, code, quantity)
        if tenders is None and not kwargs.get("collection"):
            tenders = [Payment("cash", basket.total)]
        return checkout.complete_sale(s, actor, basket, tenders or [], **kwargs).receipt_number


def on_hand(store, lot_id) -> int:
    with store.sessions() as s:
        return s.get(Lot, lot_id).on_hand


def sale_by_number(s, number) -> Sale:
    return s.scalar(select(Sale).where(Sale.receipt_number == number))


def snapshot(store) -> dict[str, list[tuple]]:
    """Every row of every table: equal snapshots mean a refused action changed nothing."""
    with store.sessions() as s:
        return {
            table.name: [tuple(row) for row in s.execute(select(table).order_by(*table.primary_key.columns))]
            for table in Base.metadata.sorted_tables
        }


def assert_chain_ok(store) -> None:
    with store.sessions() as s:
        report = verify(s)
    assert report.ok, report.problems


def when_dialog_shows(cls, handler, *, tries: int = 250) -> list:
    """Run `handler(dialog)` once a `cls` dialog is visible AND active (a modal dialog blocks the
    test until it closes, and a loaded machine shows it late). Returns the dialogs handled, so the
    test can assert one came up; a handler's failure rejects every open dialog (the test ends
    instead of hanging) and is re-raised by `raise_failures(seen)`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    seen: list = []

    def check(left: int = tries) -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()), None)
        if dialog is None or QApplication.activeWindow() is not dialog:
            if left:
                QTimer.singleShot(20, lambda: check(left - 1))
            return
        seen.append(dialog)
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001  (re-raised by raise_failures)
            seen.append(exc)
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()

    QTimer.singleShot(20, check)
    return seen


def raise_failures(seen: list) -> None:
    for entry in seen:
        if isinstance(entry, BaseException):
            raise entry
