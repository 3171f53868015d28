"""Command line: `charitymart [--db PATH|URL] [--till T1] [--lang zh_CN|en] [--training] [COMMAND]`.

Without a command it opens the store (the GUI comes with the counter issue; until then it
reports the store's location and state). Subcommands run the same services as the app; a
success prints one line, a refusal prints every reason to stderr and exits non-zero,
leaving the store unchanged.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import select

from charitymart import __version__, server_commands, store_commands
from charitymart.db.engine import sqlite_path
from charitymart.db.migrate import DatabaseTooNewError, NotACharityMartDatabaseError
from charitymart.db.models import Store, User
from charitymart.services.context import Actor
from charitymart.services.errors import CharityMartError
from charitymart.services.store.setup import create_store, open_store
from charitymart.services.tabular import ImportRefused

IMPORT_KINDS = ("catalog", "donors", "donations", "beneficiaries", "volunteers", "expenses")
EXPORT_KINDS = ("sales", "sale-lines", "donations", "stock", "hours", "donation-receipts", "expenses")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _global_options(default) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument("--db", default=default,
                         help="database file path or SQLAlchemy URL (default: the store in the user data folder)")
    options.add_argument("--lang", choices=["zh_CN", "en"], default=default, help="language of messages")
    return options


def _parser() -> argparse.ArgumentParser:
    # --db and --lang may come before or after the command. A sub-parser that declared a default
    # would overwrite the value given before the command, so theirs are left unset (SUPPRESS).
    common = _global_options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(prog="charitymart", parents=[_global_options(None)],
                                     description="CharityMart 慈善超市")
    parser.add_argument("--version", action="version", version=f"CharityMart {__version__}")
    parser.add_argument("--till", default="T1", help="this till's code (default T1)")
    parser.add_argument("--training", action="store_true", help="training mode on a throwaway copy")
    parser.add_argument("--customer-display", action="store_true", help="show the basket on a second screen")
    parser.add_argument("--debug", action="store_true", help="detailed log file")
    parser.add_argument("--temp-basedir", action="store_true",
                        help="keep data, keys, logs and backups in a throwaway folder, removed on exit")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation on a throwaway store (headless); exit code 0 when it works")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", parents=[common], help="create a new store with till T1")
    init.add_argument("--store-name", required=True)
    init.add_argument("--admin-name", required=True)
    init.add_argument("--admin-pin", required=True)
    init.add_argument("--address", default="")

    commands.add_parser("demo", parents=[common], help="build a realistic sample store in an empty database")

    imp = commands.add_parser("import", parents=[common], help="import a CSV or .xlsx file (all or nothing)")
    imp.add_argument("kind", choices=IMPORT_KINDS)
    imp.add_argument("file", type=Path)

    exp = commands.add_parser("export", parents=[common], help="export records to CSV")
    exp.add_argument("kind", choices=EXPORT_KINDS)
    exp.add_argument("--from", dest="first", type=_day, help="first day, inclusive (YYYY-MM-DD)")
    exp.add_argument("--to", dest="last", type=_day, help="last day, inclusive (YYYY-MM-DD; default today)")
    exp.add_argument("--out", type=Path, required=True)

    report = commands.add_parser("report", parents=[common], help="make a document (PDF)")
    kinds = report.add_subparsers(dest="report_kind", metavar="DOCUMENT", required=True)
    from charitymart.report_commands import add_parsers as add_report_parsers

    add_report_parsers(kinds, common)

    server_commands.add_parser(commands, common)
    server_commands.add_server_parser(commands, common)
    store_commands.add_parsers(commands, common)

    return parser


def _cli_actor(session) -> Actor:
    """Scripts run as the store's first active admin (they have the database file anyway)."""
    user = session.scalar(select(User).where(User.role == "admin", User.active.is_(True)).order_by(User.id))
    if user is None:
        raise CharityMartError("this store has no active admin")
    return Actor(user_id=user.id, name=user.name, role=user.role, till_id=None)


def _require_store(session) -> Store:
    store = session.get(Store, 1)
    if store is None:
        raise CharityMartError("this database has no store yet: run `charitymart init` or `charitymart demo`")
    return store


