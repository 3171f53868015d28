"""Reading a PDF back the way a printer and an auditor see it: which fonts it uses and whether each
is embedded (pypdf), and where on each page anything is drawn (pages rendered with pdftoppm)."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PIL import Image
from pypdf import PdfReader


def _resources_fonts(resources, found: dict[str, bool]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        descriptor = font.get("/FontDescriptor")
        if font.get("/Subtype") == "/Type0":
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        name = str(font.get("/BaseFont"))
        found[name] = found.get(name, True) and embedded
    for xobject in (resources.get("/XObject") or {}).values():
        _resources_fonts(xobject.get_object().get("/Resources"), found)


def fonts(content: bytes) -> dict[str, bool]:
    """Every font the PDF's pages (and their forms) name, and whether each is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(content)).pages:
        _resources_fonts(page.get("/Resources"), found)
    return found


def inked_boxes_mm(content: bytes, folder: Path, dpi: int = 150) -> list[tuple[float, float, float, float, float, float]]:
    """For each page: (left, top, right, bottom) of everything drawn, in mm from the top-left corner,
    then the page's width and height in mm."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "page.pdf"
    source.write_bytes(content)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(source), str(folder / "page")], check=True)
    out = []
    for path in sorted(folder.glob("page-*.png")):
        image = Image.open(path).convert("L")
        ink = image.point(lambda value: 255 if value < 200 else 0)
        left, top, right, bottom = ink.getbbox()
        scale = 25.4 / dpi
        out.append((left * scale, top * scale, right * scale, bottom * scale,
                    image.width * scale, image.height * scale))
    return out
