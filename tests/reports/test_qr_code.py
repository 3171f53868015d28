"""The 公示's QR code (reports.charts.qr_code) is the code ReportLab's QrCodeWidget encodes, drawn as
one path (issue 15): the same modules, and every dark module is dark on the rendered page."""

from __future__ import annotations

import io
import subprocess

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from charitymart.reports.charts import qr_code
from charitymart.reports.transparency_parts import verify_command

COMMAND = verify_command("9f" * 32)


def test_the_modules_are_the_ones_the_widget_encodes():
    widget = QrCodeWidget(COMMAND, barLevel="M")
    widget.qr.make()
    assert qr_code(COMMAND).modules == [[bool(m) for m in row] for row in widget.qr.modules]


def test_the_drawn_code_matches_its_modules(tmp_path):
    size = 40 * mm
    code = qr_code(COMMAND, size)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=0, topMargin=0, rightMargin=0, bottomMargin=0).build([code])
    (tmp_path / "qr.pdf").write_bytes(buffer.getvalue())
    dpi = 300
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-singlefile", str(tmp_path / "qr.pdf"), str(tmp_path / "qr")],
                   check=True)
    from PIL import Image
    page = Image.open(tmp_path / "qr.pgm")
    modules = code.modules
    box = size / (len(modules) + 8) * dpi / 72
    origin = 6 * dpi / 72  # the frame's padding
    wrong = [(r, c) for r, row in enumerate(modules) for c, dark in enumerate(row)
             if (page.getpixel((int(origin + (c + 4.5) * box), int(origin + (r + 4.5) * box))) < 128) != dark]
    assert wrong == []
