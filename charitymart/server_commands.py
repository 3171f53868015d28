"""Commands for a store on a PostgreSQL server (docs/several-tills.md): `charitymart migrate-to URL`
moves the store (by default the local SQLite file) into an empty database; `charitymart server
set|show|clear` is this PC's server setting; `backup`/`restore` on a server URL come here too."""

from __future__ import annotations

import sys


def add_parser(commands, common) -> None:
    move = commands.add_parser("migrate-to", parents=[common],
                               help="copy the store into an empty database (a PostgreSQL server for several tills)")
    move.add_argument("url", help="the target, e.g. postgresql+psycopg://charitymart@192.168.1.10/shop")
    move.set_defaults(command_handler=run)


def run(args) -> int:
    from charitymart.services.store.move import move_store

    report = move_store(args.db, args.url)
    print(f"moved the store into {report.target}: {report.rows} rows in {report.tables} tables; "
          f"verify passed there with the same head {report.head}")
    print("point each till at it with --db (or the server setting), and keep the old file as a backup",
          file=sys.stderr)
    return 0


def add_server_parser(commands, common) -> None:
    server = commands.add_parser("server", parents=[common],
                                 help="this PC's database server (several tills): set URL, show, clear")
    server.add_argument("action", choices=["set", "show", "clear"])
    server.add_argument("url", nargs="?", help="for set: postgresql+psycopg://user:password@host/db")
    server.set_defaults(command_handler=run_server)


def run_server(args) -> int:
    from charitymart.db import server
    from charitymart.db.engine import shown_url

    if args.action == "set":
        if not args.url:
            print("error: `server set` needs the server's URL", file=sys.stderr)
            return 1
        try:
            shown = server.save_server(args.url)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"this PC now works on {shown} (the password is kept in the config folder, outside any backup)")
    elif args.action == "show":
        url = server.server_url()
        print(shown_url(url) if url else "this PC uses its local store")
    else:
        print("server setting removed: this PC uses its local store" if server.clear_server()
              else "this PC had no server setting")
    return 0


def on_server(args) -> bool:
    """True when --db (or this PC's server setting) names a PostgreSQL server."""
    from sqlalchemy.engine import make_url

    from charitymart.db.engine import database_url

    return make_url(database_url(args.db)).get_backend_name() == "postgresql"


def run_backup(args) -> int:
    """`charitymart backup --out FILE` for a store on a server: pg_dump, encrypted like SQLite backups."""
    from charitymart.db.engine import database_url
    from charitymart.services.context import get_store
    from charitymart.services.store import auto_backup, chain_heads, server_backup
    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify import verify

    url = database_url(args.db)
    handle = open_store(url, migrate_schema=False)
    try:
        with handle.readers() as s:
            key = auto_backup.backup_key(s)
            name = get_store(s).name
            report = verify(s)
            head = chain_heads.server_head(s)  # read before the dump, so the dump holds it
        written = server_backup.backup(url, args.out, store_name="store", key=key)
        with handle.readers() as s:
            chain_heads.remember_server_backup(s, head)  # beside the key, for verify (truncation)
    finally:
        handle.close()
    sealed = " (encrypted with the store's backup passphrase)" if key else ""
    print(f"backed up {name!r} ({report.events} audit events, head {report.head}) to {written}{sealed}")
    return 0


def run_restore(args, passphrase_of) -> int:
    """`charitymart restore FILE` onto a server: pg_restore in one transaction, then migrate and verify."""
    from charitymart.db.engine import database_url
    from charitymart.services.store import backup_crypto, chain_heads, server_backup
    from charitymart.services.store.setup import open_store
    from charitymart.services.store.verify import verify

    url = database_url(args.db)
    passphrase = passphrase_of(args) if backup_crypto.is_encrypted_file(args.file) else None
    server_backup.restore(args.file, url, passphrase=passphrase)
    handle = open_store(url)  # brings an older backup up to this version's schema
    try:
        with handle.readers() as s:
            chain_heads.restart_server_after_restore(s)  # restored on purpose: its heads start here
            report = verify(s)
    finally:
        handle.close()
    state = f"verify passed, head {report.head}" if report.ok else f"verify FAILED: {report.problems[0]}"
    print(f"restored {args.file} onto the server; {state}")
    return 0 if report.ok else 1
