"""`charitymart report ...` for the month's documents: the 公示 (and publishing it), hours,
volunteer certificates, stock. Each prints one summary line; errors go to stderr (cli.main)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from charitymart.report_commands.common import opened_store, report_language, require_store, script_actor
from charitymart.reports.transparency import transparency_pdf
from charitymart.services.documents import month as documents_month
from charitymart.services.errors import CharityMartError
from charitymart.services.people import certificates
from charitymart.services.reporting import closing
from charitymart.services.store import chain_heads


def _month(text: str) -> tuple[int, int]:
    try:
        year, month = text.split("-")
        if len(year) == 4 and len(month) == 2 and 1 <= int(month) <= 12:
            return int(year), int(month)
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a month (YYYY-MM)")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def write_pdf(path: str, data: bytes) -> Path:
    """Write through a temporary file and rename, so a failed run never leaves half a PDF."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def cmd_transparency(args) -> int:
    year, month = args.month
    with opened_store(args) as handle:
        published = None
        if args.publish:
            with handle.sessions.begin() as s:
                require_store(s)
                published = chain_heads.remember_publication(s, closing.publish_month(s, script_actor(s), year, month))
        with handle.readers() as s:
            store = require_store(s)
            document = documents_month.transparency_document(s, year, month)
            data = transparency_pdf(document, report_language(args, store))
    write_pdf(args.out, data)
    figures = document.figures
    if published is not None:
        print(f"published {_label(year, month)} and wrote {args.out}; chain head {published.chain_head}")
    elif figures.publication is not None:
        print(f"wrote {args.out}: report for {_label(year, month)} as published; "
              f"chain head {figures.publication.chain_head}")
    else:
        print(f"wrote {args.out}: report for {_label(year, month)} (not published); chain head {figures.chain_head}")
    return 0


def cmd_publish(args) -> int:
    year, month = args.month
    with opened_store(args) as handle:
        with handle.sessions.begin() as s:
            require_store(s)
            published = chain_heads.remember_publication(s, closing.publish_month(s, script_actor(s), year, month))
    print(f"published {_label(year, month)}: closed through {published.last_day.isoformat()}; "
          f"chain head {published.chain_head}")
    return 0


def _range(args) -> tuple[date, date]:
    if args.first > args.last:
        raise CharityMartError("--from is after --to")
    return args.first, args.last


def cmd_hours(args) -> int:
    first, last = _range(args)
    with opened_store(args) as handle, handle.readers() as s:
        store = require_store(s)
        data = documents_month.hours_report_pdf(s, script_actor(s), first, last, report_language(args, store))
    write_pdf(args.out, data)
    print(f"wrote {args.out}: volunteer hours from {first.isoformat()} to {last.isoformat()}")
    return 0


def cmd_certificate(args) -> int:
    first, last = _range(args)
    with opened_store(args) as handle:
        with handle.sessions.begin() as s:
            store = require_store(s)
            for warning in certificates.certificate_warnings(s):  # told before the paper is made
                print(f"warning: {warning}", file=sys.stderr)
            issued = certificates.issue_certificate(s, script_actor(s), args.volunteer, first, last,
                                                    report_language(args, store), full_id=args.full_id)
    write_pdf(args.out, issued.pdf)
    print(f"wrote {args.out}: certificate {issued.number} for {args.volunteer}, {issued.hours} hours")
    return 0


def cmd_stock(args) -> int:
    with opened_store(args) as handle, handle.readers() as s:
        store = require_store(s)
        data = documents_month.stock_report_pdf(s, report_language(args, store), args.as_of)
    write_pdf(args.out, data)
    print(f"wrote {args.out}: stock and expiry report")
    return 0


def add_parsers(kinds, common) -> None:
    transparency = kinds.add_parser("transparency", parents=[common], help="the month's public report (公示)")
    transparency.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    transparency.add_argument("--out", required=True, metavar="FILE.pdf")
    transparency.add_argument("--publish", action="store_true", help="publish (and close) the month first")
    transparency.set_defaults(report_handler=cmd_transparency)

    publish = kinds.add_parser("publish", parents=[common], help="publish and close a month")
    publish.add_argument("--month", type=_month, required=True, metavar="YYYY-MM")
    publish.set_defaults(report_handler=cmd_publish)

    hours = kinds.add_parser("hours", parents=[common], help="volunteer hours over a date range")
    hours.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD")
    hours.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD")
    hours.add_argument("--out", required=True, metavar="FILE.pdf")
    hours.set_defaults(report_handler=cmd_hours)

    certificate = kinds.add_parser("certificate", parents=[common], help="a volunteer-service certificate (志愿服务证明)")
    certificate.add_argument("--volunteer", required=True, metavar="CODE")
    certificate.add_argument("--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD")
    certificate.add_argument("--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD")
    certificate.add_argument("--out", required=True, metavar="FILE.pdf")
    certificate.add_argument("--full-id", action="store_true",
                             help="print the full ID number (decrypted for this paper, recorded)")
    certificate.set_defaults(report_handler=cmd_certificate)

    stock = kinds.add_parser("stock", parents=[common], help="stock on hand and lots expiring soon")
    stock.add_argument("--out", required=True, metavar="FILE.pdf")
    stock.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD", help="stock at the end of this day (default now)")
    stock.set_defaults(report_handler=cmd_stock)
