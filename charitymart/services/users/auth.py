"""Users, roles and PINs; login with lockout; manager approval by PIN.

A PIN finds its user through a keyed HMAC (the store's pepper), then the slow scrypt hash
is checked. Five wrong tries lock the till's login for a minute.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from charitymart.db.models import ROLES, Till, User
from charitymart.services import audit, clock
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import LoginLocked, NotFoundError, PermissionDenied, ValidationError, WrongPin

MAX_TRIES = 5
LOCKOUT = timedelta(minutes=1)
MIN_PIN_LENGTH = 4
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def _check_pin_format(pin: str) -> str:
    pin = str(pin).strip()
    if not pin.isdigit() or len(pin) < MIN_PIN_LENGTH:
        raise ValidationError("a PIN is at least {count} digits", field="pin", count=MIN_PIN_LENGTH)
    if len(pin) > 12:
        raise ValidationError("a PIN is at most 12 digits", field="pin")
    return pin


def pin_lookup(pepper: str, pin: str) -> str:
    return hmac.new(bytes.fromhex(pepper), pin.encode("ascii"), hashlib.sha256).hexdigest()


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode("ascii"), salt=salt, **_SCRYPT, dklen=32)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def _pin_matches(pin: str, stored: str) -> bool:
    _, salt_b64, digest_b64 = stored.split("$")
    digest = hashlib.scrypt(pin.encode("ascii"), salt=base64.b64decode(salt_b64), **_SCRYPT, dklen=32)
    return hmac.compare_digest(digest, base64.b64decode(digest_b64))


def _new_user_row(session: Session, name: str, role: str, pin: str) -> User:
    name = name.strip()
    if not name:
        raise ValidationError("a user needs a name", field="name")
    if role not in ROLES:
        raise ValidationError("role must be one of {choices}", field="role", choices=", ".join(ROLES))
    pin = _check_pin_format(pin)
    lookup = pin_lookup(get_store(session).pin_pepper, pin)
    if session.scalar(select(User.id).where(User.pin_lookup == lookup)) is not None:
        raise ValidationError("that PIN is already used by someone else: choose another", field="pin")
    return User(name=name, role=role, pin_lookup=lookup, pin_hash=hash_pin(pin), active=True, created_at=clock.now())


def create_first_admin(session: Session, name: str, pin: str) -> User:
    user = _new_user_row(session, name, "admin", pin)
    session.add(user)
    audit.record(session, None, "user.create", [user])
    return user


def create_user(session: Session, actor: Actor, name: str, role: str, pin: str) -> User:
    require_role(actor, "manager", "adding a user needs a manager")
    if role == "admin" and not actor.at_least("admin"):
        raise PermissionDenied("only an admin can add an admin")
    user = _new_user_row(session, name, role, pin)
    session.add(user)
    audit.record(session, actor.user_id, "user.create", [user])
    return user


def reset_pin(session: Session, actor: Actor, user_id: int, new_pin: str) -> None:
    """A manager can reset a PIN but never see one."""
    if actor.user_id != user_id:
        require_role(actor, "manager", "resetting someone's PIN needs a manager")
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("no such user")
    if user.role == "admin" and not actor.at_least("admin") and actor.user_id != user_id:
        raise PermissionDenied("only an admin can reset an admin's PIN")
    pin = _check_pin_format(new_pin)
    lookup = pin_lookup(get_store(session).pin_pepper, pin)
    other = session.scalar(select(User.id).where(User.pin_lookup == lookup, User.id != user_id))
    if other is not None:
        raise ValidationError("that PIN is already used by someone else: choose another", field="pin")
    user.pin_lookup = lookup
    user.pin_hash = hash_pin(pin)
    audit.record(session, actor.user_id, "user.reset_pin", [user])


def set_active(session: Session, actor: Actor, user_id: int, active: bool) -> None:
    require_role(actor, "manager", "changing users needs a manager")
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("no such user")
    if user.id == actor.user_id and not active:
        raise ValidationError("you cannot deactivate yourself")
    user.active = active
    audit.record(session, actor.user_id, "user.activate" if active else "user.deactivate", [user])


def _find_by_pin(session: Session, pin: str) -> User | None:
    if not str(pin).isdigit():
        return None
    lookup = pin_lookup(get_store(session).pin_pepper, str(pin))
    user = session.scalar(select(User).where(User.pin_lookup == lookup, User.active.is_(True)))
    if user is not None and _pin_matches(str(pin), user.pin_hash):
        return user
    return None


def _active_till(session: Session, till_code: str) -> Till | None:
    return session.scalar(select(Till).where(Till.code == till_code, Till.active.is_(True)))


def _missing_till(till_code: str) -> NotFoundError:
    return NotFoundError("this store has no till {till} (or it was switched off): a manager adds it in the back "
                         "office (F1), page Tills", field="till", till=till_code)


def login(session: Session, till_code: str, pin: str) -> Actor:
    """Log in at a till. Wrong PINs count toward the till's lockout (committed by the caller).

    On a wrong PIN the failure count is written and WrongPin raised: the caller should commit
    the session before showing the error (use `services.session_scope` semantics).
    """
    till = _active_till(session, till_code)
    if till is None:
        raise _missing_till(till_code)
    return _check_pin_at(session, till, pin)


def login_to_office(session: Session, till_code: str, pin: str) -> Actor:
    """Log in for the back office: as `login`, but also on a PC started as a till the store lacks
    (a new counter PC, before a manager adds its till there). Its wrong PINs then count on the
    store's first till, as if it had been started as that one, and the actor is at no till."""
    till = _active_till(session, till_code)
    if till is not None:
        return _check_pin_at(session, till, pin)
    first = session.scalar(select(Till).where(Till.active.is_(True)).order_by(Till.id).limit(1))
    if first is None:
        raise _missing_till(till_code)
    return replace(_check_pin_at(session, first, pin), till_id=None)


