"""Commands that keep a store safe: `backup`, `restore` and `verify` (also of a backup file, of a
printed report, or only what came since the last check). A server store's backup and restore go
to server_commands."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from charitymart import server_commands
from charitymart.db.engine import database_url, sqlite_path
from charitymart.services.errors import CharityMartError
from charitymart.services.store.setup import open_store
from charitymart.services.store.verify import verify


def add_parsers(commands, common) -> None:
    bak = commands.add_parser("backup", parents=[common], help="copy the store safely, even while the app runs")
    # A string, not a Path: Path("E:/backups/") forgets the separator that says "a folder".
    bak.add_argument("--out", required=True,
                     help="backup file (.sqlite/.cmbackup), or a folder to put it in (created if missing: a name "
                          "ending with a separator, or without a backup suffix)")

    res = commands.add_parser("restore", parents=[common], help="replace the store with a backup (the old one is kept)")
    res.add_argument("file", type=Path)
    res.add_argument("--passphrase-file", type=Path,
                     help="an encrypted backup's passphrase, read from this file (else asked for, or $CHARITYMART_BACKUP_PASSPHRASE)")

    check = commands.add_parser("verify", parents=[common], help="check the audit chain and the ledger")
    check.add_argument("--head", help="a published report's chain head that must be in the chain")
    check.add_argument("--backup", type=Path, help="check this backup file instead (nothing is written beside it)")
    check.add_argument("--passphrase-file", type=Path, help="an encrypted backup's passphrase, read from this file")
    check.add_argument("--since-last", action="store_true",
                       help="check only what came after the last verify that passed (seconds; the full check is "
                            "plain `verify`)")
    from charitymart.report_commands.verify_report import add_report_options

    add_report_options(check)
    bak.set_defaults(command_handler=run_backup)
    res.set_defaults(command_handler=run_restore)
    check.set_defaults(command_handler=run_verify)


def _sqlite_file(args) -> Path:
    path = sqlite_path(database_url(args.db))
    if path is None:
        raise CharityMartError("backup and restore work on a SQLite store; use your database server's tools otherwise")
    return path


def run_backup(args) -> int:
    from charitymart.services.store import auto_backup, backup

    if server_commands.on_server(args):
        return server_commands.run_backup(args)
    source = _sqlite_file(args)
    info = backup.inspect_store(source)  # a CharityMart store, readable, not from a newer version
    handle = open_store(args.db, migrate_schema=False)
    try:
        with handle.readers() as s:
            key = auto_backup.backup_key(s)
    finally:
        handle.close()
    written = backup.backup(source, args.out, key=key)
    sealed = " (encrypted with the store's backup passphrase)" if key else ""
    print(f"backed up {info.store_name!r} ({info.sales} sales, {info.audit_events} audit events) to {written}{sealed}")
    return 0


def backup_passphrase(args) -> str | None:
    """An encrypted backup's passphrase: --passphrase-file, the environment, or typed."""
    if args.passphrase_file:
        return args.passphrase_file.read_text(encoding="utf-8").strip()
    if os.environ.get("CHARITYMART_BACKUP_PASSPHRASE"):
        return os.environ["CHARITYMART_BACKUP_PASSPHRASE"]
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("backup passphrase: ")
    return None


def run_restore(args) -> int:
    from charitymart.services.store import backup

    if server_commands.on_server(args):
        return server_commands.run_restore(args, backup_passphrase)
    target = _sqlite_file(args)
    passphrase = backup_passphrase(args) if backup.is_encrypted(args.file) else None
    info = backup.inspect_backup(args.file, passphrase)
    kept = backup.restore(args.file, target, passphrase=passphrase)
    handle = open_store(args.db)  # brings an older backup up to this version's schema
    try:
        with handle.readers() as s:
            report = verify(s)
    finally:
        handle.close()
    aside = f"; the replaced store is kept at {kept}" if kept else ""
    state = "verify passed" if report.ok else f"verify FAILED: {report.problems[0]}"
    print(f"restored {info.store_name!r} ({info.sales} sales) from {args.file}; {state}{aside}")
    return 0 if report.ok else 1


def run_verify(args) -> int:
    if args.backup is not None:
        return _verify_backup(args)
    if args.report is not None or args.report_hash is not None:
        from charitymart.report_commands.verify_report import verify_report

        return verify_report(args)
    handle = open_store(args.db)
    try:
        with handle.readers() as s:
            if args.since_last:
                from charitymart.services.store.verify_since import verify_since_last

                report = verify_since_last(s)
            else:
                report = verify(s, args.head, record=True)
        if not report.ok:
            print(f"verify failed: {report.problems[0]}", file=sys.stderr)
            for extra in report.problems[1:]:
                print(f"  also: {extra}", file=sys.stderr)
            return 1
        checked = f"; the published head {args.head} is in the chain" if args.head else ""
        known = (f"; {report.heads_checked} recorded chain head(s) (backups, publications) are in it"
                 if report.heads_checked else "")
        since = ""
        if report.since_seq:
            since = f" after event #{report.since_seq} (the last verify)"
        elif report.since_seq == 0:
            since = " (no earlier verify was recorded: the full check ran)"
        print(f"verified {report.events} audit events{since} and {report.rows_checked} ledger rows; head {report.head}"
              f"{checked}{known}")
        return 0
    finally:
        handle.close()


def _verify_backup(args) -> int:
    from charitymart.services.store import backup

    passphrase = backup_passphrase(args) if backup.is_encrypted(args.backup) else None
    report = backup.verify_backup(args.backup, passphrase, args.head)
    if not report.ok:
        print(f"verify of the backup {args.backup} failed: {report.problems[0]}", file=sys.stderr)
        for extra in report.problems[1:]:
            print(f"  also: {extra}", file=sys.stderr)
        return 1
    print(f"verified the backup {args.backup}: {report.events} audit events and {report.rows_checked} ledger rows; "
          f"head {report.head}")
    return 0
