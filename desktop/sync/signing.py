"""Device keys and signed requests (pure: cryptography only, shared with the server).

A device signs every request with its own Ed25519 key; the message binds the method, the path
and query, the time, a random nonce and the body's hash, so a captured request cannot be
replayed, altered or moved to another endpoint.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

HEADER_PROTOCOL = "X-Qadam-Protocol"
HEADER_DEVICE = "X-Qadam-Device"
HEADER_TIME = "X-Qadam-Time"
HEADER_NONCE = "X-Qadam-Nonce"
HEADER_SIGNATURE = "X-Qadam-Signature"
HEADER_SERVER_TIME = "X-Qadam-Server-Time"

# A signed request more than this far from the server's clock is refused (replay window).
TIME_WINDOW_MS = 5 * 60 * 1000


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw


@dataclass(frozen=True)
class DeviceKeys:
    """A device's two key pairs, as raw private key bytes (kept in the encrypted database)."""

    signing_private: bytes
    encryption_private: bytes

    @classmethod
    def generate(cls) -> DeviceKeys:
        sign = Ed25519PrivateKey.generate().private_bytes(
            _RAW, _RAW_PRIVATE, serialization.NoEncryption())
        enc = X25519PrivateKey.generate().private_bytes(
            _RAW, _RAW_PRIVATE, serialization.NoEncryption())
        return cls(sign, enc)

    @property
    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_private)

    @property
    def encryption_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.encryption_private)

    @property
    def signing_public(self) -> bytes:
        return self.signing_key.public_key().public_bytes(_RAW, _RAW_PUBLIC)

    @property
    def encryption_public(self) -> bytes:
        return self.encryption_key.public_key().public_bytes(_RAW, _RAW_PUBLIC)


def request_message(
    method: str, path_and_query: str, time_ms: int, nonce: str, body: bytes
) -> bytes:
    digest = hashlib.sha256(body).hexdigest()
    lines = ("qadam-request-v1", method.upper(), path_and_query, str(time_ms), nonce, digest)
    return "\n".join(lines).encode()


def new_nonce() -> str:
    return secrets.token_hex(16)


def sign_request(
    keys: DeviceKeys, device_id: str, method: str, path_and_query: str, body: bytes,
    time_ms: int, protocol: int,
) -> dict[str, str]:
    """The headers that authenticate one request."""
    nonce = new_nonce()
    signature = keys.signing_key.sign(
        request_message(method, path_and_query, time_ms, nonce, body))
    return {
        HEADER_PROTOCOL: str(protocol),
        HEADER_DEVICE: device_id,
        HEADER_TIME: str(time_ms),
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: b64(signature),
    }


def verify_signature(public_key: bytes, message: bytes, signature_b64: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(unb64(signature_b64), message)
    except (InvalidSignature, ValueError):
        return False
    return True


__all__ = [
    "HEADER_DEVICE", "HEADER_NONCE", "HEADER_PROTOCOL", "HEADER_SERVER_TIME", "HEADER_SIGNATURE",
    "HEADER_TIME", "TIME_WINDOW_MS", "DeviceKeys", "b64", "new_nonce", "request_message",
    "sign_request", "unb64", "verify_signature",
]
