"""Offline sync bundles: the same exchange as push and pull, carried on a USB stick (pure).

A village without a usable link writes its outbox into an *outbox bundle*; the district imports
it and answers with a *return bundle* (the push results and the pull pages). The stick may be
lost, copied or passed through other hands, so a bundle is encrypted for its one recipient and
signed by its sender:

    b"QADAMB1\\n"                      magic: what this file is, and the layout's version
    4 bytes, big-endian                 length of the header
    header                              compact JSON: version, kind, bundle_id, sender_id,
                                        recipient_id, created_ms, ephemeral_public, nonce
    ciphertext                          ChaCha20-Poly1305 of zstd(JSON payload), the header as
                                        associated data, under the key
                                        HKDF-SHA256(X25519(ephemeral, recipient),
                                                    info=b"qadam-bundle-v1")
    64 bytes                            Ed25519 signature by the sender of all the bytes above

A fresh ephemeral X25519 key per bundle gives every bundle its own key. The signature is
checked before anything is decrypted, so a tampered or foreign file is refused without ever
being read. No storage, no HTTP: the caller reads the file and looks up the sender's key
(`write_file` only writes the bytes it is given, atomically).
"""

from __future__ import annotations

import contextlib
import json
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.sync.private_files import open_private
from desktop.sync.signing import b64, unb64
from desktop.sync.wire import MAX_BODY_BYTES, WireError, decode_body, encode_body, loads

MAGIC = b"QADAMB1\n"
BUNDLE_VERSION = 1
KINDS = ("outbox", "return")
HKDF_INFO = b"qadam-bundle-v1"
SIGNATURE_BYTES = 64
NONCE_BYTES = 12
KEY_BYTES = 32
TAG_BYTES = 16
# Generous for ids and keys, small enough that a garbage length is caught before parsing.
MAX_HEADER_BYTES = 16 * 1024
_LENGTH = struct.Struct(">I")
# The largest file that can be a bundle: a payload decompresses to at most MAX_BODY_BYTES and
# its compressed form is never much larger; a bigger file is refused before it is read.
MAX_BUNDLE_BYTES = MAX_BODY_BYTES + MAX_HEADER_BYTES + 1024 * 1024

# English source text (translated in desktop/resources/translations/*/errors.ts, context "Errors").
# None names a person: ids of bundles, devices and districts only.
MESSAGES: dict[str, str] = {
    "not_a_bundle": (
        "This file is not a Qadam sync bundle, or it is incomplete. Copy it from the USB "
        "stick again, or make a new bundle on the sending computer."
    ),
    "unknown_sender": (
        "The bundle was made by {sender}, which is not enrolled here, so it was not imported."
    ),
    "bad_signature": (
        "The bundle {bundle_id} was changed after it was made (its signature does not match), "
        "so it was not imported. Make a new bundle on the sending computer."
    ),
    "wrong_recipient": (
        "The bundle {bundle_id} is meant for {recipient}, not for {expected}. Nothing was "
        "imported; take it to the computer it was made for."
    ),
    "cannot_decrypt": (
        "The bundle {bundle_id} cannot be decrypted with this computer's key: it was made "
        "for an older enrolment. Make a new bundle on the sending computer."
    ),
    "unsupported_version": (
        "The bundle was made by a newer version of Qadam (bundle format {version}). Install "
        "the newer version to import it."
    ),
    # What the importers refuse after the file itself has been verified.
    "revoked_sender": (
        "The bundle {bundle_id} was made by {sender}, whose permission to synchronise has been "
        "withdrawn, so it was not imported. Ask the district administrator."
    ),
    "wrong_kind": (
        "The bundle {bundle_id} is not the kind imported here: a computer's bundle is imported "
        "at the district, and the district's answer on the computer. Nothing was imported."
    ),
    "stale": (
        "The bundle {bundle_id} is older than one already imported from {sender}, so it was "
        "not imported: what it carries arrived with the newer one."
    ),
    "unknown_answer": (
        "The bundle {bundle_id} does not answer a bundle made on this computer, so it was not "
        "imported."
    ),
}


