"""Backups as the app and the headless commands use them (docs/backups.md).

- `back_up(store)`: "Back up now", the daily backup and `backup --to DIR`; rotation follows.
- `before_change(store)`: the backup taken before an import or a restore (before a migration:
  storage.backup.backup_before_migration); falls back to the default folder when the chosen
  one (a USB stick) is not there, so the change is never made without a backup.
- `prepare_restore` verifies a backup file and checks it belongs to this database;
  `restore` then backs up the current database and puts the backup's files in its place,
  keeping the replaced ones beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.domain.enums import Role
from desktop.storage import backup as files
from desktop.storage.connection import DB_ERRORS, get_meta, open_with_key, set_meta
from desktop.storage.errors import (
    BackupFolderFull,
    BackupFolderUnavailable,
    DatabaseDamaged,
    ForeignBackup,
    NotQadamDatabase,
    StorageError,
)
from desktop.storage.keys import Keyring
from desktop.storage.store import Actor, Store

LAST_KEY = "last_backup_at"  # meta: when this database was last backed up (ISO, UTC)
DAILY_AFTER = timedelta(hours=24)
WARN_AFTER = timedelta(days=7)  # the status bar warns past this
DAILY, WEEKLY = 7, 4  # rotation: the newest of 7 days, then of 4 weeks

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class RestoreResult:
    replaced: Path | None  # the database replaced, kept beside (None: there was none)
    backup_before: Path | None  # the backup of the replaced database (None: it did not open)


# -- the folder ---------------------------------------------------------------------------------


def folder(store: Store) -> Path:
    """The chosen backup folder, or `backups` beside the database."""
    chosen = files.backup_folder_setting(store.db)
    return Path(chosen) if chosen else files.default_folder(store.opened.path)


def set_folder(store: Store, chosen: Path | None) -> None:
    """Remember the folder (None: back to the default) in this database's meta table."""
    with store.db.conn:
        set_meta(store.db, files.FOLDER_KEY, str(chosen) if chosen else "")


# -- taking backups -----------------------------------------------------------------------------


def back_up(store: Store, to: Path | None = None, now: datetime | None = None,
            progress: files.Progress | None = None, keep: tuple[Path, ...] = ()) -> Path:
    """A backup into `to` (the chosen folder by default), then rotation there."""
    target = to or folder(store)
    when = now or utc_now()
    path = files.write_backup(
        store.db.conn, store.opened.path, store.opened.data_key, target,
        database_id=store.opened.database_id, schema=files.latest_schema(store.db),
        made_by=store.actor.username, now=when, progress=progress)
    _remember(store, when)
    files.rotate(target, store.opened.database_id, DAILY, WEEKLY, keep=(path, *keep))
    return path


def before_change(store: Store, now: datetime | None = None, keep: tuple[Path, ...] = ()) -> Path:
    """The backup before an import or a restore: the chosen folder, else the default one."""
    try:
        return back_up(store, now=now, keep=keep)
    except (BackupFolderUnavailable, BackupFolderFull):
        default = files.default_folder(store.opened.path)
        if folder(store) == default:
            raise
        return back_up(store, to=default, now=now, keep=keep)


def _remember(store: Store, when: datetime) -> None:
    if not store.actor.role.can_write:
        return  # an auditor's connection is read-only; the folder still tells the age
    try:
        with store.db.conn:
            set_meta(store.db, LAST_KEY, when.astimezone(UTC).isoformat())
    except DB_ERRORS:
        pass  # the backup itself is written; only the status bar's note is missing


def last_backup(store: Store) -> datetime | None:
    """When this database was last backed up: what it remembers, or the newest file in the
    backup folder (a backup taken by another user, or on an auditor's session)."""
    candidates = []
    remembered = get_meta(store.db, LAST_KEY)
    if remembered:
        candidates.append(datetime.fromisoformat(remembered))
    found = files.list_backups(folder(store), store.opened.database_id)
    if found:
        candidates.append(found[0][0])
    return max(candidates) if candidates else None


def daily_due(store: Store, now: datetime) -> bool:
    last = last_backup(store)
    return last is None or now - last >= DAILY_AFTER


def overdue(last: datetime | None, now: datetime) -> bool:
    """The status bar's warning: never backed up, or not for WARN_AFTER."""
    return last is None or now - last > WARN_AFTER


# -- restoring ----------------------------------------------------------------------------------


def preview(path: Path, username: str | None, passphrase: str) -> files.VerifiedBackup:
    """Verify a backup and count what it holds; nothing is kept on disk."""
    return files.verify_backup(path, username, passphrase)


def prepare_restore(path: Path, database: Path, username: str | None,
                    passphrase: str) -> files.VerifiedBackup:
    """Verify a backup for restoring over `database`; its files wait, extracted beside the
    database, for `restore` (or `discard()`). Refuses a backup of another database."""
    database.parent.mkdir(parents=True, exist_ok=True)
    verified = files.verify_backup(path, username, passphrase, workdir=database.parent,
                                   keep=True)
    try:
        _check_same_database(database, verified)
    except BaseException:
        verified.discard()
        raise
    return verified


def _check_same_database(database: Path, verified: files.VerifiedBackup) -> None:
    """The backup must be of this database: its id is the key file's (or, with the key file
    lost, the one inside the database, opened with the backup's key). With nothing at
    `database` (a new laptop) any backup may be restored."""
    wanted = verified.header.database_id
    refuse = ForeignBackup(path=str(verified.path))
    try:
        current = Keyring.load(database).database_id
    except StorageError:
        current = None
    if current is not None:
        if current != wanted:
            raise refuse
        return
    if not database.exists():
        return
    try:
        keyring = Keyring.load(verified.database)
        open_with_key(database, keyring, verified.data_key, upgrade=False).close()
    except NotQadamDatabase:
        raise refuse from None  # another key, or another database_id inside
    except (DatabaseDamaged, *DB_ERRORS):
        return  # damaged beyond telling: the restore is what repairs it; it is kept beside


def restore(verified: files.VerifiedBackup, database: Path, store: Store | None = None,
            now: datetime | None = None) -> RestoreResult:
    """Back up the current database, then put the verified backup in its place.

    `store` (the app's open database) is backed up and closed here; without it (the CLI) the
    current file is opened with the backup's key for its backup, if it still opens.
    """
    when = now or utc_now()
    try:
        before = _backup_current(verified, database, store, when)
        replaced = files.replace_database(database, verified, f"{when:%Y%m%dT%H%M%SZ}")
    finally:
        verified.discard()
    return RestoreResult(replaced, before)


def _backup_current(verified: files.VerifiedBackup, database: Path, store: Store | None,
                    when: datetime) -> Path | None:
    keep = (verified.path,)  # rotation never deletes the file being restored
    if store is not None:
        try:
            return before_change(store, now=when, keep=keep)
        finally:
            store.close()
    if not database.exists():
        return None
    try:
        keyring = Keyring.load(verified.database)
        opened = open_with_key(database, keyring, verified.data_key, upgrade=False)
    except (StorageError, *DB_ERRORS):
        return None  # it does not open: it is kept beside as it is
    try:
        system = Store(opened, Actor("", "system", Role.ADMINISTRATOR))
        return before_change(system, now=when, keep=keep)
    except (StorageError, OSError, *DB_ERRORS):
        return None  # e.g. its key file is lost: the files are kept beside all the same
    finally:
        opened.close()
