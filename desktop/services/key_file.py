"""A key file lost together with its copy, brought back from a backup (docs/recovery.md).

The data key never changes: a new passphrase or a district recovery re-wraps it, the database
is never encrypted again. So the key file any backup of this database carries (storage/backup.py
keeps it whole in the backup's header) still opens today's database, with today's records:
only the passphrases are those of the day the backup was made.

`restore_key_file` proves that before it writes anything: the passphrase of that time opens
the backup's wrap, and the data key it gives opens this database, whose id inside must be the
backup's. For a person who has forgotten that passphrase as well, `passphrase=None` writes the
key file after the backup's own checks only; the district's recovery then proves it (a
recovery response opens the database or is refused, services/recovery.py).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.services.recovery import audit_keyring, load_keyring, reconcile
from desktop.storage.backup import BackupHeader, read_header
from desktop.storage.connection import check_file_shape, open_with_key
from desktop.storage.errors import (
    BackupDamaged,
    ForeignBackup,
    KeyFileMissing,
    KeyFilePresent,
    NotQadamDatabase,
)
from desktop.storage.keys import Keyring

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupKeys:
    """What a backup says about its key file, read without any passphrase."""

    header: BackupHeader
    keyring: Keyring

    @property
    def usernames(self) -> list[str]:
        return self.keyring.usernames()


@dataclass(frozen=True)
class RestoredKeys:
    """The key file written; with the passphrase checked, the unlocked key as `unlock` gives."""

    keyring: Keyring
    user_id: str | None
    data_key: bytes | None
    header: BackupHeader


def backup_keys(backup: Path) -> BackupKeys:
    """The backup's header (its checksum verified) and the key file it carries."""
    header, _ = read_header(backup)
    try:
        keyring = Keyring.from_document(header.keyring, backup)
    except NotQadamDatabase:
        raise BackupDamaged(path=str(backup), reason="its key file is unreadable") from None
    if keyring.database_id != header.database_id:
        raise BackupDamaged(path=str(backup), reason="its key file belongs to another one")
    return BackupKeys(header, keyring)


def check_key_file_lost(database: Path) -> None:
    """Refuse unless the key file is missing (its copy too) or damaged: a sound key file may
    hold passphrases newer than any backup's."""
    check_file_shape(database)
    try:
        load_keyring(database)  # a missing key file whose copy is there comes back here
    except KeyFileMissing:
        return
    except NotQadamDatabase:
        return  # unreadable: replaced, and kept aside (`_set_aside`)
    raise KeyFilePresent(path=str(Keyring.path_for(database)))


def restore_key_file(database: Path, backup: Path, username: str | None,
                     passphrase: str | None,
                     clock: Callable[[], float] = time.time) -> RestoredKeys:
    """Write the backup's key file beside `database` (see the module's docstring).

    `username` None: the backup's only user. Every check comes before the first write."""
    check_key_file_lost(database)
    found = backup_keys(backup)
    keyring = found.keyring
    if passphrase is None:
        _set_aside(database)
        keyring.save(database)
        log.warning("the key file was restored from a backup without a passphrase check")
        return RestoredKeys(keyring, None, None, found.header)
    if username is None:
        names = keyring.usernames()
        username = names[0] if len(names) == 1 else ""
    wrap, data_key = keyring.unwrap(username, passphrase)
    try:
        opened = open_with_key(database, keyring, data_key, upgrade=False)
    except NotQadamDatabase:
        # The key does not decrypt this file, or the id inside differs: another database's.
        raise ForeignBackup(path=str(backup)) from None
    try:
        _set_aside(database)
        # Wraps added since the backup (the district's recovery key) are in the database's
        # mirror: they come back into the key file here. Saved by `reconcile` if so.
        reconcile(opened, keyring)
        audit_keyring(opened.db, wrap.user_id, opened.device_id, "key file restored",
                      keyring.database_id, {"username": username,
                                            "backup_made": found.header.created_at,
                                            "backup": backup.name}, clock)
    finally:
        opened.close()
    keyring.save(database)
    return RestoredKeys(keyring, wrap.user_id, data_key, found.header)


def _set_aside(database: Path) -> None:
    """A damaged key file is renamed, not overwritten: it may still be worth a look."""
    damaged = Keyring.path_for(database)
    if damaged.exists():
        os.replace(damaged, damaged.with_name(damaged.name + ".damaged"))


__all__ = ["BackupKeys", "RestoredKeys", "backup_keys", "check_key_file_lost",
           "restore_key_file"]