def cmd_open(args) -> int:
    """Open the counter. A database with no store yet starts the first-run wizard (a new
    store, the sample store, or a backup restored); `charitymart init` makes one without it."""
    from charitymart import logging_setup

    log_path = logging_setup.setup_logging(debug=args.debug or logging_setup.debug_requested())
    if args.training:
        from charitymart.ui.app import run_training

        return run_training(args.db, till=args.till, language=args.lang or "zh_CN")
    handle = open_store(args.db)
    if handle.migrated_from_backup is not None:
        print(f"the store was brought up to this version; the copy from before is {handle.migrated_from_backup}")
    try:
        with handle.readers() as s:
            store = s.get(Store, 1)
        if store is None:
            from charitymart.ui.app import prepare_app
            from charitymart.ui.first_run import run_first_run

            prepare_app(args.lang or "zh_CN")
            outcome = run_first_run(handle, sqlite_path(handle.url), args.lang or "zh_CN")
            if outcome is None:
                print(f"no store was set up in {handle.shown_url}")
                return 0
            handle.close()
            handle = open_store(args.db)  # a restored backup may need bringing up to this version
        with handle.readers() as s:
            language = args.lang or s.get(Store, 1).language
        print(f"opening {handle.shown_url}; log file {log_path}")
        if args.customer_display:
            os.environ["CHARITYMART_CUSTOMER_DISPLAY"] = "1"
        from charitymart.ui.app import run

        return run(handle, till=args.till, language=language)
    finally:
        handle.close()


def cmd_init(args) -> int:
    handle = open_store(args.db)
    try:
        with handle.sessions.begin() as s:
            store = create_store(s, name=args.store_name, admin_name=args.admin_name,
                                 admin_pin=args.admin_pin, address=args.address)
        print(f"created store {store.name!r} with till T1 in {handle.shown_url}")
        return 0
    finally:
        handle.close()


def cmd_demo(args) -> int:
    from charitymart.services.demo.build import build_demo

    handle = open_store(args.db)
    try:
        with handle.sessions() as s:
            if s.get(Store, 1) is not None:
                raise CharityMartError("this database already holds a store: give `--db` a new file for the demo")
        summary = build_demo(handle.sessions)
        print(f"{summary.summary_line()} ({handle.shown_url})")
        return 0
    finally:
        handle.close()


def cmd_import(args) -> int:
    from charitymart.services.data.imports import import_file

    handle = open_store(args.db)
    try:
        with handle.sessions.begin() as s:
            _require_store(s)
            result = import_file(s, _cli_actor(s), args.kind, args.file)
        print(f"imported {result.rows} rows: {result.added} added, {result.updated} updated")
        return 0
    finally:
        handle.close()


def cmd_export(args) -> int:
    from charitymart.services.context import store_today
    from charitymart.services.data import exports

    handle = open_store(args.db)
    try:
        with handle.readers() as s:
            _require_store(s)
            last = args.last or store_today(s)
            first = args.first or (date.min if args.kind == "stock" else None)
            if first is None:
                raise CharityMartError("give the first day with --from YYYY-MM-DD")
            if first > last:
                raise CharityMartError("--from is after --to")
            count = exports.export_csv(s, _cli_actor(s), args.kind, first, last, args.out)
        print(f"exported {count} rows of {args.kind} to {args.out}")
        return 0
    finally:
        handle.close()


def cmd_report(args) -> int:
    return args.report_handler(args)


COMMANDS = {None: cmd_open, "report": cmd_report, "init": cmd_init, "demo": cmd_demo, "import": cmd_import,
            "export": cmd_export}


@contextmanager
def _base_dir(temporary: bool):
    """With --temp-basedir everything lives in a fresh folder that is removed afterwards."""
    if not temporary:
        yield
        return
    folder = tempfile.mkdtemp(prefix="charitymart-")
    previous = os.environ.get("CHARITYMART_HOME")
    os.environ["CHARITYMART_HOME"] = folder
    print(f"temporary data folder {folder} (removed on exit)")
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("CHARITYMART_HOME", None)
        else:
            os.environ["CHARITYMART_HOME"] = previous
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with _base_dir(args.temp_basedir):
        if args.self_test:
            from charitymart.selftest import self_test

            return self_test()
        return _run_command(args)


def _run_command(args) -> int:
    try:
        if hasattr(args, "command_handler"):  # subcommands kept in their own module (server_, store_commands)
            return args.command_handler(args)
        return COMMANDS[args.command](args)
    except ImportRefused as exc:
        print(f"import refused, nothing was imported: {len(exc.problems)} problem(s)", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except (CharityMartError, DatabaseTooNewError, NotACharityMartDatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
