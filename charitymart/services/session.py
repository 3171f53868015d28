"""Transactions around service calls, for callers (CLI, GUI workers, tests)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from charitymart.services import auth
from charitymart.services.context import Actor
from charitymart.services.errors import LoginLocked, WrongPin


def login_at_till(sessions: sessionmaker[Session], till_code: str, pin: str) -> Actor:
    """Log in; a wrong PIN's failure count is committed even though the login fails."""
    failure: Exception | None = None
    with sessions.begin() as session:
        try:
            return auth.login(session, till_code, pin)
        except (WrongPin, LoginLocked) as exc:
            failure = exc
    raise failure
