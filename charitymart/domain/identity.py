"""Identity numbers: validation and masking. Encryption lives in services/identity_vault."""

from __future__ import annotations

from stdnum.cn import ric

from charitymart.domain.messages import MessageValueError

RESIDENT_ID = "resident_id"
ID_TYPES = (RESIDENT_ID, "passport", "hk_macao_permit", "taiwan_permit", "foreign_permanent", "other")


class IdentityNumberError(MessageValueError):
    pass


def normalise_id_number(number: str, id_type: str = RESIDENT_ID) -> str:
    """Validate and normalise; an 18-digit resident ID is checked with its check digit."""
    cleaned = "".join(str(number).split()).upper()
    if id_type not in ID_TYPES:
        raise IdentityNumberError("unknown ID type {id_type}", id_type=repr(id_type))
    if not cleaned:
        raise IdentityNumberError("empty ID number")
    if id_type == RESIDENT_ID:
        if len(cleaned) != 18:
            raise IdentityNumberError("a resident ID has 18 characters")
        if not ric.is_valid(cleaned):
            raise IdentityNumberError("resident ID check digit or birth date is wrong")
    elif len(cleaned) < 4:
        raise IdentityNumberError("ID number too short")
    return cleaned


def mask_id_number(number: str) -> str:
    """'510104199001011234' -> '5101**********1234'."""
    if len(number) <= 8:
        return number[:1] + "*" * max(0, len(number) - 2) + number[-1:]
    return number[:4] + "*" * (len(number) - 8) + number[-4:]
