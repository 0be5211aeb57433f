"""Synchronising with the district server: enrol, sync now, and what the UI shows about it.

See docs/sync-client.md. The outbox (`change_log`) moves pending -> sent -> accepted |
rejected; pulled pages are applied with their cursor in one transaction; fields that cannot
be applied yet wait in `sync_staging`; remote writes bypass the change log (they must not go
back up) but keep the name index right. Nothing here logs personal data.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from desktop.domain.hlc import ZERO, Hlc, receive, tick
from desktop.storage import search
from desktop.storage.connection import DB_ERRORS, get_meta, set_meta
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import HLC_KEY, SYNC_CURSOR_KEY, Store
from desktop.sync import errors, merge, schema, signing, wire
from desktop.sync.client import DistrictClient, check_server_url, host_of, write_pem
from desktop.sync.wire import Entry

log = logging.getLogger(__name__)

# meta keys (inside the encrypted database: the private keys must never be a file)
K_URL = "sync_server_url"
K_SIGNING = "sync_signing_private"
K_ENCRYPTION = "sync_encryption_private"
K_CERT = "sync_pinned_cert"
K_SERVER_SIGNING = "sync_server_signing_key"
K_SERVER_ENCRYPTION = "sync_server_encryption_key"
K_SCOPE = "sync_scope"
K_OKRUG = "sync_okrug"  # JSON {"kato", "name"} or null
K_DISTRICT = "sync_district"  # JSON {"kato", "name"}
K_ENROLLED_AT = "sync_enrolled_at"
K_OFFSET = "sync_clock_offset_ms"
K_LAST_SYNC = "sync_last_sync_at"
# Set when the server said this computer was revoked; an enrolment (again) clears it.
K_REVOKED = "sync_revoked_at"

ACTION_SYNC = "synchronise with the district"
ACTION_ENROL = "enrol this computer with the district"
# Outbox rows fetched per push batch at most (a save rarely changes more than 40 fields).
ROWS_PER_BATCH = wire.PUSH_BATCH_ENTRIES * 40
OPEN = "status != 'accepted' AND status != 'rejected'"  # pending or sent, via the index

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Enrolment:
    server_url: str
    scope: str  # "village" or "district"
    okrug_kato: str | None
    okrug_name: str | None
    district_kato: str
    district_name: str
    clock_offset_ms: int
    revoked: bool = False  # the district withdrew it: enrol again with a new code


@dataclass
class SyncReport:
    pushed: int = 0  # entries sent
    accepted: int = 0
    superseded: int = 0  # accepted, but a later write already held the field
    rejected: int = 0
    pulled: int = 0  # entries received
    applied: int = 0  # fields written
    kept_local: int = 0  # pulled fields a newer local change won against
    staged: int = 0  # fields still waiting for their row or parent after the sync
    conflicts: int = 0  # conflict records received
    notices: int = 0
    invalid: int = 0  # pulled entries skipped: a value failed the field schema (sync.schema)
    repaired: tuple[str, ...] = ()  # tables downloaded again after a checksum mismatch
    divergent: tuple[str, ...] = ()  # tables still differing from the server after that
    checked: bool = False  # whether the checksums were compared at all
    cancelled: bool = False
    clock_offset_ms: int = 0
    clock_warning: bool = False


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    scope: str | None
    okrug_kato: str | None
    last_sync_at: str | None  # UTC ISO 8601
    pending: int  # records with changes not yet sent
    sent: int  # records sent, answer not yet received
    rejected: int  # records with quarantined changes
    staged: int  # pulled records waiting for their parent or missing fields
    open_conflicts: int
    notices: int  # not dismissed
    clock_offset_ms: int
    clock_warning: bool
    revoked: bool = False  # the server said so at the last sync: enrol again with a new code


@dataclass(frozen=True)
class RecordSyncState:
    state: str  # "local_only" | "pending" | "sent" | "accepted" | "rejected"
    reason: str | None = None  # the server's code for a rejection


@dataclass(frozen=True)
class RejectedChange:
    ids: tuple[int, ...]  # change_log seqs, for retry_rejected
    table: str
    record_id: str
    fields: tuple[str, ...]
    reason: str | None
    hlc: str


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str | None
    record_id: str | None
    field: str | None
    winner_value: Any
    loser_value: Any
    winner_device: str | None
    loser_device: str | None
    received_at: str


@dataclass(frozen=True)
class Notice:
    id: str
    kind: str | None
    table: str | None
    record_id: str | None
    data: dict[str, Any]
    received_at: str


# -- small helpers ------------------------------------------------------------------------


def _now_iso(store: Store) -> str:
    return datetime.fromtimestamp(store.clock(), UTC).isoformat(timespec="milliseconds")


def _require_write(store: Store, action: str) -> None:
    if not store.actor.role.can_write:
        raise PermissionDenied(role=store.actor.role.value, action=action)


def clock_offset_ms(db: Database) -> int:
    return int(get_meta(db, K_OFFSET) or 0)


def device_clock(store: Store) -> Callable[[], float]:
    """The computer's own clock (uncorrected): what offsets are measured against."""
    return getattr(store.clock, "device_clock", store.clock)


