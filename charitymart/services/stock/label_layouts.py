"""The store's label layouts: the built-ins plus its own, saved in the store settings (`store.extra`).

Saved as `{"label_layouts": {name: {page, rows, columns, margins, gaps}}, "label_default_layout":
name}`. Each field is checked with a message naming it; a layout whose labels would be too
small for a barcode and a line of text is refused. Changing them needs a manager and is audited.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from charitymart.db.models import Store
from charitymart.domain.label_layouts import (
    BUILT_IN_LAYOUTS,
    DEFAULT_LAYOUT_NAME,
    LabelLayout,
    built_in_layout,
    normal_page_name,
    page_size_mm,
)
from charitymart.domain.messages import translatable
from charitymart.services import audit
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import NotFoundError, ValidationError

LAYOUTS_KEY = "label_layouts"
DEFAULT_KEY = "label_default_layout"
MAX_NAME_LENGTH = 40
PAGE_SIDE_MM = (15, 1000)
MAX_ROWS, MAX_COLUMNS = 40, 12
# Smallest label that still holds a short code, its quiet zones and a line of text.
MIN_LABEL_MM = (30.0, 15.0)
MILLIMETRE_FIELDS = {
    "margin_top": (100, translatable("the top margin must be a number of millimetres from 0 to {high}")),
    "margin_bottom": (100, translatable("the bottom margin must be a number of millimetres from 0 to {high}")),
    "margin_left": (100, translatable("the left margin must be a number of millimetres from 0 to {high}")),
    "margin_right": (100, translatable("the right margin must be a number of millimetres from 0 to {high}")),
    "gap_x": (50, translatable("the gap between columns must be a number of millimetres from 0 to {high}")),
    "gap_y": (50, translatable("the gap between rows must be a number of millimetres from 0 to {high}")),
}


def _settings(store: Store) -> dict:
    try:
        extra = json.loads(store.extra or "{}")
    except ValueError:
        extra = {}
    return extra if isinstance(extra, dict) else {}


def _write_settings(store: Store, extra: dict) -> None:
    store.extra = json.dumps(extra, ensure_ascii=False, sort_keys=True)


def _saved_layouts(store: Store) -> list[LabelLayout]:
    saved = _settings(store).get(LAYOUTS_KEY, {})
    layouts = []
    for name, fields in (saved.items() if isinstance(saved, dict) else []):
        try:
            layouts.append(check_layout(dict(fields, name=name)))
        except (ValidationError, TypeError, ValueError):
            continue  # a hand-edited setting that no longer passes is left out rather than break printing
    return layouts


def list_layouts(session: Session) -> list[LabelLayout]:
    """The built-in layouts, then the store's own in name order."""
    own = sorted(_saved_layouts(get_store(session)), key=lambda layout: layout.name)
    return [*BUILT_IN_LAYOUTS, *own]


def default_layout_name(session: Session) -> str:
    name = _settings(get_store(session)).get(DEFAULT_KEY)
    known = {layout.name for layout in list_layouts(session)}
    return name if isinstance(name, str) and name in known else DEFAULT_LAYOUT_NAME


def get_layout(session: Session, name: str | None = None) -> LabelLayout:
    """The layout called `name`, or the store's default one when no name is given."""
    wanted = (name or "").strip() or default_layout_name(session)
    for layout in list_layouts(session):
        if layout.name == wanted:
            return layout
    raise NotFoundError("there is no label layout called {name}", field="layout", name=wanted)


def _millimetres(value: Any, field: str) -> float:
    high, template = MILLIMETRE_FIELDS[field]
    text = str(0 if value is None or value == "" else value).strip().replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(template, field=field, high=high) from None
    if not number.is_finite() or number < 0 or number > high:
        raise ValidationError(template, field=field, high=high)
    return float(round(number, 2))


def _whole(value: Any, field: str, high: int, template: str) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(template, field=field, high=high) from None
    if not 1 <= number <= high:
        raise ValidationError(template, field=field, high=high)
    return number


