"""The one way to write: a transaction that saves rows with their change log and audit.

`Store.transaction()` opens one SQLite transaction; inside it each `save` or `delete`
1. writes the row (only fields that really changed),
2. appends one change-log (sync outbox) entry per changed field, stamped with a hybrid logical
   clock and this device's id,
3. appends an audit entry chained to the previous one,
4. keeps the name-search index in step.
All of it commits together or not at all. Deletes are tombstones (`deleted = 1`).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlite_utils import Database

from desktop.domain.enums import Role
from desktop.domain.hlc import ZERO, Hlc, tick
from desktop.domain.ids import new_id
from desktop.storage import audit, search
from desktop.storage.connection import DB_ERRORS, OpenedDatabase, get_meta, set_meta
from desktop.storage.errors import DiskFull, PermissionDenied, StorageError
from desktop.storage.migrations import RECORD_TABLES

HLC_KEY = "hlc_last"
# The server cursor pulled so far (services.sync): each change records what it had seen.
SYNC_CURSOR_KEY = "sync_cursor"
# Columns the writer manages itself; name_key is derived locally by storage.search.
BOOKKEEPING = {"id", "created_at", "updated_at", "deleted", "name_key"}
NAME_FIELDS = frozenset({"last_name", "first_name", "patronymic"})  # what the search indexes


@dataclass(frozen=True)
class Actor:
    """The signed-in user on whose behalf writes happen."""

    user_id: str
    username: str
    role: Role


@dataclass(frozen=True)
class Change:
    """What one write changed: views use it to refresh exactly what they show."""

    table: str
    record_id: str
    action: str  # "insert", "update" or "delete"
    fields: tuple[str, ...]


def to_column(value: Any) -> Any:
    """Domain values to what SQLite stores: ISO dates, Decimal as text, enums by value."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def utc_now_iso(clock: Callable[[], float]) -> str:
    return datetime.fromtimestamp(clock(), UTC).isoformat(timespec="milliseconds")


