"""Recovery request and response files (pure: cryptography only, shared with the district).

A laptop whose passphrase is forgotten writes a *request*: its recovery wrap (the data key
sealed to the district's recovery public key, as keys.RecoveryWrap) plus a fresh one-time
X25519 public key whose private half stays beside the database. The district opens the wrap
with its recovery private key and answers with a *response*: the data key sealed again, now to
the request's one-time key, and signed with the district's Ed25519 signing key. So a response
opens only on the laptop that holds the one-time private key, and only once (the laptop deletes
that key when it uses the response).

Both files are small UTF-8 JSON documents. The verification code is derived from the request's
content, so the district administrator, reading it on their screen while the specialist reads
theirs over the phone, knows the file is the very one that laptop wrote.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

REQUEST_FORMAT = "qadam-recovery-request"
RESPONSE_FORMAT = "qadam-recovery-response"
VERSION = 1
# Crockford's base32 (as the enrolment codes): read aloud over a bad line without confusion.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_CHARS = 8

_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


class RecoveryFileError(ValueError):
    """A request or response refused: `kind` is "format" (not such a file) or "altered"
    (changed or damaged since it was written). The laptop and the district each say it in
    their own words (desktop.storage.errors, district.recovery)."""

    def __init__(self, kind: str, path: str) -> None:
        super().__init__(f"{path}: {kind}")
        self.kind = kind
        self.path = path


@dataclass(frozen=True)
class Sealed:
    """A data key sealed to an X25519 public key: the same fields, and the same ECIES, as the
    key file's `keys.RecoveryWrap` (this module may not import storage: the district uses it;
    tests/unit/test_recovery.py proves the two open each other's)."""

    key_id: str
    ephemeral_public: str
    wrapped_key: str


WRAP_INFO = b"qadam recovery wrap v1"  # keys._recovery_kek's


def _kek(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public,
                info=WRAP_INFO).derive(shared)


def _aad(database_id: str) -> bytes:
    return f"qadam/{database_id}/recovery".encode()  # keys.Keyring._aad("recovery")


def seal(recipient: X25519PublicKey, database_id: str, data_key: bytes) -> Sealed:
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = public_bytes(ephemeral.public_key())
    recipient_public = public_bytes(recipient)
    kek = _kek(ephemeral.exchange(recipient), ephemeral_public, recipient_public)
    nonce = os.urandom(12)
    sealed = AESGCM(kek).encrypt(nonce, data_key, _aad(database_id))
    return Sealed(b64(recipient_public), b64(ephemeral_public), b64(nonce + sealed))


def open_sealed(private_key: X25519PrivateKey, database_id: str, sealed: Sealed,
                path: str) -> bytes:
    """The data key; RecoveryFileError("altered") if it is not sealed to this key."""
    recipient_public = public_bytes(private_key.public_key())
    try:
        if sealed.key_id != b64(recipient_public):
            raise ValueError("sealed to another key")
        ephemeral_public = unb64(sealed.ephemeral_public)
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        blob = unb64(sealed.wrapped_key)
        return AESGCM(_kek(shared, ephemeral_public, recipient_public)).decrypt(
            blob[:12], blob[12:], _aad(database_id))
    except (InvalidTag, ValueError):
        raise RecoveryFileError("altered", path) from None


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def public_bytes(key: X25519PublicKey | Ed25519PublicKey) -> bytes:
    return key.public_bytes(_RAW, _RAW_PUBLIC)


def key_id(public_key: X25519PublicKey) -> str:
    """How a recovery wrap names the key it is sealed to (keys.RecoveryWrap.key_id)."""
    return b64(public_bytes(public_key))


def canonical(body: dict[str, Any]) -> bytes:
    """The bytes a code or a signature covers: sorted keys, no spaces, UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def verification_code(body: dict[str, Any]) -> str:
    """8 characters (40 bits) of the request's hash, as `ABCD-EFGH`."""
    digest = int.from_bytes(hashlib.sha256(canonical(body)).digest()[:5], "big")
    chars = "".join(CODE_ALPHABET[(digest >> (5 * i)) & 31] for i in reversed(range(CODE_CHARS)))
    return f"{chars[:4]}-{chars[4:]}"


# -- the district's recovery key, as a server's answer carries it -----------------------------

RECOVERY_KEY_CONTEXT = b"qadam-district-recovery-key-v1\n"


def sign_recovery_key(signing_key: Ed25519PrivateKey, raw_public: bytes) -> str:
    """The district's signature over its recovery public key (a sync answer carries both):
    a man in the middle cannot put its own key in, the laptop checks the signature with the
    district signing key it pinned at enrolment."""
    return b64(signing_key.sign(RECOVERY_KEY_CONTEXT + raw_public))


def signed_recovery_key(signing_public: str, key: Any, signature: Any) -> X25519PublicKey | None:
    """The recovery key of a server's answer if `signing_public` (base64) signed it; None
    when absent (an older server), malformed or not signed by that key."""
    if not isinstance(key, str) or not isinstance(signature, str):
        return None
    try:
        raw = unb64(key)
        Ed25519PublicKey.from_public_bytes(unb64(signing_public)).verify(
            unb64(signature), RECOVERY_KEY_CONTEXT + raw)
        return X25519PublicKey.from_public_bytes(raw)
    except (InvalidSignature, ValueError):
        return None


