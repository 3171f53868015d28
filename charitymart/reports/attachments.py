"""A file embedded in a PDF (an attachment every PDF reader lists), written and read with pypdf.

The transparency report carries its figures as JSON this way (`verify --report` reads them
back); ReportLab has no embedded-file API, so the finished bytes get one more object."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter


def with_attachment(pdf: bytes, name: str, data: bytes) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.add_attachment(name, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def attachment(reader: PdfReader, name: str) -> bytes | None:
    """The first embedded file called `name`, or None."""
    found = reader.attachments.get(name)
    return found[0] if found else None
