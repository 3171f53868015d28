"""Canonical content of a ledger row and of an audit event, and their hashes."""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any, Mapping


def canonical_value(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise ValueError("ledger timestamps are naive UTC")
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"no canonical form for {type(value).__name__}")


def row_hash(columns: Mapping[str, Any]) -> str:
    """sha256 of the sorted JSON of a row's columns."""
    body = {name: canonical_value(v) for name, v in columns.items()}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_hash(
    seq: int,
    at: datetime,
    user_id: int | None,
    action: str,
    rows: list[tuple[str, str, str | None]],
    prev_hash: str,
) -> str:
    body = {
        "seq": seq,
        "at": canonical_value(at),
        "user": user_id,
        "action": action,
        "rows": [list(r) for r in rows],
        "prev": prev_hash,
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def event_text_parts(
    at: datetime,
    user_id: int | None,
    action: str,
    rows: list[tuple[str, str, str | None]],
) -> tuple[str, str, str]:
    """The text `event_hash` hashes, cut where the previous hash and the sequence number go:
    `before_prev + prev_hash + before_seq + str(seq) + after_seq`.

    A database server appends an event in one statement that takes both from the chain head it
    locks (services.audit); the keys are in the order json.dumps(sort_keys=True) writes them."""
    before_prev = '{"action":' + _json(action) + ',"at":' + _json(canonical_value(at)) + ',"prev":"'
    before_seq = '","rows":' + _json([list(r) for r in rows]) + ',"seq":'
    after_seq = ',"user":' + _json(user_id) + "}"
    return before_prev, before_seq, after_seq


GENESIS_HASH = "0" * 64
