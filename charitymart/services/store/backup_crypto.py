"""Encrypted backups: the store's backup passphrase protects them, but is never stored.

Setting a passphrase makes a key pair (X25519). The store keeps the public key and the private
key encrypted (AES-GCM) with a key derived from the passphrase by scrypt; so automatic backups
are encrypted without anyone typing the passphrase, and only someone who knows it can read
them. Each backup file carries that wrapped private key in its header, so a backup can be
restored on a new PC from the file and the passphrase alone. A wrong passphrase fails to
unwrap the private key (AES-GCM's tag), which is how it is recognised.

File: MAGIC, a 4-byte big-endian header length, the header (JSON, no secrets), then the
database encrypted with AES-GCM under a key agreed with a fresh ephemeral X25519 key (HKDF).
"""

from __future__ import annotations

import json
import os
import struct
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from charitymart.services.errors import CharityMartError, ValidationError

MAGIC = b"CharityMart encrypted backup\n"
FORMAT_VERSION = 1
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MIN_PASSPHRASE = 8
_WRAP_AAD = b"charitymart backup private key"
_RAW = serialization.Encoding.Raw


class BackupError(CharityMartError):
    pass


class PassphraseNeeded(BackupError):
    pass


class WrongPassphrase(BackupError):
    pass


@dataclass(frozen=True)
class BackupKey:
    """What the store keeps (in store.extra) and every encrypted backup repeats: hex strings."""

    public_key: str
    wrapped_private_key: str
    wrap_nonce: str
    salt: str
    scrypt_n: int = SCRYPT_N

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> BackupKey:
        return cls(public_key=data["public_key"], wrapped_private_key=data["wrapped_private_key"],
                   wrap_nonce=data["wrap_nonce"], salt=data["salt"], scrypt_n=int(data.get("scrypt_n", SCRYPT_N)))


def _wrapping_key(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def make_key(passphrase: str) -> BackupKey:
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ValidationError("the backup passphrase needs at least {count} characters", field="passphrase",
                              count=MIN_PASSPHRASE)
    private = X25519PrivateKey.generate()
    salt, nonce = os.urandom(16), os.urandom(12)
    raw_private = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    wrapped = AESGCM(_wrapping_key(passphrase, salt, SCRYPT_N)).encrypt(nonce, raw_private, _WRAP_AAD)
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return BackupKey(public_key=public.hex(), wrapped_private_key=wrapped.hex(), wrap_nonce=nonce.hex(), salt=salt.hex())


def unwrap(key: BackupKey, passphrase: str) -> X25519PrivateKey:
    """The private key; WrongPassphrase when `passphrase` is not the one the key was made with."""
    try:
        raw = AESGCM(_wrapping_key(passphrase or "", bytes.fromhex(key.salt), key.scrypt_n)).decrypt(
            bytes.fromhex(key.wrap_nonce), bytes.fromhex(key.wrapped_private_key), _WRAP_AAD)
    except InvalidTag:
        raise WrongPassphrase("that is not this backup's passphrase: nothing was changed", field="passphrase") from None
    return X25519PrivateKey.from_private_bytes(raw)


def passphrase_matches(key: BackupKey, passphrase: str) -> bool:
    try:
        unwrap(key, passphrase)
    except WrongPassphrase:
        return False
    return True


def _file_key(shared: bytes, ephemeral_public: bytes, public: bytes) -> bytes:
    info = b"charitymart backup v1" + ephemeral_public + public
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def encrypt(plain: bytes, key: BackupKey) -> bytes:
    public = bytes.fromhex(key.public_key)
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    nonce = os.urandom(12)
    header = json.dumps({
        "format": FORMAT_VERSION,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "key": key.as_dict(),
        "ephemeral_public_key": ephemeral_public.hex(),
        "nonce": nonce.hex(),
    }, sort_keys=True).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header)) + header
    file_key = _file_key(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), ephemeral_public, public)
    return prefix + AESGCM(file_key).encrypt(nonce, plain, prefix)


def _split(data: bytes) -> tuple[dict, bytes, bytes]:
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + 4:
        raise BackupError("this is not an encrypted CharityMart backup")
    start = len(MAGIC) + 4
    (length,) = struct.unpack(">I", data[len(MAGIC):start])
    try:
        header = json.loads(data[start:start + length].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BackupError("the encrypted backup's header is damaged") from None
    return header, data[:start + length], data[start + length:]


def decrypt(data: bytes, passphrase: str) -> bytes:
    header, prefix, body = _split(data)
    if header.get("format") != FORMAT_VERSION:
        raise BackupError("this encrypted backup was made by a newer version of CharityMart")
    key = BackupKey.from_dict(header["key"])
    private = unwrap(key, passphrase)
    ephemeral_public = bytes.fromhex(header["ephemeral_public_key"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    file_key = _file_key(shared, ephemeral_public, bytes.fromhex(key.public_key))
    try:
        return AESGCM(file_key).decrypt(bytes.fromhex(header["nonce"]), body, prefix)
    except InvalidTag:
        raise BackupError("the encrypted backup is damaged (it was changed or cut short)") from None


def is_encrypted_file(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_header(path: Path) -> dict:
    with open(path, "rb") as file:
        start = file.read(len(MAGIC) + 4)
        if not start.startswith(MAGIC) or len(start) < len(MAGIC) + 4:
            raise BackupError("this is not an encrypted CharityMart backup")
        (length,) = struct.unpack(">I", start[len(MAGIC):])
        data = start + file.read(length)
    return _split(data)[0]
