"""Open and create the encrypted database (SQLCipher 4 through `sqlcipher3`).

The connection is always opened here, keyed before any other statement, and only then handed
to `sqlite_utils.Database(conn)`: letting sqlite-utils open a path itself would use the
standard library's unencrypted sqlite3.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlite_utils import Database

from desktop.domain.ids import new_id
from desktop.storage.errors import (
    DatabaseDamaged,
    DatabaseExists,
    DatabaseNotFound,
    NewerVersion,
    NotQadamDatabase,
)
from desktop.storage.keys import KdfParams, Keyring, new_data_key
from desktop.storage.migrations import MIGRATION_SET, migration_names, migrations

PAGE_SIZE = 4096  # SQLCipher 4 default
PAGE_HMAC = "HMAC_SHA256"
SQLITE_MAGIC = b"SQLite format 3\x00"
# Decrypted pages stay in this cache, so reads cost little more than plain SQLite.
CACHE_KIB = 64 * 1024

# The DB-API errors of both drivers (the benchmark runs the same code on plain sqlite3).
DB_ERRORS: tuple[type[Exception], ...] = (sqlcipher3.DatabaseError, sqlite3.DatabaseError)


def connect_encrypted(path: Path, data_key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    # A raw key (x'…'): SQLCipher skips its own PBKDF2, our Argon2id already did the work.
    conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    # HMAC-SHA256 instead of SQLCipher 4's default SHA512: equally sound for page
    # authentication, and with the CPU's SHA instructions it cuts the cost of every page
    # read or written by about a quarter (measured: 8.4 vs 11.1 µs a page). Part of the
    # file format: every open must say it (see docs/architecture.md).
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {PAGE_HMAC}")
    return conn


def connect_plain(path: Path, data_key: bytes | None = None) -> Any:
    """Unencrypted twin used only by the benchmark and tests, to measure what encryption
    costs. The same SQLCipher library with no key is plain SQLite of the very same version,
    so the comparison isolates encryption."""
    return sqlcipher3.connect(str(path), check_same_thread=False)


def configure(conn: Any) -> None:
    """Durability and speed settings, the same for every connection."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")  # a power cut loses no committed transaction
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA busy_timeout = 5000")


@dataclass
class OpenedDatabase:
    db: Database
    path: Path
    keyring: Keyring
    database_id: str
    device_id: str
    # Kept for backups (storage/backup.py), which key their snapshot and MAC with it; it is
    # in this process's memory anyway, inside SQLCipher.
    data_key: bytes = field(default=b"", repr=False)

    def close(self) -> None:
        self.db.conn.close()


def check_file_shape(path: Path) -> None:
    """Cheap checks before any key is tried: missing, empty, plain SQLite, truncated."""
    if not path.exists():
        raise DatabaseNotFound(path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseDamaged(path=str(path), reason="the file is empty")
    with open(path, "rb") as f:
        head = f.read(16)
    if head == SQLITE_MAGIC:
        raise NotQadamDatabase(path=str(path), reason="it is an unencrypted SQLite file")
    if size % PAGE_SIZE:
        raise DatabaseDamaged(path=str(path), reason="the file is cut short")


def open_with_key(
    path: Path,
    keyring: Keyring,
    data_key: bytes,
    connect: Callable[[Path, bytes], Any] = connect_encrypted,
    upgrade: bool = True,
) -> OpenedDatabase:
    """Open an existing database with its (already unwrapped) data key."""
    conn = connect(path, data_key)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DB_ERRORS as error:
            # The key was proven right by its wrap. "malformed": pages decrypt but the file is
            # cut short or corrupted; otherwise the first page does not decrypt at all, so the
            # file is not the one this key file belongs to.
            if "malformed" in str(error):
                raise DatabaseDamaged(
                    path=str(path), reason="it is cut short or corrupted"
                ) from error
            raise NotQadamDatabase(
                path=str(path), reason="it does not match its key file"
            ) from error
        configure(conn)
        db = Database(conn)
        meta = _read_meta(db, path)
        if meta.get("database_id") != keyring.database_id:
            raise NotQadamDatabase(path=str(path), reason="the key file belongs to another one")
        _check_version(db)
        if upgrade and migrations.pending(db):
            backup_before_upgrade(db, path, data_key)
            migrations.apply(db)
        return OpenedDatabase(
            db, path, keyring, meta["database_id"], meta["device_id"], data_key)
    except BaseException:
        conn.close()
        raise


def backup_before_upgrade(db: Database, path: Path, data_key: bytes) -> Path:
    """A full backup before migrating: an upgrade that goes wrong on a village laptop must
    never cost the data (docs/backups.md)."""
    from desktop.storage.backup import backup_before_migration  # it imports this module

    return backup_before_migration(db, path, data_key)


def _read_meta(db: Database, path: Path) -> dict[str, str]:
    try:
        return {row[0]: row[1] for row in db.execute("SELECT key, value FROM meta").fetchall()}
    except DB_ERRORS as error:
        text = str(error)
        if "no such table" in text:
            raise NotQadamDatabase(path=str(path), reason="it has no Qadam tables") from error
        raise DatabaseDamaged(path=str(path), reason=text) from error


def _check_version(db: Database) -> None:
    known = set(migration_names())
    applied = {m.name for m in migrations.applied(db)}
    unknown = sorted(applied - known)
    if unknown:
        raise NewerVersion(found=f"schema {unknown[-1]}")


def create_database(
    path: Path,
    username: str,
    passphrase: str,
    kdf: KdfParams,
    user_id: str | None = None,
    connect: Callable[[Path, bytes], Any] = connect_encrypted,
    stop_before: str | None = None,
) -> tuple[OpenedDatabase, bytes, str]:
    """A new database and key file; returns it, the data key and the first user's id.

    The caller (services.setup) writes the first user's row through the audited writer.
    """
    keyring_path = Keyring.path_for(path)
    if path.exists() or keyring_path.exists():
        raise DatabaseExists(path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    data_key = new_data_key()
    database_id, device_id = new_id(), new_id()
    user_id = user_id or new_id()
    keyring = Keyring(database_id=database_id)
    keyring.add_user(user_id, username, passphrase, data_key, kdf)

    conn = connect(path, data_key)
    configure(conn)
    db = Database(conn)
    try:
        migrations.apply(db, stop_before=stop_before)
        with db.atomic():
            db["meta"].insert_all(
                [
                    {"key": "database_id", "value": database_id},
                    {"key": "device_id", "value": device_id},
                ]
            )
        # The key file last: a crash before this leaves a database nobody can open, which
        # `init` can simply recreate, never a key file pointing at nothing.
        keyring.save(path)
    except BaseException:
        conn.close()
        for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if leftover.exists():
                os.remove(leftover)
        raise
    opened = OpenedDatabase(db, path, keyring, database_id, device_id, data_key)
    return opened, data_key, user_id


def set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])


def get_meta(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else default


__all__ = [
    "MIGRATION_SET",
    "OpenedDatabase",
    "check_file_shape",
    "connect_encrypted",
    "connect_plain",
    "create_database",
    "open_with_key",
]
