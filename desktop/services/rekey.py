"""`change-passphrase --rekey`: a new data key, after a suspected compromise.

A plain passphrase change only re-wraps the data key, so an old copy of the key file plus the
old passphrase still opens today's database. Re-keying encrypts the database itself under a
new random data key (SQLCipher's `rekey`), so old key files open nothing new.

Who keeps access: only the administrator doing it (under their new passphrase) and the
district's recovery keys (re-wrapped to the same public keys). Other users' wraps cannot be
re-made without their passphrases, so they are removed and named in the result; the
administrator gives them new passphrases with `add-user` (docs/cli.md). Older backups keep the
old key and the old key file: they still restore with the passphrase of their day.

Crash safety, in this order:
1. the new key file is written as `<database>.keys.new` (wrapped with the new passphrase);
2. the database is re-keyed (one SQLite transaction: either all pages change or none);
3. the new key file replaces `<database>.keys` (and its `.keys.bak` copy).
A crash between 1 and 3 leaves `.keys.new` beside the database; the next unlock tries both key
files and keeps the one whose key opens the database (`unwrap_interrupted`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from desktop.services.recovery import MIRROR_KEY, audit_keyring, load_keyring, recovery_mirror
from desktop.storage.connection import connect_encrypted, set_meta
from desktop.storage.errors import (
    KeyFileMissing,
    NotQadamDatabase,
    PermissionDenied,
    UnknownUser,
    WrongPassphrase,
)
from desktop.storage.keys import (
    KEYRING_FORMAT,
    KdfParams,
    Keyring,
    UserWrap,
    check_passphrase_strength,
    new_data_key,
    write_json_atomically,
)


def pending_path(database: Path) -> Path:
    """The new key file while a re-key is under way (see the module's docstring)."""
    return database.with_name(database.name + ".keys.new")


@dataclass(frozen=True)
class Rekeyed:
    username: str
    removed_users: list[str]  # who must be given a new passphrase (add-user)
    recovery_keys: int  # district recovery wraps re-made


def rekey_database(conn: Any, new_key: bytes) -> None:
    """SQLCipher's rekey on an open connection. In WAL mode SQLCipher's rekey reports success
    but the file keeps its old key (measured: the old key still opened it), so the WAL is
    emptied into the file and the journal switched to DELETE around it, then back to WAL."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")


def change_data_key(
    path: Path,
    username: str,
    old: str,
    new: str,
    kdf: KdfParams | None = None,
    step: Callable[[str], None] = lambda name: None,
) -> Rekeyed:
    """Re-encrypt the database under a new data key; `step` lets tests stop between steps."""
    from desktop.services.session import open_store, unwrap_key  # session imports this

    check_passphrase_strength(new)
    keyring, _, old_key = unwrap_key(path, username, old)  # wrong tries slow down here too
    wrap = keyring.find_user(username)
    store = open_store(path, keyring, wrap.user_id, old_key)
    try:
        if not store.actor.role.can_manage_users:
            raise PermissionDenied(role=store.actor.role.value, action="change the data key")
        new_key = new_data_key()
        fresh = Keyring(database_id=keyring.database_id,
                        recovery_context=dict(keyring.recovery_context))
        fresh.add_user(wrap.user_id, username, new, new_key, kdf or KdfParams(**wrap.kdf))
        for recovery in keyring.recovery:
            fresh.add_recovery(recovery.district_key(), new_key)
        removed = [w.username for w in keyring.users if w.user_id != wrap.user_id]

        write_json_atomically(pending_path(path), {"format": KEYRING_FORMAT, **asdict(fresh)})
        step("new key file written")
        rekey_database(store.db.conn, new_key)
        step("database rekeyed")
        with store.db.atomic():
            set_meta(store.db, MIRROR_KEY, recovery_mirror(fresh))
            audit_keyring(store.db, store.actor.user_id, store.device_id, "data key changed",
                          fresh.database_id,
                          {"removed_users": removed, "recovery_keys": len(fresh.recovery)},
                          store.clock)
        fresh.save(path)
        pending_path(path).unlink(missing_ok=True)
    finally:
        store.close()
    return Rekeyed(username, removed, len(fresh.recovery))


def key_opens(path: Path, data_key: bytes) -> bool:
    """Whether `data_key` decrypts the database (reads page 1 only; writes nothing)."""
    conn = connect_encrypted(path, data_key)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def unwrap_interrupted(path: Path, username: str, passphrase: str
                       ) -> tuple[Keyring, UserWrap, bytes]:
    """Unlock after a re-key was interrupted: whichever key file's key opens the database
    becomes the key file, the other is dropped."""
    pending = pending_path(path)
    first_error: Exception | None = None
    for source in ("current", "pending"):
        try:
            if source == "current":
                keyring = load_keyring(path)
            else:
                keyring = Keyring.from_document(
                    json.loads(pending.read_text(encoding="utf-8")), path)
            wrap, data_key = keyring.unwrap(username, passphrase)
        except (WrongPassphrase, UnknownUser, KeyFileMissing, NotQadamDatabase,
                OSError, ValueError) as error:
            first_error = first_error or error
            continue
        if key_opens(path, data_key):
            if source == "pending":
                keyring.save(path)  # the re-key had happened: finish it
            pending.unlink(missing_ok=True)
            return keyring, wrap, data_key
    if isinstance(first_error, UnknownUser):
        raise first_error
    raise WrongPassphrase()
