"""Importing a device's offline (USB) bundle at the district and writing its answer.

The same exchange as an online push then pull, in one transaction (docs/offline-bundles.md):
the outbox bundle is verified (a known, non-revoked device; addressed to this district), its
entries go through `sync_store.apply_push` with the very authority and scope checks of the
online push, and the answer is a return bundle carrying the per-entry results and the pull
pages after the device's cursor, scoped as the online pull, sealed for that device and signed
by the district. A bundle imported again is answered with the stored answer and applied no
second time; an older bundle of a device after a newer one is refused (stale).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from desktop.sync import signing, wire
from desktop.sync.bundle import BundleError, district_party, open_bundle, seal
from district import enrolment, sync_store
from district.db import Cursor, Database
from district.errors import now_ms

# The return bundle's pages stop growing past this (one more page may follow): the device's
# open_bundle decodes at most wire.MAX_BODY_BYTES.
RETURN_BUDGET_BYTES = 10 * 1024 * 1024


class NotReady(Exception):
    """The district has not been initialised: it has no keys to open a bundle with."""


@dataclass(frozen=True)
class Imported:
    bundle_id: str
    device_id: str
    answer_id: str
    answer: bytes  # the return bundle's file
    repeated: bool  # imported before: this is the first import's answer, nothing applied now
    entries: int
    accepted: int
    superseded: int
    rejected: int
    pages: int
    more: bool  # the device's feed did not fit: it should send another bundle


def _entries(payload: dict[str, Any]) -> tuple[list[wire.Entry], int, int]:
    """The entries, the device's pull cursor and its protocol; not_a_bundle if malformed."""
    protocol = payload.get("protocol")
    if protocol not in wire.SUPPORTED_PROTOCOLS:
        raise BundleError("unsupported_version", version=protocol)
    after, items = payload.get("after", 0), payload.get("entries")
    if not isinstance(items, list) or not isinstance(after, int) or isinstance(
            after, bool) or after < 0:
        raise BundleError("not_a_bundle")
    try:
        return [wire.Entry.from_json(item) for item in items], after, int(protocol)
    except wire.WireError:
        raise BundleError("not_a_bundle") from None


def _pages(cur: Cursor, device: sync_store.DeviceRow, after: int) -> list[dict[str, Any]]:
    """The pull pages after `after`, as online, each with the cursor it starts from."""
    pages: list[dict[str, Any]] = []
    size = 0
    while True:
        page = sync_store.pull_page(cur, device, after, wire.PULL_PAGE_FIELDS)
        page["after"] = after
        pages.append(page)
        size += len(wire.canonical(page))
        after = int(page["cursor"])
        if not page["more"] or size > RETURN_BUDGET_BYTES:
            return pages


def _repeated(row: dict[str, Any], bundle_id: str) -> Imported:
    summary = json.loads(row["summary"] or "{}")
    return Imported(bundle_id, row["device_id"], row["answer_id"] or "", bytes(row["answer"]),
                    True, **summary)


def import_bundle(db: Database, data: bytes, now: int | None = None) -> Imported:
    """Verify, apply and answer one outbox bundle (its file's bytes). Raises BundleError."""
    now = now_ms() if now is None else now
    with db.transaction() as cur:
        # Imports and pushes serialize on this row: the same bundle imported twice at once
        # waits, then finds the first import's answer.
        cur.execute("UPDATE counters SET value = value WHERE name = 'seq'")
        district = enrolment.load_district(cur)
        if district is None:
            raise NotReady("the district is not initialised (init-district)")
        devices: dict[str, sync_store.DeviceRow | None] = {}

        def key_of(sender: str) -> bytes | None:
            devices[sender] = device = sync_store.load_device(cur, sender)
            return None if device is None else signing.unb64(device.signing_public)

        opened = open_bundle(data, recipient_encryption_private=district.keys.encryption_private,
                             sender_signing_public_for=key_of,
                             expected_recipient=district_party(district.kato))
        device = devices[opened.sender_id]
        assert device is not None  # open_bundle refused an unknown sender
        ids = {"bundle_id": opened.bundle_id, "sender": device.id}
        if device.revoked_at is not None:
            raise BundleError("revoked_sender", **ids)
        if opened.kind != "outbox":
            raise BundleError("wrong_kind", bundle_id=opened.bundle_id)
        row = cur.execute("SELECT device_id, answer, answer_id, summary FROM bundles "
                          "WHERE bundle_id = ?", [opened.bundle_id]).fetchone()
        if row is not None and row["device_id"] == device.id:
            return _repeated(row, opened.bundle_id)
        newest = cur.scalar("SELECT MAX(created_ms) FROM bundles WHERE device_id = ?",
                            [device.id])
        if row is not None or (newest is not None and opened.created_ms < int(newest)):
            raise BundleError("stale", **ids)
        entries, after, protocol = _entries(opened.payload)
        results = sync_store.apply_push(cur, device, entries, now)
        pages = _pages(cur, device, after)
        answer_id = str(uuid.uuid4())
        answer = seal("return", answer_id, district_party(district.kato),
                      district.keys.signing_private, signing.unb64(device.encryption_public),
                      device.id, {
                          "protocol": protocol, "answers": opened.bundle_id,
                          "results": [{"t": e.table, "r": e.record_id, "h": e.hlc, **result}
                                      for e, result in zip(entries, results, strict=True)],
                          "pages": pages, "server_time_ms": now,
                      }, now)
        statuses = [r["status"] for r in results]
        summary = {"entries": len(entries), "accepted": statuses.count("accepted"),
                   "superseded": statuses.count("superseded"),
                   "rejected": statuses.count("rejected"), "pages": len(pages),
                   "more": bool(pages[-1]["more"])}
        cur.execute("INSERT INTO bundles (bundle_id, device_id, imported_at, answer, "
                    "created_ms, answer_id, summary) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [opened.bundle_id, device.id, now, answer, opened.created_ms, answer_id,
                     json.dumps(summary)])
        # The cursor the device had when it made the bundle: what it has surely reached.
        # Its clock is not compared: the stick may have travelled for days.
        sync_store.record_contact(cur, device.id, now_ms=now, client_time_ms=None,
                                  protocol=protocol, cursor=after)
    return Imported(opened.bundle_id, device.id, answer_id, answer, False, **summary)


__all__ = ["RETURN_BUDGET_BYTES", "Imported", "NotReady", "import_bundle"]
