"""Open and create the encrypted database (SQLCipher 4 through `sqlcipher3`).

The connection is always opened here, keyed before any other statement, and only then handed
to `sqlite_utils.Database(conn)`: letting sqlite-utils open a path itself would use the
standard library's unencrypted sqlite3.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
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
from desktop.sync.private_files import make_database_private

PAGE_SIZE = 4096  # SQLCipher 4 default
PAGE_HMAC = "HMAC_SHA256"
SQLITE_MAGIC = b"SQLite format 3\x00"
# Decrypted pages stay in this cache, so reads cost little more than plain SQLite.
CACHE_KIB = 64 * 1024

# The DB-API errors of both drivers (the benchmark runs the same code on plain sqlite3).
DB_ERRORS: tuple[type[Exception], ...] = (sqlcipher3.DatabaseError, sqlite3.DatabaseError)


class QadamDatabase(Database):
    """sqlite-utils' Database whose outermost transaction begins IMMEDIATE.

    A deferred BEGIN reads first and asks for the write lock only at the first write; if
    another process committed in between, SQLite answers "database is locked" at once,
    without waiting (the snapshot is stale), and the save is lost. BEGIN IMMEDIATE takes
    the write lock first, so a second writer waits its turn within busy_timeout.
    Nested blocks are savepoints, as in sqlite-utils.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        # An auditor's connection is query_only, where BEGIN IMMEDIATE itself is refused
        # ("attempt to write a readonly database"); it only reads, so deferred is right.
        read_only = self.conn.execute("PRAGMA query_only").fetchone()[0]
        self._begin("BEGIN" if read_only else "BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise


    def _begin(self, statement: str) -> None:
        """BEGIN, asked again if another process kept the write lock for a whole
        busy_timeout: SQLite's waiting is not fair, and a busy writer in a loop (a big sync,
        an import) can outrun a waiting one. Safe to repeat: nothing is written yet."""
        for attempt in range(BEGIN_ATTEMPTS):
            try:
                self.conn.execute(statement)
                return
            except DB_ERRORS as error:
                if "locked" not in str(error) or attempt == BEGIN_ATTEMPTS - 1:
                    raise


# busy_timeout (5 s) × this: how long a save waits for another process before it gives up.
BEGIN_ATTEMPTS = 3

# The database files this process has open through SQLite, by (device, inode). POSIX drops
# every lock a process holds on a file when ANY descriptor of that file is closed, so
# nothing may open() such a file beside SQLite (SQLite's "How to corrupt", §2.2): the
# shape check below reads the header only of files not open here.
_open_files: dict[tuple[int, int], int] = {}
_open_lock = threading.Lock()


def _file_key(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)  # stat() opens no descriptor: it cannot drop a lock
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _opened_here(path: Path) -> tuple[int, int] | None:
    key = _file_key(path)
    if key is not None:
        with _open_lock:
            _open_files[key] = _open_files.get(key, 0) + 1
    return key


def _closed_here(key: tuple[int, int] | None) -> None:
    """By the key taken at open: the file may have been replaced since (a restore)."""
    with _open_lock:
        if key in _open_files:
            _open_files[key] -= 1
            if not _open_files[key]:
                del _open_files[key]


def is_open_here(path: Path) -> bool:
    """True while this process has a connection to `path` (its SQLite locks must stay)."""
    key = _file_key(path)
    with _open_lock:
        return key is not None and key in _open_files


# Files SQLite keeps beside a database, and ours (the key file, the app's lock file).
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".keys", ".lock")


def belongs_to_open_database(path: Path) -> bool:
    """True if `path` is a database open in this process or one of its companion files:
    a file the person must not pick to import, or to write over."""
    if is_open_here(path):
        return True
    name = path.name
    return any(name.endswith(suffix) and is_open_here(path.with_name(name[: -len(suffix)]))
               for suffix in COMPANION_SUFFIXES)


def connect_encrypted(path: Path, data_key: bytes) -> Any:
    conn = sqlcipher3.connect(str(path), check_same_thread=False)
    make_database_private(path)  # 0600 before the first page is written
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
    # Transactions the driver begins by itself (a write outside `atomic`) take the write
    # lock at once too; see QadamDatabase.
    conn.isolation_level = "IMMEDIATE"


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

    def __post_init__(self) -> None:
        self._closed = False
        self._file_key = _opened_here(self.path)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            _closed_here(self._file_key)
        self.db.conn.close()


def check_file_shape(path: Path) -> None:
    """Cheap checks before any key is tried: missing, empty, plain SQLite, truncated.

    Only stat() while this process has the file open (after Ctrl+L, or switching user):
    opening and closing it here would silently drop SQLite's locks on it.
    """
    if not path.exists():
        raise DatabaseNotFound(path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseDamaged(path=str(path), reason="the file is empty")
    if not is_open_here(path):
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
        db = QadamDatabase(conn)
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
    db = QadamDatabase(conn)
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
    "QadamDatabase",
    "belongs_to_open_database",
    "check_file_shape",
    "connect_encrypted",
    "connect_plain",
    "create_database",
    "is_open_here",
    "open_with_key",
]
