"""The district's data plane: applying pushed entries and serving the pull feed.

Both the HTTP routes and the offline bundle import call these with a cursor inside one
transaction. The server keeps, per field, the current value and who wrote it (`fields`); the
pull feed is that table in `seq` order, so a field changed twice appears once, at its later
place. Every push first locks the `seq` counter row: pushes serialize, and sequence numbers
become visible in the order they were given, so a pull never skips a change committed late.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop.domain import iin as iin_module
from desktop.domain.hlc import Hlc, tick
from desktop.sync import authority, merge, schema, wire
from desktop.sync.wire import Entry
from district.db import Cursor

log = logging.getLogger(f"qadam.{__name__}")  # under serverlog.LOGGER
KNOWN_TABLES = frozenset(wire.SYNC_TABLES) | frozenset(wire.SERVER_TABLES)
CHECKSUM_TABLES = (*wire.SYNC_TABLES, *wire.SERVER_TABLES)
DISTRICT_SCOPE_KEY = ""  # the checksums row of district-wide records
# What the current values a device wrote may add up to (UTF-8 bytes of their JSON text): far
# above a village's records (5,000 people are about 10 MB), far below what takes a pull's
# memory to gigabytes. Over it, the device's pushes are refused (413 `quota`) until the
# administrator looks; the push that crosses it is still taken (it is at most 16 MiB).
STORED_BYTES_QUOTA = 256 * 1024 * 1024

# The value bytes of one pull page: a page of 4,000 fields of 64 KiB each would be 256 MB to
# hold, encode and compress. A page stops at the entry that crosses this (never splitting it).
PULL_PAGE_BYTES = 4 * 1024 * 1024

# Rows read past a page's end so one entry (one save) is never cut between two pages.
_GROUP_TAIL = 500


@dataclass(frozen=True)
class DeviceRow:
    """An enrolled device, as the `devices` table holds it."""

    id: str
    name: str
    scope: str  # authority.VILLAGE | authority.DISTRICT
    okrug_kato: str | None
    signing_public: str  # base64 raw Ed25519 public key
    encryption_public: str  # base64 raw X25519 public key
    revoked_at: int | None = None
    last_cursor: int | None = None

    @property
    def writer(self) -> authority.Writer:
        return authority.Writer(self.scope, self.okrug_kato)

    @property
    def is_district(self) -> bool:
        return self.scope == authority.DISTRICT


_DEVICE_COLUMNS = ("id, name, scope, okrug_kato, signing_public, encryption_public, "
                   "revoked_at, last_cursor")


def load_device(cur: Cursor, device_id: str) -> DeviceRow | None:
    row = cur.execute(f"SELECT {_DEVICE_COLUMNS} FROM devices WHERE id = ?",
                      [device_id]).fetchone()
    return None if row is None else DeviceRow(**row)


def record_contact(
    cur: Cursor, device_id: str, *, now_ms: int, client_time_ms: int | None,
    protocol: int, cursor: int | None = None,
) -> None:
    """What the devices list shows: last sync, cursor reached, the device clock's offset."""
    offset = None if client_time_ms is None else now_ms - client_time_ms
    cur.execute(
        "UPDATE devices SET last_seen_at = ?, last_sync_at = ?, protocol = ?, "
        "clock_offset_ms = COALESCE(?, clock_offset_ms), "
        "last_cursor = COALESCE(?, last_cursor) WHERE id = ?",
        [now_ms, now_ms, protocol, offset, cursor, device_id])


# -- values and checksums ------------------------------------------------------------------------
def _text(value: Any) -> str | None:
    """A field's value as stored: canonical JSON text (NULL for null)."""
    return None if value is None else wire.canonical(value)


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _size(text: str | None) -> int:
    return 0 if text is None else len(text.encode("utf-8", "surrogatepass"))


def over_quota(cur: Cursor, device_id: str) -> bool:
    """Has this device's stored data reached STORED_BYTES_QUOTA (its pushes are refused)?"""
    stored = cur.scalar("SELECT stored_bytes FROM devices WHERE id = ?", [device_id])
    return int(stored or 0) >= STORED_BYTES_QUOTA


def _counts(table: str, name: str, value: Any) -> bool:
    """Does a field take part in the checksum (as wire.synchronised_fields on a device)?"""
    if value is None or name in wire.BOOKKEEPING or name in wire.LOCAL_ONLY.get(table, ()):
        return False
    return not (name == "deleted" and not value)


