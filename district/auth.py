"""Signed requests (docs/sync-protocol.md, "Signed requests"), as a FastAPI dependency.

The body is read once, as sent (compressed bytes): its hash is part of the signed message.
Nonces live in the database, so every worker behind one database refuses a replay.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass

from fastapi import Request
from starlette.concurrency import run_in_threadpool

from desktop.sync import signing, wire
from district.db import Database
from district.errors import ApiError, now_ms
from district.sync_store import DeviceRow, load_device

log = logging.getLogger(f"qadam.{__name__}")  # under serverlog.LOGGER
_NONCE = re.compile(r"[0-9a-fA-F]{16,64}")
MAX_BODY_BYTES = wire.MAX_BODY_BYTES


@dataclass(frozen=True)
class SignedRequest:
    """A request whose signature, time and nonce were checked: its device and raw body."""

    device: DeviceRow
    body: bytes
    client_time_ms: int
    protocol: int


header_number = wire.header_number  # shared with the client (desktop/sync/wire.py)


def check_protocol(request: Request) -> int:
    """The request's protocol version; 426 if this server does not speak it (or it is not
    stated), 400 if the header is not a number."""
    text = request.headers.get(signing.HEADER_PROTOCOL, "")
    version = header_number(text, 6)
    if version is None and text:
        raise ApiError(400, "invalid", f"{signing.HEADER_PROTOCOL} is not a version number")
    if version is None or version not in wire.SUPPORTED_PROTOCOLS:
        raise ApiError(426, "protocol", f"this server speaks protocol {wire.PROTOCOL_VERSION}")
    return version


async def read_body(request: Request) -> bytes:
    """The body, refused (413) as soon as it passes MAX_BODY_BYTES, chunked or not.

    Read as it arrives with a running total, so a body that lies about its length (or states
    none) never makes the server hold more than the cap; the rest is never read.
    """
    length = request.headers.get("content-length")
    if length is not None:
        declared = header_number(length, 19)
        if declared is None:
            raise ApiError(400, "invalid", "Content-Length is not a number")
        if declared > MAX_BODY_BYTES:
            raise ApiError(413, "too_large", "the body is too large")
    parts, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise ApiError(413, "too_large", "the body is too large")
        parts.append(chunk)
    return b"".join(parts)


def path_and_query(request: Request) -> str:
    """The target exactly as the client sent (and signed) it."""
    raw = request.scope.get("raw_path")
    path = raw.decode("latin-1") if raw else request.url.path
    query = request.scope.get("query_string", b"").decode("latin-1")
    return f"{path}?{query}" if query else path


async def signed_request(request: Request) -> SignedRequest:
    protocol = check_protocol(request)
    body = await read_body(request)
    db: Database = request.app.state.db
    return await run_in_threadpool(
        verify, db, request.method, path_and_query(request), dict(request.headers), body,
        protocol)


def verify(db: Database, method: str, target: str, headers: dict[str, str], body: bytes,
           protocol: int) -> SignedRequest:
    lower = {k.lower(): v for k, v in headers.items()}
    device_id = lower.get(signing.HEADER_DEVICE.lower(), "")
    time_text = lower.get(signing.HEADER_TIME.lower(), "")
    nonce = lower.get(signing.HEADER_NONCE.lower(), "")
    signature = lower.get(signing.HEADER_SIGNATURE.lower(), "")
    if not device_id:
        raise ApiError(401, "unknown_device", "the request names no device")
    client_time = header_number(time_text, 18)
    if client_time is None or not (_NONCE.fullmatch(nonce) and signature):
        raise ApiError(401, "bad_signature", "the request is not signed")
    with db.transaction() as cur:
        device = load_device(cur, device_id)
    if device is None:
        raise ApiError(401, "unknown_device", "this device is not enrolled")
    message = signing.request_message(method, target, client_time, nonce, body)
    if not signing.verify_signature(signing.unb64(device.signing_public), message, signature):
        raise ApiError(401, "bad_signature", "the signature does not match")
    # Only the device itself learns that it was revoked (after a good signature).
    if device.revoked_at is not None:
        raise ApiError(401, "revoked", "this device has been revoked")
    now = now_ms()
    if abs(now - client_time) > signing.TIME_WINDOW_MS:
        raise ApiError(401, "stale_time", "the request's time is too far from the server's")
    expired = now - 2 * signing.TIME_WINDOW_MS
    with db.transaction() as cur:
        # Nonces older than the window can no longer be replayed: the time check refuses them.
        # Only this device's rows, so concurrent requests of other devices never contend.
        cur.execute("DELETE FROM nonces WHERE device_id = ? AND seen_at < ?",
                    [device_id, expired])
        fresh = cur.execute(
            "INSERT INTO nonces (device_id, nonce, seen_at) VALUES (?, ?, ?) "
            "ON CONFLICT (device_id, nonce) DO NOTHING RETURNING nonce",
            [device_id, nonce.lower(), now]).fetchone()
    if fresh is None:
        raise ApiError(401, "replayed", "this request has been seen before")
    if secrets.randbelow(200) == 0:
        _prune_all(db, expired)
    return SignedRequest(device, body, client_time, protocol)


def _prune_all(db: Database, expired: int) -> None:
    """Now and then, the nonces of devices that stopped calling (housekeeping only)."""
    try:
        with db.transaction() as cur:
            cur.execute("DELETE FROM nonces WHERE seen_at < ?", [expired])
    except Exception:  # a lock conflict with another worker's pruning: next time
        log.debug("pruning nonces failed", exc_info=True)


__all__ = ["SignedRequest", "check_protocol", "header_number", "path_and_query", "read_body",
           "signed_request", "verify"]
