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

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

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
from desktop.storage.store import Store

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
    opened = _open_for(path, database, username, passphrase)
    return files.check_backup(opened, keep=True)


def _open_for(path: Path, database: Path, username: str | None,
              passphrase: str) -> files.OpenedBackup:
    database.parent.mkdir(parents=True, exist_ok=True)
    opened = files.open_backup(path, username, passphrase, workdir=database.parent)
    try:
        _check_same_database(database, opened)
    except BaseException:
        opened.discard()
        raise
    return opened


def _check_same_database(database: Path, backup: files.OpenedBackup) -> None:
    """The backup must be of this database: its id is the key file's (or, with the key file
    lost, the one inside the database, opened with the backup's key). With nothing at
    `database` (a new laptop) any backup may be restored."""
    refuse = ForeignBackup(path=str(backup.path))
    try:
        current = Keyring.load(database).database_id
    except StorageError:
        current = None
    if current is not None:
        if current != backup.header.database_id:
            raise refuse
        return
    if not database.exists():
        return
    try:
        open_with_key(database, backup.keyring, backup.data_key, upgrade=False).close()
    except NotQadamDatabase:
        raise refuse from None  # another key, or another database_id inside
    except (DatabaseDamaged, *DB_ERRORS):
        return  # damaged beyond telling: the restore is what repairs it; it is kept beside


def restore(verified: files.VerifiedBackup, database: Path, store: Store | None = None,
            now: datetime | None = None) -> RestoreResult:
    """Back up the current database, then put the verified backup in its place.

    `store` (the app's open database) is backed up, then closed here (if that backup cannot
    be written, nothing changes and the store stays open); without it the current file is
    opened with the backup's key for its backup, if it still opens.
    """
    when = now or utc_now()
    try:
        if store is not None:
            # Without this backup nothing is replaced, and the app goes on as it was.
            before: Path | None = before_change(store, now=when, keep=(verified.path,))
            store.close()
        else:
            current = _pending_backup_of_current(
                database, Keyring.load(verified.database), verified.data_key,
                verified.header.keyring, when)
            before = _publish(current, verified.path)
        replaced = files.replace_database(database, verified, _stamp(when))
    finally:
        verified.discard()
    return RestoreResult(replaced, before)


def restore_file(path: Path, database: Path, username: str | None, passphrase: str,
                 now: datetime | None = None) -> tuple[files.VerifiedBackup, RestoreResult]:
    """The headless restore: `prepare_restore` + `restore`, with the backup of the current
    database written while the backup file is checked (one is disk-bound, the other CPU-bound,
    so they overlap). If the check fails, that backup is removed unpublished: nothing changed.
    """
    when = now or utc_now()
    opened = _open_for(path, database, username, passphrase)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="backup-current") as pool:
        pending = pool.submit(_pending_backup_of_current, database, opened.keyring,
                              opened.data_key, opened.header.keyring, when)
        try:
            verified = files.check_backup(opened, keep=True)
        except BaseException:
            current = pending.result()
            if current is not None:
                current[0].discard()
            raise
        current = pending.result()
    try:
        before = _publish(current, path)
        replaced = files.replace_database(database, verified, _stamp(when))
    finally:
        verified.discard()
    return verified, RestoreResult(replaced, before)


def _stamp(when: datetime) -> str:
    return f"{when.astimezone(UTC):%Y%m%dT%H%M%SZ}"


Current = tuple[files.PendingBackup, Path, str]  # the backup, its folder, the database id


def _publish(current: Current | None, restoring: Path) -> Path | None:
    if current is None:
        return None
    pending, folder, database_id = current
    made = pending.publish()
    files.rotate(folder, database_id, DAILY, WEEKLY, keep=(made, restoring))
    return made


def _pending_backup_of_current(database: Path, keyring: Keyring, data_key: bytes,
                               backup_keyring: dict, when: datetime) -> Current | None:
    """A backup (not yet renamed into place) of the database about to be replaced, opened
    with the backup's key (the same database has the same data key). None if there is none,
    or it does not open: then the replaced files kept beside are all there is."""
    if not database.exists():
        return None
    try:
        current = open_with_key(database, keyring, data_key, upgrade=False)
    except (StorageError, *DB_ERRORS):
        return None
    try:
        keys = Keyring.path_for(database)
        on_disk = json.loads(keys.read_text(encoding="utf-8")) if keys.exists() else None
        chosen = files.backup_folder_setting(current.db)
        folders = [Path(chosen)] if chosen else []
        folders.append(files.default_folder(database))
        for folder in folders:
            try:
                pending = files.write_pending_backup(
                    current.db.conn, database, data_key, folder,
                    database_id=current.database_id, schema=files.latest_schema(current.db),
                    made_by="system", now=when, keyring=on_disk or backup_keyring)
                return pending, folder, current.database_id
            except (BackupFolderUnavailable, BackupFolderFull):
                continue
        return None
    except (StorageError, OSError, ValueError, *DB_ERRORS):
        return None
    finally:
        current.close()
