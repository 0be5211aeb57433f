"""`change-passphrase --rekey`: old key files and old passphrases stop opening the database."""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from desktop.domain.enums import Role
from desktop.services import rekey, session
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.recovery import MIRROR_KEY
from desktop.storage.audit import verify
from desktop.storage.connection import get_meta
from desktop.storage.errors import PermissionDenied, WrongPassphrase
from desktop.storage.keys import Keyring
from tests.conftest import FAST_KDF, PASSPHRASE

NEW = "Жаңа құпия сөз 2027"


class Crash(Exception):
    """Stands in for a power cut between two steps of the re-key."""


def crash_at(wanted: str):
    def step(name: str) -> None:
        if name == wanted:
            raise Crash(name)
    return step


@pytest.fixture
def filled(db_path: Path) -> tuple[Path, X25519PrivateKey]:
    district = X25519PrivateKey.generate()
    store = session.create(db_path, "admin", "Әкімші", PASSPHRASE, FAST_KDF,
                           recovery_key=district.public_key())
    register_applicant(store, ApplicantInput("900315400017", "Сейтқали", "Жанар"))
    session.add_user(store, PASSPHRASE, "clerk", "Маман", Role.VILLAGE_SPECIALIST,
                     "clerk passphrase 1", FAST_KDF)
    store.close()
    return db_path, district


def test_old_key_file_and_old_passphrase_no_longer_open_it(filled, tmp_path: Path) -> None:
    path, district = filled
    stolen = tmp_path / "stolen.keys"
    shutil.copyfile(Keyring.path_for(path), stolen)  # what an attacker kept

    result = rekey.change_data_key(path, "admin", PASSPHRASE, NEW)
    assert result.removed_users == ["clerk"]
    assert result.recovery_keys == 1

    # The attack: the old key file with the old passphrase unwraps the OLD data key ...
    old_keyring = Keyring.from_document(json.loads(stolen.read_text()), path)
    _, old_key = old_keyring.unwrap("admin", PASSPHRASE)
    # ... which no longer decrypts today's database.
    assert not rekey.key_opens(path, old_key)

    with pytest.raises(WrongPassphrase):
        session.unlock(path, "admin", PASSPHRASE)
    store = session.unlock(path, "admin", NEW)
    try:
        assert store.db["persons"].count == 1  # every record intact
        assert verify(store.db).ok
        actions = [r[0] for r in store.db.execute("SELECT action FROM audit_log")]
        assert "data key changed" in actions
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        # The database's mirror of the recovery wraps follows the new key file.
        mirror = json.loads(get_meta(store.db, MIRROR_KEY))["recovery"]
        assert mirror == [asdict(w) for w in Keyring.load(path).recovery]
    finally:
        store.close()
    # The district's recovery wrap was re-made for the new key, and the .keys.bak copy too.
    new_key = Keyring.load(path).recover(district)
    assert rekey.key_opens(path, new_key)
    assert Keyring.load(path).usernames() == ["admin"]
    assert Keyring.copy_path_for(path).read_text() == Keyring.path_for(path).read_text()
    assert not rekey.pending_path(path).exists()


def test_only_an_administrator_may_rekey(filled) -> None:
    path, _ = filled
    with pytest.raises(PermissionDenied):
        rekey.change_data_key(path, "clerk", "clerk passphrase 1", NEW)
    assert not rekey.pending_path(path).exists()
    session.unlock(path, "clerk", "clerk passphrase 1").close()  # nothing changed


def test_crash_after_the_database_was_rekeyed_is_finished_at_unlock(filled) -> None:
    path, _ = filled
    with pytest.raises(Crash):
        rekey.change_data_key(path, "admin", PASSPHRASE, NEW,
                              step=crash_at("database rekeyed"))
    assert rekey.pending_path(path).exists()
    # The old key file no longer opens the database; the new passphrase does, via .keys.new.
    with pytest.raises(WrongPassphrase):
        session.unlock(path, "admin", PASSPHRASE)
    store = session.unlock(path, "admin", NEW)
    assert store.db["persons"].count == 1
    store.close()
    assert not rekey.pending_path(path).exists()
    assert Keyring.load(path).usernames() == ["admin"]


def test_crash_before_the_database_was_rekeyed_keeps_the_old_key(filled) -> None:
    path, _ = filled
    with pytest.raises(Crash):
        rekey.change_data_key(path, "admin", PASSPHRASE, NEW,
                              step=crash_at("new key file written"))
    with pytest.raises(WrongPassphrase):
        session.unlock(path, "admin", NEW)  # the re-key never happened
    store = session.unlock(path, "clerk", "clerk passphrase 1")
    assert store.db["persons"].count == 1
    store.close()
    assert not rekey.pending_path(path).exists()  # the stale new key file is dropped


def test_cli_rekey_says_who_lost_access(filled, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import cli

    path, _ = filled
    monkeypatch.setenv("QADAM_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", NEW)
    assert cli.main(["--database", str(path), "--user", "admin", "change-passphrase",
                     "--rekey"]) == 0
    out = capsys.readouterr().out
    assert "Data key changed" in out and "clerk" in out
    with pytest.raises(WrongPassphrase):
        session.unlock(path, "admin", PASSPHRASE)
    session.unlock(path, "admin", NEW).close()


def test_older_backups_keep_the_old_key(filled, tmp_path: Path) -> None:
    """Expected and documented: a backup restores with the key and passphrases of its day,
    but its key file cannot be put beside the re-keyed database."""
    from desktop.services import backups, key_file
    from desktop.storage.errors import ForeignBackup

    path, _ = filled
    store = session.unlock(path, "admin", PASSPHRASE)
    try:
        old_backup = backups.back_up(store, to=tmp_path / "usb")
    finally:
        store.close()
    rekey.change_data_key(path, "admin", PASSPHRASE, NEW)

    today = Keyring.path_for(path).read_text(encoding="utf-8")
    Keyring.path_for(path).unlink()
    Keyring.copy_path_for(path).unlink()
    with pytest.raises(ForeignBackup):  # the old key does not open today's database
        key_file.restore_key_file(path, old_backup, "admin", PASSPHRASE)

    Keyring.path_for(path).write_text(today, encoding="utf-8")
    backups.restore_file(old_backup, path, "admin", PASSPHRASE)  # whole: the old day back
    store = session.unlock(path, "admin", PASSPHRASE)
    assert store.db["persons"].count == 1
    store.close()