class Transaction:
    def __init__(self, store: Store) -> None:
        self._store = store
        self.db = store.db
        self._hlc = Hlc.decode(get_meta(self.db, HLC_KEY) or ZERO.encode())
        self._head = audit.load_head(self.db)
        seen = get_meta(self.db, SYNC_CURSOR_KEY)
        self._seen = int(seen) if seen is not None else None
        self.changes: list[Change] = []

    def save(self, table: str, values: dict[str, Any], record_id: str | None = None) -> Change:
        """Insert or update one record; returns what changed (possibly nothing)."""
        if table not in RECORD_TABLES:
            raise ValueError(f"not a record table: {table}")
        clean = {k: to_column(v) for k, v in values.items() if k not in BOOKKEEPING}
        now = utc_now_iso(self._store.clock)
        current = self._current(table, record_id) if record_id else None
        if current is None:
            record_id = record_id or new_id()
            row = {"id": record_id, "created_at": now, "updated_at": now, "deleted": 0, **clean}
            columns = ", ".join(row)
            self.db.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            changed = {k: v for k, v in clean.items() if v is not None}
            # Column defaults (e.g. cases.after_training = 0) travel with the insert: another
            # computer and the district's checksum must hold exactly what this row holds.
            defaults = [c for c in self._store.default_columns(table) if c not in changed]
            if defaults:
                inserted = self._current(table, record_id) or {}
                changed.update({c: inserted[c] for c in defaults if inserted.get(c) is not None})
            action = "insert"
        else:
            changed = {k: v for k, v in clean.items() if current.get(k) != v}
            if not changed:
                return Change(table, record_id, "update", ())
            assignments = ", ".join(f"{k} = ?" for k in changed)
            self.db.execute(
                f"UPDATE {table} SET {assignments}, updated_at = ? WHERE id = ?",
                [*changed.values(), now, record_id],
            )
            action = "update"
        return self._record(table, record_id, action, changed, now)

    def delete(self, table: str, record_id: str) -> Change:
        """Tombstone a record: it stays, marked deleted, so the delete can be synchronised."""
        now = utc_now_iso(self._store.clock)
        current = self._current(table, record_id)
        if current is None or current["deleted"]:
            return Change(table, record_id, "delete", ())
        self.db.execute(
            f"UPDATE {table} SET deleted = 1, updated_at = ? WHERE id = ?", [now, record_id]
        )
        return self._record(table, record_id, "delete", {"deleted": 1}, now)

    def log_change(self, table: str, record_id: str, changed: dict[str, Any]) -> Change:
        """Audit and queue for the district a change written outside `save` (a sync
        table such as sync_conflicts, whose row the caller has already updated)."""
        return self._record(table, record_id, "update", changed, utc_now_iso(self._store.clock))

    def _current(self, table: str, record_id: str) -> dict[str, Any] | None:
        cursor = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
        values = cursor.fetchone()
        if values is None:
            return None
        return dict(zip([d[0] for d in cursor.description], values, strict=True))

    def _record(
        self, table: str, record_id: str, action: str, changed: dict[str, Any], now: str
    ) -> Change:
        store = self._store
        self._hlc = tick(self._hlc, int(store.clock() * 1000))
        stamp = self._hlc.encode()
        payload = json.dumps(changed, ensure_ascii=False, sort_keys=True, default=str)
        self._head = audit.append(
            self.db,
            self._head,
            {
                "at": now,
                "user_id": store.actor.user_id,
                "device_id": store.device_id,
                "action": action,
                "table_name": table,
                "record_id": record_id,
                "changes": payload,
            },
        )
        self.db.conn.executemany(
            "INSERT INTO change_log (hlc, device_id, table_name, record_id, field, value,"
            " audit_seq, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    stamp,
                    store.device_id,
                    table,
                    record_id,
                    name,
                    json.dumps(value, ensure_ascii=False, default=str),
                    self._head.seq,
                    self._seen,
                )
                for name, value in changed.items()
            ],
        )
        if table == "persons" and (action != "update" or NAME_FIELDS.intersection(changed)):
            search.reindex_person(self.db, record_id)
        change = Change(table, record_id, action, tuple(changed))
        self.changes.append(change)
        return change

    def finish(self) -> None:
        set_meta(self.db, HLC_KEY, self._hlc.encode())
        audit.store_head(self.db, self._head)


def default_columns(db: Database, table: str) -> tuple[str, ...]:
    return tuple(row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()
                 if row[4] is not None and row[1] not in BOOKKEEPING)


class Store:
    """An opened database plus who is writing: the gateway every service writes through."""

    def __init__(
        self,
        opened: OpenedDatabase,
        actor: Actor,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.opened = opened
        self.db: Database = opened.db
        self.device_id = opened.device_id
        self.actor = actor
        self.clock = clock
        # The data key, kept by the session while unlocked (SQLCipher holds it in memory
        # anyway) so enrolment can wrap it to the district's recovery key.
        self.data_key: bytes | None = None
        self._defaults: dict[str, tuple[str, ...]] = {}

    def default_columns(self, table: str) -> tuple[str, ...]:
        """The columns of a record table with a DEFAULT (bookkeeping aside), cached."""
        if table not in self._defaults:
            self._defaults[table] = default_columns(self.db, table)
        return self._defaults[table]

    @contextmanager
    def transaction(self, action: str = "change records") -> Iterator[Transaction]:
        if not self.actor.role.can_write:
            raise PermissionDenied(role=self.actor.role.value, action=action)
        try:
            with self.db.atomic():
                tx = Transaction(self)
                yield tx
                tx.finish()
        except StorageError:
            raise
        except DB_ERRORS as error:
            if "disk is full" in str(error) or "disk I/O error" in str(error):
                raise DiskFull() from error
            raise

    def close(self) -> None:
        self.opened.close()


__all__ = ["Actor", "Change", "Store", "Transaction", "to_column"]
