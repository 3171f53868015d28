"""Render the month documents of a demo store into docs/samples/ (PDF + PNG of page 1, both languages).

    .venv/bin/python -m charitymart demo --db /tmp/dm.sqlite
    .venv/bin/python tools/make_month_samples.py --db /tmp/dm.sqlite

Works on a copy of the demo store: it publishes the demo's complete months (in order) and enters
one correction of the last of them, so the samples show a published report and a correction.
Needs `pdftoppm` (poppler-utils) for the PNGs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import time, timedelta
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's charitymart

from charitymart.db.models import Sale, User
from charitymart.services import clock
from charitymart.services.context import Actor, store_today
from charitymart.services.documents import month as documents_month
from charitymart.services.people import certificates, hours
from charitymart.services.reporting import closing
from charitymart.services.store.setup import open_store

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "samples"


def _png(pdf: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(pdf.with_suffix(""))], check=True)


def _write(name: str, data: bytes) -> None:
    path = OUT / name
    path.write_bytes(data)
    _png(path)
    print(f"wrote {path.relative_to(ROOT)} and its page-1 PNG")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="a demo store (left untouched: a copy is used)")
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
            with handle.sessions.begin() as s:  # a correction of the last published month, with its reason
                day = published + timedelta(days=13)
                entry = hours.add_manual_entry(s, actor, "V003", day, hours.local_time_utc(s, day, time(19, 0)),
                                               minutes=120, description="社区义卖",
                                               correction_reason="补录：纸质签到表晚交")
                hours.approve(s, actor, entry.id)
            first, last = published.replace(day=1) - timedelta(days=61), published + timedelta(days=27)
            first = first.replace(day=1)
            for language in ("zh_CN", "en"):
                with handle.readers() as s:
                    _write(f"transparency-{published:%Y-%m}-{language}.pdf",
                           documents_month.transparency_report_pdf(s, published.year, published.month, language))
                    _write(f"transparency-{today:%Y-%m}-{language}.pdf",
                           documents_month.transparency_report_pdf(s, today.year, today.month, language))
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
