"""Encrypted backups: one file holds the whole database and every key wrap needed to open it.

The file (docs/backups.md has the byte layout and the reasons):

    MAGIC (8) | header length (4, big-endian) | SHA-256 of the header (32) | header (JSON)
    | the SQLCipher database (header["db_bytes"] bytes) | HMAC-SHA256 of all the above (32)

- The database part is made by SQLite's online backup API from the app's own connection onto
  a second connection keyed with the same data key and cipher settings: a consistent snapshot
  even while someone saves, and it stays encrypted page by page. Nothing decrypted is written.
- The header carries the key file exactly as it is (every user wrap and every district
  recovery wrap), so a lost key file or a forgotten passphrase is recoverable from a backup.
- The header's own SHA-256 tells a damaged header from a wrong passphrase; the HMAC, keyed by
  a key derived from the data key, proves the whole file is the one this database wrote.
- Written to `<name>.tmp`, fsynced, then renamed: a full or pulled USB stick leaves the
  backups already there as they were.

Rotation (`choose_kept`) is a pure function of the backups' timestamps.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop import __version__
from desktop.storage import audit
from desktop.storage.connection import DB_ERRORS, connect_encrypted, open_with_key
from desktop.storage.errors import (
    BackupDamaged,
    BackupFolderFull,
    BackupFolderUnavailable,
    BackupNotFound,
    DatabaseDamaged,
    NewerVersion,
    NotABackup,
    NotQadamDatabase,
)
from desktop.storage.keys import Keyring
from desktop.storage.migrations import RECORD_TABLES
from desktop.sync.private_files import open_private

MAGIC = b"QADAMBK\x01"
FORMAT = "qadam-backup"
FORMAT_VERSION = 1
SUFFIX = ".qadam-backup"
CHUNK = 1024 * 1024
# SQLite's lock-byte page: the page holding byte 2**30 (PENDING_BYTE), never used for data.
LOCK_PAGE_SIZE = 4096  # connection.PAGE_SIZE
LOCK_PAGE_START = (2**30 // LOCK_PAGE_SIZE) * LOCK_PAGE_SIZE
FREEZE_WAIT_MS = 500  # how long to wait for other connections before the backup API path
PAGES_PER_STEP = 4096  # 16 MiB a step: progress without slowing the copy
_LENGTH = struct.Struct(">I")
_NAME = re.compile(
    r"^(?P<id>[0-9a-fA-F-]{36})_(?P<stamp>\d{8}T\d{9})Z" + re.escape(SUFFIX) + "$")
# What the preview counts (not personal data): live records of these tables.
PREVIEW_TABLES = ("persons", "households", "cases", "social_contracts", "users")
FOLDER_KEY = "backup_folder"  # meta: the folder the person chose (a USB stick)

Progress = Callable[[int], None]  # percent done


@dataclass(frozen=True)
class BackupHeader:
    database_id: str
    created_at: str  # ISO 8601, UTC
    app_version: str
    schema: str  # the last migration applied when the backup was taken
    made_by: str  # the username who took it (or "system" before a migration)
    db_bytes: int
    keyring: dict[str, Any] = field(repr=False)
    format: str = FORMAT
    version: int = FORMAT_VERSION

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)


@dataclass
class VerifiedBackup:
    """A backup that decrypted and passed every check; `database`/`keyring_path` are its
    extracted (still encrypted) pair while `workdir` exists."""

    path: Path
    header: BackupHeader
    counts: dict[str, int]
    audit_entries: int
    workdir: Path
    data_key: bytes = field(repr=False)

    @property
    def database(self) -> Path:
        return self.workdir / "backup.db"

    def discard(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


# -- names and rotation -------------------------------------------------------------------------


def backup_name(database_id: str, when: datetime) -> str:
    when = when.astimezone(UTC)
    return f"{database_id}_{when:%Y%m%dT%H%M%S}{when.microsecond // 1000:03d}Z{SUFFIX}"


def parse_backup_name(name: str) -> tuple[str, datetime] | None:
    """(database_id, when) of a backup file's name; None for any other file."""
    match = _NAME.match(name)
    if match is None:
        return None
    stamp = datetime.strptime(match["stamp"][:15], "%Y%m%dT%H%M%S").replace(
        microsecond=int(match["stamp"][15:]) * 1000, tzinfo=UTC)
    return match["id"], stamp


