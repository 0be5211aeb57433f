"""Synchronising by USB stick: the outbox into a bundle for the district, its answer back in.

The same steps as the online sync (desktop/services/sync.py), with a file in place of the
link (docs/offline-bundles.md). Export walks the outbox as a push does and marks what it
carries 'sent', in one transaction with writing the file: a full stick leaves the outbox as it
was. Import applies the district's per-entry results as a push answer is applied (accepted
done, rejected quarantined with its reason) and each pull page with its cursor in one
transaction, as a pull does. Importing an answer twice changes nothing; a page the computer
already has newer data for is skipped, so an old answer never rolls anything back.
"""

from __future__ import annotations

import errno
import json
import os
import uuid
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from desktop.services import sync
from desktop.services.sync import OPEN, SyncReport
from desktop.storage.connection import get_meta, set_meta
from desktop.storage.store import SYNC_CURSOR_KEY, Store
from desktop.sync import errors, signing, wire
from desktop.sync.bundle import (
    BundleError,
    district_party,
    open_bundle,
    read_file,
    seal,
    write_file,
)

K_EXPORTED = "sync_bundles_exported"  # JSON [[bundle_id, created_ms], ...], newest last
K_IMPORTED = "sync_bundles_imported"  # JSON [bundle_id, ...] of return bundles applied
K_LAST_RETURN_MS = "sync_last_return_bundle_ms"
KEEP_IDS = 200  # a village exchanging a stick weekly keeps about four years of ids
# What one outbox bundle carries at most (JSON bytes of the entries): the district's
# open_bundle decodes at most wire.MAX_BODY_BYTES. The rest waits for the next bundle.
PAYLOAD_BUDGET_BYTES = 12 * 1024 * 1024
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


@dataclass(frozen=True)
class BundleExport:
    bundle_id: str
    entries: int  # saves carried
    remaining: int  # saves that did not fit: export again once the answer is imported
    size_bytes: int  # of the file written


@dataclass
class BundleImport(SyncReport):
    bundle_id: str = ""
    answers: str = ""  # the outbox bundle this one answers
    already_imported: bool = False  # nothing changed: this answer was imported before
    skipped_pages: int = 0  # pages this computer already had newer data for
    more: bool = False  # the district has more to send: export another bundle


def _ids(db: Database, key: str) -> list[Any]:
    return json.loads(get_meta(db, key) or "[]")


def _remember(db: Database, key: str, item: Any) -> None:
    set_meta(db, key, json.dumps((_ids(db, key) + [item])[-KEEP_IDS:]))


def _district_id(db: Database) -> str:
    district = json.loads(get_meta(db, sync.K_DISTRICT) or "null") or {}
    if not district.get("kato"):
        raise errors.NotEnrolled()
    return district_party(str(district["kato"]))


def _collect(db: Database) -> tuple[sync.Batch, int]:
    """The outbox walked as the push walks it, up to the budget: the saves taken (with
    their rows) and how many saves are left for the next bundle."""
    taken: sync.Batch = []
    left = size = 0
    last_seq = sync._start_seq(db)
    while batch := sync._outbox_batch(db, last_seq):
        for entry, seqs in batch:
            if entry is not None:
                cost = len(wire.canonical(entry.to_json()))
                if left or size + cost > PAYLOAD_BUDGET_BYTES:
                    left += 1
                    continue
                size += cost
            taken.append((entry, seqs))
        last_seq = batch[-1][1][-1]
    return taken, left


def _written(path: str | os.PathLike[str], data: bytes) -> None:
    try:
        write_file(path, data)
    except OSError as error:
        if error.errno in _NO_SPACE:
            raise errors.BundleDiskFull() from error
        raise errors.BundleNotWritable() from error


def export_bundle(store: Store, path: str | os.PathLike[str]) -> BundleExport:
    """Write every change not yet acknowledged into an outbox bundle at `path`, encrypted
    for the district and signed by this computer. Raises SyncError (NotEnrolled,
    BundleDiskFull, BundleNotWritable); then nothing is written and the outbox is as before.
    """
    sync._require_write(store, sync.ACTION_SYNC)
    db = store.db
    keys = sync._keys(db)
    district = _district_id(db)
    server_key = get_meta(db, sync.K_SERVER_ENCRYPTION)
    if server_key is None:
        raise errors.NotEnrolled()
    bundle_id = str(uuid.uuid4())
    # Always after the last bundle made here: the district refuses a bundle older than one
    # it has imported, and a laptop clock put right (from a week ahead) must not make every
    # new bundle look old.
    made = [int(item[1]) for item in _ids(db, K_EXPORTED)]
    created_ms = max(int(store.clock() * 1000), max(made, default=-1) + 1)
    with db.atomic():  # the file is written inside: a failure rolls the marks back
        taken, left = _collect(db)
        sendable = sync._mark_sent(db, taken)
        payload = {"protocol": wire.PROTOCOL_VERSION,
                   "entries": [entry.to_json() for entry, _ in sendable],
                   "after": int(get_meta(db, SYNC_CURSOR_KEY) or 0)}
        data = seal("outbox", bundle_id, store.device_id, keys.signing_private,
                    signing.unb64(server_key), district, payload, created_ms)
        _remember(db, K_EXPORTED, [bundle_id, created_ms])
        _written(path, data)
    return BundleExport(bundle_id, len(sendable), left, len(data))