# -- the request ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryRequest:
    request_id: str
    created_at: str
    database_id: str
    username: str
    device_id: str | None
    okrug: dict[str, str] | None  # {"kato", "name"} when the laptop is enrolled
    district: dict[str, str] | None
    wrap: Sealed
    request_key: str  # the one-time X25519 public key, base64

    def body(self) -> dict[str, Any]:
        return {"format": REQUEST_FORMAT, "version": VERSION, **asdict(self)}

    @property
    def code(self) -> str:
        return verification_code(self.body())

    def to_bytes(self) -> bytes:
        return json.dumps(self.document(), indent=1, ensure_ascii=False).encode("utf-8")

    def document(self) -> dict[str, Any]:
        return {**self.body(), "code": self.code}

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> RecoveryRequest:
        return cls.from_document(_parse(data, path), path)

    @classmethod
    def from_document(cls, raw: Any, path: str) -> RecoveryRequest:
        raw = _checked(raw, REQUEST_FORMAT, path)
        try:
            request = cls(
                request_id=_text(raw["request_id"]),
                created_at=_text(raw["created_at"]),
                database_id=_text(raw["database_id"]),
                username=_text(raw["username"]),
                device_id=_optional_text(raw.get("device_id")),
                okrug=_place(raw.get("okrug")),
                district=_place(raw.get("district")),
                wrap=_wrap(raw["wrap"]),
                request_key=_text(raw["request_key"]),
            )
            X25519PublicKey.from_public_bytes(unb64(request.request_key))
        except (KeyError, TypeError, ValueError):
            raise RecoveryFileError("format", path) from None
        if raw.get("code") != request.code:
            # The code the laptop showed was computed over what it wrote: anything edited
            # since gives another code, and the file is refused rather than misread.
            raise RecoveryFileError("altered", path)
        return request


def new_request_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())


# -- the response ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RecoveryResponse:
    response_id: str
    request_id: str
    database_id: str
    device_id: str | None
    answered_at: str
    operator: str
    district: dict[str, str]
    recovery_key_id: str  # the district recovery key that opened the wrap
    signing_key: str  # the district's Ed25519 public key, base64
    sealed: Sealed  # the data key sealed to the request's one-time key
    signature: str = ""

    def body(self) -> dict[str, Any]:
        fields = asdict(self)
        fields.pop("signature")
        return {"format": RESPONSE_FORMAT, "version": VERSION, **fields}

    def document(self) -> dict[str, Any]:
        return {**self.body(), "signature": self.signature}

    def to_bytes(self) -> bytes:
        return json.dumps(self.document(), indent=1, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> RecoveryResponse:
        raw = _checked(_parse(data, path), RESPONSE_FORMAT, path)
        try:
            return cls(
                response_id=str(raw["response_id"]),
                request_id=str(raw["request_id"]),
                database_id=str(raw["database_id"]),
                device_id=raw.get("device_id"),
                answered_at=str(raw["answered_at"]),
                operator=str(raw["operator"]),
                district=dict(raw["district"]),
                recovery_key_id=str(raw["recovery_key_id"]),
                signing_key=str(raw["signing_key"]),
                sealed=_wrap(raw["sealed"]),
                signature=str(raw["signature"]),
            )
        except (KeyError, TypeError, ValueError):
            raise RecoveryFileError("format", path) from None

    def signed(self, signing_key: Ed25519PrivateKey) -> RecoveryResponse:
        return replace(self, signature=b64(signing_key.sign(canonical(self.body()))))

    def signature_valid(self) -> bool:
        """Checked against the key the response names; the caller decides whether it
        trusts that key (the one pinned at enrolment, or the recovery key it wrapped to)."""
        try:
            Ed25519PublicKey.from_public_bytes(unb64(self.signing_key)).verify(
                unb64(self.signature), canonical(self.body()))
        except (InvalidSignature, ValueError):
            return False
        return True


def seal_for_request(request: RecoveryRequest, data_key: bytes) -> Sealed:
    """The data key sealed to the request's one-time key (the same ECIES as the wrap)."""
    one_time = X25519PublicKey.from_public_bytes(unb64(request.request_key))
    return seal(one_time, request.database_id, data_key)


def read_file(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(1_000_000)  # a request or response is a few hundred bytes


def _text(value: Any) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= 200 or "\x00" in value:
        raise ValueError("a text field")
    return value


def _optional_text(value: Any) -> str | None:
    return None if value is None else _text(value)


def _place(value: Any) -> dict[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ValueError("a place is {kato, name}")
    return {"kato": _text(value["kato"]), "name": _text(value["name"])}


def _wrap(value: Any) -> Sealed:
    if not isinstance(value, dict):
        raise ValueError("a wrap")
    wrap = Sealed(_text(value["key_id"]), _text(value["ephemeral_public"]),
                  _text(value["wrapped_key"]))
    for part in (wrap.key_id, wrap.ephemeral_public, wrap.wrapped_key):
        unb64(part)  # base64, or refused here rather than deep inside the unwrapping
    return wrap


def _parse(data: bytes, path: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise RecoveryFileError("format", path) from None


def _checked(raw: Any, expected: str, path: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or raw.get("format") != expected:
        raise RecoveryFileError("format", path)
    version = raw.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise RecoveryFileError("format", path)
    return raw


__all__ = [
    "RecoveryFileError", "RecoveryRequest", "RecoveryResponse", "Sealed", "key_id",
    "new_request_key", "open_sealed", "read_file", "seal", "seal_for_request",
    "sign_recovery_key", "signed_recovery_key",
    "verification_code",
]