class BundleError(ValueError):
    """A bundle that cannot be accepted; `code` says why, `message` is the English template."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.message = MESSAGES[code]
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class OpenedBundle:
    kind: str
    bundle_id: str
    sender_id: str
    created_ms: int
    payload: dict[str, Any]


_RAW = serialization.Encoding.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


def _key(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=HKDF_INFO).derive(shared)


def seal(
    kind: str, bundle_id: str, sender_id: str, sender_signing_private: bytes,
    recipient_encryption_public: bytes, recipient_id: str, payload: dict[str, Any],
    created_ms: int,
) -> bytes:
    """The bytes of a bundle file carrying `payload` from `sender_id` to `recipient_id`."""
    # What open_bundle would refuse is refused here, so no unopenable file is ever written.
    if kind not in KINDS:
        raise ValueError(f"a bundle's kind is one of {KINDS}")
    if not all(isinstance(t, str) and t for t in (bundle_id, sender_id, recipient_id)):
        raise ValueError("bundle, sender and recipient ids must be non-empty text")
    if not isinstance(created_ms, int) or isinstance(created_ms, bool) or created_ms < 0:
        raise ValueError("created_ms must be a non-negative integer")
    if not isinstance(payload, dict):
        raise ValueError("a bundle's payload is a JSON object")
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_encryption_public))
    nonce = os.urandom(NONCE_BYTES)
    header = json.dumps({
        "version": BUNDLE_VERSION, "kind": kind, "bundle_id": bundle_id,
        "sender_id": sender_id, "recipient_id": recipient_id, "created_ms": created_ms,
        "ephemeral_public": b64(ephemeral.public_key().public_bytes(_RAW, _RAW_PUBLIC)),
        "nonce": b64(nonce),
    }, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")
    ciphertext = ChaCha20Poly1305(_key(shared)).encrypt(nonce, encode_body(payload), header)
    signed = MAGIC + _LENGTH.pack(len(header)) + header + ciphertext
    signature = Ed25519PrivateKey.from_private_bytes(sender_signing_private).sign(signed)
    return signed + signature


def district_party(kato: str) -> str:
    """The district's id in a bundle's header (a device's id is its own device id)."""
    return f"district-{kato}"


def partial_path(path: str | os.PathLike[str]) -> str:
    """Where `write_file` writes before renaming: beside the target, hidden."""
    target = os.path.abspath(os.fspath(path))
    return os.path.join(os.path.dirname(target),
                        f".{os.path.basename(target)}.{os.getpid()}.partial")


def write_file(path: str | os.PathLike[str], data: bytes) -> None:
    """Write a bundle so that a full stick or a pulled plug leaves no half-written file:
    a temporary file beside it, flushed to the disk, then renamed over the name. Raises
    OSError (the caller says what it means to the person)."""
    target = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(target))
    temporary = partial_path(target)
    try:
        with open_private(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    with contextlib.suppress(OSError):  # the rename itself reaches the disk (not on Windows)
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a bundle file, refused (not_a_bundle) by its size and its first bytes
    before the rest is read: a 2 GB file on the stick is never loaded. Raises OSError if the
    file cannot be read."""
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_BUNDLE_BYTES or handle.read(len(MAGIC)) != MAGIC:
            raise BundleError("not_a_bundle")
        data = MAGIC + handle.read(MAX_BUNDLE_BYTES + 1 - len(MAGIC))
    if len(data) > MAX_BUNDLE_BYTES:  # the file grew while it was read
        raise BundleError("not_a_bundle")
    return data


def _parse_header(data: bytes) -> tuple[dict[str, Any], bytes, int]:
    """The header, its bytes and where the ciphertext starts; not_a_bundle if malformed."""
    if not data.startswith(MAGIC):
        raise BundleError("not_a_bundle")
    start = len(MAGIC) + _LENGTH.size
    if len(data) < start:
        raise BundleError("not_a_bundle")
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    end = start + length
    if length > MAX_HEADER_BYTES or len(data) < end + TAG_BYTES + SIGNATURE_BYTES:
        raise BundleError("not_a_bundle")
    header_bytes = data[start:end]
    try:
        header = loads(header_bytes.decode("ascii"))
    except (UnicodeDecodeError, WireError):
        raise BundleError("not_a_bundle") from None
    if not isinstance(header, dict):
        raise BundleError("not_a_bundle")
    return header, header_bytes, end


def _check_fields(header: dict[str, Any]) -> tuple[bytes, bytes]:
    """Raise unless every field has its type; returns the ephemeral key and the nonce."""
    version = header.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError("not_a_bundle")
    if version != BUNDLE_VERSION:
        raise BundleError("unsupported_version", version=version)
    texts = [header.get(k) for k in ("bundle_id", "sender_id", "recipient_id")]
    created = header.get("created_ms")
    if header.get("kind") not in KINDS or not all(isinstance(t, str) and t for t in texts) or (
        not isinstance(created, int) or isinstance(created, bool) or created < 0
    ):
        raise BundleError("not_a_bundle")
    try:
        ephemeral = unb64(header["ephemeral_public"])
        nonce = unb64(header["nonce"])
    except (KeyError, TypeError, ValueError, AttributeError):
        raise BundleError("not_a_bundle") from None
    if len(ephemeral) != KEY_BYTES or len(nonce) != NONCE_BYTES:
        raise BundleError("not_a_bundle")
    return ephemeral, nonce


def open_bundle(
    data: bytes, *, recipient_encryption_private: bytes,
    sender_signing_public_for: Callable[[str], bytes | None], expected_recipient: str,
) -> OpenedBundle:
    """The content of a bundle made for `expected_recipient` by a sender we know.

    Checks, in this order, so the person is told the most useful reason: the layout, the
    format version, the recipient (the id in the header; a wrong one is never decrypted), the
    sender, the signature, then decryption. Raises BundleError.
    """
    header, header_bytes, body_start = _parse_header(data)
    ephemeral, nonce = _check_fields(header)
    bundle_id, sender = header["bundle_id"], header["sender_id"]
    if header["recipient_id"] != expected_recipient:
        raise BundleError("wrong_recipient", bundle_id=bundle_id,
                          recipient=header["recipient_id"], expected=expected_recipient)
    public = sender_signing_public_for(sender)
    if public is None:
        raise BundleError("unknown_sender", sender=sender)
    signed, signature = data[:-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, signed)
    except (InvalidSignature, ValueError):
        raise BundleError("bad_signature", bundle_id=bundle_id) from None
    try:
        own = X25519PrivateKey.from_private_bytes(recipient_encryption_private)
        shared = own.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        plain = ChaCha20Poly1305(_key(shared)).decrypt(
            nonce, data[body_start:-SIGNATURE_BYTES], header_bytes)
    except (InvalidTag, ValueError):
        raise BundleError("cannot_decrypt", bundle_id=bundle_id) from None
    try:
        payload = decode_body(plain)
    except WireError:
        raise BundleError("not_a_bundle") from None
    if not isinstance(payload, dict):
        raise BundleError("not_a_bundle")
    return OpenedBundle(header["kind"], bundle_id, sender, header["created_ms"], payload)


__all__ = [
    "BUNDLE_VERSION", "KINDS", "MAGIC", "MAX_BUNDLE_BYTES", "MESSAGES", "BundleError",
    "OpenedBundle", "district_party", "open_bundle", "partial_path", "read_file", "seal",
    "write_file",
]