def list_backups(folder: Path, database_id: str) -> list[tuple[datetime, Path]]:
    """This database's backups in `folder`, newest first (others' files are never listed)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        parsed = parse_backup_name(name)
        if parsed is not None and parsed[0] == database_id:
            found.append((parsed[1], folder / name))
    return sorted(found, reverse=True)


def choose_kept(stamps: Iterable[datetime], daily: int = 7, weekly: int = 4) -> set[datetime]:
    """Which backups rotation keeps: the newest of each of the `daily` latest days that have
    one, then the newest of each of the `weekly` latest ISO weeks before those days.

    Counted in days that have backups, not calendar days: a laptop left in a drawer for a
    month still has its last backups when it is switched on again. Days are UTC days.
    """
    newest_of_day: dict[date, datetime] = {}
    for stamp in sorted(set(stamps), reverse=True):
        newest_of_day.setdefault(stamp.astimezone(UTC).date(), stamp)
    days = list(newest_of_day)  # newest first
    kept = {newest_of_day[d] for d in days[:daily]}
    older_days = days[daily:]
    newest_of_week: dict[tuple[int, int], datetime] = {}
    for day in older_days:
        iso = day.isocalendar()
        newest_of_week.setdefault((iso.year, iso.week), newest_of_day[day])
    kept.update(list(newest_of_week.values())[:weekly])
    return kept


def rotate(folder: Path, database_id: str, daily: int = 7, weekly: int = 4,
           keep: Iterable[Path] = ()) -> list[Path]:
    """Delete this database's backups that rotation does not keep; returns what was deleted."""
    backups = list_backups(folder, database_id)
    kept = choose_kept([stamp for stamp, _ in backups], daily, weekly)
    spare = {Path(p) for p in keep}
    deleted = []
    for stamp, path in backups:
        if stamp not in kept and path not in spare:
            try:
                path.unlink()
                deleted.append(path)
            except OSError:
                pass  # a read-only or pulled stick: an extra backup left is harmless
    return deleted


# -- writing ------------------------------------------------------------------------------------


def _mac_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"qadam backup mac v1").derive(data_key)


@dataclass
class PendingBackup:
    """A backup written and fsynced under its `.tmp` name: `publish` renames it into place,
    `discard` removes it (a restore that was refused leaves the backup folder as it was)."""

    tmp: Path
    final: Path

    def publish(self) -> Path:
        try:
            os.replace(self.tmp, self.final)
            fsync_directory(self.final.parent)
        except OSError as error:
            self.discard()
            raise _folder_error(self.final.parent, error) from error
        return self.final

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.tmp.unlink(missing_ok=True)


def write_backup(
    conn: Any,
    database: Path,
    data_key: bytes,
    folder: Path,
    *,
    database_id: str,
    schema: str,
    made_by: str,
    now: datetime,
    progress: Progress | None = None,
    keyring: dict[str, Any] | None = None,
) -> Path:
    """A consistent copy of the database open on `conn` as a new backup file in `folder`."""
    return write_pending_backup(
        conn, database, data_key, folder, database_id=database_id, schema=schema,
        made_by=made_by, now=now, progress=progress, keyring=keyring).publish()