def _name(value: Any) -> str:
    name = str(value or "").strip()
    if not name:
        raise ValidationError("the layout needs a name", field="name")
    if len(name) > MAX_NAME_LENGTH or any(not c.isprintable() for c in name):
        raise ValidationError("the layout name must be at most {length} letters or digits", field="name",
                              length=MAX_NAME_LENGTH)
    return name


def _page(value: Any) -> str:
    size = page_size_mm(str(value or ""))
    if size is None:
        raise ValidationError("the page must be A4, A5, Letter, or width x height in millimetres such as 40x30",
                              field="page")
    low, high = PAGE_SIDE_MM
    if not all(low <= side <= high for side in size):
        raise ValidationError("each side of the page must be from {low} to {high} millimetres", field="page",
                              low=low, high=high)
    return normal_page_name(str(value))


def check_layout(fields: dict) -> LabelLayout:
    """A layout from raw field values (numbers or text, as typed), each one checked."""
    layout = LabelLayout(
        name=_name(fields.get("name")),
        page=_page(fields.get("page")),
        rows=_whole(fields.get("rows"), "rows", MAX_ROWS, translatable("rows must be a whole number from 1 to {high}")),
        columns=_whole(fields.get("columns"), "columns", MAX_COLUMNS,
                       translatable("columns must be a whole number from 1 to {high}")),
        **{field: _millimetres(fields.get(field), field) for field in MILLIMETRE_FIELDS},
    )
    width, height = layout.label_size
    min_width, min_height = MIN_LABEL_MM
    if width < min_width:
        raise ValidationError("the labels would be {width} mm wide, and a label needs at least {minimum} mm: "
                              "use fewer columns or smaller margins or gaps", field="columns",
                              width=f"{width:.1f}", minimum=f"{min_width:g}")
    if height < min_height:
        raise ValidationError("the labels would be {height} mm high, and a label needs at least {minimum} mm: "
                              "use fewer rows or smaller margins or gaps", field="rows",
                              height=f"{height:.1f}", minimum=f"{min_height:g}")
    return layout


def save_layout(session: Session, actor: Actor, fields: dict) -> LabelLayout:
    """Add the store's own layout, or replace the one with the same name."""
    require_role(actor, "manager", "changing label layouts needs a manager")
    layout = check_layout(fields)
    if built_in_layout(layout.name) is not None:
        raise ValidationError("{name} is a built-in layout: choose another name", field="name", name=layout.name)
    store = get_store(session)
    extra = _settings(store)
    saved = extra.get(LAYOUTS_KEY) if isinstance(extra.get(LAYOUTS_KEY), dict) else {}
    saved[layout.name] = {key: value for key, value in layout.settings().items() if key != "name"}
    extra[LAYOUTS_KEY] = saved
    _write_settings(store, extra)
    audit.record(session, actor.user_id, "labels.layout_save", [store])
    return layout


def delete_layout(session: Session, actor: Actor, name: str) -> None:
    """Remove one of the store's own layouts (if it was the default, the built-in default returns)."""
    require_role(actor, "manager", "changing label layouts needs a manager")
    name = (name or "").strip()
    if built_in_layout(name) is not None:
        raise ValidationError("{name} is a built-in layout and can't be removed", field="layout", name=name)
    store = get_store(session)
    extra = _settings(store)
    saved = extra.get(LAYOUTS_KEY) if isinstance(extra.get(LAYOUTS_KEY), dict) else {}
    if name not in saved:
        raise NotFoundError("there is no label layout called {name}", field="layout", name=name)
    del saved[name]
    extra[LAYOUTS_KEY] = saved
    if extra.get(DEFAULT_KEY) == name:
        extra.pop(DEFAULT_KEY)
    _write_settings(store, extra)
    audit.record(session, actor.user_id, "labels.layout_delete", [store])


def set_default_layout(session: Session, actor: Actor, name: str) -> LabelLayout:
    require_role(actor, "manager", "changing label layouts needs a manager")
    layout = get_layout(session, (name or "").strip() or DEFAULT_LAYOUT_NAME)
    store = get_store(session)
    extra = _settings(store)
    extra[DEFAULT_KEY] = layout.name
    _write_settings(store, extra)
    audit.record(session, actor.user_id, "labels.layout_default", [store])
    return layout
