"""What the document services share: the letterhead from the store row, safe file names, writing
a batch of PDFs into a folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.orm import Session

from charitymart.reports.letterhead import Organisation, StoreHeading
from charitymart.services.context import get_store
from charitymart.services.store.settings import current_settings


def organisation(session: Session) -> Organisation:
    """The registration particulars printed in every public paper's organisation block."""
    settings = current_settings(session)
    return Organisation(credit_code=settings.org_credit_code,
                        registering_authority=settings.org_registering_authority,
                        person_in_charge=settings.org_person_in_charge,
                        complaint_phone=settings.org_complaint_phone)


def store_heading(session: Session) -> StoreHeading:
    """The letterhead and organisation block of the store's papers (reports.letterhead)."""
    store = get_store(session)
    return StoreHeading(name=store.name, address=store.address or "", phone=store.phone or "",
                        currency=store.currency or "CNY", organisation=organisation(session),
                        valuation_basis=current_settings(session).valuation_basis)


def safe_name(text: str) -> str:
    """A file-name part from a code or number: letters, digits, dot, dash and underscore only."""
    return re.sub(r"[^0-9A-Za-z._-]", "_", text) or "_"


def write_pdf(path: Path, content: bytes) -> Path:
    """Write through a temporary file and rename, so a half-written PDF never appears."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        tmp.write_bytes(content)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


def write_all(folder: Path, documents: list[tuple[str, str, bytes]]) -> list[Path]:
    """Write (key, filename, bytes) documents into `folder`; returns the paths written."""
    return [write_pdf(Path(folder) / filename, content) for _key, filename, content in documents]
