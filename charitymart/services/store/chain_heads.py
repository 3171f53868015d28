"""Chain heads kept outside the database, so that removing the newest events is noticed.

An audit chain whose last events were deleted together with their rows is still a valid
chain, only shorter: `verify` alone cannot see it. So the head (sequence number and hash) is
also written to a file beside the store's identity key in the config folder
(`keys/STORE-UUID.heads.json`), out of reach of whoever edits the database file:

- at every backup (`backup.backup`: the automatic ones at shift close, the daily one, the
  manual ones and `charitymart backup`), the head that went into the backup;
- at every publication of a month (the head printed on the 公示).

Plain `verify` then checks that the chain holds each recorded head at its sequence number,
and that every published month's head (kept in the database) is in the chain. Writing the
file at every sale would cost a disk write per sale; at these moments it costs nothing
noticeable, and what can go unnoticed is at most what happened since the last backup.

Heads are recorded per database (its file path, or its URL without password), so a training
copy or another copy of the store never mixes with the real one. Restoring a backup on purpose
(`backup.restore`) moves that database's heads to `superseded` (kept for the record) and
starts again from the restored backup's head. Failing to write the file never stops a backup
or a publication: it is logged.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from charitymart import paths
from charitymart.db.engine import sqlite_path
from charitymart.db.models import AuditEvent, PublishedMonth, Store
from charitymart.domain.canonical import GENESIS_HASH
from charitymart.services import clock

log = logging.getLogger(__name__)
KEEP_PER_DATABASE = 30
SOURCES = ("backup", "publish", "restore", "verify")


@dataclass(frozen=True)
class KnownHead:
    seq: int
    hash: str
    source: str  # one of SOURCES
    at: str  # when it was recorded, UTC ISO
    extra: dict | None = None  # a verify's: where each table's keys had got to, and when the full check ran


def heads_file(store_uuid: str) -> Path:
    return paths.config_dir() / "keys" / f"{store_uuid}.heads.json"


def database_label(url_or_path: str | Path) -> str:
    """The name heads are recorded under: the resolved file path, or for a server store the
    server and database without password or driver (postgresql://user@host:5432/shop), so the
    same store reached with another driver or a changed password keeps its heads."""
    text = str(url_or_path)
    if "://" not in text:
        return str(Path(text).expanduser().resolve())
    path = sqlite_path(text)
    if path is not None:
        return str(path.resolve())
    url = make_url(text)
    port = url.port or {"postgresql": 5432}.get(url.get_backend_name())
    user = f"{url.username}@" if url.username else ""
    host = url.host or url.query.get("host") or "localhost"
    return f"{url.get_backend_name()}://{user}{host}{f':{port}' if port else ''}/{url.database or ''}"


def _legacy_label(url_or_path: str) -> str | None:
    """The label releases before this one used for a server store (its URL, password hidden)."""
    if "://" not in url_or_path or sqlite_path(url_or_path) is not None:
        return None
    return make_url(url_or_path).render_as_string(hide_password=True)


def _session_label(session: Session) -> str:
    return database_label(session.get_bind().url.render_as_string(hide_password=False))



def _load(store_uuid: str) -> dict:
    try:
        data = json.loads(heads_file(store_uuid).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"store": store_uuid, "databases": {}, "superseded": []}
    if not isinstance(data, dict) or not isinstance(data.get("databases"), dict):
        return {"store": store_uuid, "databases": {}, "superseded": []}
    data.setdefault("superseded", [])
    return data


def _save(store_uuid: str, data: dict) -> None:
    path = heads_file(store_uuid)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def remember(store_uuid: str, database: str, seq: int, digest: str, source: str, extra: dict | None = None) -> None:
    """Add a head for `database` (a label from `database_label`); never raises. A head replaces
    one of the same source at the same seq; a verify's replaces the verify before it (only the
    newest says where `verify --since-last` starts)."""
    if source not in SOURCES:
        raise ValueError(source)
    try:
        data = _load(store_uuid)
        heads = [h for h in data["databases"].get(database, []) if h.get("source") != source
                 or (source != "verify" and h.get("seq") != seq)]
        entry = {"seq": seq, "hash": digest, "source": source, "at": clock.now().isoformat(timespec="seconds")}
        if extra is not None:
            entry["extra"] = extra
        heads.append(entry)
        heads.sort(key=lambda h: h["seq"])
        newest_verify = [h for h in heads if h.get("source") == "verify"]
        others = [h for h in heads if h.get("source") != "verify"]
        data["databases"][database] = sorted(others[-KEEP_PER_DATABASE:] + newest_verify, key=lambda h: h["seq"])
        _save(store_uuid, data)
    except OSError:
        log.warning("could not record the chain head #%s of %s", seq, database, exc_info=True)


def known_heads(store_uuid: str, database: str, *also: str) -> list[KnownHead]:
    """The heads recorded for `database` (and for `also`: older labels of the same database)."""
    heads = []
    databases = _load(store_uuid)["databases"]
    entries = [e for name in (database, *also) if name for e in databases.get(name, [])]
    for entry in sorted(entries, key=lambda e: e.get("seq", 0) if isinstance(e.get("seq"), int) else 0):
        try:
            extra = entry.get("extra")
            heads.append(KnownHead(int(entry["seq"]), str(entry["hash"]), str(entry["source"]), str(entry["at"]),
                                   extra if isinstance(extra, dict) else None))
        except (KeyError, TypeError, ValueError):
            continue  # a damaged entry is no evidence either way
    return heads


def _head_of_file(db_file: Path) -> tuple[str, int, str] | None:
    """(store uuid, seq, hash) of the newest event in a plain SQLite store file, read without
    writing anything beside it; None when it has no store or no events."""
    uri = f"{db_file.absolute().as_uri()}?mode=ro&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            store = con.execute("SELECT uuid FROM store WHERE id = 1").fetchone()
            head = con.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    if store is None or head is None:
        return None
    return store[0], int(head[0]), head[1]


def remember_backup(db_file: Path, backup_copy: Path) -> None:
    """After a backup of `db_file`: record the head that went into `backup_copy` (plain SQLite)."""
    found = _head_of_file(backup_copy)
    if found is not None:
        store_uuid, seq, digest = found
        remember(store_uuid, database_label(db_file), seq, digest, "backup")


def restart_after_restore(db_file: Path, restored: Path) -> None:
    """A backup was restored into `db_file` on purpose: the heads recorded for it before no
    longer apply (they are kept under `superseded`); the restored chain's head is the new start."""
    found = _head_of_file(restored)
    if found is None:
        return
    store_uuid, seq, digest = found
    restart_heads(store_uuid, database_label(db_file), seq, digest)