def _signed64(value: int) -> int:
    value &= wire.MASK64
    return value - (1 << 64) if value >= 1 << 63 else value


class _Checksums:
    """Per (scope, table) digest deltas of one transaction, written once at its end."""

    def __init__(self) -> None:
        self.delta: dict[tuple[str, str], int] = {}

    def change(self, okrug: str | None, table: str, record_id: str, name: str,
               old: Any, new: Any) -> None:
        key = (okrug or DISTRICT_SCOPE_KEY, table)
        total = self.delta.get(key, 0)
        if _counts(table, name, old):
            total -= wire.field_digest(table, record_id, name, old)
        if _counts(table, name, new):
            total += wire.field_digest(table, record_id, name, new)
        self.delta[key] = total

    def flush(self, cur: Cursor) -> None:
        for (okrug, table), delta in self.delta.items():
            if not delta & wire.MASK64:
                continue
            current = cur.scalar("SELECT total FROM checksums WHERE okrug_kato = ? AND "
                                 "table_name = ?", [okrug, table]) or 0
            cur.execute(
                "INSERT INTO checksums (okrug_kato, table_name, total) VALUES (?, ?, ?) "
                "ON CONFLICT (okrug_kato, table_name) DO UPDATE SET total = excluded.total",
                [okrug, table, _signed64(current + delta)])
        self.delta.clear()


# -- one push transaction ---------------------------------------------------------------------
# Ids per `IN (...)` list: far below SQLite's and PostgreSQL's parameter limits.
_IN_CHUNK = 500
Key = tuple[str, str]  # (table, record id)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _IN_CHUNK):
        yield items[start:start + _IN_CHUNK]


def _in(count: int) -> str:
    return "(" + ", ".join("?" * count) + ")"


def _select_keyed(cur: Cursor, columns: str, source: str, key: str, values: list[str],
                  params: list[Any]) -> list[dict[str, Any]]:
    """The rows of `source` (a table and a WHERE clause with `?` for `params`) whose `key`
    column is one of `values`; `columns` must not be named `k_v`.

    On PostgreSQL one index probe per value, whatever its statistics say: with `key IN
    (...)`, a `fields` table grown since its last ANALYZE (a fresh or busy server) was read
    by `table_name` alone and filtered, every row of the table each push (0.2 s at 50,000
    rows, under the lock that serializes pushes, and growing with the table).
    `OFFSET 0` keeps the planner from flattening the lateral subquery back into one scan."""
    rows: list[dict[str, Any]] = []
    for chunk in _chunks(values):
        if cur.postgres:
            sql = (f"SELECT s.* FROM unnest(?::text[]) AS k(k_v) CROSS JOIN LATERAL (SELECT "
                   f"{columns} FROM {source} AND {key} = k.k_v OFFSET 0) AS s")
            rows += cur.execute(sql, [chunk, *params]).fetchall()
        else:
            rows += cur.execute(f"SELECT {columns} FROM {source} AND {key} IN "
                                f"{_in(len(chunk))}", [*params, *chunk]).fetchall()
    return rows


def _insert_rows(cur: Cursor, into: str, types: str, rows: list[list[Any]],
                 tail: str = "") -> None:
    """Many rows in one statement on PostgreSQL (one array per column, unnest), else
    `executemany`. `types` are the PostgreSQL types of the columns, comma-separated."""
    if not rows:
        return
    if not cur.postgres:
        cur.executemany(f"INSERT INTO {into} VALUES {_in(len(rows[0]))} {tail}", rows)
        return
    # %b: psycopg sends the arrays in binary (dumping them as text escaped every element)
    arrays = ", ".join(f"%b::{kind}[]" for kind in types.split(","))
    cur.execute(f"INSERT INTO {into} SELECT * FROM unnest({arrays}) {tail}",
                [list(column) for column in zip(*rows, strict=True)])


