"""Transactions around service calls, for callers (CLI, GUI workers, tests)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from charitymart.services import transactions
from charitymart.services.context import Actor, require_role
from charitymart.services.errors import LoginLocked, WrongPin
from charitymart.services.users import auth


def login_at_till(sessions: sessionmaker[Session], till_code: str, pin: str, *, login=auth.login) -> Actor:
    """Log in (`login`: `auth.login` or `auth.login_to_office`); a wrong PIN's failure count is
    committed even though the login fails."""
    def attempt(session: Session):
        try:
            return login(session, till_code, pin), None
        except (WrongPin, LoginLocked) as exc:
            return None, exc  # returned, not raised: the failure count is committed

    # Through the retry helper, like every counter write: another till's commit is waited out.
    actor, failure = transactions.run(sessions, attempt)
    if failure is not None:
        raise failure
    return actor


def manager_at_till(sessions: sessionmaker[Session], till_code: str, pin: str, refusal: str, /, **params) -> Actor:
    """A manager's PIN typed at a till with nobody logged in (e.g. to start training): checked
    like a login, wrong tries counting towards the till's lock; a cashier's PIN is refused with
    `refusal` (a whole message template)."""
    actor = login_at_till(sessions, till_code, pin)
    require_role(actor, "manager", refusal, **params)
    return actor


def login_to_back_office(sessions: sessionmaker[Session], till_code: str, pin: str) -> Actor:
    """A manager's or admin's PIN opens the back office; a cashier's is refused (nothing else
    happens: no shift, no basket). Wrong PINs count toward the till's lockout as at the counter;
    it opens on a PC whose till the store lacks too, so a manager can add it there."""
    actor = login_at_till(sessions, till_code, pin, login=auth.login_to_office)
    require_role(actor, "manager", "the back office is for managers: a cashier's PIN can't open it")
    return actor
