"""Render the month documents of a demo store into docs/samples/ (PDF + PNG of page 1, both languages).

    .venv/bin/python -m charitymart demo --db /tmp/dm.sqlite
    .venv/bin/python tools/make_month_samples.py --db /tmp/dm.sqlite
    .venv/bin/python tools/make_month_samples.py --db /tmp/dm.sqlite --only transparency
    .venv/bin/python tools/make_month_samples.py --db /tmp/dm.sqlite --only annual

Works on a copy of the demo store: it publishes the demo's complete months (in order) and enters
corrections of the last of them (goods, cash and hours, each with a category), so the samples
show a published report and corrections. The transparency and annual reports get a PNG of every page
(`-p2.png`, ...), the other documents of page 1. Needs `pdftoppm` (poppler-utils) for the PNGs.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from datetime import time, timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's charitymart

from charitymart.db.models import Barcode, Sale, User
from charitymart.services import clock
from charitymart.services.context import Actor, store_today
from charitymart.services.documents import annual as documents_annual
from charitymart.services.documents import month as documents_month
from charitymart.services.people import certificates, hours
from charitymart.services.reporting import closing
from charitymart.services.stock import intake
from charitymart.services.stock.intake import IntakeLine
from charitymart.services.store.setup import open_store

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "samples"


def _png(pdf: Path, page: int = 1, suffix: str = "") -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(pdf.with_suffix("")) + suffix], check=True)


def _write(name: str, data: bytes, *, every_page: bool = False) -> None:
    path = OUT / name
    path.write_bytes(data)
    _png(path)
    pages = len(PdfReader(io.BytesIO(data)).pages) if every_page else 1
    for page in range(2, pages + 1):
        _png(path, page, f"-p{page}")
    print(f"wrote {path.relative_to(ROOT)} and PNGs of {pages} page(s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a demo store (left untouched: a copy is used)")
    parser.add_argument("--only", choices=["transparency", "annual"], help="write only these samples")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "samples.sqlite"
        shutil.copy(args.db, copy)
        handle = open_store(copy)
        try:
            with handle.sessions.begin() as s:
                admin = s.scalar(select(User).where(User.role == "admin").order_by(User.id))
                actor = Actor(user_id=admin.id, name=admin.name, role=admin.role, till_id=None)
                first_sale = s.scalar(select(func.min(Sale.created_at)))
                today = store_today(s)
            month = (first_sale + timedelta(days=31)).date().replace(day=1)  # the first complete month
            last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
            while month <= last_month:
                with handle.sessions.begin() as s:
                    closing.publish_month(s, actor, month.year, month.month)
                published = month
                month = (month + timedelta(days=32)).replace(day=1)
            with handle.sessions.begin() as s:  # corrections of the last published month (reasons stay internal)
                day = published + timedelta(days=13)
                entry = hours.add_manual_entry(s, actor, "V003", day, hours.local_time_utc(s, day, time(19, 0)),
                                               minutes=120, description="社区义卖",
                                               correction_reason="补录：纸质签到表晚交", correction_category="late_entry")
                hours.approve(s, actor, entry.id)
                barcode = s.scalar(select(Barcode.code).order_by(Barcode.id).limit(1))
                intake.record_intake(s, actor, fund_source="donated", received_on=day,
                                     lines=[IntakeLine(barcode=barcode, quantity=6, unit_value=500)],
                                     correction_reason="登记时漏录一箱（捐赠人张先生 13900001111）",
                                     correction_category="entry_error")
                intake.record_cash_donation(s, actor, None, 8800, received_on=day,
                                            correction_reason="募捐箱清点晚了", correction_category="wrong_value")
            first, last = published.replace(day=1) - timedelta(days=61), published + timedelta(days=27)
            first = first.replace(day=1)
            for language in ("zh_CN", "en"):
                if args.only != "transparency":
                    with handle.readers() as s:  # the year so far: the months published above and this one
                        _write(f"annual-{today.year}-{language}.pdf",
                               documents_annual.annual_report_pdf(s, today.year, language), every_page=True)
                if args.only == "annual":
                    continue
                with handle.readers() as s:
                    _write(f"transparency-{published:%Y-%m}-{language}.pdf",
                           documents_month.transparency_report_pdf(s, published.year, published.month, language),
                           every_page=True)
                    _write(f"transparency-{today:%Y-%m}-{language}.pdf",
                           documents_month.transparency_report_pdf(s, today.year, today.month, language),
                           every_page=True)
                if args.only == "transparency":
                    continue
                with handle.readers() as s:
                    _write(f"hours-{language}.pdf", documents_month.hours_report_pdf(s, actor, first, last, language))
                    _write(f"stock-{language}.pdf", documents_month.stock_report_pdf(s, language))
                with handle.sessions.begin() as s:
                    issued = certificates.issue_certificate(s, actor, "V001", first, last, language)
                _write(f"certificate-{language}.pdf", issued.pdf)
        finally:
            handle.close()
    return 0


if __name__ == "__main__":
    clock.set_now(None)
    raise SystemExit(main())