def corrected_clock(store: Store) -> Callable[[], float]:
    """The computer's clock corrected by the offset last learned from the server: what the
    composition gives the Store, so HLCs (and dates) follow the district's time."""
    base = device_clock(store)
    offset_s = clock_offset_ms(store.db) / 1000

    def clock() -> float:
        return base() + offset_s

    clock.device_clock = base  # type: ignore[attr-defined]
    return clock


def is_enrolled(db: Database) -> bool:
    return get_meta(db, K_SIGNING) is not None


def _keys(db: Database) -> signing.DeviceKeys:
    sign, enc = get_meta(db, K_SIGNING), get_meta(db, K_ENCRYPTION)
    if sign is None or enc is None:
        raise errors.NotEnrolled()
    return signing.DeviceKeys(signing.unb64(sign), signing.unb64(enc))


def _cert_path(store: Store, pem: str | None) -> str | None:
    # The certificate is public: requests needs it as a file beside the database.
    return str(write_pem(pem, store.opened.path.parent)) if pem else None


def client_for(store: Store, cancelled: Callable[[], bool] | None = None) -> DistrictClient:
    """A client for the server this device is enrolled with."""
    url = get_meta(store.db, K_URL)
    if url is None:
        raise errors.NotEnrolled()
    # The client signs with the same clock the store stamps with, corrected by the offset
    # last learned (a wrong laptop clock is refused by the server otherwise).
    client = DistrictClient(url, store.device_id, _keys(store.db),
                            _cert_path(store, get_meta(store.db, K_CERT)),
                            clock_offset_ms(store.db), clock=device_clock(store))
    if cancelled is not None:
        client.cancelled = cancelled
    return client


# -- enrolment ----------------------------------------------------------------------------


def enrolment(store: Store) -> Enrolment | None:
    db = store.db
    if not is_enrolled(db):
        return None
    okrug = json.loads(get_meta(db, K_OKRUG) or "null") or {}
    district = json.loads(get_meta(db, K_DISTRICT) or "null") or {}
    return Enrolment(get_meta(db, K_URL) or "", get_meta(db, K_SCOPE) or "",
                     okrug.get("kato"), okrug.get("name"), district.get("kato", ""),
                     district.get("name", ""), clock_offset_ms(db),
                     get_meta(db, K_REVOKED) is not None)


def enrol(
    store: Store,
    server_url: str,
    code: str,
    device_name: str,
    pinned_cert_pem: str | None = None,
    client_factory: Callable[..., DistrictClient] = DistrictClient,
    re_enrol: bool = False,
) -> Enrolment:
    """Enrol this computer with the district server using a one-time code."""
    _require_write(store, ACTION_ENROL)
    db = store.db
    previous_url = get_meta(db, K_URL)
    # A computer the district revoked enrols again without being asked "are you sure".
    if is_enrolled(db) and not re_enrol and get_meta(db, K_REVOKED) is None:
        raise errors.AlreadyEnrolled(server=host_of(previous_url or ""))
    check_server_url(server_url)  # before any key is made: http:// is refused (PlainHttp)
    keys = signing.DeviceKeys.generate()
    client = client_factory(server_url, store.device_id, keys,
                            _cert_path(store, pinned_cert_pem), 0)
    answer = client.enrol(code.strip(), device_name)
    try:
        scope = str(answer["scope"])
        district = answer["district"]
        server_signing = str(answer["server_signing_key"])
        server_encryption = str(answer["server_encryption_key"])
    except (KeyError, TypeError) as error:
        raise errors.BadResponse() from error
    server_time = answer.get("server_time_ms")
    offset = (int(server_time) - int(device_clock(store)() * 1000)) if isinstance(
        server_time, int) else client.clock_offset_ms
    with db.atomic():
        if previous_url is not None and previous_url != server_url:
            # Another server counts its feed differently: start its feed from the beginning.
            set_meta(db, SYNC_CURSOR_KEY, "0")
        for key, value in (
            (K_URL, server_url),
            (K_SIGNING, signing.b64(keys.signing_private)),
            (K_ENCRYPTION, signing.b64(keys.encryption_private)),
            (K_SERVER_SIGNING, server_signing),
            (K_SERVER_ENCRYPTION, server_encryption),
            (K_SCOPE, scope),
            (K_OKRUG, json.dumps(answer.get("okrug"), ensure_ascii=False)),
            (K_DISTRICT, json.dumps(district, ensure_ascii=False)),
            (K_ENROLLED_AT, _now_iso(store)),
            (K_OFFSET, str(offset)),
        ):
            set_meta(db, key, value)
        # What was refused only because this computer was revoked goes up with the new
        # enrolment; the outbox's pending and sent rows are simply still open.
        db.execute("UPDATE change_log SET status = 'pending', reason = NULL"
                   " WHERE status = 'rejected' AND reason = ?", [errors.Revoked.code])
        db.execute("DELETE FROM meta WHERE key = ?", [K_REVOKED])
        if pinned_cert_pem:
            set_meta(db, K_CERT, pinned_cert_pem)
        else:
            db.execute("DELETE FROM meta WHERE key = ?", [K_CERT])
    # The district's recovery key (servers before it send none): the data key is wrapped to
    # it, so a forgotten passphrase can be recovered there (docs/recovery.md).
    from desktop.services.recovery import add_enrolment_key

    add_enrolment_key(store, answer)
    result = enrolment(store)
    assert result is not None
    return result