def restart_heads(store_uuid: str, database: str, seq: int, digest: str) -> None:
    """Set aside the heads recorded for `database` (a restore on purpose) and start from `seq`."""
    try:
        for data_uuid in {store_uuid, *_uuids_with(database)}:
            data = _load(data_uuid)
            old = data["databases"].pop(database, [])
            if old:
                data["superseded"].append({"database": database, "restored_at": clock.now().isoformat(
                    timespec="seconds"), "heads": old})
                _save(data_uuid, data)
    except OSError:
        log.warning("could not set aside the chain heads of %s", database, exc_info=True)
    remember(store_uuid, database, seq, digest, "restore")


def _uuids_with(database: str) -> list[str]:
    """Stores (by uuid) with heads recorded for `database`: a restore may replace another store."""
    folder = paths.config_dir() / "keys"
    found = []
    for path in folder.glob("*.heads.json"):
        store_uuid = path.name.removesuffix(".heads.json")
        if database in _load(store_uuid)["databases"]:
            found.append(store_uuid)
    return found


def _newest_event(session: Session) -> tuple[int, str] | None:
    row = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    return None if row is None else (int(row[0]), row[1])


def remember_server_backup(session: Session, head: tuple[int, str] | None) -> None:
    """After a server store's dump (pg_dump) succeeded: the head read just before it, which the
    dump holds (server stores have no file to read it back from)."""
    store = session.get(Store, 1)
    if store is not None and head is not None:
        remember(store.uuid, _session_label(session), head[0], head[1], "backup")


def server_head(session: Session) -> tuple[int, str] | None:
    return _newest_event(session)


def restart_server_after_restore(session: Session) -> None:
    """A dump was restored onto this server database on purpose: its heads start again there."""
    store, head = session.get(Store, 1), _newest_event(session)
    if store is not None and head is not None:
        restart_heads(store.uuid, _session_label(session), *head)


def remember_publication(session: Session, publication):
    """After `closing.publish_month` in the same transaction: record the head the 公示 prints.
    It is the head before the publication's own event, already committed, so recording it
    is right even if this transaction rolls back. Returns `publication`."""
    store = session.get(Store, 1)
    seq = session.scalar(select(AuditEvent.seq).where(AuditEvent.hash == publication.chain_head))
    if store is not None and seq is not None:
        remember(store.uuid, _session_label(session), seq, publication.chain_head, "publish")
    return publication


def _local(at: str, zone_name: str) -> str:
    try:
        moment = datetime.fromisoformat(at)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(ZoneInfo(zone_name)).strftime("%Y-%m-%d %H:%M")
    except (ValueError, ZoneInfoNotFoundError):
        return at


SOURCE_WORDS = {"backup": "the backup of {at}", "publish": "the month published on {at}",
                "restore": "the restore of {at}", "verify": "the verify of {at}"}


def check_known_heads(session: Session, report) -> int:
    """Add a problem to `report` (verify's) for every known head the chain does not hold at
    its sequence number. Returns how many heads were checked."""
    store = session.get(Store, 1)
    if store is None:
        return 0
    last = session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc()).limit(1)) or 0
    checked = 0
    url = session.get_bind().url.render_as_string(hide_password=False)
    for head in known_heads(store.uuid, _session_label(session), _legacy_label(url) or ""):
        checked += 1
        when = SOURCE_WORDS[head.source if head.source in SOURCE_WORDS else "backup"].format(
            at=_local(head.at, store.timezone or "Asia/Shanghai"))
        if head.seq > last:
            missing = head.seq - last
            report.add(f"the audit chain ends at event #{last}, but {when} had already reached event #{head.seq}: "
                       f"the last {missing} event(s) and what they recorded were removed, or an older copy of "
                       f"the store was put in place of this one (restore the newest backup, or ask who changed "
                       f"the file)")
            continue
        actual = session.scalar(select(AuditEvent.hash).where(AuditEvent.seq == head.seq))
        if actual != head.hash:
            report.add(f"audit event #{head.seq} is not the one {when} recorded: the chain was rewritten "
                       f"from there (compare with that backup)")
    for year, month, digest in session.execute(
            select(PublishedMonth.year, PublishedMonth.month, PublishedMonth.chain_head)):
        checked += 1
        if digest and digest != GENESIS_HASH and session.scalar(select(AuditEvent.seq).where(AuditEvent.hash == digest)) is None:
            report.add(f"the chain head published for {year:04d}-{month:02d} ({digest[:12]}…) is not in the "
                       f"audit chain: events up to that publication were removed or rewritten")
    return checked
