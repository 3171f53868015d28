"""Encryption of identity numbers with a per-store key kept outside the database.

The key file lives in the user's config folder (not in the database, not in its backups);
settings can export it so a store can move to a new PC. Each number is stored three ways:
encrypted (Fernet), as a keyed hash (to find duplicates) and masked (to show).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from charitymart import paths
from charitymart.domain.identity import mask_id_number, normalise_id_number
from charitymart.services.errors import CharityMartError


class IdentityKeyMissing(CharityMartError):
    """The store's identity key is not on this PC (import the exported key file)."""


@dataclass(frozen=True)
class SealedIdentity:
    id_type: str
    cipher: str
    keyed_hash: str
    masked: str


def key_path(store_uuid: str) -> Path:
    return paths.config_dir() / "keys" / f"{store_uuid}.key"


def create_key(store_uuid: str) -> Path:
    path = key_path(store_uuid)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    body = {
        "store": store_uuid,
        "fernet": Fernet.generate_key().decode("ascii"),
        "hmac": base64.urlsafe_b64encode(os.urandom(32)).decode("ascii"),
    }
    path.write_text(json.dumps(body), encoding="utf-8")
    try:
        path.chmod(0o600)
    except OSError:  # Windows ACLs differ; the folder is per-user anyway
        pass
    return path


def _load(store_uuid: str) -> dict:
    path = key_path(store_uuid)
    if not path.exists():
        raise IdentityKeyMissing(
            "the identity-number key for this store is not on this PC ({path}); "
            "import the key file exported from the old PC", path=str(path)
        )
    return json.loads(path.read_text(encoding="utf-8"))


def export_key(store_uuid: str, destination: Path) -> Path:
    destination.write_text(json.dumps(_load(store_uuid)), encoding="utf-8")
    return destination


def import_key(source: Path) -> str:
    body = json.loads(source.read_text(encoding="utf-8"))
    Fernet(body["fernet"].encode("ascii"))  # validates the key
    path = key_path(body["store"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(body), encoding="utf-8")
    return body["store"]


def keyed_hash(store_uuid: str, normalised_number: str) -> str:
    key = base64.urlsafe_b64decode(_load(store_uuid)["hmac"])
    return hmac.new(key, normalised_number.encode("utf-8"), hashlib.sha256).hexdigest()


def seal(store_uuid: str, number: str, id_type: str) -> SealedIdentity:
    """Validate (resident IDs by check digit), then encrypt, hash and mask."""
    normalised = normalise_id_number(number, id_type)
    fernet = Fernet(_load(store_uuid)["fernet"].encode("ascii"))
    return SealedIdentity(
        id_type=id_type,
        cipher=fernet.encrypt(normalised.encode("utf-8")).decode("ascii"),
        keyed_hash=keyed_hash(store_uuid, normalised),
        masked=mask_id_number(normalised),
    )


def unseal(store_uuid: str, cipher: str) -> str:
    fernet = Fernet(_load(store_uuid)["fernet"].encode("ascii"))
    try:
        return fernet.decrypt(cipher.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise IdentityKeyMissing("the identity-number key on this PC does not open this store's numbers") from exc
