"""Render every document in both languages into docs/samples/ (PDF + a PNG of page 1 at 80 dpi).

    .venv/bin/python tools/make_samples.py [--db DEMO.sqlite] [--out docs/samples]

Without --db a demo store is built in a temporary folder (`charitymart demo`). Documents come
from the last complete month of the demo. To add a document, append (name, function) to
SAMPLES: the function takes (session, language, month) and returns PDF bytes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text

from charitymart.db.models import Sale
from charitymart.report_commands.common import script_actor
from charitymart.services.context import store_today
from charitymart.services.documents import donors as documents_donors
from charitymart.services.documents import money as documents_money

LANGUAGES = ("zh_CN", "en")


def _largest(documents: list[tuple[str, str, bytes]]) -> bytes:
    """The fullest of a month's documents (the one with most to show), by size."""
    return max(documents, key=lambda document: len(document[2]))[2]


def _receipt_number(session, kind: str) -> str:
    if kind == "allowance":
        return session.scalar(text("SELECT s.receipt_number FROM sales s JOIN tenders t ON t.sale_id = s.id "
                                   "WHERE t.kind = 'allowance' AND s.kind = 'sale' ORDER BY s.id DESC LIMIT 1"))
    if kind == "void":
        return session.scalar(text("SELECT s.receipt_number FROM sales s JOIN sale_voids v ON v.sale_id = s.id "
                                   "ORDER BY s.id DESC LIMIT 1"))
    if kind == "refund":
        return session.scalar(select(Sale.receipt_number).where(Sale.kind == "refund").order_by(Sale.id.desc()))
    return session.scalar(select(Sale.receipt_number).where(Sale.kind == "sale").order_by(Sale.id.desc()))


def _acknowledgement(session, language: str, month) -> bytes:
    number = session.scalar(text("SELECT d.number FROM donations d JOIN donation_receipts r ON r.donation_id = d.id "
                                 "WHERE d.kind = 'goods' ORDER BY d.id DESC LIMIT 1"))
    return documents_donors.donation_acknowledgement_pdf(session, script_actor(session), number, language)


def _z_report(session, language: str, month) -> bytes:
    shift = session.scalar(text("SELECT MAX(shift_id) FROM shift_closes"))
    return documents_money.z_report_pdf_for(session, script_actor(session), shift_id=shift, language=language)[1]


SAMPLES = [
    ("receipt-80mm", lambda s, lang, m: documents_money.receipt_pdf(s, _receipt_number(s, "allowance"), "80mm", lang,
                                                                   copy=False)),
    ("receipt-58mm-void", lambda s, lang, m: documents_money.receipt_pdf(s, _receipt_number(s, "void"), "58mm", lang,
                                                                        copy=False)),
    ("receipt-A5-refund-copy", lambda s, lang, m: documents_money.receipt_pdf(s, _receipt_number(s, "refund"), "A5",
                                                                             lang)),
    ("donation-acknowledgement", _acknowledgement),
    ("donor-receipt", lambda s, lang, m: _largest(documents_donors.donor_receipts_pdfs(s, script_actor(s), *m, lang))),
    ("household-statement",
     lambda s, lang, m: _largest(documents_money.beneficiary_statements_pdfs(s, script_actor(s), *m, lang))),
    ("consignor-settlement", lambda s, lang, m: _largest(documents_money.consignor_settlements_pdfs(s, script_actor(s), *m, lang))),
    ("z-report", _z_report),
]


def last_complete_month(session) -> tuple[int, int]:
    first_of_this_month = store_today(session).replace(day=1)
    last = first_of_this_month - timedelta(days=1)
    return last.year, last.month


def render(db: Path, out: Path) -> list[Path]:
    from charitymart.services.store.setup import open_store

    out.mkdir(parents=True, exist_ok=True)
    written = []
    handle = open_store(db)
    try:
        # A write transaction: household statements record each print of a household's data.
        with handle.sessions.begin() as s:
            month = last_complete_month(s)
            for name, make in SAMPLES:
                for language in LANGUAGES:
                    pdf = out / f"{name}-{language}.pdf"
                    pdf.write_bytes(make(s, language, month))
                    subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                                    str(pdf.with_suffix(""))], check=True)
                    written.append(pdf)
    finally:
        handle.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a demo store (default: build one in a temporary folder)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "samples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            os.environ.setdefault("CHARITYMART_HOME", str(Path(folder) / "home"))
            db = Path(folder) / "demo.sqlite"
            subprocess.run([sys.executable, "-m", "charitymart", "demo", "--db", str(db)], check=True, cwd=ROOT)
        written = render(db, args.out)
    print(f"wrote {len(written)} sample PDFs (and a PNG of each first page) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
