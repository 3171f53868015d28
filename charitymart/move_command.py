"""`charitymart migrate-to URL`: move the store (by default the local SQLite file) into an empty
database, usually the PostgreSQL server several tills will share (docs/several-tills.md)."""

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
