"""Automatic backups: at every shift close and once a day, kept in rotation. No Qt.

The folder is the store's `backup_folder` (it may be a USB stick) or, when that is empty, the
backups folder in the user data folder. A configured folder that is missing (the stick is
not plugged in) is a `BackupFolderMissing` warning for the counter to show, never a crash,
and is not created on the local disk. The newest `store.backup_keep` automatic backups are
kept; older automatic ones are deleted (other files in the folder are never touched).
When the store has a backup passphrase (`set_backup_passphrase`, manager) every backup is
encrypted (backup_crypto): the store keeps only the public key and the wrapped private key.

The GUI runs `run_backup` off the GUI thread (ui/auto_backup.py); it takes one short read of
the settings and then copies with SQLite's online backup API, so a till can sell meanwhile.
After the copy, the store is checked (`check_store`): the full `verify` when the last full one
that passed is a week old (or there is none), else `verify --since-last` (seconds). A problem
found is logged and returned in the outcome; it never stops the backup.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from charitymart import paths
from charitymart.services import audit
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import ValidationError
from charitymart.services.store import backup, backup_crypto, server_backup
from charitymart.services.store.backup_crypto import BackupError, BackupKey

log = logging.getLogger(__name__)
EXTRA_KEY = "backup_key"
PREFIX = "charitymart-auto-"
REASONS = ("daily", "shift", "start", "manual")  # manual: "Back up now" in the back office
DAY = timedelta(days=1)
_NAME = re.compile(rf"^{PREFIX}(?P<reason>[a-z]+)-(?P<stamp>\d{{8}}T\d{{6}}Z)(?:-\d+)?\.(sqlite|cmbackup|pgdump)$")


class BackupFolderMissing(BackupError):
    pass


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    configured: bool  # the store names its own folder (may be a USB stick), else the default
    keep: int
    key: BackupKey | None


FULL_CHECK_EVERY = timedelta(days=7)


@dataclass(frozen=True)
class StoreCheck:
    full: bool  # the full verify ran (else --since-last)
    ok: bool
    problems: tuple[str, ...] = ()


@dataclass
class BackupOutcome:
    path: Path
    removed: list[Path] = field(default_factory=list)
    check: StoreCheck | None = None  # None: the check itself could not run (logged)


def _extra(store) -> dict:
    try:
        value = json.loads(store.extra or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def backup_key(session: Session) -> BackupKey | None:
    data = _extra(get_store(session)).get(EXTRA_KEY)
    return BackupKey.from_dict(data) if data else None


def backup_settings(session: Session) -> BackupSettings:
    store = get_store(session)
    configured = bool((store.backup_folder or "").strip())
    folder = Path(store.backup_folder).expanduser() if configured else paths.backup_dir()
    return BackupSettings(folder=folder, configured=configured, keep=max(1, store.backup_keep or 1),
                          key=backup_key(session))


def set_backup_passphrase(session: Session, actor: Actor, passphrase: str | None) -> bool:
    """Encrypt backups from now on with `passphrase` (None or "" stops encrypting). Only a new
    key pair made from it is stored, never the passphrase. Returns whether backups are encrypted."""
    require_role(actor, "manager", "setting the backup passphrase needs a manager")
    store = get_store(session)
    extra = _extra(store)
    if passphrase:
        extra[EXTRA_KEY] = backup_crypto.make_key(passphrase).as_dict()
    else:
        extra.pop(EXTRA_KEY, None)
    store.extra = json.dumps(extra, ensure_ascii=False, sort_keys=True)
    audit.record(session, actor.user_id, "store.backup_passphrase", [store])
    return bool(passphrase)


def check_backup_passphrase(session: Session, passphrase: str) -> None:
    """Refuse a passphrase that is not the store's (before, say, a manager relies on it)."""
    key = backup_key(session)
    if key is None:
        raise ValidationError("this store has no backup passphrase", field="passphrase")
    backup_crypto.unwrap(key, passphrase)


