"""Opening the app's database: first-run setup, unlock, users and passphrases.

Unlock order matters for safety: the file's shape and its key file are checked, the
passphrase unwraps the data key (Argon2id + AES-GCM, which fails cleanly on a wrong
passphrase), and only then is the database itself opened. A wrong passphrase therefore never
touches the database file.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from desktop.domain.enums import Role
from desktop.services import rekey
from desktop.services.recovery import add_district_key, load_keyring, reconcile
from desktop.storage import throttle
from desktop.storage.connection import (
    check_file_shape,
    connect_encrypted,
    create_database,
    open_with_key,
)
from desktop.storage.errors import PermissionDenied, UnknownUser, WrongPassphrase
from desktop.storage.keys import KdfParams, Keyring, check_passphrase_strength
from desktop.storage.store import Actor, Store


def usernames(path: Path) -> list[str]:
    """The users who can unlock this database (for the unlock dialog's list)."""
    check_file_shape(path)
    return load_keyring(path).usernames()


def unwrap_key(
    path: Path,
    username: str,
    passphrase: str,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> tuple[Keyring, str, bytes]:
    """The slow, database-free half of unlocking (run it off the UI thread).

    After a few wrong passphrases in a row each try first waits (storage/throttle.py); the
    count is kept beside the database and cleared by the right passphrase."""
    check_file_shape(path)
    throttle.wait_turn(path, clock, sleep)
    try:
        if rekey.pending_path(path).exists():  # a re-key was interrupted: finish it
            keyring, wrap, data_key = rekey.unwrap_interrupted(path, username, passphrase)
        else:
            keyring = load_keyring(path)
            wrap, data_key = keyring.unwrap(username, passphrase)
    except WrongPassphrase:
        throttle.record_failure(path, clock)
        raise
    throttle.record_success(path)
    return keyring, wrap.user_id, data_key


def open_store(
    path: Path,
    keyring: Keyring,
    user_id: str,
    data_key: bytes,
    connect: Callable[[Path, bytes], Any] = connect_encrypted,
) -> Store:
    opened = open_with_key(path, keyring, data_key, connect=connect)
    try:
        # Before an auditor's connection turns read-only: the key file and the database's
        # copy of the recovery wraps are made to agree (services.recovery).
        reconcile(opened, keyring)
    except BaseException:
        opened.close()
        raise
    row = opened.db.execute(
        "SELECT username, role FROM users WHERE id = ? AND deleted = 0", [user_id]
    ).fetchone()
    if row is None:
        opened.close()
        raise UnknownUser(username=user_id)
    actor = Actor(user_id, row[0], Role(row[1]))
    if not actor.role.can_write:
        # Defence in depth: an auditor's connection cannot write even by mistake.
        opened.db.execute("PRAGMA query_only = ON")
    store = Store(opened, actor)
    store.data_key = data_key
    # HLC stamps follow the district's clock once an offset is known (a laptop's clock in a
    # village is often wrong); imported here so the sync client loads only when unlocking.
    from desktop.services.sync import corrected_clock

    store.clock = corrected_clock(store)
    return store


def unlock(path: Path, username: str, passphrase: str) -> Store:
    keyring, user_id, data_key = unwrap_key(path, username, passphrase)
    return open_store(path, keyring, user_id, data_key)


def create(
    path: Path,
    username: str,
    full_name: str,
    passphrase: str,
    kdf: KdfParams,
    recovery_key: X25519PublicKey | None = None,
    okrug_kato: str | None = None,
    connect: Callable[[Path, bytes], Any] = connect_encrypted,
) -> Store:
    """First run: a new database whose first user is its administrator."""
    check_passphrase_strength(passphrase)
    opened, data_key, user_id = create_database(path, username, passphrase, kdf, connect=connect)
    store = Store(opened, Actor(user_id, username, Role.ADMINISTRATOR))
    store.data_key = data_key
    with store.transaction() as tx:
        tx.save(
            "users",
            {
                "username": username,
                "full_name": full_name,
                "role": Role.ADMINISTRATOR,
                "okrug_kato": okrug_kato,
            },
            record_id=user_id,
        )
    if recovery_key is not None:
        add_district_key(store, recovery_key, {}, "init")
    return store


def add_user(
    store: Store,
    admin_passphrase: str,
    username: str,
    full_name: str,
    role: Role,
    passphrase: str,
    kdf: KdfParams,
) -> str:
    """An administrator gives another person their own passphrase to the same database."""
    if not store.actor.role.can_manage_users:
        raise PermissionDenied(role=store.actor.role.value, action="add users")
    check_passphrase_strength(passphrase)
    keyring = load_keyring(store.opened.path)
    _, data_key = keyring.unwrap(store.actor.username, admin_passphrase)
    with store.transaction("add users") as tx:
        change = tx.save("users", {"username": username, "full_name": full_name, "role": role})
    keyring.add_user(change.record_id, username, passphrase, data_key, kdf)
    keyring.save(store.opened.path)
    return change.record_id


def change_passphrase(
    path: Path, username: str, old: str, new: str, kdf: KdfParams | None = None
) -> None:
    """Re-wrap the data key under a new passphrase; the database is not re-encrypted."""
    check_passphrase_strength(new)
    keyring, _, data_key = unwrap_key(path, username, old)  # wrong tries slow down here too
    wrap = keyring.find_user(username)
    keyring.add_user(wrap.user_id, username, new, data_key, kdf or KdfParams(**wrap.kdf))
    keyring.save(path)


def user_okrug(store: Store) -> str | None:
    """The signed-in user's rural okrug (КАТО) on a village device; None for the district."""
    row = store.db.execute(
        "SELECT okrug_kato FROM users WHERE id = ? AND deleted = 0", [store.actor.user_id]
    ).fetchone()
    return row[0] if row and row[0] else None