def write_pending_backup(
    conn: Any,
    database: Path,
    data_key: bytes,
    folder: Path,
    *,
    database_id: str,
    schema: str,
    made_by: str,
    now: datetime,
    progress: Progress | None = None,
    keyring: dict[str, Any] | None = None,
) -> PendingBackup:
    """`write_backup` without the final rename. `keyring`: the key file's content (read from
    beside `database` unless given)."""
    if keyring is None:
        keyring = json.loads(Keyring.path_for(database).read_text(encoding="utf-8"))
    _ready(folder)
    final = folder / backup_name(database_id, now)

    def header(db_bytes: int) -> BackupHeader:
        return BackupHeader(
            database_id=database_id,
            created_at=now.astimezone(UTC).isoformat(timespec="milliseconds"),
            app_version=__version__, schema=schema, made_by=made_by, db_bytes=db_bytes,
            keyring=keyring)

    mac_key = _mac_key(data_key)
    if _freeze(conn, database):
        # The file cannot change until the rollback below: copy it as it is (fast path).
        try:
            return _write_file(final, header(database.stat().st_size), database, mac_key,
                               progress, start=0)
        finally:
            conn.execute("ROLLBACK")
    return _write_through_backup_api(conn, database, data_key, final, header, mac_key,
                                     progress)


