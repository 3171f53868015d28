"""Reading label PDFs back as a scanner would: pages rendered at 300 dpi, every barcode decoded
(zxing-cpp), each one placed in the layout's cell it was printed in."""

from __future__ import annotations

import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader

from charitymart.domain.label_layouts import LabelLayout

DPI = 300
MM_PER_PIXEL = 25.4 / DPI


@dataclass(frozen=True)
class Decoded:
    text: str
    format: str
    cell: int | None  # index of the layout cell holding the symbol's centre (None: between cells)


def render(pdf: bytes, folder: Path, dpi: int = DPI) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "labels.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), str(folder / "page")], check=True)
    return sorted(folder.glob("page-*.png"))


def cell_at(layout: LabelLayout, x_mm: float, y_mm: float) -> int | None:
    width, height = layout.label_size
    for index in range(layout.per_page):
        left, top = layout.position(index)
        if left <= x_mm <= left + width and top <= y_mm <= top + height:
            return index
    return None


def decode_pages(pdf: bytes, folder: Path, layout: LabelLayout) -> list[list[Decoded]]:
    """For each page, every barcode found, in cell order."""
    pages = []
    for png in render(pdf, folder):
        found = []
        for result in zxingcpp.read_barcodes(Image.open(png)):
            corners = [result.position.top_left, result.position.top_right, result.position.bottom_right,
                       result.position.bottom_left]
            x = sum(p.x for p in corners) / 4 * MM_PER_PIXEL
            y = sum(p.y for p in corners) / 4 * MM_PER_PIXEL
            found.append(Decoded(result.text, str(result.format).split(".")[-1], cell_at(layout, x, y)))
        pages.append(sorted(found, key=lambda d: (d.cell is None, d.cell or 0)))
    return pages


def pdf_text(pdf: bytes) -> list[str]:
    """The extractable text of each page (what copy and paste or a search would find)."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(page.mediabox.width) * 25.4 / 72, 1), round(float(page.mediabox.height) * 25.4 / 72, 1))
            for page in PdfReader(io.BytesIO(pdf)).pages]
