"""Declarative base, naming convention and the marks that tell the audit chain what it covers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    # A ledger table is append-only and every row is covered by an audit event's hash.
    __ledger__: bool = False
    # Cache columns of a ledger table: kept up to date, excluded from the row hash,
    # checked against the ledger by `verify` instead.
    __audit_exclude__: frozenset[str] = frozenset()


def ledger_tables() -> list[type[Base]]:
    return sorted(
        (m.class_ for m in Base.registry.mappers if m.class_.__ledger__),
        key=lambda cls: cls.__tablename__,
    )


def covered_columns(model: type[Base]) -> list[str]:
    return [c.name for c in model.__table__.columns if c.name not in model.__audit_exclude__]


def row_content(obj: Base) -> dict:
    """The hashed content of a ledger row as the ORM object holds it after flush."""
    return {name: getattr(obj, name) for name in covered_columns(type(obj))}


__all__ = ["Base", "NAMING_CONVENTION", "ledger_tables", "covered_columns", "row_content", "date", "datetime"]