# -- push ---------------------------------------------------------------------------------


def _outbox_batch(db: Database, after_seq: int) -> list[tuple[Entry | None, list[int]]]:
    """The next entries to push (one per save of a record), with their outbox rows."""
    cursor = db.execute(
        "SELECT seq, hlc, device_id, table_name, record_id, field, value, seen FROM change_log"
        f" WHERE {OPEN} AND seq > ? ORDER BY seq LIMIT ?", [after_seq, ROWS_PER_BATCH])
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    groups = [list(g) for _, g in itertools.groupby(
        rows, key=lambda r: (r["table_name"], r["record_id"], r["hlc"], r["device_id"]))]
    if len(rows) == ROWS_PER_BATCH and len(groups) > 1:
        groups.pop()  # it may continue past the limit: a record's entry is never split
    batch: list[tuple[Entry | None, list[int]]] = []
    for group in groups[: wire.PUSH_BATCH_ENTRIES]:
        entry = next(wire.group_changes(group), None)  # None: local-only fields only
        batch.append((entry, [r["seq"] for r in group]))
    return batch


def _open_entries(db: Database) -> int:
    return db.execute(
        f"SELECT count(*) FROM (SELECT DISTINCT table_name, record_id, hlc FROM change_log"
        f" WHERE {OPEN})").fetchone()[0]


def _start_seq(db: Database) -> int:
    """The seq before the first open outbox row (the partial index holds only unaccepted
    rows): the rowid walk from there never reads the years of accepted rows before it."""
    first = db.execute("SELECT min(seq) FROM change_log INDEXED BY change_log_unaccepted"
                       f" WHERE {OPEN}").fetchone()[0]
    return (first or 1) - 1


Batch = list[tuple[Entry | None, list[int]]]


def _mark_sent(db: Database, batch: Batch) -> Batch:
    """Rows on their way become 'sent'; local-only fields are done as far as sync goes.
    The entries that travel, with their rows. Call inside a transaction."""
    db.conn.executemany(
        "UPDATE change_log SET status = 'sent' WHERE seq = ? AND status = 'pending'",
        [(seq,) for entry, seqs in batch if entry for seq in seqs])
    db.conn.executemany(  # nothing of these travels
        "UPDATE change_log SET status = 'accepted' WHERE seq = ?",
        [(seq,) for entry, seqs in batch if entry is None for seq in seqs])
    return [(entry, seqs) for entry, seqs in batch if entry is not None]


def _result_updates(rows: Iterable[list[int]], results: Iterable[Any],
                    report: SyncReport) -> list[tuple[str, str | None, int]]:
    """The server's answer per entry as change_log updates (status, reason, seq): accepted
    and superseded are done, rejected is quarantined with its reason. BadResponse if an
    answer is not one of those (the online push and the return bundle read the same)."""
    updates = []
    for seqs, result in zip(rows, results, strict=True):
        status = result.get("status") if isinstance(result, dict) else None
        if status == "accepted":
            report.accepted += 1
        elif status == "superseded":
            report.superseded += 1
        elif status == "rejected":
            report.rejected += 1
        else:
            raise errors.BadResponse()
        reason = result.get("reason") if status == "rejected" else None
        state = "rejected" if status == "rejected" else "accepted"
        updates.extend((state, reason, seq) for seq in seqs)
    return updates


