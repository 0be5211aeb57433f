"""The sync wire format, shared by the desktop app and the district server (pure, no I/O).

See docs/sync-protocol.md. An *entry* is what one save changed in one record: the fields
travel together with the save's HLC and the device that made it. Bodies are JSON compressed
with zstd, which on a 2G link matters more than the CPU it costs.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import zstandard

from desktop.domain.json_depth import nests_deeper_than

PROTOCOL_VERSION = 1
SUPPORTED_PROTOCOLS = frozenset({1})

# Entries per push batch and per pull page: small enough that a cut on a 64 kbit/s link costs
# little to re-send, large enough that the 600 ms round trips do not dominate.
PUSH_BATCH_ENTRIES = 400
# The lengths /openapi.json promises (district/models.py), enforced where entries are parsed:
# a table, record or device id, and a field (column) name.
MAX_ID_CHARS = 64
MAX_FIELD_NAME_CHARS = 63
_FIELD_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
PULL_PAGE_FIELDS = 4000

# Record tables that travel, in an order where references come first; storage's
# RECORD_TABLES is this list (a new record table is added here and in a migration).
SYNC_TABLES = (
    "users",
    "settlements",
    "employers",
    "education_organisations",
    "vacancies",
    "persons",
    "households",
    "household_members",
    "cases",
    "social_contracts",
    "obligations",
    "monitoring_visits",
    "decisions",
    "payments",
    "person_documents",
)
# Records the server itself writes and sends down: conflicts for a person to review, and
# notices such as the same ИИН living in two okrugs.
SERVER_TABLES = ("sync_conflicts", "sync_notices")
SERVER_DEVICE_ID = "district-server"

# Columns derived or meaningful on one device only: never sent, never in the checksum.
LOCAL_ONLY: dict[str, frozenset[str]] = {
    "persons": frozenset({"name_key"}),
    "users": frozenset({"username"}),
}
# The writer's own bookkeeping: `deleted` travels (tombstones do), the others do not.
BOOKKEEPING = frozenset({"id", "created_at", "updated_at"})

# Level 15, not 9: a pull page of 4,000 fields (~140 KB of JSON) shrinks by another 10 %
# (measured: 1.15 -> 1.02 x the zstd-3 size of the bare records over three pages) for ~40 ms of
# CPU per page; on a 64 kbit/s link those bytes cost seconds. Any level decodes the same.
ZSTD_LEVEL = 15
CONTENT_ENCODING = "zstd"


@dataclass
class Entry:
    """The fields one save changed in one record, as they travel."""

    table: str
    record_id: str
    hlc: str
    device_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    seen: int | None = None  # push: the server cursor the device had when it wrote
    seq: int | None = None  # pull: the server's sequence number of this entry

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "t": self.table, "r": self.record_id, "h": self.hlc, "d": self.device_id,
            "f": self.fields,
        }
        if self.seen is not None:
            out["s"] = self.seen
        if self.seq is not None:
            out["n"] = self.seq
        return out

    @classmethod
    def from_json(cls, data: Any) -> Entry:
        """Parse one entry; raises WireError on anything malformed (never KeyError)."""
        if not isinstance(data, dict):
            raise WireError("an entry is not an object")
        try:
            table, record_id, hlc, device = data["t"], data["r"], data["h"], data["d"]
            fields = data["f"]
        except KeyError as missing:
            raise WireError(f"an entry lacks {missing}") from None
        if not all(isinstance(x, str) and x for x in (table, record_id, hlc, device)):
            raise WireError("an entry's t, r, h and d must be non-empty strings")
        if max(len(table), len(record_id), len(device)) > MAX_ID_CHARS:
            raise WireError(f"an entry's t, r and d are at most {MAX_ID_CHARS} characters")
        if not _valid_hlc(hlc):
            raise WireError("an entry's HLC is malformed")
        if not isinstance(fields, dict) or not fields:
            raise WireError("an entry's fields must be a non-empty object")
        for name, value in fields.items():
            if not isinstance(name, str) or not _FIELD_NAME.fullmatch(name):
                raise WireError("a field name is not an identifier of at most "
                                f"{MAX_FIELD_NAME_CHARS} ASCII characters")
            if value is not None and not isinstance(value, str | int | float) or (
                isinstance(value, bool)
            ):
                raise WireError("a field value must be text, a number or null")
            if isinstance(value, float) and not math.isfinite(value):
                raise WireError("a field value must be a finite number")
        seen, seq = data.get("s"), data.get("n")
        for number in (seen, seq):
            if number is not None and (not isinstance(number, int) or isinstance(number, bool)
                                       or number < 0):
                raise WireError("s and n must be non-negative integers")
        return cls(table, record_id, hlc, device, dict(fields), seen, seq)

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What makes an entry unique: re-sending it must change nothing (idempotence)."""
        return (self.device_id, self.hlc, self.table, self.record_id)


class WireError(ValueError):
    """A body or entry that does not follow the protocol."""


def _valid_hlc(text: str) -> bool:
    wall, sep, counter = text.partition("-")
    return bool(sep) and len(wall) == 15 and len(counter) == 5 and wall.isdigit() and (
        counter.isdigit())


