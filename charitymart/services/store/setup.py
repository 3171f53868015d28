"""Opening a store's database (migrating it safely) and creating a new store."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, delete, update
from sqlalchemy.orm import Session, sessionmaker

from charitymart.db import migrate
from charitymart.db.engine import database_url, make_engine, make_session_factory, shown_url
from charitymart.db.models import BeneficiaryCategory, ParkedBasket, Store, Till
from charitymart.services import audit, clock
from charitymart.services.errors import ValidationError
from charitymart.services.people import identity_vault
from charitymart.services.users import auth

DEFAULT_BENEFICIARY_CATEGORIES = (
    ("低保", "Minimum living allowance (dibao)"),
    ("特困", "Extreme poverty support"),
    ("边缘户", "Marginal low-income household"),
    ("支出型贫困", "Expenditure-induced poverty"),
    ("临时困难", "Temporary hardship"),
)


@dataclass
class StoreHandle:
    """An open store: its engine and the session factory every user action uses."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    readers: sessionmaker[Session]  # read-only work: reports, exports, verify
    migrated_from_backup: Path | None = None

    @property
    def shown_url(self) -> str:
        """The store's address as printed (never a server's password)."""
        return shown_url(self.url)

    def close(self) -> None:
        self.engine.dispose()


def open_store(db: str | Path | None = None, *, migrate_schema: bool = True) -> StoreHandle:
    """Open (creating the file if needed) and bring the schema to head, backing up first."""
    url = database_url(db)
    engine = make_engine(url)
    backup = migrate.upgrade(engine) if migrate_schema else None
    return StoreHandle(url=url, engine=engine, sessions=make_session_factory(engine),
                       readers=make_session_factory(engine, read_only=True), migrated_from_backup=backup)


def create_store(session: Session, *, name: str, admin_name: str, admin_pin: str, address: str = "",
                 currency: str = "CNY", timezone: str = "Asia/Shanghai", language: str = "zh_CN") -> Store:
    """A new store with till T1, the first admin and the usual beneficiary categories."""
    if session.get(Store, 1) is not None:
        raise ValidationError("this database already holds a store")
    if not name.strip():
        raise ValidationError("the store needs a name", field="store_name")
    store = Store(
        id=1,
        uuid=str(uuid.uuid4()),
        name=name.strip(),
        address=address,
        currency=currency,
        timezone=timezone,
        language=language,
        pin_pepper=os.urandom(32).hex(),
        created_at=clock.now(),
    )
    session.add(store)
    session.flush()
    till = Till(code="T1", name="T1", active=True, failed_logins=0)
    session.add(till)
    session.add_all(
        BeneficiaryCategory(name=zh, name_en=en, active=True) for zh, en in DEFAULT_BENEFICIARY_CATEGORIES
    )
    identity_vault.create_key(store.uuid)
    audit.record(session, None, "store.create", [store, till])
    auth.create_first_admin(session, admin_name, admin_pin)
    return store


def make_practice_copy(session: Session, *, receipts_folder: Path) -> None:
    """Turn an opened copy of a store into a training copy: an empty counter (a real customer's
    open or held basket stays on the real till) and receipts and slips written to
    `receipts_folder`. Only ever called on a copy; the real store is never opened for writing."""
    session.execute(delete(ParkedBasket))
    session.execute(update(Store).values(receipt_folder=str(receipts_folder)))