def _store_results(db: Database, updates: list[tuple[str, str | None, int]]) -> None:
    db.conn.executemany("UPDATE change_log SET status = ?, reason = ? WHERE seq = ?", updates)


def _push(store: Store, client: DistrictClient, report: SyncReport, progress: Progress,
          cancelled: Callable[[], bool]) -> bool:
    """Push the outbox; False if cancelled."""
    db = store.db
    total, done = _open_entries(db), 0
    last_seq = _start_seq(db)
    while True:
        if cancelled():
            return False
        batch = _outbox_batch(db, last_seq)
        if not batch:
            return True
        with db.atomic():
            sendable = _mark_sent(db, batch)
        if sendable:
            answer = client.push([entry for entry, _ in sendable])
            updates = _result_updates((seqs for _, seqs in sendable), answer["results"],
                                      report)
            with db.atomic():
                _store_results(db, updates)
                _record_offset(store, client)
            report.pushed += len(sendable)
        last_seq = batch[-1][1][-1]
        done += len(batch)
        progress("push", min(done, total), total)


# -- applying what is pulled --------------------------------------------------------------


@dataclass
class _Counts:
    applied: int = 0
    kept_local: int = 0
    conflicts: int = 0
    notices: int = 0
    invalid: int = 0  # pulled entries skipped because a value fails the field schema
    max_hlc: str | None = None
    touched: set[tuple[str, str]] = field(default_factory=set)


def _columns(db: Database) -> dict[str, set[str]]:
    return {t: {row[1] for row in db.execute(f"PRAGMA table_info({t})").fetchall()}
            for t in wire.SYNC_TABLES}


def _local_stamp(db: Database, table: str, record_id: str, name: str) -> merge.Stamp | None:
    """The newest pending or sent local change of one field, if any."""
    row = db.execute(
        "SELECT hlc, device_id FROM change_log WHERE table_name = ? AND record_id = ?"
        f" AND field = ? AND {OPEN} ORDER BY hlc DESC LIMIT 1",
        [table, record_id, name]).fetchone()
    return merge.Stamp(row[0], row[1]) if row else None


Field = tuple[Any, str, str, int | None]  # value, hlc, device, server seq


def _winners(db: Database, table: str, record_id: str,
             fields: dict[str, Field], counts: _Counts) -> dict[str, Field]:
    """Drop the fields a pending local change wins against (LWW, merge.wins)."""
    out = {}
    for name, item in fields.items():
        local = _local_stamp(db, table, record_id, name)
        if local is not None and not merge.wins(merge.Stamp(item[1], item[2]), local):
            counts.kept_local += 1
            continue
        out[name] = item
    return out


def _staged(db: Database, table: str, record_id: str) -> dict[str, Field]:
    rows = db.execute(
        "SELECT field, value, hlc, device_id, seq FROM sync_staging"
        " WHERE table_name = ? AND record_id = ?", [table, record_id]).fetchall()
    return {r[0]: (json.loads(r[1]) if r[1] is not None else None, r[2], r[3], r[4])
            for r in rows}


def _write(db: Database, table: str, record_id: str, fields: dict[str, Field], now: str,
           counts: _Counts) -> bool:
    """Write pulled fields (with any staged ones); stage them all if the row cannot be
    written yet. Returns whether it was written."""
    staged = _staged(db, table, record_id)
    merged = dict(staged)
    for name, item in fields.items():
        old = merged.get(name)
        if old is None or (item[1], item[2]) >= (old[1], old[2]):
            merged[name] = item
    if not merged:
        return True
    values = {name: item[0] for name, item in merged.items()}
    try:
        with db.atomic():  # a SAVEPOINT: one record that fails never undoes the page
            exists = db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone()
            if exists:
                sets = ", ".join(f"{name} = ?" for name in values)
                db.execute(f"UPDATE {table} SET {sets}, updated_at = ? WHERE id = ?",
                           [*values.values(), now, record_id])
            else:
                row = {"id": record_id, "created_at": now, "updated_at": now, **values}
                if table == "users":
                    # usernames are local (wire.LOCAL_ONLY): a user from another device is
                    # known here by id and cannot sign in on this computer (no key wrap).
                    row["username"] = "~" + record_id
                db.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES"
                           f" ({', '.join('?' * len(row))})", list(row.values()))
            if staged:
                db.execute("DELETE FROM sync_staging WHERE table_name = ? AND record_id = ?",
                           [table, record_id])
    except DB_ERRORS:
        # NOT NULL fields still to come, or a parent not arrived: wait in staging.
        db.conn.executemany(
            "INSERT OR REPLACE INTO sync_staging (table_name, record_id, field, value, hlc,"
            " device_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(table, record_id, name, json.dumps(item[0], ensure_ascii=False), item[1],
              item[2], item[3]) for name, item in merged.items()])
        return False
    counts.applied += len(merged)
    counts.touched.add((table, record_id))
    if table == "persons":
        search.reindex_person(db, record_id)
    return True