def _stamp_of(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def automatic_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [(stamp, path) for path in folder.iterdir() if (stamp := _stamp_of(path)) is not None]
    return [path for _stamp, path in sorted(found, key=lambda pair: (pair[0], pair[1].name), reverse=True)]


def last_backup_at(folder: Path) -> datetime | None:
    newest = automatic_backups(folder)
    return _stamp_of(newest[0]) if newest else None


def backup_due(folder: Path, now: datetime | None = None) -> bool:
    """True when there is no automatic backup in `folder` from the last 24 hours."""
    now = now or datetime.now(UTC)
    last = last_backup_at(folder)
    return last is None or now - last >= DAY


def _check_folder(settings: BackupSettings) -> None:
    if settings.folder.is_dir():
        return
    if settings.configured:
        raise BackupFolderMissing("the backup folder {folder} is not there (is the USB stick plugged in?): "
                                  "no backup was made", folder=str(settings.folder))
    settings.folder.mkdir(parents=True, exist_ok=True)


def run_backup(db_file: Path | str, settings: BackupSettings, reason: str, now: datetime | None = None) -> BackupOutcome:
    """One automatic backup, then the rotation. Raises BackupFolderMissing or BackupError."""
    if reason not in REASONS:
        raise ValueError(reason)
    _check_folder(settings)
    now = now or datetime.now(UTC)
    suffix = backup.ENCRYPTED_SUFFIX if settings.key else ".sqlite"
    base = f"{PREFIX}{reason}-{now:%Y%m%dT%H%M%SZ}"
    target, n = settings.folder / f"{base}{suffix}", 1
    while target.exists():  # two backups in the same second (a shift closed right after start)
        target, n = settings.folder / f"{base}-{n}{suffix}", n + 1
    try:
        if server_backup.is_server(db_file):  # a store on a server: pg_dump (server_backup)
            written = server_backup.automatic_backup(str(db_file), settings.folder, base, settings.key)
        else:
            written = backup.backup(db_file, target, key=settings.key)
    except OSError as exc:
        raise BackupError("the backup could not be written to {folder}: {reason}", folder=str(settings.folder),
                          reason=exc.strerror or str(exc)) from exc
    removed = []
    for old in automatic_backups(settings.folder)[settings.keep:]:
        try:
            old.unlink()
            removed.append(old)
        except OSError:
            log.warning("could not remove the old backup %s", old, exc_info=True)
    log.info("automatic %s backup written to %s (%d old ones removed)", reason, written, len(removed))
    return BackupOutcome(path=written, removed=removed, check=check_store(db_file, now))


def check_store(db_file: Path | str, now: datetime | None = None) -> StoreCheck | None:
    """verify the store (a SQLite file or a server URL): in full once a week, --since-last
    otherwise. Never raises (logged)."""
    from charitymart.db.engine import database_url, make_engine, make_session_factory
    from charitymart.services.store.verify import last_full_check, verify
    from charitymart.services.store.verify_since import verify_since_last

    now = now or datetime.now(UTC)
    engine = make_engine(database_url(db_file))
    try:
        with make_session_factory(engine, read_only=True)() as session:
            last_full = last_full_check(session)
            if last_full is not None and last_full.tzinfo is None:
                last_full = last_full.replace(tzinfo=UTC)
            full = last_full is None or now - last_full >= FULL_CHECK_EVERY
            report = verify(session, record=True) if full else verify_since_last(session)
    except Exception:
        log.warning("the check after the backup of %s could not run", db_file, exc_info=True)
        return None
    finally:
        engine.dispose()
    if not report.ok:
        log.warning("verify (%s) after the backup of %s found: %s", "full" if full else "since the last verify",
                    db_file, "; ".join(report.problems[:5]))
    return StoreCheck(full=full, ok=report.ok, problems=tuple(report.problems))


def daily_backup_if_due(db_file: Path | str, settings: BackupSettings, now: datetime | None = None) -> BackupOutcome | None:
    """The once-a-day backup (on app start and when idle): only if the last is a day old."""
    if settings.folder.is_dir() and not backup_due(settings.folder, now):
        return None
    return run_backup(db_file, settings, "daily", now)