def group_changes(rows: Iterable[dict[str, Any]], seen: int | None = None) -> Iterator[Entry]:
    """Fold per-field outbox rows (in outbox order) into entries, one per save of a record.

    Rows need `table_name`, `record_id`, `hlc`, `device_id`, `field` and `value` (the JSON
    text the change log stores). Consecutive rows of one save share table, record and HLC.
    """
    current: Entry | None = None
    for row in rows:
        if row["field"] in LOCAL_ONLY.get(row["table_name"], ()):
            continue
        key = (row["table_name"], row["record_id"], row["hlc"], row["device_id"])
        if current is None or (current.table, current.record_id, current.hlc,
                               current.device_id) != key:
            if current is not None:
                yield current
            current = Entry(*key, fields={}, seen=row.get("seen", seen))
        current.fields[row["field"]] = json.loads(row["value"]) if row["value"] else None
    if current is not None:
        yield current


def encode_body(payload: Any) -> bytes:
    """JSON then zstd: what a request or response body carries."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return zstandard.ZstdCompressor(level=ZSTD_LEVEL).compress(text.encode("utf-8"))


MAX_BODY_BYTES = 16 * 1024 * 1024  # a decompression bomb stops here
MAX_JSON_DEPTH = 64  # real bodies nest a few levels; the C parser would recurse 100,000
MAX_INTEGER_DIGITS = 30  # times, sequences and counters fit in 20; a 5,000-digit number never
_READ_CHUNK = 64 * 1024


def decompress_capped(body: bytes, cap: int = MAX_BODY_BYTES) -> bytes:
    """The zstd `body` decompressed, refused (WireError) past `cap` bytes.

    Streamed, whatever size the frame declares: python-zstandard's one-shot `decompress`
    trusts a frame that states its content size and ignores `max_output_size`, so a 32 KB frame
    declaring 1 GiB would allocate 1 GiB. Here at most `cap + 1` bytes are ever produced.
    """
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(body, read_across_frames=True)
        parts, size = [], 0
        with reader:
            while size <= cap:
                chunk = reader.read(min(_READ_CHUNK, cap + 1 - size))
                if not chunk:
                    break
                parts.append(chunk)
                size += len(chunk)
    except zstandard.ZstdError as error:
        raise WireError(f"the body cannot be read: {error}") from None
    if size > cap:
        raise WireError(f"the body decompresses to more than {cap} bytes")
    return b"".join(parts)


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INTEGER_DIGITS:
        raise WireError(f"a number has more than {MAX_INTEGER_DIGITS} digits")
    return int(text)


def header_number(text: str, max_digits: int) -> int | None:
    """A header's non-negative integer, or None unless it is 1 to `max_digits` ASCII digits.

    Strict on purpose, on both ends of the link: str.isdigit() also accepts "²" and other
    Unicode digits that int() then refuses, and an unbounded length lets a header carry a
    5,000-digit number.
    """
    if not 0 < len(text) <= max_digits or not (text.isascii() and text.isdigit()):
        return None
    return int(text)


def loads(text: str | bytes) -> Any:
    """JSON from a device or a file, refused (WireError) if numbers or nesting are absurd.

    The C parser recurses once per level: 100,000 `[` would be a RecursionError, and a
    5,000-digit integer a ValueError (Python's int limit); both are a WireError here.
    """
    try:
        value = json.loads(text, parse_int=_bounded_int)
    except RecursionError:
        raise WireError(f"the JSON nests deeper than {MAX_JSON_DEPTH} levels") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise WireError(f"the body cannot be read: {error}") from None
    if nests_deeper_than(value, MAX_JSON_DEPTH):
        raise WireError(f"the JSON nests deeper than {MAX_JSON_DEPTH} levels")
    return value


def decode_body(body: bytes, encoding: str | None = CONTENT_ENCODING) -> Any:
    """The JSON of a body, zstd-compressed or plain; WireError if it is neither, if it
    decompresses past MAX_BODY_BYTES, or if its JSON is absurd (see `loads`)."""
    if encoding == CONTENT_ENCODING:
        body = decompress_capped(body)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise WireError(f"the body cannot be read: {error}") from None
    return loads(text)


def canonical(value: Any) -> str:
    """One text for a value, the same on SQLite, PostgreSQL and every device."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


MASK64 = (1 << 64) - 1


def field_digest(table: str, record_id: str, name: str, value: Any) -> int:
    """A 64-bit digest of one field's value; scope checksums are sums of these mod 2^64.

    Sums (not a hash over an ordered list) let the server keep a checksum up to date field by
    field, and let a device compute its own in any order.
    """
    text = "\x1f".join((table, record_id, name, canonical(value))).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")


def synchronised_fields(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The fields of a stored row that travel and count in the checksum (nulls do not)."""
    local = LOCAL_ONLY.get(table, frozenset())
    out = {}
    for name, value in row.items():
        if name in BOOKKEEPING or name in local or value is None:
            continue
        if name == "deleted" and not value:
            continue  # a live record: `deleted = 0` is the default, never sent
        out[name] = value
    return out


def checksum_hex(total: int) -> str:
    return f"{total & MASK64:016x}"


__all__ = [
    "CONTENT_ENCODING", "Entry", "LOCAL_ONLY", "PROTOCOL_VERSION", "PULL_PAGE_FIELDS",
    "PUSH_BATCH_ENTRIES", "SERVER_DEVICE_ID", "SERVER_TABLES", "SUPPORTED_PROTOCOLS",
    "SYNC_TABLES", "WireError", "canonical", "checksum_hex", "decode_body", "decompress_capped",
    "encode_body", "field_digest", "group_changes", "loads", "synchronised_fields",
]