def _freeze(conn: Any, database: Path) -> bool:
    """Hold the database file still: SQLite's write lock (no other connection can write) over
    an empty WAL (so no checkpoint has anything to copy into the file). True if it holds;
    the caller then rolls back. False (e.g. a reader elsewhere keeps the WAL from being
    emptied, or this connection may not take the write lock): use the online backup API."""
    if conn.in_transaction:
        return False
    patience = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    try:
        # A reader elsewhere makes TRUNCATE wait for the busy timeout: wait briefly, then
        # take the slower path rather than stall the backup for the full timeout.
        conn.execute(f"PRAGMA busy_timeout = {FREEZE_WAIT_MS}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("BEGIN IMMEDIATE")
    except DB_ERRORS:
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(patience)}")
    wal = Path(f"{database}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        conn.execute("ROLLBACK")
        return False
    return True


def _write_through_backup_api(conn: Any, database: Path, data_key: bytes, final: Path,
                              header: Callable[[int], BackupHeader], mac_key: bytes,
                              progress: Progress | None) -> PendingBackup:
    """SQLite's online backup onto a second connection keyed alike (the copy stays encrypted
    page by page), beside the database, then streamed into the backup file. Slower (every
    page is decrypted and encrypted again) but never waits for other connections."""
    work = Path(tempfile.mkdtemp(prefix=".qadam-backup-", dir=database.parent))
    try:
        snapshot = work / "snapshot.db"
        target = connect_encrypted(snapshot, data_key)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and total:
                    progress(50 * (total - remaining) // total)

            # Pages another connection writes meanwhile restart the copy, so what lands is
            # always one consistent state.
            conn.backup(target, pages=PAGES_PER_STEP, progress=step)
        finally:
            target.close()
        return _write_file(final, header(snapshot.stat().st_size), snapshot, mac_key,
                           progress, start=50)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _ready(folder: Path) -> None:
    """The folder exists or is made (never its parents: a missing USB stick is an error, not
    a new folder on the laptop's own disk where the stick should have been)."""
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise _folder_error(folder, error) from error
    if not folder.is_dir():
        raise BackupFolderUnavailable(path=str(folder))


def _folder_error(folder: Path, error: OSError) -> Exception:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return BackupFolderFull(path=str(folder))
    return BackupFolderUnavailable(path=str(folder))


def database_chunks(db_file: Any, length: int, path: Path) -> Iterator[bytes]:
    """The first `length` bytes of an open database file, CHUNK by CHUNK, with SQLite's
    lock-byte page (the page holding byte 2**30, which SQLite never uses) given as zeros
    instead of read: on Windows the running app's file locks make those bytes unreadable
    from any other handle, and a database past 1 GiB contains them."""
    position = 0
    while position < length:
        if LOCK_PAGE_START <= position < LOCK_PAGE_START + LOCK_PAGE_SIZE:
            size = min(LOCK_PAGE_START + LOCK_PAGE_SIZE, length) - position
            if db_file.seekable():
                db_file.seek(position + size)
            else:  # a pipe from the copying child process (POSIX): read past it
                db_file.read(size)
            chunk = bytes(size)
        else:
            end = min(length, position + CHUNK)
            if position < LOCK_PAGE_START < end:
                end = LOCK_PAGE_START
            try:
                chunk = db_file.read(end - position)
            except OSError as error:
                raise DatabaseDamaged(path=str(path), reason="it cannot be read") from error
            if not chunk:
                raise DatabaseDamaged(path=str(path), reason="the file is cut short")
        position += len(chunk)
        yield chunk


@contextlib.contextmanager
def read_live_database(path: Path) -> Iterator[Any]:
    """A binary stream of a database file that this process may hold open in SQLite.

    On POSIX, closing ANY descriptor of a file drops every fcntl lock this process holds on
    it, SQLite's own included, and another process could then delete the WAL under our
    connection (SQLite's "How to corrupt a database", §2.2; docs/architecture.md, "One
    writer"). So the bytes are read by a child process (`cat`), whose descriptors are its
    own, through a pipe. On Windows locks belong to the handle that took them: reading
    through our own handle drops none of SQLite's.
    """
    if os.name == "nt":
        with open(path, "rb") as stream:
            yield stream
        return
    child = subprocess.Popen(["cat", "--", str(path)], stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    try:
        yield child.stdout
    except BaseException:
        child.kill()
        raise
    finally:
        child.stdout.close()
        status = child.wait()
    if status != 0:
        raise DatabaseDamaged(path=str(path), reason="it cannot be read")


def _write_file(final: Path, header: BackupHeader, source: Path, mac_key: bytes,
                progress: Progress | None, start: int) -> PendingBackup:
    body = json.dumps(header.__dict__, ensure_ascii=False, sort_keys=True).encode("utf-8")
    head = MAGIC + _LENGTH.pack(len(body)) + hashlib.sha256(body).digest() + body
    mac = hmac.new(mac_key, head, hashlib.sha256)
    pending = PendingBackup(final.with_name(final.name + ".tmp"), final)
    try:
        with open_private(pending.tmp, "wb") as out, read_live_database(source) as db_file:
            out.write(head)
            done = 0
            for chunk in database_chunks(db_file, header.db_bytes, source):
                mac.update(chunk)
                out.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(start + (99 - start) * done // max(header.db_bytes, 1))
            out.write(mac.digest())
            out.flush()
            os.fsync(out.fileno())
    except BaseException as error:
        pending.discard()
        if isinstance(error, OSError):
            raise _folder_error(final.parent, error) from error
        raise
    if progress is not None:
        progress(100)
    return pending


def fsync_directory(directory: Path) -> None:
    if os.name == "nt":  # Windows cannot open a directory; NTFS journals renames
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# -- reading and verifying ----------------------------------------------------------------------


def read_header(path: Path) -> tuple[BackupHeader, int]:
    """The header and where the database part starts; damaged or foreign files refused."""
    if not path.is_file():
        raise BackupNotFound(path=str(path))
    size = path.stat().st_size
    with open(path, "rb") as f:
        if f.read(len(MAGIC)) != MAGIC:
            raise NotABackup(path=str(path))
        raw_length = f.read(_LENGTH.size)
        digest = f.read(32)
        if len(raw_length) < _LENGTH.size or len(digest) < 32:
            raise BackupDamaged(path=str(path), reason="the file is cut short")
        (length,) = _LENGTH.unpack(raw_length)
        body = f.read(length) if length <= size else b""
    if len(body) != length or hashlib.sha256(body).digest() != digest:
        raise BackupDamaged(path=str(path), reason="its header does not match its checksum")
    try:
        raw = json.loads(body.decode("utf-8"))
        if raw.get("format") != FORMAT:
            raise NotABackup(path=str(path))
        if int(raw.get("version", 0)) > FORMAT_VERSION:
            raise NewerVersion(found=f"backup format {raw['version']}")
        header = BackupHeader(**raw)
    except (ValueError, TypeError, AttributeError):
        raise BackupDamaged(path=str(path), reason="its header is unreadable") from None
    start = len(MAGIC) + _LENGTH.size + 32 + length
    if size != start + header.db_bytes + 32:
        raise BackupDamaged(path=str(path), reason="the file is cut short")
    return header, start


@dataclass
class OpenedBackup:
    """A backup whose header is sound and whose key wraps opened with the passphrase; its
    key file waits in `workdir` (the database part is not extracted yet)."""

    path: Path
    header: BackupHeader
    start: int  # where the database part begins in the file
    keyring: Keyring
    workdir: Path
    data_key: bytes = field(repr=False)

    def discard(self) -> None:
        shutil.rmtree(self.workdir, ignore_errors=True)


def open_backup(path: Path, username: str | None, passphrase: str,
                workdir: Path | None = None) -> OpenedBackup:
    """Read the header and unwrap the data key with the backup's own key wraps (`username`
    None: its only user). Creates a work folder inside `workdir` (default: the system's)."""
    header, start = read_header(path)
    work = Path(tempfile.mkdtemp(prefix=".qadam-restore-", dir=workdir))
    try:
        extracted = work / "backup.db"
        keys_path = Keyring.path_for(extracted)
        keys_path.write_text(json.dumps(header.keyring, ensure_ascii=False), encoding="utf-8")
        try:
            keyring = Keyring.load(extracted)
        except NotQadamDatabase:
            raise BackupDamaged(path=str(path), reason="its key file is unreadable") from None
        if keyring.database_id != header.database_id:
            raise BackupDamaged(path=str(path), reason="its key file belongs to another one")
        if username is None:
            names = keyring.usernames()
            username = names[0] if len(names) == 1 else ""
        _, data_key = keyring.unwrap(username, passphrase)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return OpenedBackup(path, header, start, keyring, work, data_key)


def check_backup(opened: OpenedBackup, keep: bool = False) -> VerifiedBackup:
    """Extract the database part (still encrypted) while checking the HMAC, then
    integrity_check, the audit chain and the counts. With `keep` the extracted pair stays in
    the work folder for a restore; otherwise (and on any failure) the folder is removed."""
    try:
        extracted = opened.workdir / "backup.db"
        _extract(opened.path, opened.start, opened.header.db_bytes, extracted,
                 _mac_key(opened.data_key), durable=keep)
        counts, entries = _check_database(opened.path, extracted, opened.keyring,
                                          opened.data_key)
        verified = VerifiedBackup(opened.path, opened.header, counts, entries, opened.workdir,
                                  opened.data_key)
    except BaseException:
        opened.discard()
        raise
    if not keep:
        verified.discard()
    return verified


def verify_backup(
    path: Path,
    username: str | None,
    passphrase: str,
    *,
    workdir: Path | None = None,
    keep: bool = False,
) -> VerifiedBackup:
    """Decrypt and check a backup: its header, the passphrase against its own key wraps, the
    HMAC over every byte, SQLite's integrity_check and the audit chain; count what it holds.
    (`open_backup` then `check_backup`.)"""
    return check_backup(open_backup(path, username, passphrase, workdir), keep=keep)


def _extract(path: Path, start: int, length: int, target: Path, mac_key: bytes,
             durable: bool) -> None:
    """Copy the database part out while computing the HMAC; `durable` (it is about to be
    renamed into the database's place): on the disk before that."""
    mac = hmac.new(mac_key, digestmod=hashlib.sha256)
    with open(path, "rb") as source, open_private(target, "wb") as out:
        mac.update(source.read(start))
        remaining = length
        while remaining:
            chunk = source.read(min(CHUNK, remaining))
            if not chunk:
                break
            mac.update(chunk)
            out.write(chunk)
            remaining -= len(chunk)
        stored = source.read(32)
        out.flush()
        if durable:
            os.fsync(out.fileno())
    if remaining or not hmac.compare_digest(mac.digest(), stored):
        target.unlink(missing_ok=True)
        raise BackupDamaged(path=str(path), reason="its contents do not match their checksum")


def _check_database(path: Path, extracted: Path, keyring: Keyring,
                    data_key: bytes) -> tuple[dict[str, int], int]:
    """integrity_check (SQLite, off the GIL) on one connection while the audit chain (Python)
    is checked on another: the two longest checks overlap instead of adding up."""
    try:
        first = open_with_key(extracted, keyring, data_key, upgrade=False)
    except NotQadamDatabase as error:
        raise BackupDamaged(path=str(path), reason="its database does not open") from error
    outcome: dict[str, Any] = {}

    def integrity() -> None:
        try:
            outcome["integrity"] = first.db.execute("PRAGMA integrity_check").fetchone()[0]
        except DB_ERRORS as error:
            outcome["integrity"] = str(error)

    checker = threading.Thread(target=integrity, name="backup-integrity-check")
    checker.start()
    try:
        second = open_with_key(extracted, keyring, data_key, upgrade=False)
        try:
            report = audit.verify(second.db)
            counts = {table: second.db.execute(
                f"SELECT count(*) FROM {table} WHERE deleted = 0").fetchone()[0]
                for table in RECORD_TABLES}
        finally:
            second.close()
    finally:
        checker.join()
        first.close()
    if outcome.get("integrity") != "ok":
        raise BackupDamaged(path=str(path), reason="its database fails the integrity check")
    if not report.ok:
        raise BackupDamaged(path=str(path), reason="its audit trail is broken")
    return counts, report.entries


# -- restoring ----------------------------------------------------------------------------------


def aside_name(database: Path, stamp: str) -> Path:
    """Where a replaced database is kept: `<name>.replaced-<stamp>` (its key file beside it
    as `<name>.replaced-<stamp>.keys`, so the pair still opens together)."""
    return database.with_name(f"{database.name}.replaced-{stamp}")


def replace_database(database: Path, verified: VerifiedBackup, stamp: str) -> Path | None:
    """Put the verified backup's database and key file where `database` and its key file are.

    The files replaced are renamed aside first (never deleted); if anything fails midway the
    renames are undone, so the database is either the old one or the backup's, whole.
    Returns the replaced database's new name (None if there was nothing to replace).
    The caller has closed every connection to `database`.
    """
    keys = Keyring.path_for(database)
    aside = aside_name(database, stamp)
    moves = [
        (database, aside),
        (Path(f"{database}-wal"), Path(f"{aside}-wal")),
        (Path(f"{database}-shm"), Path(f"{aside}-shm")),
        (keys, Keyring.path_for(aside)),
        (verified.database, database),
        (Keyring.path_for(verified.database), keys),
    ]
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in moves:
            if source.exists():
                shutil.move(source, target)  # a rename on the same disk
                done.append((source, target))
        fsync_directory(database.parent)
    except BaseException:
        for source, target in reversed(done):
            shutil.move(target, source)
        raise
    return aside if (database, aside) in done else None


def backup_folder_setting(db: Any) -> str | None:
    """The folder the person chose (kept in the database's meta table), or None."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [FOLDER_KEY]).fetchone()
    return row[0] if row and row[0] else None


def default_folder(database: Path) -> Path:
    """`backups` beside the database: the per-user data folder for the app's own database."""
    return database.parent / "backups"


def latest_schema(db: Any) -> str:
    from desktop.storage.migrations import migrations

    applied = migrations.applied(db)
    return applied[-1].name if applied else ""


def backup_before_migration(db: Any, database: Path, data_key: bytes,
                            now: datetime | None = None) -> Path:
    """The backup taken before migrations run: into the chosen folder, or, if that cannot be
    reached (the stick is not plugged in), into the default one. Fails (and the migration
    does not run) only if neither can take it."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    row = db.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
    database_id = row[0]
    when = now or datetime.now(UTC)
    chosen = backup_folder_setting(db)
    folders = [Path(chosen)] if chosen else []
    folders.append(default_folder(database))
    for number, folder in enumerate(folders, 1):
        try:
            return write_backup(db.conn, database, data_key, folder, database_id=database_id,
                                schema=latest_schema(db), made_by="system", now=when)
        except (BackupFolderUnavailable, BackupFolderFull):
            if number == len(folders):
                raise
    raise AssertionError("unreachable")