class _Push:
    """The state of one push: the sequence numbers taken, the server's clock, checksums.

    A batch of 400 entries touched the database about 15 times per entry, one round trip
    each (6,000 per batch, over a second on PostgreSQL). So this reads what the batch needs
    in a few keyed queries up front (`prefetch`, `_select_keyed`), keeps it up to date in
    memory as the entries are applied in order (a later entry sees what an earlier one
    wrote), and writes the fields, records and receipts at the end, one INSERT per table
    (PostgreSQL).
    Anything not read up front is read on first use; nothing not yet written is ever read
    from the database (every write goes through these caches first).
    """

    def __init__(self, cur: Cursor, device: DeviceRow, now_ms: int) -> None:
        self.cur = cur
        self.device = device
        self.now_ms = now_ms
        # The row lock that serializes pushes (and bundle imports) on both engines.
        cur.execute("UPDATE counters SET value = value WHERE name = 'seq'")
        self.seq = int(cur.scalar("SELECT value FROM counters WHERE name = 'seq'"))
        wall = int(cur.scalar("SELECT value FROM counters WHERE name = 'hlc_wall'"))
        counter = int(cur.scalar("SELECT value FROM counters WHERE name = 'hlc_counter'"))
        self.hlc = Hlc(wall, counter)
        self.hlc_changed = False
        self.checksums = _Checksums()
        self._fields: dict[Key, dict[str, dict[str, Any]]] = {}
        self._records: dict[Key, tuple[bool, str | None]] = {}
        self._receipts: dict[tuple[str, str, str], dict[str, Any]] = {}
        self._okrugs: dict[str, bool] = {}
        # persons' ИИН: what the database held for the values read, and what this push wrote
        self._iin_stored: dict[str, dict[str, str | None]] = {}
        self._iin_written: dict[str, tuple[str | None, str | None]] = {}
        self._write_fields: list[list[Any]] = []
        self._write_records: list[list[Any]] = []
        self._write_receipts: list[list[Any]] = []
        self._stored_bytes: dict[str, int] = {}  # per device: what this push adds (or frees)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def server_hlc(self) -> str:
        self.hlc = tick(self.hlc, self.now_ms)
        self.hlc_changed = True
        return self.hlc.encode()

    def finish(self) -> None:
        cur = self.cur
        _insert_rows(cur, "records (table_name, record_id, okrug_kato, created_by, created_seq)",
                     "text,text,text,text,bigint", self._write_records,
                     "ON CONFLICT (table_name, record_id) DO NOTHING")
        # A field written twice in one batch: only its last write is stored (the feed holds
        # current values at their latest seq), and one INSERT may not touch a row twice.
        last = {(r[0], r[1], r[2]): r for r in self._write_fields}
        _insert_rows(
            cur, "fields (table_name, record_id, field, value, hlc, device_id, seq, okrug_kato)",
            "text,text,text,text,text,text,bigint,text", sorted(last.values(), key=lambda r: r[6]),
            "ON CONFLICT (table_name, record_id, field) DO UPDATE SET value = excluded.value, "
            "hlc = excluded.hlc, device_id = excluded.device_id, seq = excluded.seq, "
            "okrug_kato = excluded.okrug_kato")
        _insert_rows(cur, "receipts (device_id, hlc, table_name, record_id, status, reason, "
                     "received_at)", "text,text,text,text,text,text,bigint", self._write_receipts)
        cur.execute("UPDATE counters SET value = ? WHERE name = 'seq'", [self.seq])
        if self.hlc_changed:
            cur.execute("UPDATE counters SET value = ? WHERE name = 'hlc_wall'",
                        [self.hlc.wall_ms])
            cur.execute("UPDATE counters SET value = ? WHERE name = 'hlc_counter'",
                        [self.hlc.counter])
        self.checksums.flush(cur)
        for device_id, delta in sorted(self._stored_bytes.items()):
            if delta:
                cur.execute("UPDATE devices SET stored_bytes = stored_bytes + ? WHERE id = ?",
                            [delta, device_id])

    # -- reading ahead ------------------------------------------------------------------------
    def prefetch(self, entries: list[Entry]) -> None:
        """Read in a few queries what applying these entries will look up."""
        own = [e for e in entries if e.device_id == self.device.id and not _has_nul(e)]
        hlcs = sorted({e.hlc for e in own})
        for row in _select_keyed(self.cur, "hlc, table_name, record_id, status, reason",
                                 "receipts WHERE device_id = ?", "hlc", hlcs,
                                 [self.device.id]):
            self._receipts[(row["hlc"], row["table_name"], row["record_id"])] = row
        keys = [(e.table, e.record_id) for e in own]
        self._load_fields(keys)
        self._load_records(keys)
        parents, iins = [], []
        for entry in own:
            key = (entry.table, entry.record_id)
            exists = self._records[key][0]
            stored = ({n: _load(r["value"]) for n, r in self._fields[key].items()}
                      if exists else None)
            link = authority.parent_link(entry.table, entry.fields, stored)
            if link is not None:
                parents.append(link)
            if entry.table == "persons":
                iin = entry.fields.get("iin", (stored or {}).get("iin"))
                if iin is not None:
                    iins.append(_text(iin))
        self._load_records(parents)
        self._load_iins([i for i in iins if i is not None])

    def _by_table(self, keys: list[Key], cache: dict[Key, Any]) -> dict[str, list[str]]:
        wanted: dict[str, set[str]] = {}
        for table, record_id in keys:
            if (table, record_id) not in cache:
                wanted.setdefault(table, set()).add(record_id)
        return {table: sorted(ids) for table, ids in wanted.items()}

    def _load_fields(self, keys: list[Key]) -> None:
        for table, ids in self._by_table(keys, self._fields).items():
            for record_id in ids:
                self._fields[(table, record_id)] = {}
            for row in _select_keyed(
                    self.cur, "record_id, field, value, hlc, device_id, seq",
                    "fields WHERE table_name = ?", "record_id", ids, [table]):
                self._fields[(table, row.pop("record_id"))][row["field"]] = row

    def _load_records(self, keys: list[Key]) -> None:
        for table, ids in self._by_table(keys, self._records).items():
            for record_id in ids:
                self._records[(table, record_id)] = (False, None)
            for row in _select_keyed(self.cur, "record_id, okrug_kato",
                                     "records WHERE table_name = ?", "record_id", ids, [table]):
                self._records[(table, row["record_id"])] = (True, row["okrug_kato"])

    def _load_iins(self, values: list[str]) -> None:
        wanted = sorted(set(values) - set(self._iin_stored))
        for value in wanted:
            self._iin_stored[value] = {}
        for row in _select_keyed(self.cur, "record_id, okrug_kato, value",
                                 "fields WHERE table_name = 'persons' AND field = 'iin'",
                                 "value", wanted, []):
            self._iin_stored[row["value"]][row["record_id"]] = row["okrug_kato"]

    # -- storage ----------------------------------------------------------------------------
    def receipt(self, entry: Entry) -> dict[str, Any] | None:
        return self._receipts.get((entry.hlc, entry.table, entry.record_id))

    def add_receipt(self, entry: Entry, status: str, reason: str | None) -> None:
        self._receipts[(entry.hlc, entry.table, entry.record_id)] = {
            "status": status, "reason": reason}
        self._write_receipts.append([entry.device_id, entry.hlc, entry.table, entry.record_id,
                                     status, reason, self.now_ms])

    def okrug_exists(self, kato: str) -> bool:
        if kato not in self._okrugs:
            self._okrugs[kato] = bool(self.cur.scalar("SELECT 1 FROM okrugs WHERE kato = ?",
                                                      [kato]))
        return self._okrugs[kato]

    def stored_fields(self, table: str, record_id: str) -> dict[str, dict[str, Any]]:
        self._load_fields([(table, record_id)])
        return self._fields[(table, record_id)]

    def record_okrug(self, table: str, record_id: str) -> tuple[bool, str | None]:
        self._load_records([(table, record_id)])
        return self._records[(table, record_id)]

    def persons_with_iin(self, iin: str, other_than: str) -> list[tuple[str, str | None]]:
        """(record id, okrug) of every other person whose ИИН is this canonical text."""
        self._load_iins([iin])
        found = {rid: okrug for rid, okrug in self._iin_stored[iin].items()
                 if rid not in self._iin_written}
        found.update((rid, okrug) for rid, (value, okrug) in self._iin_written.items()
                     if value == iin)
        return [(rid, okrug) for rid, okrug in found.items() if rid != other_than]

    def write_field(self, table: str, record_id: str, name: str, value: Any, hlc: str,
                    device_id: str, okrug: str | None, old: dict[str, Any] | None) -> None:
        text, seq = _text(value), self.next_seq()
        self._stored_bytes[device_id] = self._stored_bytes.get(device_id, 0) + _size(text)
        if old is not None:
            self._stored_bytes[old["device_id"]] = (
                self._stored_bytes.get(old["device_id"], 0) - _size(old["value"]))
        self._write_fields.append([table, record_id, name, text, hlc, device_id, seq, okrug])
        self.stored_fields(table, record_id)[name] = {
            "field": name, "value": text, "hlc": hlc, "device_id": device_id, "seq": seq}
        if table == "persons" and name == "iin":
            self._iin_written[record_id] = (text, okrug)
        self.checksums.change(okrug, table, record_id, name,
                              None if old is None else _load(old["value"]), value)

    def ensure_record(self, table: str, record_id: str, okrug: str | None,
                      created_by: str) -> None:
        if self.record_okrug(table, record_id)[0]:
            return
        self._records[(table, record_id)] = (True, okrug)
        self._write_records.append([table, record_id, okrug, created_by, self.seq + 1])

    def server_record(self, table: str, okrug: str | None, values: dict[str, Any]) -> str:
        """A record the server itself writes (a conflict, a notice) into one scope."""
        record_id = str(uuid.uuid4())
        hlc = self.server_hlc()
        self._fields[(table, record_id)] = {}
        self._records[(table, record_id)] = (False, None)
        self.ensure_record(table, record_id, okrug, wire.SERVER_DEVICE_ID)
        for name, value in values.items():
            self.write_field(table, record_id, name, value, hlc, wire.SERVER_DEVICE_ID,
                             okrug, None)
        return record_id