def _check_pin_at(session: Session, till: Till, pin: str) -> Actor:
    now = clock.now()
    if till.locked_until is not None and till.locked_until > now:
        seconds = max(1, math.ceil((till.locked_until - now).total_seconds()))
        raise LoginLocked("too many wrong PINs: try again in {seconds_left} seconds", seconds_left=seconds)
    user = _find_by_pin(session, pin)
    if user is None:
        till.failed_logins += 1
        if till.failed_logins >= MAX_TRIES:
            till.failed_logins = 0
            till.locked_until = now + LOCKOUT
            audit.record(session, None, "login.locked", [till])
            raise LoginLocked("too many wrong PINs: the till is locked for a minute", seconds_left=int(LOCKOUT.total_seconds()))
        raise WrongPin("wrong PIN", tries_left=MAX_TRIES - till.failed_logins)
    till.failed_logins = 0
    till.locked_until = None
    return Actor(user_id=user.id, name=user.name, role=user.role, till_id=till.id)


def approver_for(session: Session, actor: Actor, manager_pin: str | None, refusal: str, /, **params) -> int:
    """The manager approving an action: the actor if a manager, else whoever owns `manager_pin`.

    `refusal` is the whole message (a template, with `params`) when no PIN was given, e.g.
    "voiding a sale needs a manager's PIN"."""
    if actor.at_least("manager"):
        return actor.user_id
    if not manager_pin:
        raise PermissionDenied(refusal, **params)
    user = _find_by_pin(session, manager_pin)
    if user is None or user.role not in ("manager", "admin"):
        raise PermissionDenied("that is not a manager's PIN")
    return user.id


def check_approver(session: Session, user_id: int | None, refusal: str, /, **params) -> None:
    """`refusal` (a template, with `params`): e.g. "selling {name} at {price} needs a manager's approval"."""
    user = session.get(User, user_id) if user_id is not None else None
    if user is None or not user.active or user.role not in ("manager", "admin"):
        raise PermissionDenied(refusal, **params)


@dataclass(frozen=True)
class UserListing:
    """One row of the users list: never the PIN or its hashes."""

    id: int
    name: str
    role: str
    active: bool
    created_at: datetime


def list_users(session: Session, actor: Actor) -> list[UserListing]:
    require_role(actor, "manager", "the list of users needs a manager")
    rows = session.scalars(select(User).order_by(User.active.desc(), User.name, User.id))
    return [UserListing(id=u.id, name=u.name, role=u.role, active=u.active, created_at=u.created_at) for u in rows]
