"""Barcodes for labels: which symbology a code gets, how wide its bars are, and drawing it.

EAN-13 for a valid 13-digit EAN (the shop's own prefix-2 codes too) and for a 12-digit UPC-A
(printed as its EAN-13 form with a leading 0, which the till finds as the same item), EAN-8 for
a valid 8-digit EAN, Code 128 for everything else (card numbers, volunteer codes, odd codes).

The bar module is a whole number of dots of a 300 dpi printer (3 or 4 dots: 0.254 or 0.339 mm,
that is 77 % to 100 % of the EAN nominal size), so every bar prints the same width and scanners
read it; a code that doesn't fit its label at 3 dots is refused rather than printed too thin.
Quiet zones are part of the symbol's width: 11 and 7 modules for EAN-13, 7 and 7 for EAN-8,
10 and 10 for Code 128.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.code128 import Code128Auto
from reportlab.graphics.barcode.eanbc import Ean8BarcodeWidget, Ean13BarcodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.units import mm
from reportlab.lib.validators import isNumberOrNone
from reportlab.pdfbase.pdfmetrics import stringWidth

from charitymart.domain.codes import is_valid_ean

EAN13, EAN8, CODE128 = "EAN-13", "EAN-8", "Code 128"
DOT_MM = 25.4 / 300
MODULE_DOTS = (4, 3)  # widest first; 3 dots (0.254 mm) is the narrowest we print
QUIET_MODULES = {EAN13: (11, 7), EAN8: (7, 7), CODE128: (10, 10)}
SYMBOL_MODULES = {EAN13: 95, EAN8: 67}
# Human-readable digits: about 2.4 mm high at the EAN nominal module, and never below 5 pt.
DIGITS_PT_PER_MODULE_MM = 21.0
MIN_DIGITS_PT = 5.0


def symbology(code: str) -> str:
    if code.isdigit() and len(code) == 13 and is_valid_ean(code):
        return EAN13
    if code.isdigit() and len(code) == 12 and is_valid_ean(code):
        return EAN13
    if code.isdigit() and len(code) == 8 and is_valid_ean(code):
        return EAN8
    return CODE128


def printable_code(code: str) -> bool:
    """Code 128 carries printable ASCII only (letters, digits, signs; no spaces at the ends)."""
    return bool(code) and code == code.strip() and all(32 <= ord(c) < 127 for c in code)


def scanned_text(code: str) -> str:
    """What a scanner reads from the printed symbol (a UPC-A prints as its EAN-13 form)."""
    return "0" + code if symbology(code) == EAN13 and len(code) == 12 else code


def _code128_modules(code: str) -> int:
    symbol = Code128Auto(code, barWidth=1, quiet=0, humanReadable=0)
    return round(symbol.width)


def symbol_modules(code: str) -> int:
    """Width of the whole symbol, quiet zones included, in modules."""
    kind = symbology(code)
    left, right = QUIET_MODULES[kind]
    bars = SYMBOL_MODULES[kind] if kind in SYMBOL_MODULES else _code128_modules(code)
    return left + bars + right


def module_mm(code: str, available_width_mm: float) -> float | None:
    """The widest printable module that fits the symbol in the width; None if even 3 dots don't."""
    modules = symbol_modules(code)
    for dots in MODULE_DOTS:
        if modules * dots * DOT_MM <= available_width_mm + 1e-6:
            return dots * DOT_MM
    return None


def narrowest_width_mm(code: str) -> float:
    """The least width (mm) the symbol needs, quiet zones included."""
    return symbol_modules(code) * MODULE_DOTS[-1] * DOT_MM


class _Ean13(Ean13BarcodeWidget):
    # ReportLab declares the quiet-zone lengths as booleans, so a length in points is refused.
    _attrMap = AttrMap(BASE=Ean13BarcodeWidget, lquiet=AttrMapValue(isNumberOrNone), rquiet=AttrMapValue(isNumberOrNone))


class _Ean8(Ean8BarcodeWidget):
    _attrMap = AttrMap(BASE=Ean8BarcodeWidget, lquiet=AttrMapValue(isNumberOrNone), rquiet=AttrMapValue(isNumberOrNone))


@dataclass(frozen=True)
class PlacedBarcode:
    """Where a barcode was drawn (for the label's own layout and for tests)."""

    kind: str
    module_mm: float
    width_mm: float
    height_mm: float


def digits_point_size(module: float) -> float:
    return max(MIN_DIGITS_PT, module * DIGITS_PT_PER_MODULE_MM)


def draw_barcode(canvas, code: str, *, x_mm: float, y_mm: float, width_mm: float, height_mm: float,
                 font: str) -> PlacedBarcode:
    """Draw `code` centred in the box whose bottom-left is (x, y), bars and digits within its
    height. Raises ValueError if the box is too narrow (callers check `module_mm` first)."""
    module = module_mm(code, width_mm)
    if module is None:
        raise ValueError(f"{code!r} does not fit in {width_mm:.1f} mm")
    kind = symbology(code)
    symbol_width = symbol_modules(code) * module
    left = x_mm + (width_mm - symbol_width) / 2
    font_pt = digits_point_size(module)
    if kind == CODE128:
        _draw_code128(canvas, code, left, y_mm, module, height_mm, font, font_pt)
    else:
        _draw_ean(canvas, code, kind, left, y_mm, module, height_mm, font, font_pt)
    return PlacedBarcode(kind=kind, module_mm=module, width_mm=symbol_width, height_mm=height_mm)


def _draw_ean(canvas, code: str, kind: str, left: float, bottom: float, module: float, height: float,
              font: str, font_pt: float) -> None:
    widget_class = _Ean13 if kind == EAN13 else _Ean8
    digits = scanned_text(code)[:-1]  # the widget adds the check digit itself
    quiet_left, quiet_right = QUIET_MODULES[kind]
    widget = widget_class(digits, barWidth=module * mm, barHeight=height * mm, fontName=font, fontSize=font_pt,
                          lquiet=quiet_left * module * mm, rquiet=quiet_right * module * mm, x=0, y=0)
    # The drawing starts in the shipped font: renderPDF otherwise names Helvetica (never embedded).
    drawing = Drawing(widget.width, height * mm, initialFontName=font)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, left * mm, bottom * mm)


def _draw_code128(canvas, code: str, left: float, bottom: float, module: float, height: float,
                  font: str, font_pt: float) -> None:
    quiet_left, quiet_right = QUIET_MODULES[CODE128]
    text_height = font_pt * 1.25
    symbol = Code128Auto(code, barWidth=module * mm, barHeight=height * mm - text_height, humanReadable=0,
                         lquiet=quiet_left * module * mm, rquiet=quiet_right * module * mm)
    symbol.drawOn(canvas, left * mm, bottom * mm + text_height)
    canvas.saveState()
    canvas.setFont(font, font_pt)
    centre = left * mm + symbol.width / 2
    width = stringWidth(code, font, font_pt)
    canvas.drawString(centre - width / 2, bottom * mm + font_pt * 0.2, code)
    canvas.restoreState()