def _apply_server_record(db: Database, entry: Entry, now: str, counts: _Counts) -> None:
    """A conflict or a notice from the server, into its local table."""
    table = entry.table
    row = db.execute(f"SELECT data FROM {table} WHERE id = ?", [entry.record_id]).fetchone()
    data = json.loads(row[0]) if row else {}
    data.update(entry.fields)
    if table == "sync_conflicts":
        known = ("table_name", "record_id", "field", "winner_hlc", "winner_device",
                 "loser_hlc", "loser_device")
        values: dict[str, Any] = {k: data.get(k) for k in known}
        for side in ("winner_value", "loser_value"):
            # the server sends each value as its canonical JSON text (or null)
            raw = data.get(side)
            values[side] = raw if isinstance(raw, str) or raw is None else wire.canonical(raw)
        remote_resolved = data.get("resolution") is not None
        counts.conflicts += 0 if row else 1
    else:
        values = {k: data.get(k) for k in ("kind", "table_name", "record_id")}
        counts.notices += 0 if row else 1
    values["data"] = json.dumps(data, ensure_ascii=False, sort_keys=True)
    if row:
        sets = ", ".join(f"{k} = ?" for k in values)
        db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*values.values(), entry.record_id])
    else:
        values.update(id=entry.record_id, received_at=now)
        db.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES"
                   f" ({', '.join('?' * len(values))})", list(values.values()))
    if table == "sync_conflicts" and remote_resolved:
        # resolved elsewhere (another device of the scope chose): no longer open here
        db.execute("UPDATE sync_conflicts SET resolved = 1, resolution = coalesce(resolution,"
                   " ?) WHERE id = ?", [data.get("resolution"), entry.record_id])


def apply_entries(store: Store, entries: Iterable[Entry], overwrite: bool = False) -> _Counts:
    """Apply pulled entries inside the caller's transaction (then retry what is staged).

    `overwrite`: a checksum repair: server values win even against a local change.
    """
    db = store.db
    columns = _columns(db)
    now = _now_iso(store)
    counts = _Counts()
    for entry in entries:
        if counts.max_hlc is None or entry.hlc > counts.max_hlc:
            counts.max_hlc = entry.hlc
        if entry.table in wire.SERVER_TABLES:
            _apply_server_record(db, entry, now, counts)
            continue
        known = columns.get(entry.table)
        if known is None:
            continue  # a table this version does not have: a newer server, ignored
        local = wire.LOCAL_ONLY.get(entry.table, frozenset())
        fields = {name: (value, entry.hlc, entry.device_id, entry.seq)
                  for name, value in entry.fields.items()
                  if name in known and name not in local and name not in wire.BOOKKEEPING}
        problem = schema.entry_problem(entry.table, {n: f[0] for n, f in fields.items()})
        if problem is not None:
            # A server that let a bad value through (an old one, or a hostile one) must not
            # break this device: skip the entry, never crash. The field, never its value.
            log.warning("skipped a pulled %s entry: %s.%s is %s", entry.table, entry.table,
                        *problem)
            counts.invalid += 1
            continue
        if not overwrite:
            fields = _winners(db, entry.table, entry.record_id, fields, counts)
        if fields:
            _write(db, entry.table, entry.record_id, fields, now, counts)
    _retry_staged(db, now, counts)
    return counts


def _retry_staged(db: Database, now: str, counts: _Counts) -> None:
    """Write staged records whose rows can now be written; parents first, until no
    record makes progress (a child may need a parent written in the same pass)."""
    order = {t: i for i, t in enumerate(wire.SYNC_TABLES)}
    while True:
        waiting = db.execute("SELECT DISTINCT table_name, record_id FROM sync_staging").fetchall()
        if not waiting:
            return
        progress = False
        for table, record_id in sorted(waiting, key=lambda r: order.get(r[0], 99)):
            staged = _staged(db, table, record_id)
            fields = _winners(db, table, record_id, staged, counts)
            lost = [name for name in staged if name not in fields]
            db.conn.executemany(  # a local change made since wins: forget the pulled value
                "DELETE FROM sync_staging WHERE table_name = ? AND record_id = ? AND field = ?",
                [(table, record_id, name) for name in lost])
            if not fields:
                progress = True
                continue
            if _write(db, table, record_id, {}, now, counts):
                progress = True
        if not progress:
            return