def apply_push(cur: Cursor, device: DeviceRow, entries: list[Entry], now_ms: int
               ) -> list[dict[str, Any]]:
    """Apply a device's entries in order; one result per entry (see the protocol's Push)."""
    push = _Push(cur, device, now_ms)
    push.prefetch(entries)
    results = []
    for entry in entries:
        if entry.device_id != device.id or _has_nul(entry):
            # A device pushes only its own changes; no receipt, so it cannot spoil another's.
            # (NUL cannot be stored in PostgreSQL text: such an entry is refused as invalid.)
            results.append({"status": "rejected", "reason": authority.INVALID})
            continue
        receipt = push.receipt(entry)
        if receipt is not None:
            results.append({"status": receipt["status"], "reason": receipt["reason"]})
            continue
        status, reason = _apply_entry(push, entry)
        push.add_receipt(entry, status, reason)
        results.append({"status": status, "reason": reason})
    push.finish()
    return results


def _has_nul(entry: Entry) -> bool:
    texts = [entry.table, entry.record_id, entry.hlc, *entry.fields]
    texts += [v for v in entry.fields.values() if isinstance(v, str)]
    return any("\x00" in text for text in texts)


def _apply_entry(push: _Push, entry: Entry) -> tuple[str, str | None]:
    device = push.device
    local = wire.LOCAL_ONLY.get(entry.table, frozenset())
    fields = {n: v for n, v in entry.fields.items()
              if n not in local and n not in wire.BOOKKEEPING}
    if not fields:
        return "rejected", authority.INVALID
    stored_rows = push.stored_fields(entry.table, entry.record_id)
    exists, stored_okrug = push.record_okrug(entry.table, entry.record_id)
    stored = ({n: _load(r["value"]) for n, r in stored_rows.items()} if exists else None)
    link = authority.parent_link(entry.table, fields, stored)
    parent = None
    if link is not None:
        found, parent_okrug = push.record_okrug(*link)
        parent = authority.Parent(link[0], link[1], found, parent_okrug)
    verdict = authority.check_entry(
        device.writer, entry.table, fields, known_tables=KNOWN_TABLES, stored=stored,
        stored_okrug=stored_okrug, parent=parent, okrug_exists=push.okrug_exists)
    if verdict.rejected:
        # Table, reason and rule text only: never a field value (personal data).
        log.info("refused a %s entry from device %s: %s (%s)", entry.table, device.id,
                 verdict.reason, verdict.message)
        return "rejected", verdict.reason
    # After authority, so a device acting out of its scope hears that first.
    problem = schema.entry_problem(entry.table, fields)
    if problem is not None:
        # The field and why, never the value (personal data, and it may be huge).
        log.info("refused a %s entry from device %s: %s.%s is %s", entry.table, device.id,
                 entry.table, problem[0], problem[1])
        return "rejected", schema.INVALID_VALUE
    okrug = verdict.okrug

    hlc, _ = merge.sane_stamp(Hlc.decode(entry.hlc), push.hlc, push.now_ms)
    if hlc.encode() != entry.hlc:
        push.hlc = max(push.hlc, hlc)
        push.hlc_changed = True
    incoming = merge.Stamp(hlc.encode(), device.id)
    if not exists:
        push.ensure_record(entry.table, entry.record_id, okrug, device.id)

    won: list[str] = []
    for name, value in fields.items():
        old = stored_rows.get(name)
        old_stamp = None if old is None else merge.Stamp(old["hlc"], old["device_id"])
        old_value = None if old is None else _load(old["value"])
        if entry.table not in wire.SERVER_TABLES and merge.is_conflict(
                incoming, value, entry.seen, old_stamp, old_value,
                None if old is None else old["seq"]):
            _record_conflict(push, entry, name, okrug, incoming, value, old)
        if merge.wins(incoming, old_stamp):
            push.write_field(entry.table, entry.record_id, name, value, incoming.hlc,
                             device.id, okrug, old)
            won.append(name)
    if entry.table == "persons" and {"iin", "deleted"} & set(won):
        _flag_duplicate_iin(push, entry.record_id, okrug)
    return ("accepted" if won else "superseded"), None


