"""Does a printed 公示 match the ledger? (`charitymart verify --report FILE.pdf`, `--report-hash`.)

The report prints, beside the chain head, the sha256 of its figures (services.reporting.month.
figures_content: the month, the store, every section's numbers; a section added to the report's
figures joins by itself), and embeds those figures as a JSON file in the PDF. The check:

1. the embedded figures hash to the hash they carry, and the page prints that same hash
   (an edited attachment, or a page whose printed hash was changed, is named);
2. the report is this store's (its uuid);
3. the figures recomputed from the ledger for that month hash the same. When they don't, each
   figure that differs is named: "Sales income: the paper says ¥1,234.00, the ledger gives
   ¥1,243.00" (a late entry dated in the month, or an edited report).

A paper copy without the file is checked by typing its hash (`--report-hash HEX --month`):
matching or not, without the lines (the paper's figures are not in the hash).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass, field

from pypdf import PdfReader
from pypdf.errors import PdfReadError
from sqlalchemy.orm import Session

from charitymart.reports.attachments import attachment
from charitymart.reports.base import money
from charitymart.reports.text import document_text
from charitymart.reports.transparency_parts import FIGURES_ATTACHMENT
from charitymart.services.context import get_store
from charitymart.services.errors import ValidationError
from charitymart.services.reporting.month import (
    figures_content,
    figures_hash,
    month_figures,
)

KIND = "charitymart transparency report figures"
VERSION = 1
_PRINTED_HASH = re.compile(r"--report-hash\s+([0-9a-f]{64})")


def figures_attachment(store, figures) -> tuple[str, bytes]:
    """(the figures hash, the JSON file the report embeds)."""
    digest = figures_hash(figures)
    payload = {"kind": KIND, "version": VERSION, "store": store.uuid, "store_name": figures.store_name,
               "year": figures.year, "month": figures.month, "currency": figures.currency,
               "figures_hash": digest, "figures": figures_content(figures)}
    return digest, json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def _hash_of_content(content: dict) -> str:
    text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ReportCheck:
    year: int
    month: int
    paper_hash: str
    ledger_hash: str
    problems: list[str] = field(default_factory=list)  # in the reader's language

    @property
    def ok(self) -> bool:
        return not self.problems and self.paper_hash == self.ledger_hash


@dataclass(frozen=True)
class PaperReport:
    payload: dict | None  # the embedded figures file, None when there is none
    printed_hashes: tuple[str, ...]  # figures hashes printed on the pages


def read_report(pdf: bytes) -> PaperReport:
    try:
        reader = PdfReader(io.BytesIO(pdf))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        data = attachment(reader, FIGURES_ATTACHMENT)
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ValidationError("this file is not a readable PDF: {reason}", reason=str(exc)) from exc
    printed = tuple(dict.fromkeys(_PRINTED_HASH.findall(re.sub(r"\s+", " ", text))))
    payload = None
    if data is not None:
        try:
            payload = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            payload = {}
    return PaperReport(payload=payload if isinstance(payload, dict) or payload is None else {},
                       printed_hashes=printed)


def check_report(session: Session, pdf: bytes, language: str) -> ReportCheck:
    tr = document_text(language)
    paper = read_report(pdf)
    payload = paper.payload
    if payload is None:
        if not paper.printed_hashes:
            raise ValidationError("this PDF is not a transparency report with a figures hash (made before this "
                                  "version?): check its chain head with verify --head")
        raise ValidationError("this PDF carries no figures file: check its printed hash with --report-hash "
                              "{hash} --month YYYY-MM", hash=paper.printed_hashes[0])
    if payload.get("kind") != KIND or not isinstance(payload.get("figures"), dict):
        raise ValidationError("the figures file in this PDF is damaged or not CharityMart's")
    year, month = int(payload.get("year", 0)), int(payload.get("month", 0))
    claimed = str(payload.get("figures_hash", ""))
    edited = _hash_of_content(payload["figures"]) != claimed
    check = check_hash(session, claimed, year, month, language, paper=payload["figures"], compare=edited)
    if edited:
        check.problems.insert(0, tr("The figures file in the PDF was changed after it was made: its figures do "
                                    "not give the hash it carries."))
    for printed in paper.printed_hashes:
        if printed != claimed:
            check.problems.insert(0, tr("The hash printed on the report ({printed}…) is not the hash of its "
                                        "figures ({claimed}…): the page was changed.", printed=printed[:12],
                                        claimed=claimed[:12]))
    if payload.get("store") != get_store(session).uuid:
        check.problems.insert(0, tr("This report is from another store ({name}).",
                                    name=str(payload.get("store_name", "?"))))
    return check


def check_hash(session: Session, paper_hash: str, year: int, month: int, language: str, *,
               paper: dict | None = None, compare: bool = False) -> ReportCheck:
    """The ledger's figures for the month against a paper's hash (and, given, its figures: each
    differing figure is named when the hashes differ, or with `compare`)."""
    if not 1 <= month <= 12:
        raise ValidationError("{month} is not a month (YYYY-MM)", month=f"{year}-{month}")
    tr = document_text(language)
    figures = month_figures(session, year, month)
    ledger = figures_content(figures)
    check = ReportCheck(year=year, month=month, paper_hash=paper_hash.strip().lower(),
                        ledger_hash=figures_hash(figures))
    if check.paper_hash == check.ledger_hash and not compare:
        return check
    if paper is None:
        check.problems.append(tr("The figures of {month} in the ledger give the hash {ledger}…, not the paper's "
                                 "{paper}…: the paper is not this month's report, or the ledger changed since it "
                                 "was printed.", month=f"{year:04d}-{month:02d}", ledger=check.ledger_hash[:12],
                                 paper=check.paper_hash[:12]))
        return check
    from charitymart.services.documents.report_lines import differing_lines

    lines = differing_lines(paper, ledger, tr, lambda fen: money(fen, figures.currency, language))
    if check.paper_hash == check.ledger_hash and not lines:
        return check
    check.problems += lines or [tr("The figures differ from the ledger's in their form only (made by another "
                                   "version?)")]
    return check