def _receive_hlc(store: Store, max_hlc: str | None) -> None:
    if max_hlc is None:
        return
    last = Hlc.decode(get_meta(store.db, HLC_KEY) or ZERO.encode())
    now_ms = int(store.clock() * 1000)
    set_meta(store.db, HLC_KEY, receive(last, Hlc.decode(max_hlc), now_ms).encode())


def _record_offset(store: Store, client: DistrictClient) -> None:
    if client.last_server_time_ms is not None:
        offset = client.last_server_time_ms - int(device_clock(store)() * 1000)
        set_meta(store.db, K_OFFSET, str(offset))


def _parse(page: dict[str, Any]) -> list[Entry]:
    try:
        return [Entry.from_json(item) for item in page["entries"]]
    except wire.WireError as error:
        raise errors.BadResponse() from error


def apply_page(store: Store, page: dict[str, Any], client: DistrictClient | None = None,
               move_cursor: bool = True, overwrite: bool = False) -> _Counts:
    """One pulled page and the new cursor, in ONE transaction: all of it or none."""
    entries = _parse(page)
    with store.db.atomic():
        counts = apply_entries(store, entries, overwrite=overwrite)
        _receive_hlc(store, counts.max_hlc)
        if move_cursor:
            set_meta(store.db, SYNC_CURSOR_KEY, str(int(page["cursor"])))
        if client is not None:
            _record_offset(store, client)
    return counts


def _add(report: SyncReport, counts: _Counts, entries: int) -> None:
    report.pulled += entries
    report.applied += counts.applied
    report.kept_local += counts.kept_local
    report.conflicts += counts.conflicts
    report.notices += counts.notices
    report.invalid += counts.invalid


def _pull(store: Store, client: DistrictClient, report: SyncReport, progress: Progress,
          cancelled: Callable[[], bool]) -> dict[str, Any] | None:
    """Pull until the feed is exhausted; the last page (None if cancelled)."""
    cursor = int(get_meta(store.db, SYNC_CURSOR_KEY) or 0)
    pages = 0
    while True:
        if cancelled():
            return None
        page = client.pull(cursor)
        counts = apply_page(store, page, client)
        _add(report, counts, len(page["entries"]))
        cursor = int(page["cursor"])
        pages += 1
        more = bool(page.get("more"))
        progress("pull", pages, pages + (1 if more else 0))
        if not more:
            return page


# -- divergence ---------------------------------------------------------------------------


def local_checksum(db: Database, table: str) -> str:
    """Sum mod 2^64 of wire.field_digest over the synchronised fields of every row."""
    cursor = db.execute(f"SELECT * FROM {table}")
    names = [d[0] for d in cursor.description]
    total = 0
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        for name, value in wire.synchronised_fields(table, row).items():
            total += wire.field_digest(table, row["id"], name, value)
    return wire.checksum_hex(total)


def _differing(db: Database, server: dict[str, str]) -> list[str]:
    return [t for t in wire.SYNC_TABLES
            if t in server and str(server[t]).lower() != local_checksum(db, t)]


def _unexplained(db: Database, server: dict[str, str]) -> list[str]:
    """The tables differing from the server's checksums for no reason known here.

    A table holding quarantined changes differs for that reason: a download would not mend
    it and would cost the whole table on a 2G link, every sync."""
    held = {r[0] for r in db.execute(
        "SELECT DISTINCT table_name FROM change_log WHERE status != 'accepted'"
        " AND status = 'rejected'").fetchall()}
    return [t for t in _differing(db, server) if t not in held]


def _repair(store: Store, client: DistrictClient, table: str,
            cancelled: Callable[[], bool]) -> bool:
    """Download one table again from the start; server values overwrite local ones."""
    after = 0
    while True:
        if cancelled():
            return False
        page = client.pull(after, table=table)
        apply_page(store, page, client, move_cursor=False, overwrite=True)
        after = int(page["cursor"])
        if not page.get("more"):
            return True


def _outbox_empty(db: Database) -> bool:
    return db.execute(f"SELECT 1 FROM change_log WHERE {OPEN} LIMIT 1").fetchone() is None


def _staged_records(db: Database) -> int:
    return db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT table_name, record_id FROM sync_staging)"
    ).fetchone()[0]


# -- sync now -----------------------------------------------------------------------------


