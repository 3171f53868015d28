"""Command line: `charitymart [--db PATH|URL] [--till T1] [--lang zh_CN|en] [--training] [COMMAND]`.

Without a command it opens the store (the GUI comes with the counter issue; until then it
reports the store's location and state). Errors go to stderr with a non-zero exit.
"""

from __future__ import annotations

import argparse
import sys

from charitymart import __version__
from charitymart.db.migrate import DatabaseTooNewError, NotACharityMartDatabaseError
from charitymart.services import audit
from charitymart.services.errors import CharityMartError
from charitymart.services.store_setup import create_store, open_store
from charitymart.services.verify import verify


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", help="database file path or SQLAlchemy URL (default: the store in the user data folder)")
    common.add_argument("--lang", choices=["zh_CN", "en"], help="language of messages")
    parser = argparse.ArgumentParser(prog="charitymart", parents=[common], description="CharityMart 慈善超市")
    parser.add_argument("--version", action="version", version=f"CharityMart {__version__}")
    parser.add_argument("--till", default="T1", help="this till's code (default T1)")
    parser.add_argument("--training", action="store_true", help="training mode on a throwaway copy")
    commands = parser.add_subparsers(dest="command")
    init = commands.add_parser("init", parents=[common], help="create a new store with till T1")
    init.add_argument("--store-name", required=True)
    init.add_argument("--admin-name", required=True)
    init.add_argument("--admin-pin", required=True)
    init.add_argument("--address", default="")
    check = commands.add_parser("verify", parents=[common], help="check the audit chain and the ledger")
    check.add_argument("--head", help="a published report's chain head that must be in the chain")
    return parser


def _open(args):
    return open_store(args.db)


def cmd_open(args) -> int:
    handle = _open(args)
    try:
        with handle.sessions() as s:
            from charitymart.db.models import Store

            store = s.get(Store, 1)
            if store is None:
                print(f"no store yet in {handle.url}\n"
                      "create one: charitymart init --store-name NAME --admin-name NAME --admin-pin PIN")
                return 0
            print(f"store {store.name!r} at {handle.url}; {audit.event_count(s)} audit events; "
                  "the counter screens are not built yet")
        return 0
    finally:
        handle.close()


def cmd_init(args) -> int:
    handle = _open(args)
    try:
        with handle.sessions.begin() as s:
            store = create_store(s, name=args.store_name, admin_name=args.admin_name,
                                 admin_pin=args.admin_pin, address=args.address)
        print(f"created store {store.name!r} with till T1 in {handle.url}")
        return 0
    finally:
        handle.close()


def cmd_verify(args) -> int:
    handle = _open(args)
    try:
        with handle.sessions() as s:
            report = verify(s, args.head)
        if not report.ok:
            print(f"verify failed: {report.problems[0]}", file=sys.stderr)
            for extra in report.problems[1:]:
                print(f"  also: {extra}", file=sys.stderr)
            return 1
        print(f"verified {report.events} audit events and {report.rows_checked} ledger rows; head {report.head}")
        return 0
    finally:
        handle.close()


COMMANDS = {None: cmd_open, "init": cmd_init, "verify": cmd_verify}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except (CharityMartError, DatabaseTooNewError, NotACharityMartDatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