def _record_conflict(push: _Push, entry: Entry, name: str, okrug: str | None,
                     incoming: merge.Stamp, value: Any, old: dict[str, Any]) -> None:
    """Keep both values of a concurrent edit for a person to choose between."""
    old_stamp = merge.Stamp(old["hlc"], old["device_id"])
    pushed = (_text(value), incoming.device_id, incoming.hlc)
    held = (old["value"], old["device_id"], old["hlc"])
    winner, loser = (pushed, held) if merge.wins(incoming, old_stamp) else (held, pushed)
    push.server_record("sync_conflicts", okrug, {
        "table_name": entry.table, "record_id": entry.record_id, "field": name,
        "winner_value": winner[0], "winner_device": winner[1], "winner_hlc": winner[2],
        "loser_value": loser[0], "loser_device": loser[1], "loser_hlc": loser[2],
        "detected_at_ms": push.now_ms,
    })


def _live_iin(push: _Push, record_id: str) -> str | None:
    """The canonical text of a live person's ИИН, or None (no ИИН, or deleted)."""
    rows = push.stored_fields("persons", record_id)
    deleted = rows.get("deleted")
    if deleted is not None and _load(deleted["value"]):
        return None
    iin = rows.get("iin")
    return None if iin is None or iin["value"] is None else iin["value"]


