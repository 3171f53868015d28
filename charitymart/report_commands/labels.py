"""`charitymart report labels ...` (item labels from a CSV) and `report card-labels ...`
(household or volunteer card labels), on a named layout or the store's default one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from charitymart.report_commands.common import opened_store, report_language, require_store, script_actor
from charitymart.services.stock import labels
from charitymart.services.tabular import ImportRefused


def _skip(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{value} is negative")
    return value


def _code_list(text: str) -> list[str]:
    return [code.strip() for code in text.split(",") if code.strip()]


def add_parsers(kinds, common) -> None:
    items = kinds.add_parser("labels", parents=[common], help="item labels with barcode, name and price")
    items.add_argument("--barcodes", type=Path, required=True,
                       help="CSV or .xlsx with the header barcode,copies (copies optional, default 1)")
    items.add_argument("--layout", help="label layout name (default: the store's default layout)")
    items.add_argument("--out", type=Path, required=True, help="the PDF to write")
    items.add_argument("--skip", type=_skip, default=0, help="labels already used on the first sheet")
    items.add_argument("--fund-source", action="store_true", help="mark each label donated / purchased / consigned")
    items.set_defaults(report_handler=item_labels)

    cards = kinds.add_parser("card-labels", parents=[common], help="household or volunteer card labels")
    whose = cards.add_mutually_exclusive_group(required=True)
    whose.add_argument("--households", type=_code_list, metavar="CARD,...", help="household card numbers")
    whose.add_argument("--volunteers", type=_code_list, metavar="CODE,...", help="volunteer codes")
    cards.add_argument("--layout", help="label layout name (default: the store's default layout)")
    cards.add_argument("--out", type=Path, required=True, help="the PDF to write")
    cards.add_argument("--skip", type=_skip, default=0, help="labels already used on the first sheet")
    cards.add_argument("--with-name", action="store_true",
                       help="print the holder's name on household cards (recorded as a view of personal data)")
    cards.set_defaults(report_handler=card_labels)


def _pages(count: int, skip: int, layout) -> int:
    return -(-(count + skip) // layout.per_page)


def _summary(count: int, args, layout) -> str:
    return (f"wrote {count} label(s) on {_pages(count, args.skip, layout)} page(s) of layout {layout.name} "
            f"to {args.out}")


def item_labels(args) -> int:
    with opened_store(args) as handle:
        with handle.readers() as session:
            store = require_store(session)
            try:
                requests = labels.read_label_requests(session, args.barcodes)
            except ImportRefused as exc:
                print(f"labels refused, nothing was written: {len(exc.problems)} problem(s)", file=sys.stderr)
                for problem in exc.problems:
                    print(f"  {problem}", file=sys.stderr)
                return 1
            layout = labels.get_layout(session, args.layout)
            pdf = labels.item_labels_pdf(session, requests, layout, report_language(args, store), skip=args.skip,
                                         fund_source_mark=args.fund_source)
    args.out.write_bytes(pdf)
    print(_summary(sum(copies for _code, copies in requests), args, layout))
    return 0


def card_labels(args) -> int:
    with opened_store(args) as handle:
        # A household name printed on its card is recorded as a view of personal data: a write.
        with handle.sessions.begin() as session:
            store = require_store(session)
            layout = labels.get_layout(session, args.layout)
            language = report_language(args, store)
            if args.households is not None:
                codes = args.households
                pdf = labels.household_card_labels_pdf(session, script_actor(session), codes, layout, language,
                                                       with_name=args.with_name, skip=args.skip)
            else:
                codes = args.volunteers
                pdf = labels.volunteer_card_labels_pdf(session, codes, layout, language, skip=args.skip)
    args.out.write_bytes(pdf)
    print(_summary(len(codes), args, layout))
    return 0
