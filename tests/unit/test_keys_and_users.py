"""Passphrases wrap the data key; changing one re-wraps it; the district can recover it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.domain.enums import Role
from desktop.services import session
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.storage.connection import open_with_key
from desktop.storage.errors import PermissionDenied, WrongPassphrase
from desktop.storage.keys import Keyring
from desktop.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

NEW = "Жаңа құпия сөз 2027"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_change_of_passphrase_rewraps_without_reencrypting(store: Store) -> None:
    path = store.opened.path
    register_applicant(store, ApplicantInput("900315400017", "Сейтқали", "Жанар"))
    store.close()
    before = digest(path)
    session.change_passphrase(path, "admin", PASSPHRASE, NEW)
    assert digest(path) == before  # the database bytes did not change at all
    with pytest.raises(WrongPassphrase):
        session.unlock(path, "admin", PASSPHRASE)
    reopened = session.unlock(path, "admin", NEW)
    assert reopened.db["persons"].count == 1
    reopened.close()


def test_change_of_passphrase_needs_the_old_one(store: Store) -> None:
    store.close()
    with pytest.raises(WrongPassphrase):
        session.change_passphrase(store.opened.path, "admin", "guessing-wrong", NEW)


def test_district_recovery_key_opens_a_forgotten_database(db_path: Path) -> None:
    district = X25519PrivateKey.generate()
    store = session.create(
        db_path, "admin", "Әкімші", PASSPHRASE, FAST_KDF, recovery_key=district.public_key()
    )
    register_applicant(store, ApplicantInput("900315400017", "Сейтқали", "Жанар"))
    store.close()

    keyring = Keyring.load(db_path)
    data_key = keyring.recover(district)
    opened = open_with_key(db_path, keyring, data_key)
    assert opened.db["persons"].count == 1
    opened.close()
    with pytest.raises(WrongPassphrase):
        keyring.recover(X25519PrivateKey.generate())  # another district's key


def test_a_wrap_copied_to_another_user_does_not_open(store: Store) -> None:
    session.add_user(store, PASSPHRASE, "aigerim", "Айгерім Сапарова", Role.VILLAGE_SPECIALIST,
                     NEW, FAST_KDF)
    path = store.opened.path
    store.close()
    keyring = Keyring.load(path)
    admin, other = keyring.find_user("admin"), keyring.find_user("aigerim")
    other.wrapped_key, other.salt, other.kdf = admin.wrapped_key, admin.salt, admin.kdf
    keyring.save(path)
    with pytest.raises(WrongPassphrase):
        session.unlock(path, "aigerim", PASSPHRASE)  # bound to the admin's user id


def test_several_users_each_with_a_role(store: Store) -> None:
    session.add_user(store, PASSPHRASE, "aigerim", "Айгерім Сапарова", Role.VILLAGE_SPECIALIST,
                     NEW, FAST_KDF)
    session.add_user(store, PASSPHRASE, "auditor", "Тексеруші", Role.AUDITOR, NEW, FAST_KDF)
    path = store.opened.path
    store.close()
    assert session.usernames(path) == ["admin", "aigerim", "auditor"]

    specialist = session.unlock(path, "aigerim", NEW)
    assert specialist.actor.role is Role.VILLAGE_SPECIALIST
    register_applicant(specialist, ApplicantInput("900315400017", "Сейтқали", "Жанар"))
    with pytest.raises(PermissionDenied):
        session.add_user(specialist, NEW, "x", "X", Role.ADMINISTRATOR, NEW, FAST_KDF)
    specialist.close()

    auditor = session.unlock(path, "auditor", NEW)
    assert auditor.db["persons"].count == 1  # can read
    with pytest.raises(PermissionDenied):
        register_applicant(auditor, ApplicantInput("880101300010", "Иванов", "Пётр"))
    auditor.close()


def test_a_full_disk_while_saving_the_key_file_keeps_the_old_one(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mock: a real ENOSPC needs a full filesystem we cannot make here; os.fsync raising it
    is exactly what the kernel does when the disk fills during the write."""
    import errno
    import os

    from desktop.storage.errors import DiskFull

    path = store.opened.path
    store.close()
    before = Keyring.path_for(path).read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        session.change_passphrase(path, "admin", PASSPHRASE, NEW)
    monkeypatch.undo()
    assert Keyring.path_for(path).read_bytes() == before
    assert not list(path.parent.glob("*.tmp"))
    session.unlock(path, "admin", PASSPHRASE).close()


def test_tuned_key_derivation_respects_the_floor_and_the_memory_cap() -> None:
    from desktop.storage.keys import MIN_ITERATIONS, MIN_MEMORY_KIB, tune_kdf

    cheap = tune_kdf(target_seconds=0.001)
    assert cheap.memory_kib >= MIN_MEMORY_KIB and cheap.iterations >= MIN_ITERATIONS
    capped = tune_kdf(target_seconds=0.2, max_memory_kib=20 * 1024)
    assert MIN_MEMORY_KIB <= capped.memory_kib <= 20 * 1024
    assert capped.iterations > MIN_ITERATIONS  # past the cap, the cost grows by passes
