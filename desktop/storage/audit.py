"""The audit trail: who changed what and when, as a hash chain.

Each entry stores the hash of the previous one and its own hash over its content, and the
head of the chain (last sequence number and hash) is kept in `meta`. `verify` therefore sees
an edited entry (its hash no longer matches), a removed or reordered one (the sequence or the
link to the previous hash breaks) and a removed tail (the head no longer matches).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


@dataclass
class AuditHead:
    seq: int = 0
    hash: str = GENESIS

    def encode(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def decode(cls, text: str | None) -> AuditHead:
        if not text:
            return cls()
        seq, digest = text.split(":")
        return cls(int(seq), digest)


def entry_hash(prev_hash: str, entry: dict[str, Any]) -> str:
    body = json.dumps(
        [
            entry["seq"],
            entry["at"],
            entry["user_id"],
            entry["device_id"],
            entry["action"],
            entry["table_name"],
            entry["record_id"],
            entry["changes"],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256((prev_hash + "\n" + body).encode("utf-8")).hexdigest()


def load_head(db: Database) -> AuditHead:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [HEAD_KEY]).fetchone()
    return AuditHead.decode(row[0] if row else None)


def store_head(db: Database, head: AuditHead) -> None:
    db.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [HEAD_KEY, head.encode()]
    )


def append(db: Database, head: AuditHead, entry: dict[str, Any]) -> AuditHead:
    """Write one entry after `head` and return the new head (the caller stores it)."""
    entry = {**entry, "seq": head.seq + 1}
    digest = entry_hash(head.hash, entry)
    db.execute(
        "INSERT INTO audit_log (seq, at, user_id, device_id, action, table_name, record_id,"
        " changes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            entry["seq"],
            entry["at"],
            entry["user_id"],
            entry["device_id"],
            entry["action"],
            entry["table_name"],
            entry["record_id"],
            entry["changes"],
            head.hash,
            digest,
        ],
    )
    return AuditHead(entry["seq"], digest)


@dataclass
class AuditReport:
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database) -> AuditReport:
    report = AuditReport()
    expected_seq, prev_hash = 1, GENESIS
    cursor = db.execute(
        "SELECT seq, at, user_id, device_id, action, table_name, record_id, changes,"
        " prev_hash, hash FROM audit_log ORDER BY seq"
    )
    columns = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(columns, values, strict=True))
        report.entries += 1
        seq = row["seq"]
        if seq != expected_seq:
            report.problems.append(f"entry {expected_seq} is missing (next found: {seq})")
        if row["prev_hash"] != prev_hash:
            report.problems.append(f"entry {seq} does not follow the entry before it")
        if entry_hash(row["prev_hash"], row) != row["hash"]:
            report.problems.append(f"entry {seq} was altered after it was written")
        expected_seq, prev_hash = seq + 1, row["hash"]
    head = load_head(db)
    if head.seq != expected_seq - 1 or head.hash != prev_hash:
        report.problems.append(
            f"the trail ends at entry {expected_seq - 1} but was last written at {head.seq}"
        )
    return report
