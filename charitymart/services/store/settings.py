"""The store's settings: read them all, change any of them in one audited transaction, the
logo, and the export of the identity-number key for moving the store to a new PC.

Settings that have a column on the store row live there; the rest (receipt printer, label
layout, default allowance rule for new households, the logo) live in `store.extra` (JSON).
The logo is shrunk to at most LOGO_MAX_PX on its long side and kept there as PNG in base64:
a few tens of kilobytes, so it travels with every backup and a restored store keeps it.
"""

from __future__ import annotations

import base64
import io
import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from charitymart.services import audit
from charitymart.services.context import Actor, get_store, require_role
from charitymart.services.errors import ValidationError
from charitymart.services.people import identity_vault
from charitymart.services.stock import label_layouts
from charitymart.services.store.settings_fields import COLUMN_FIELDS, EXTRA_DEFAULTS, clean

LOGO_MAX_PX = 320
LOGO_MAX_INPUT_BYTES = 10 * 1024 * 1024
LOGO_KEY = "logo_png"


@dataclass(frozen=True)
class StoreSettings:
    name: str
    address: str
    phone: str
    currency: str
    timezone: str
    language: str
    hour_unit_minutes: int
    daily_cap_minutes: int | None
    timebank_enabled: bool
    points_per_hour_x100: int
    point_value_fen: int
    expiry_warning_days: int
    receipt_output: str
    receipt_paper: str
    receipt_folder: str
    cash_drawer: str
    backup_folder: str
    backup_keep: int
    receipt_printer: str
    label_layout: str
    allowance_amount_fen: int
    allowance_period: str
    allowance_carry_over: bool
    allowance_visit_limit: int | None
    has_logo: bool
    # The organisation block on public papers (see reports/letterhead.organisation_block).
    org_credit_code: str = ""
    org_registering_authority: str = ""
    org_person_in_charge: str = ""
    org_complaint_phone: str = ""
    valuation_basis: str = ""  # how donated goods are valued ("" = the standard sentence on the papers)
    # Raw ESC/POS receipt printers (services.sales.receipt_printer)
    receipt_printer_kind: str = "qt"
    escpos_usb: str = ""
    escpos_host: str = ""
    escpos_printer_name: str = ""
    drawer_on_ms: int = 100
    drawer_off_ms: int = 100


def _extra(store) -> dict:
    try:
        extra = json.loads(store.extra or "{}")
    except ValueError:
        extra = {}
    return extra if isinstance(extra, dict) else {}


def current_settings(session: Session) -> StoreSettings:
    store = get_store(session)
    extra = _extra(store)
    values: dict[str, Any] = {name: getattr(store, name) for name in COLUMN_FIELDS}
    for name, default in EXTRA_DEFAULTS.items():
        values[name] = extra.get(name, default)
    values["has_logo"] = bool(extra.get(LOGO_KEY))
    # One default layout for the whole store: the one label printing uses (services/label_layouts).
    values["label_layout"] = label_layouts.default_layout_name(session)
    return StoreSettings(**values)


def _logo_png(data: bytes) -> str:
    """The picture as a small PNG in base64, or ValidationError naming the logo field."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > LOGO_MAX_INPUT_BYTES:
        raise ValidationError("the logo file is larger than 10 MB: choose a smaller picture", field="logo")
    try:
        picture = Image.open(io.BytesIO(data))
        picture.load()
        picture = picture.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError("the logo is not a picture CharityMart can read: use a PNG or JPEG file",
                              field="logo") from None
    picture.thumbnail((LOGO_MAX_PX, LOGO_MAX_PX))
    out = io.BytesIO()
    picture.save(out, "PNG", optimize=True)
    return base64.b64encode(out.getvalue()).decode("ascii")


def update_settings(session: Session, actor: Actor, **changes: Any) -> StoreSettings:
    """Check every changed field (typed text or values, see settings_fields), then save them
    all and record one audit event. The first wrong field is named and nothing is saved.

    `logo` takes the bytes of a picture file, or None / b"" to remove the logo."""
    require_role(actor, "manager", "changing the store settings needs a manager")
    cleaned = {name: clean(name, value) for name, value in changes.items() if name != "logo"}
    layout_name = cleaned.pop("label_layout", "")
    if layout_name and layout_name not in {layout.name for layout in label_layouts.list_layouts(session)}:
        raise ValidationError("there is no label layout called {name}", field="label_layout", name=layout_name)
    logo = changes.get("logo", ...)
    logo_text = None if logo is ... or not logo else _logo_png(bytes(logo))
    store = get_store(session)
    extra = _extra(store)
    for name, value in cleaned.items():
        if name in COLUMN_FIELDS:
            setattr(store, name, value)
        else:
            extra[name] = value
    if logo is not ...:
        if logo_text:
            extra[LOGO_KEY] = logo_text
        else:
            extra.pop(LOGO_KEY, None)
    store.extra = json.dumps(extra, ensure_ascii=False, sort_keys=True)
    audit.record(session, actor.user_id, "store.settings", [store])
    if layout_name and layout_name != label_layouts.default_layout_name(session):
        label_layouts.set_default_layout(session, actor, layout_name)
    return current_settings(session)


def logo_png(session: Session) -> bytes | None:
    """The store's logo as PNG bytes (receipts and documents draw it), or None."""
    text = _extra(get_store(session)).get(LOGO_KEY)
    return base64.b64decode(text) if text else None


def allowance_defaults(session: Session) -> dict[str, Any]:
    """The rule a new household starts with: amount (fen), period, carry_over, visit_limit."""
    settings = current_settings(session)
    return {"amount": settings.allowance_amount_fen, "period": settings.allowance_period,
            "carry_over": settings.allowance_carry_over, "visit_limit": settings.allowance_visit_limit}


def export_identity_key(session: Session, actor: Actor, destination: Path | str) -> Path:
    """Write the store's identity-number key to `destination` (to move the store to a new PC).

    Only an admin may: whoever holds the file can read every identity number in a backup.
    The export is audited in the same transaction; a file that can't be written saves nothing."""
    require_role(actor, "admin", "exporting the identity-number key needs an admin")
    path = Path(destination)
    if path.is_dir() or not path.name:
        raise ValidationError("choose a file name for the key, not a folder", field="destination")
    store = get_store(session)
    audit.record(session, actor.user_id, "identity_key.export", [store])
    try:
        identity_vault.export_key(store.uuid, path)
    except OSError as exc:
        raise ValidationError("the key could not be written to {path}: {reason}", field="destination",
                              path=str(path), reason=exc.strerror or str(exc)) from None
    return path


SETTING_NAMES = tuple(f.name for f in fields(StoreSettings) if f.name != "has_logo")