# A village device learns from a same-ИИН notice that some other okrug holds that person:
# a probe for anyone's ИИН. So a device's pushes raise at most this many such notices in any
# 24 hours (a real village meets a handful a year); beyond it the pair is logged for the
# district ('withheld') and no device is told. District devices are not limited.
NOTICES_PER_DEVICE_PER_DAY = 20
_DAY_MS = 86_400_000
# What a village is told about the other okrug: its name and КАТО and to ask the district,
# never the other okrug's record id or the person's names there (see docs/sync-protocol.md).
DUPLICATE_IIN_ACTION = "contact_district"


def _flag_duplicate_iin(push: _Push, record_id: str, okrug: str | None) -> None:
    """The same ИИН living in another okrug: a notice to both okrugs, once per pair."""
    iin = _live_iin(push, record_id)
    if iin is None or not _is_checked_iin(_load(iin)):
        return  # a mistyped number matches nothing real: no notice, nothing to learn
    for other_id, other_okrug in push.persons_with_iin(iin, record_id):
        if other_okrug == okrug or _live_iin(push, other_id) is None:
            continue
        if _pair_flagged(push, record_id, other_id):
            continue
        if _over_notice_budget(push):
            _warn_over_budget(push)
            _log_notice(push, record_id, other_id, other_okrug, "withheld")
            continue
        _flag_pair(push, record_id, other_id)
        _log_notice(push, record_id, other_id, other_okrug, "sent")
        _send_duplicate_notices(push, _load(iin), (record_id, okrug), (other_id, other_okrug))


def _is_checked_iin(value: Any) -> bool:
    return isinstance(value, str) and iin_module.is_valid_iin(value)


def _pair_flagged(push: _Push, first_id: str, second_id: str) -> bool:
    first, second = sorted((first_id, second_id))
    return push.cur.execute(
        "SELECT 1 FROM notice_pairs WHERE kind = 'duplicate_iin' AND first_id = ? "
        "AND second_id = ?", [first, second]).fetchone() is not None