def sync_now(
    store: Store,
    client: DistrictClient | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncReport:
    """Push the outbox, pull until up to date, compare checksums and repair once.

    Raises a SyncError (translated by the UI) when the server cannot be used; everything
    committed until then stays committed, and the next sync goes on from there.
    """
    _require_write(store, ACTION_SYNC)
    cancelled = cancelled or (lambda: False)
    progress = progress or (lambda stage, done, total: None)
    client = client or client_for(store, cancelled)
    client.cancelled = cancelled
    report = SyncReport()
    try:
        if not _push(store, client, report, progress, cancelled):
            report.cancelled = True
            return _finish(store, report)
        last_page = _pull(store, client, report, progress, cancelled)
        if last_page is None:
            report.cancelled = True
            return _finish(store, report)
        # A laptop without a wrap to the district's recovery key gets one now (the last page
        # carries the key, signed: docs/recovery.md).
        from desktop.services.recovery import add_synced_key

        add_synced_key(store, last_page)
        checksum = last_page.get("checksum")
        checksum = checksum if isinstance(checksum, dict) else {}
        db = store.db
        if checksum and _outbox_empty(db) and not _staged_records(db):
            progress("check", 0, 1)
            report.checked = True
            differing = _unexplained(db, checksum)
            for table in differing:
                if not _repair(store, client, table, cancelled):
                    report.cancelled = True
                    return _finish(store, report)
            report.repaired = tuple(differing)
            report.divergent = tuple(t for t in _differing(db, checksum)
                                     if t in differing) if differing else ()
            progress("check", 1, 1)
        with db.atomic():
            set_meta(db, K_LAST_SYNC, _now_iso(store))
    except errors.Cancelled:
        report.cancelled = True
    except errors.Revoked:
        with store.db.atomic():  # the server dialog then says how to enrol again
            set_meta(store.db, K_REVOKED, _now_iso(store))
            # The refusal comes before anything is read: what was on its way is unsent
            # again (a row the server did take earlier is answered from its receipts).
            store.db.execute("UPDATE change_log SET status = 'pending' WHERE status = 'sent'")
        raise
    return _finish(store, report)


def _finish(store: Store, report: SyncReport) -> SyncReport:
    if hasattr(store.clock, "device_clock"):
        store.clock = corrected_clock(store)  # follow the offset just learned
    report.staged = _staged_records(store.db)
    report.clock_offset_ms = clock_offset_ms(store.db)
    report.clock_warning = merge.skew_warning(report.clock_offset_ms)
    return report


# -- what the UI shows --------------------------------------------------------------------


def status(store: Store) -> SyncStatus:
    db = store.db
    counts = dict(db.execute(
        "SELECT status, count(DISTINCT table_name || '/' || record_id) FROM change_log"
        " WHERE status != 'accepted' GROUP BY status").fetchall())
    offset = clock_offset_ms(db)
    okrug = json.loads(get_meta(db, K_OKRUG) or "null") or {}
    return SyncStatus(
        enrolled=is_enrolled(db),
        server_url=get_meta(db, K_URL),
        scope=get_meta(db, K_SCOPE),
        okrug_kato=okrug.get("kato"),
        last_sync_at=get_meta(db, K_LAST_SYNC),
        pending=counts.get("pending", 0),
        sent=counts.get("sent", 0),
        rejected=counts.get("rejected", 0),
        staged=_staged_records(db),
        open_conflicts=db.execute(
            "SELECT count(*) FROM sync_conflicts WHERE resolved = 0").fetchone()[0],
        notices=db.execute(
            "SELECT count(*) FROM sync_notices WHERE dismissed = 0").fetchone()[0],
        clock_offset_ms=offset,
        clock_warning=merge.skew_warning(offset),
        revoked=get_meta(db, K_REVOKED) is not None,
    )


def record_state(store: Store, table: str, record_id: str) -> RecordSyncState:
    """Where one record's changes are on their way to the district (the applicant card)."""
    rows = store.db.execute(
        "SELECT status, reason FROM change_log WHERE table_name = ? AND record_id = ?"
        " AND status != 'accepted' ORDER BY seq", [table, record_id]).fetchall()
    statuses = {s for s, _ in rows}
    if "rejected" in statuses:
        return RecordSyncState("rejected", next(r for s, r in rows if s == "rejected"))
    if "pending" in statuses:
        never = get_meta(store.db, K_LAST_SYNC) is None
        return RecordSyncState("local_only" if never else "pending")
    if "sent" in statuses:
        return RecordSyncState("sent")
    return RecordSyncState("accepted")


def rejected_changes(store: Store) -> list[RejectedChange]:
    rows = store.db.execute(
        "SELECT seq, table_name, record_id, hlc, field, reason FROM change_log"
        " WHERE status != 'accepted' AND status = 'rejected' ORDER BY seq").fetchall()
    out = []
    for (table, record_id, hlc), group in itertools.groupby(rows, key=lambda r: (r[1], r[2],
                                                                                  r[3])):
        items = list(group)
        out.append(RejectedChange(tuple(r[0] for r in items), table, record_id,
                                  tuple(r[4] for r in items), items[0][5], hlc))
    return out


def retry_rejected(store: Store, ids: Iterable[int]) -> int:
    """Send quarantined changes again (after the district fixed what refused them).

    The server answers a re-sent entry from its receipt, so each retried save gets a new HLC,
    and carries the field's current local value.
    """
    _require_write(store, ACTION_SYNC)
    db = store.db
    wanted = sorted(set(ids))
    with db.atomic():
        hlc = Hlc.decode(get_meta(db, HLC_KEY) or ZERO.encode())
        seen = get_meta(db, SYNC_CURSOR_KEY)
        rows = [db.execute("SELECT seq, table_name, record_id, hlc, field FROM change_log"
                           " WHERE seq = ? AND status = 'rejected'", [seq]).fetchone()
                for seq in wanted]
        found = [r for r in rows if r is not None]
        for _, group in itertools.groupby(found, key=lambda r: (r[1], r[2], r[3])):
            hlc = tick(hlc, int(store.clock() * 1000))
            for seq, table, record_id, _, name in group:
                current = db.execute(f"SELECT {name} FROM {table} WHERE id = ?",
                                     [record_id]).fetchone()
                value = json.dumps(current[0] if current else None, ensure_ascii=False)
                db.execute("UPDATE change_log SET status = 'pending', reason = NULL, hlc = ?,"
                           " value = ?, seen = ? WHERE seq = ?",
                           [hlc.encode(), value, int(seen) if seen else None, seq])
        set_meta(db, HLC_KEY, hlc.encode())
    return len(found)


def _conflict(row: tuple) -> Conflict:
    def value(text: str | None) -> Any:
        return json.loads(text) if text else None

    return Conflict(row[0], row[1], row[2], row[3], value(row[4]), value(row[5]), row[6],
                    row[7], row[8])


CONFLICT_COLUMNS = ("id, table_name, record_id, field, winner_value, loser_value,"
                    " winner_device, loser_device, received_at")


def open_conflicts(store: Store) -> list[Conflict]:
    return [_conflict(r) for r in store.db.execute(
        f"SELECT {CONFLICT_COLUMNS} FROM sync_conflicts WHERE resolved = 0"
        " ORDER BY received_at, id").fetchall()]


def resolve_conflict(store: Store, conflict_id: str, keep: str) -> None:
    """A person chose: keep the winner (nothing to write) or the loser (written again with
    a new HLC, so it goes up and wins). The resolution travels as a change of
    sync_conflicts (`resolution`, `resolved_at_ms`) so the scope's other devices close it."""
    if keep not in ("winner", "loser"):
        raise ValueError("keep must be 'winner' or 'loser'")
    row = store.db.execute(f"SELECT {CONFLICT_COLUMNS} FROM sync_conflicts WHERE id = ?"
                           " AND resolved = 0", [conflict_id]).fetchone()
    if row is None:
        raise errors.NoConflict()
    conflict = _conflict(row)
    with store.transaction("resolve a synchronisation conflict") as tx:
        if keep == "loser" and conflict.table in wire.SYNC_TABLES and conflict.record_id and (
                conflict.field):
            tx.save(conflict.table, {conflict.field: conflict.loser_value}, conflict.record_id)
        tx.db.execute("UPDATE sync_conflicts SET resolved = 1, resolution = ?, resolved_at = ?"
                      " WHERE id = ?", [keep, _now_iso(store), conflict_id])
        # authority.CONFLICT_RESOLUTION_FIELDS: all a device may write in a conflict record
        tx.log_change("sync_conflicts", conflict_id,
                      {"resolution": keep, "resolved_at_ms": int(store.clock() * 1000)})


def notices(store: Store) -> list[Notice]:
    rows = store.db.execute(
        "SELECT id, kind, table_name, record_id, data, received_at FROM sync_notices"
        " WHERE dismissed = 0 ORDER BY received_at, id").fetchall()
    return [Notice(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5]) for r in rows]


def dismiss_notice(store: Store, notice_id: str) -> None:
    """Local only: the notice stays on the server and on other devices."""
    with store.db.atomic():
        store.db.execute("UPDATE sync_notices SET dismissed = 1 WHERE id = ?", [notice_id])


__all__ = [
    "Conflict", "Enrolment", "Notice", "RecordSyncState", "RejectedChange", "SyncReport",
    "SyncStatus", "apply_page", "client_for", "corrected_clock", "device_clock",
    "dismiss_notice", "enrol",
    "enrolment", "is_enrolled", "local_checksum", "notices", "open_conflicts",
    "record_state", "rejected_changes", "resolve_conflict", "retry_rejected", "status",
    "sync_now",
]