def _read(path: str | os.PathLike[str]) -> bytes:
    try:
        return read_file(path)  # refused by size and header before it is read
    except OSError as error:
        raise errors.BundleNotReadable() from error


def _apply_results(db: Database, device_id: str, results: list[Any],
                   report: SyncReport) -> None:
    """The district's answers to the entries still open here (one answered online since,
    or by an earlier import, is done already), applied as an online push applies them."""
    rows, answers = [], []
    for result in results:
        if not isinstance(result, dict) or not all(
                isinstance(result.get(k), str) for k in ("t", "r", "h")):
            raise BundleError("not_a_bundle")
        seqs = [r[0] for r in db.execute(
            "SELECT seq FROM change_log WHERE table_name = ? AND record_id = ? AND hlc = ?"
            f" AND device_id = ? AND {OPEN} ORDER BY seq",
            [result["t"], result["r"], result["h"], device_id]).fetchall()]
        if seqs:
            rows.append(seqs)
            answers.append(result)
    try:
        updates = sync._result_updates(rows, answers, report)
    except errors.BadResponse:
        raise BundleError("not_a_bundle") from None
    with db.atomic():
        sync._store_results(db, updates)
    report.pushed += len(rows)


def _apply_pages(store: Store, pages: list[Any], report: BundleImport) -> dict[str, str] | None:
    """Each page that continues this computer's feed, with its cursor, in one transaction;
    the feed's checksums if it was brought up to date."""
    checksum = None
    for page in pages:
        if not isinstance(page, dict) or not isinstance(page.get("entries"), list):
            raise BundleError("not_a_bundle")
        if page.get("after") != int(get_meta(store.db, SYNC_CURSOR_KEY) or 0):
            # Data newer than this page came since (an online sync, a later answer), or a
            # gap lies before it: applying it could roll a field back, or skip changes.
            report.skipped_pages += 1
            checksum = None
            continue
        try:
            counts = sync.apply_page(store, page)
        except errors.BadResponse:
            raise BundleError("not_a_bundle") from None
        sync._add(report, counts, len(page["entries"]))
        report.more = bool(page.get("more"))
        found = page.get("checksum")
        checksum = found if isinstance(found, dict) and not report.more else None
    return checksum


def import_return_bundle(store: Store, path: str | os.PathLike[str]) -> BundleImport:
    """Apply the district's answer to a bundle made here. Raises BundleError (a file that is
    not the district's answer for this computer, tampered, or older than one imported) or
    SyncError (NotEnrolled, BundleNotReadable). `already_imported` when it changed nothing.
    """
    sync._require_write(store, sync.ACTION_SYNC)
    data = _read(path)
    db = store.db
    keys = sync._keys(db)
    district = _district_id(db)
    server_key = get_meta(db, sync.K_SERVER_SIGNING)
    known = {district: signing.unb64(server_key)} if server_key else {}
    opened = open_bundle(data, recipient_encryption_private=keys.encryption_private,
                         sender_signing_public_for=known.get, expected_recipient=store.device_id)
    if opened.kind != "return":
        raise BundleError("wrong_kind", bundle_id=opened.bundle_id)
    payload = opened.payload
    report = BundleImport(bundle_id=opened.bundle_id, answers=str(payload.get("answers")))
    if opened.bundle_id in _ids(db, K_IMPORTED):
        report.already_imported = True
        sync._finish(store, report)
        return report
    if payload.get("answers") not in {item[0] for item in _ids(db, K_EXPORTED)}:
        raise BundleError("unknown_answer", bundle_id=opened.bundle_id)
    if opened.created_ms < int(get_meta(db, K_LAST_RETURN_MS) or 0):
        raise BundleError("stale", bundle_id=opened.bundle_id, sender=district)
    results, pages = payload.get("results"), payload.get("pages")
    if not isinstance(results, list) or not isinstance(pages, list):
        raise BundleError("not_a_bundle")
    _apply_results(db, store.device_id, results, report)
    checksum = _apply_pages(store, pages, report)
    if checksum and sync._outbox_empty(db) and not sync._staged_records(db):
        # No repair without a link: the differing tables are told, the next online sync
        # downloads them again.
        report.checked = True
        report.divergent = tuple(sync._unexplained(db, checksum))
    with db.atomic():
        _remember(db, K_IMPORTED, opened.bundle_id)
        set_meta(db, K_LAST_RETURN_MS, str(opened.created_ms))
        set_meta(db, sync.K_LAST_SYNC, sync._now_iso(store))
    sync._finish(store, report)
    return report


__all__ = ["BundleExport", "BundleImport", "export_bundle", "import_return_bundle"]
