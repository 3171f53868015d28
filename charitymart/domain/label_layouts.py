"""Label layouts: where each label sits on a page (pure geometry, millimetres, no I/O).

A layout is a page (A4, A5, Letter, or a label printer's roll cut to "WIDTHxHEIGHT" mm) holding
`rows` x `columns` labels inside its margins, with gaps between columns (`gap_x`) and rows
(`gap_y`). The label size follows from those, the way label sheet makers print them on the box.
Labels are filled row by row from the top left; `skip` leaves the first labels of a partly used
sheet empty.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

NAMED_PAGES_MM = {"A4": (210.0, 297.0), "A5": (148.0, 210.0), "Letter": (215.9, 279.4)}
PAGE_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*$")
# Inside every label, text and bars keep this far from the edge: die-cut sheets and label
# printers place the paper within about a millimetre.
LABEL_PADDING_MM = 1.5
GEOMETRY_FIELDS = ("rows", "columns", "margin_top", "margin_bottom", "margin_left", "margin_right", "gap_x", "gap_y")


def page_size_mm(page: str) -> tuple[float, float] | None:
    """(width, height) of "A4" / "A5" / "Letter" / "40x30"; None if the text is neither."""
    text = (page or "").strip()
    for name, size in NAMED_PAGES_MM.items():
        if text.lower() == name.lower():
            return size
    match = PAGE_PATTERN.match(text)
    if match is None:
        return None
    return float(match.group(1)), float(match.group(2))


def normal_page_name(page: str) -> str:
    """"a4" -> "A4", "40 X 30" -> "40x30" (the form a layout is saved with)."""
    text = (page or "").strip()
    for name in NAMED_PAGES_MM:
        if text.lower() == name.lower():
            return name
    size = page_size_mm(text)
    if size is None:
        return text
    return "x".join(f"{value:g}" for value in size)


@dataclass(frozen=True)
class LabelLayout:
    name: str
    page: str
    rows: int
    columns: int
    margin_top: float = 0.0
    margin_bottom: float = 0.0
    margin_left: float = 0.0
    margin_right: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    built_in: bool = False

    @property
    def page_size(self) -> tuple[float, float]:
        size = page_size_mm(self.page)
        if size is None:
            raise ValueError(f"unknown page {self.page!r}")
        return size

    @property
    def label_size(self) -> tuple[float, float]:
        """(width, height) of one label in mm: what is left of the page, shared out."""
        page_width, page_height = self.page_size
        width = (page_width - self.margin_left - self.margin_right - (self.columns - 1) * self.gap_x) / self.columns
        height = (page_height - self.margin_top - self.margin_bottom - (self.rows - 1) * self.gap_y) / self.rows
        return round(width, 3), round(height, 3)

    @property
    def per_page(self) -> int:
        return self.rows * self.columns

    @property
    def is_label_printer(self) -> bool:
        """One label per page: a label printer's roll rather than a sheet."""
        return self.per_page == 1

    def position(self, index: int) -> tuple[float, float]:
        """Top-left corner (mm from the page's top-left) of the label at `index` on its page."""
        row, column = divmod(index % self.per_page, self.columns)
        width, height = self.label_size
        return (self.margin_left + column * (width + self.gap_x),
                self.margin_top + row * (height + self.gap_y))

    def settings(self) -> dict:
        """The layout as saved in the store's settings (without the built-in flag)."""
        values = asdict(self)
        values.pop("built_in")
        return values


def _built_in(name: str, page: str, rows: int, columns: int, **geometry: float) -> LabelLayout:
    return LabelLayout(name=name, page=page, rows=rows, columns=columns, built_in=True, **geometry)


BUILT_IN_LAYOUTS: tuple[LabelLayout, ...] = (
    # 24 labels of 70 x 37 mm (the common A4 sheet of 3 x 8).
    _built_in("a4-3x8", "A4", 8, 3, margin_top=0.5, margin_bottom=0.5),
    # 40 labels of 52.5 x 29.7 mm, edge to edge.
    _built_in("a4-4x10", "A4", 10, 4),
    # 65 labels of 38.1 x 21.2 mm with 2.5 mm between columns (the small "65 per sheet").
    _built_in("a4-5x13", "A4", 13, 5, margin_top=10.7, margin_bottom=10.7, margin_left=4.75, margin_right=4.75,
              gap_x=2.5),
    _built_in("printer-40x30", "40x30", 1, 1),
    _built_in("printer-50x30", "50x30", 1, 1),
)
DEFAULT_LAYOUT_NAME = "a4-3x8"


def built_in_layout(name: str) -> LabelLayout | None:
    return next((layout for layout in BUILT_IN_LAYOUTS if layout.name == name), None)