def _flag_pair(push: _Push, first_id: str, second_id: str) -> None:
    first, second = sorted((first_id, second_id))
    push.cur.execute(
        "INSERT INTO notice_pairs (kind, first_id, second_id, created_at) "
        "VALUES ('duplicate_iin', ?, ?, ?) ON CONFLICT DO NOTHING", [first, second, push.now_ms])


def _over_notice_budget(push: _Push) -> bool:
    if push.device.is_district:
        return False
    sent = push.cur.scalar(
        "SELECT COUNT(*) FROM notice_log WHERE device_id = ? AND status = 'sent' "
        "AND created_at > ?", [push.device.id, push.now_ms - _DAY_MS])
    return int(sent or 0) >= NOTICES_PER_DEVICE_PER_DAY


def _warn_over_budget(push: _Push) -> None:
    """One warning a device a day (not one per pair: a probe is hundreds of pairs)."""
    if push.cur.scalar(
            "SELECT 1 FROM notice_log WHERE device_id = ? AND status = 'withheld' "
            "AND created_at > ? LIMIT 1", [push.device.id, push.now_ms - _DAY_MS]):
        return
    log.warning("device %s is over its %d same-ИИН notices a day: further pairs are kept for "
                "the district (duplicate-iins), no notice sent", push.device.id,
                NOTICES_PER_DEVICE_PER_DAY)


def _log_notice(push: _Push, record_id: str, other_id: str, other_okrug: str | None,
                status: str) -> None:
    """The district's audit of a same-ИИН pair: which device asked about which okrug, when."""
    push.cur.execute(
        "INSERT INTO notice_log (device_id, kind, record_id, other_record_id, asked_okrug, "
        "status, created_at) VALUES (?, 'duplicate_iin', ?, ?, ?, ?, ?)",
        [push.device.id, record_id, other_id, other_okrug, status, push.now_ms])
    if status == "sent":  # the withheld ones: one warning a day (_warn_over_budget)
        log.info("same-ИИН notice for device %s (other okrug %s)", push.device.id, other_okrug)


def _send_duplicate_notices(push: _Push, iin: str, pushed: tuple[str, str | None],
                            other: tuple[str, str | None]) -> None:
    """One notice into each okrug's scope, naming the other okrug and nothing of its record.

    Each okrug's notice carries its own record id; a district device reads both notices, so
    it sees both records (and notice_log pairs them).
    """
    names = _okrug_names(push, [pushed[1], other[1]])
    for (mine, my_okrug), (_, their_okrug) in ((pushed, other), (other, pushed)):
        push.server_record("sync_notices", my_okrug, {
            "kind": "duplicate_iin", "iin": iin, "table_name": "persons",
            "record_id": mine, "other_okrug": their_okrug,
            "other_okrug_name": names.get(their_okrug), "action": DUPLICATE_IIN_ACTION,
            "detected_at_ms": push.now_ms,
        })


def _okrug_names(push: _Push, katos: list[str | None]) -> dict[str | None, str]:
    """Okrugs' names, so a specialist reads "Үштөбе", not a nine-digit КАТО code."""
    wanted = [kato for kato in katos if kato]
    if not wanted:
        return {}
    marks = ", ".join("?" for _ in wanted)
    rows = push.cur.execute(f"SELECT kato, name FROM okrugs WHERE kato IN ({marks})",
                            wanted).fetchall()
    return {row["kato"]: row["name"] for row in rows}


# -- pull ---------------------------------------------------------------------------------
def _scope_sql(device: DeviceRow) -> tuple[str, list[Any]]:
    if device.is_district:
        return "", []
    return " AND (okrug_kato = ? OR okrug_kato IS NULL)", [device.okrug_kato]


def read_snapshot(cur: Cursor) -> None:
    """Make this (fresh) transaction read one snapshot throughout (PostgreSQL; SQLite's
    transactions are serialized anyway). Must be its first statement."""
    if cur.postgres:
        cur.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")


