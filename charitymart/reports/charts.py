"""Small charts and the verification QR code for printed reports (reportlab.graphics).

Plain numbers and already-translated labels in, a Drawing (a flowable) out. Every string,
and the font each drawing starts with (`initialFontName`, else ReportLab names Helvetica in the
PDF, not embedded), is the shipped CJK font, so Chinese category names render and the PDF
embeds every font it names; sizes suit a noticeboard read from a step away.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from charitymart.reports.base import register_font

PALETTE = ["#2E7D32", "#1565C0", "#EF6C00", "#6A1B9A", "#00838F", "#C62828", "#757575"]


class _Drawing(Drawing):
    """A Drawing that sets the canvas to the shipped font before drawing: ReportLab applies a
    drawing's initial font size with the canvas's current font (Helvetica on a fresh page)
    before its initial font name, which names Helvetica in the PDF."""

    def draw(self, showBoundary=None):
        self.canv.setFont(self.initialFontName, getattr(self, "initialFontSize", None) or 10)
        if showBoundary is None:
            return super().draw()
        return super().draw(showBoundary)


def _drawing(width: float, height: float, **kw) -> Drawing:
    return _Drawing(width, height, initialFontName=register_font(), **kw)


def bar_chart(labels: Sequence[str], values: Sequence[float], value_labels: Sequence[str], *,
              width: float = 85 * mm, height: float = 55 * mm) -> Drawing:
    """Vertical bars with the formatted value above each bar (so nobody has to read the axis)."""
    font = register_font()
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 16 * mm, height - 18 * mm
    top = max([v for v in values] + [0])
    chart.data = [list(values) if values else [0]]
    chart.valueAxis.valueMin = min([0] + list(values))
    chart.valueAxis.valueMax = top * 1.2 if top > 0 else 1
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.barLabels.fontName = font
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 9
    chart.bars.strokeColor = None
    for i in range(len(values)):
        chart.bars[(0, i)].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    chart.barLabelFormat = lambda v: ""  # the formatted money strings are drawn below instead
    drawing.add(chart)
    slot = chart.width / max(len(values), 1)
    span = (chart.valueAxis.valueMax - chart.valueAxis.valueMin) or 1
    for i, (value, text) in enumerate(zip(values, value_labels)):
        x = chart.x + slot * (i + 0.5)
        y = chart.y + chart.height * (max(value, 0) - chart.valueAxis.valueMin) / span + 2
        drawing.add(String(x, y, text, fontName=font, fontSize=8, textAnchor="middle"))
    return drawing


def pie_slices(labels: Sequence[str], values: Sequence[float], max_slices: int = 6,
               other_label: str = "Other") -> list[tuple[str, float, str]]:
    """(label, value, colour) of the largest `max_slices - 1` parts and the rest as `other_label`:
    the pie's slices, for a legend drawn outside the chart."""
    pairs = [(label, value) for label, value in zip(labels, values) if value > 0]
    pairs.sort(key=lambda p: -p[1])
    if len(pairs) > max_slices:
        pairs = pairs[:max_slices - 1] + [(other_label, sum(v for _, v in pairs[max_slices - 1:]))]
    return [(label, value, PALETTE[i % len(PALETTE)]) for i, (label, value) in enumerate(pairs)]


def pie_chart(labels: Sequence[str], values: Sequence[float], *, width: float = 85 * mm,
              height: float = 55 * mm, max_slices: int = 6, other_label: str = "Other",
              legend: bool = True) -> Drawing:
    """A pie of the largest `max_slices - 1` parts and the rest as `other_label`, with a legend
    beside it (labels on the slices collide when parts are small). With `legend=False` only the
    pie: the caller lays out a legend that wraps (pie_slices gives its rows)."""
    font = register_font()
    pairs = [(label, value) for label, value, _colour in pie_slices(labels, values, max_slices, other_label)]
    drawing = _drawing(width, height)
    if not pairs:
        return drawing
    size = min(height - 6 * mm, width * 0.45) if legend else min(height, width)
    pie = Pie()
    pie.x, pie.y = 2 * mm, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [v for _, v in pairs]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for i in range(len(pairs)):
        pie.slices[i].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    drawing.add(pie)
    if not legend:
        pie.x = (width - size) / 2
        return drawing
    total = sum(v for _, v in pairs) or 1
    x = pie.x + size + 5 * mm
    row = 5.2 * mm
    y = height / 2 + row * len(pairs) / 2 - row
    for i, (label, value) in enumerate(pairs):
        drawing.add(Rect(x, y, 3.2 * mm, 3.2 * mm, fillColor=colors.HexColor(PALETTE[i % len(PALETTE)]),
                         strokeColor=None))
        text = f"{_clip(label, 10)} {round(100 * value / total)}%"
        drawing.add(String(x + 5 * mm, y + 0.5 * mm, text, fontName=font, fontSize=8.5))
        y -= row
    return drawing


class QrModules(Flowable):
    """A QR code drawn as one filled path of its dark runs: what QrCodeWidget draws (same modules,
    4-module quiet zone, scaled to `size`), without encoding it twice (bounds, then drawing) and
    without a shape object per run (the 公示's QR took a third of its PDF time; issue 15)."""

    QUIET_MODULES = 4

    def __init__(self, value: str, size: float, level: str = "M"):
        super().__init__()
        self.width = self.height = size
        code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
        code.addData(value)
        code.make()
        self.modules = [[bool(m) for m in row] for row in code.modules]

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self) -> None:
        box = self.width / (len(self.modules) + 2 * self.QUIET_MODULES)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            c = 0
            for dark, run in itertools.groupby(row):
                count = len(list(run))
                if dark:
                    path.rect((c + self.QUIET_MODULES) * box, self.height - (r + self.QUIET_MODULES + 1) * box,
                              count * box, box)
                c += count
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def qr_code(value: str, size: float = 32 * mm) -> QrModules:
    return QrModules(value, size, level="M")


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[:length - 1] + "…"
