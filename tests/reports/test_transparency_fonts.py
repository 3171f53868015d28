"""The 公示 names only the shipped font, embedded: its charts' axis labels, legends and value
labels included (reportlab.graphics defaults to Helvetica for every string it draws)."""

from __future__ import annotations

import pytest

from charitymart.reports import charts
from charitymart.reports.base import FONT_NAME
from charitymart.services.documents.month import transparency_report_pdf
from tests.support.documents import MONTH, demo, demo_db  # noqa: F401
from tests.support.pdf_pages import fonts


def only_the_shipped_font(used: dict[str, bool]) -> bool:
    """Every font named is embedded and is the shipped one (subsets: /AAAAAA+WenQuanYiMicroHei-0)."""
    from reportlab.pdfbase import pdfmetrics

    from charitymart.reports.base import register_font

    shipped = pdfmetrics.getFont(register_font()).face.name.decode()
    return bool(used) and all(embedded and name.split("+")[-1].rsplit("-", 1)[0] == shipped
                              for name, embedded in used.items())


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_transparency_report_uses_only_the_shipped_font(demo, language):  # noqa: F811
    with demo.readers() as s:
        pdf = transparency_report_pdf(s, *MONTH, language)
    used = fonts(pdf)
    assert only_the_shipped_font(used), used


def test_every_chart_string_uses_the_shipped_font():
    from reportlab.graphics.shapes import String

    drawings = [charts.bar_chart(["捐赠", "Purchased"], [1200, 300], ["¥12.00", "¥3.00"]),
                charts.pie_chart(["大米", "Oil", "Soap"], [5, 3, 1]),
                charts.pie_chart(["大米"], [5], legend=False)]
    # The QR code is one filled path (charts.QrModules): no text, so it names no font at all.
    for drawing in drawings:
        assert drawing.initialFontName == FONT_NAME  # the font the drawing starts with is named in the PDF
        strings = [node for node in _walk(drawing.expandUserNodes()) if isinstance(node, String)]
        assert strings or drawing in drawings[2:]
        assert {s.fontName for s in strings} <= {FONT_NAME}, {s.fontName for s in strings}


def _walk(group):
    from reportlab.graphics.shapes import Group

    for node in getattr(group, "contents", []):
        if isinstance(node, Group):
            yield from _walk(node)
        elif hasattr(node, "provideNode"):  # a widget (chart, axis): the shapes it draws
            yield from _walk(node.provideNode())
        else:
            yield node