def pull_page(cur: Cursor, device: DeviceRow, after: int, limit: int,
              table: str | None = None) -> dict[str, Any]:
    """One page of the feed after `after` (at most about `limit` fields; never splitting an
    entry), as the pull response body without server_time_ms.

    The counter, the page and the checksums must come from one snapshot: call `read_snapshot`
    first in a transaction that only pulls, or call this after `apply_push` in the same
    transaction (its lock keeps every other push out until the commit).
    """
    top = int(cur.scalar("SELECT value FROM counters WHERE name = 'seq'"))
    where, params = _scope_sql(device)
    if table is not None:
        where += " AND table_name = ?"
        params.append(table)
    else:
        # A device holds what it wrote itself: echoing it back doubled a village's download
        # after each push. A device that lost its own writes (a restored backup) gets them
        # from the checksum repair, whose table feed (`table=`) leaves nothing out.
        where += " AND device_id <> ?"
        params.append(device.id)
    sql = ("SELECT table_name, record_id, field, value, hlc, device_id, seq FROM fields "
           f"WHERE seq > ?{where} ORDER BY seq LIMIT ?")
    limit = max(1, limit)
    rows = cur.execute(sql, [after, *params, limit + 1]).fetchall()
    more = len(rows) > limit
    rows = rows[:limit]
    cut = _byte_cut(rows)
    if cut is not None:
        rows, more = rows[:cut], True
    if more:
        # Finish the last entry on this page: the rows of one save are consecutive.
        key = _group_key(rows[-1])
        while True:
            tail = cur.execute(sql, [rows[-1]["seq"], *params, _GROUP_TAIL + 1]).fetchall()
            taken = 0
            for row in tail:
                if _group_key(row) != key:
                    break
                rows.append(row)
                taken += 1
            if taken < len(tail) or not tail:
                more = taken < len(tail)
                break
    entries: list[dict[str, Any]] = []
    last_key = None
    for row in rows:
        row_key = _group_key(row)
        if row_key != last_key:
            entries.append({"t": row["table_name"], "r": row["record_id"], "h": row["hlc"],
                            "d": row["device_id"], "f": {}, "n": row["seq"]})
            last_key = row_key
        entries[-1]["f"][row["field"]] = _load(row["value"])
        entries[-1]["n"] = row["seq"]
    cursor = rows[-1]["seq"] if rows else after
    body: dict[str, Any] = {"entries": entries, "more": more}
    if not more:
        cursor = max(cursor, top)  # nothing of this scope lies between: skip it next time
        body["checksum"] = device_checksums(cur, device)
    body["cursor"] = cursor
    return body


def _byte_cut(rows: list[dict[str, Any]]) -> int | None:
    """Where to end a page once its values pass PULL_PAGE_BYTES: after the entry holding the
    row that passes it (None: no cut, or that entry runs on past the rows read)."""
    total = 0
    for index, row in enumerate(rows):
        total += _size(row["value"])
        if total > PULL_PAGE_BYTES:
            key = _group_key(row)
            end = index + 1
            while end < len(rows) and _group_key(rows[end]) == key:
                end += 1
            return end if end < len(rows) else None
    return None


def _group_key(row: dict[str, Any]) -> tuple[str, str, str, str]:
    return (row["table_name"], row["record_id"], row["hlc"], row["device_id"])


def device_checksums(cur: Cursor, device: DeviceRow) -> dict[str, str]:
    """Per table, the sum mod 2^64 of the field digests of the device's scope (hex)."""
    if device.is_district:
        rows = cur.execute("SELECT table_name, total FROM checksums").fetchall()
    else:
        rows = cur.execute("SELECT table_name, total FROM checksums WHERE okrug_kato IN "
                           "(?, ?)", [device.okrug_kato, DISTRICT_SCOPE_KEY]).fetchall()
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["table_name"]] = (totals.get(row["table_name"], 0) + int(row["total"])) & (
            wire.MASK64)
    # Every table, an empty one as zero: a device holding rows the server lacks must differ.
    return {name: wire.checksum_hex(totals.get(name, 0)) for name in CHECKSUM_TABLES}


def backlog(cur: Cursor, device: DeviceRow) -> int:
    """Fields in the device's scope changed after the cursor it last reached."""
    where, params = _scope_sql(device)
    return int(cur.scalar(f"SELECT COUNT(*) FROM fields WHERE seq > ?{where}",
                          [device.last_cursor or 0, *params]))


__all__ = ["STORED_BYTES_QUOTA", "DeviceRow", "apply_push", "backlog", "device_checksums",
           "load_device", "over_quota", "pull_page", "read_snapshot", "record_contact"]
