"""The Z-report the counter prints at F6: the cashier who closed the shift may print it, another
cashier may not, and a shift still open has none."""

from __future__ import annotations

import pytest

from charitymart.services.documents import z_thermal
from charitymart.services.errors import NotFoundError, PermissionDenied
from charitymart.services.sales import shifts
from charitymart.services.users.session import login_at_till
from tests.support import factories
from tests.support.counter import cashier, shift_id  # noqa: F401  (fixtures)


def test_only_the_closing_cashier_or_a_manager_gets_the_closing_z_report(store, admin, cashier, shift_id):  # noqa: F811
    with pytest.raises(NotFoundError), store.sessions() as s:
        z_thermal.closing_z_text(s, cashier, shift_id)
    with store.sessions.begin() as s:
        shifts.close_shift(s, cashier, {10000: 1})
    with store.sessions() as s:
        lines, printer = z_thermal.closing_z_text(s, cashier, shift_id, language="en")
    text = "\n".join(line.text for line in lines)
    assert "Z-report: shift closed" in text and "王阿姨" in text and printer.columns == 48
    factories.add_user(store, admin, "张师傅", "cashier", "4321")
    other = login_at_till(store.sessions, "T1", "4321")
    with pytest.raises(PermissionDenied), store.sessions() as s:
        z_thermal.closing_z_text(s, other, shift_id)
    with store.sessions() as s:
        assert z_thermal.closing_z_text(s, admin, shift_id, language="en")[0] == lines
