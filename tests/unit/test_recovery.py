"""Recovery without a server: a laptop made with `init --recovery-key` and a district database.

Real SQLCipher files on the laptop side, a real SQLite district database, the real command
lines (`main.py`'s and `python -m district`'s mains); every bad file is refused with nothing
changed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import cli
from desktop.services import recovery, session
from desktop.storage.errors import (
    KeyFileMissing,
    NoRecoveryKey,
    NoRecoveryRequest,
    NotRecoveryFile,
    RecoveryForAnotherRequest,
    RecoveryNotFromDistrict,
    RecoveryResponseAltered,
)
from desktop.storage.keys import Keyring
from district import admin
from district import recovery as district_recovery
from district.db import Database
from tests.conftest import FAST_KDF, PASSPHRASE

NEW = "Жаңа құпия сөз 2027"
FAST = ["--kdf-memory-kib", "19456", "--kdf-iterations", "2"]


@dataclass
class Setting:
    db: Path
    district_url: str
    files: Path

    def request(self, name: str = "request.json") -> tuple[Path, str]:
        made = recovery.make_request(self.db, "admin", self.files / name)
        return made.path, made.code

    def answer(self, request: Path, code: str, name: str = "response.json",
               *extra: str) -> Path:
        out = self.files / name
        assert admin.main(["--database", self.district_url, "answer-recovery", str(request),
                           "--out", str(out), "--operator", "Оператор", "--code", code,
                           *extra]) == 0
        return out

    def state(self) -> tuple[bytes, bool]:
        """What must not change after a refused response: the key file, the one-time key."""
        return Keyring.path_for(self.db).read_bytes(), recovery.pending_path(self.db).exists()


def make_district(tmp_path: Path, name: str = "district.db") -> str:
    url = f"sqlite:///{tmp_path / name}"
    assert admin.main(["--database", url, "init-district", "--kato", "551600000",
                       "--name", "Аудан"]) == 0
    return url


@pytest.fixture
def setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Setting]:
    url = make_district(tmp_path)
    key_file = tmp_path / "recovery.pub"
    assert admin.main(["--database", url, "recovery-key", "--out", str(key_file)]) == 0
    assert len(key_file.read_bytes()) == 32
    db = tmp_path / "laptop" / "qadam.db"
    monkeypatch.setenv("QADAM_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--database", str(db), "init", "--full-name", "Маман",
                     "--recovery-key", str(key_file), *FAST]) == 0
    monkeypatch.delenv("QADAM_PASSPHRASE")
    files = tmp_path / "usb"
    files.mkdir()
    yield Setting(db, url, files)


def test_an_init_only_laptop_recovers_with_the_district_key_file(
        setting: Setting, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    request, code = setting.request()
    body = json.loads(request.read_text(encoding="utf-8"))
    assert body["device_id"] is None and body["code"] == code
    if os.name != "nt":
        assert recovery.pending_path(setting.db).stat().st_mode & 0o077 == 0
    response = setting.answer(request, code)
    assert "(not enrolled)" in capsys.readouterr().out
    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", NEW)
    assert cli.main(["--database", str(setting.db), "recover", "--response",
                     str(response)]) == 0
    store = session.unlock(setting.db, "admin", NEW)
    try:
        actions = [row[0] for row in store.db.execute(
            "SELECT action FROM audit_log WHERE table_name = 'keyring' ORDER BY seq")]
    finally:
        store.close()
    assert actions == ["recovery key added", "passphrase reset"]
    assert not recovery.pending_path(setting.db).exists()


def test_answering_the_same_request_twice_gives_the_same_response(setting: Setting) -> None:
    request, code = setting.request()
    first = setting.answer(request, code, "first.json").read_bytes()
    second = setting.answer(request, code, "second.json").read_bytes()
    assert first == second
    db = Database(setting.district_url)
    try:
        with db.transaction() as cur:
            assert cur.scalar("SELECT COUNT(*) FROM recovery_answers") == 1
    finally:
        db.close()


def test_a_tampered_response_changes_nothing(setting: Setting) -> None:
    request, code = setting.request()
    response = setting.answer(request, code)
    body = json.loads(response.read_text(encoding="utf-8"))
    body["operator"] = "Someone else"
    response.write_text(json.dumps(body), encoding="utf-8")
    before = setting.state()
    with pytest.raises(RecoveryResponseAltered):
        recovery.recover(setting.db, "admin", response, NEW, FAST_KDF)
    assert setting.state() == before
    session.unlock(setting.db, "admin", PASSPHRASE).close()


def test_a_damaged_sealed_key_changes_nothing(setting: Setting) -> None:
    request, code = setting.request()
    response = setting.answer(request, code)
    body = json.loads(response.read_text(encoding="utf-8"))
    sealed = body["sealed"]["wrapped_key"]
    body["sealed"]["wrapped_key"] = ("A" if sealed[0] != "A" else "B") + sealed[1:]
    response.write_text(json.dumps(body), encoding="utf-8")
    before = setting.state()
    with pytest.raises(RecoveryResponseAltered):
        recovery.recover(setting.db, "admin", response, NEW, FAST_KDF)
    assert setting.state() == before


def test_a_response_to_an_older_request_is_refused(setting: Setting) -> None:
    old_request, old_code = setting.request("old.json")
    old_response = setting.answer(old_request, old_code, "old-response.json")
    setting.request("new.json")  # a second request replaces the first one's one-time key
    before = setting.state()
    with pytest.raises(RecoveryForAnotherRequest):
        recovery.recover(setting.db, "admin", old_response, NEW, FAST_KDF)
    assert setting.state() == before


def test_a_response_for_another_laptop_is_refused(setting: Setting, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "other" / "qadam.db"
    monkeypatch.setenv("QADAM_PASSPHRASE", PASSPHRASE)
    key_file = tmp_path / "recovery.pub"
    assert cli.main(["--database", str(other), "init", "--full-name", "Басқа",
                     "--recovery-key", str(key_file), *FAST]) == 0
    theirs = recovery.make_request(other, "admin", setting.files / "theirs.json")
    their_response = setting.answer(theirs.path, theirs.code, "their-response.json")
    setting.request()
    before = setting.state()
    with pytest.raises(RecoveryForAnotherRequest):
        recovery.recover(setting.db, "admin", their_response, NEW, FAST_KDF)
    assert setting.state() == before


def test_a_response_signed_by_another_district_is_refused(setting: Setting,
                                                          tmp_path: Path) -> None:
    """Another district cannot open this laptop's wrap, and says so instead of answering."""
    request, code = setting.request()
    other_url = make_district(tmp_path, "other.db")
    out = setting.files / "other-response.json"
    assert admin.main(["--database", other_url, "answer-recovery", str(request), "--out",
                       str(out), "--operator", "X", "--code", code]) == 2
    assert not out.exists()


def test_the_signer_must_be_the_district_of_the_wrap(setting: Setting, tmp_path: Path) -> None:
    """A response re-signed with a key that is not the district's (the sealed key kept):
    refused although its own signature checks out."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.sync.recovery import RecoveryResponse, b64, public_bytes

    request, code = setting.request()
    response = setting.answer(request, code)
    genuine = RecoveryResponse.from_bytes(response.read_bytes(), str(response))
    impostor = Ed25519PrivateKey.generate()
    forged = RecoveryResponse(**{
        **genuine.__dict__, "recovery_key_id": b64(bytes(32)),
        "signing_key": b64(public_bytes(impostor.public_key()))}).signed(impostor)
    response.write_bytes(forged.to_bytes())
    before = setting.state()
    with pytest.raises(RecoveryNotFromDistrict):
        recovery.recover(setting.db, "admin", response, NEW, FAST_KDF)
    assert setting.state() == before


def test_the_wrong_file_is_named_clearly(setting: Setting, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    request, _ = setting.request()
    before = setting.state()
    with pytest.raises(NotRecoveryFile):
        recovery.recover(setting.db, "admin", request, NEW, FAST_KDF)  # the request itself
    assert setting.state() == before
    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", NEW)
    assert cli.main(["--database", str(setting.db), "recover", "--response",
                     str(setting.db)]) == 2
    assert "is not a Qadam recovery file" in capsys.readouterr().err


def test_a_changed_request_is_refused_at_the_district(
        setting: Setting, capsys: pytest.CaptureFixture[str]) -> None:
    request, code = setting.request()
    body = json.loads(request.read_text(encoding="utf-8"))
    body["username"] = "someone"
    request.write_text(json.dumps(body), encoding="utf-8")
    out = setting.files / "response.json"
    assert admin.main(["--database", setting.district_url, "answer-recovery", str(request),
                       "--out", str(out), "--operator", "X", "--code", code]) == 2
    assert "changed after the laptop wrote it" in capsys.readouterr().err
    assert not out.exists()


def test_no_response_without_a_request(setting: Setting) -> None:
    request, code = setting.request()
    response = setting.answer(request, code)
    recovery.pending_path(setting.db).unlink()  # e.g. the response was used already
    with pytest.raises(NoRecoveryRequest):
        recovery.recover(setting.db, "admin", response, NEW, FAST_KDF)


def test_a_database_without_a_recovery_key_cannot_make_a_request(tmp_path: Path) -> None:
    db = tmp_path / "qadam.db"
    session.create(db, "admin", "Маман", PASSPHRASE, FAST_KDF).close()
    with pytest.raises(NoRecoveryKey):
        recovery.make_request(db, "admin", tmp_path / "request.json")
    assert not (tmp_path / "request.json").exists()
    assert not recovery.pending_path(db).exists()


def test_the_database_gives_a_stale_key_file_its_recovery_wrap_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A key file restored from a copy older than the enrolment (no recovery wrap) gets the
    wrap back from the database's mirror at the next unlock."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    db = tmp_path / "qadam.db"
    session.create(db, "admin", "Маман", PASSPHRASE, FAST_KDF).close()
    stale = Keyring.path_for(db).read_bytes()
    store = session.unlock(db, "admin", PASSPHRASE)
    district_key = X25519PrivateKey.generate()
    recovery.add_district_key(store, district_key.public_key(), {"device_id": "d-1"}, "test")
    store.close()
    Keyring.path_for(db).write_bytes(stale)
    Keyring.copy_path_for(db).write_bytes(stale)
    assert not Keyring.load(db).recovery
    session.unlock(db, "admin", PASSPHRASE).close()
    healed = Keyring.load(db)
    assert healed.recovery_context == {"device_id": "d-1"}
    _, data_key = healed.unwrap("admin", PASSPHRASE)
    assert healed.recover(district_key) == data_key


def test_a_lost_key_file_comes_back_from_its_copy_for_a_request(setting: Setting) -> None:
    Keyring.path_for(setting.db).unlink()
    request, code = setting.request()
    assert Keyring.path_for(setting.db).exists()
    Keyring.path_for(setting.db).unlink()
    Keyring.copy_path_for(setting.db).unlink()
    with pytest.raises(KeyFileMissing):
        setting.request("again.json")


def test_an_enrolment_answer_from_an_older_server_or_a_bad_key_adds_no_wrap(
        tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from desktop.sync.recovery import b64, public_bytes

    db = tmp_path / "qadam.db"
    store = session.create(db, "admin", "Маман", PASSPHRASE, FAST_KDF)
    try:
        place = {"kato": "551600000", "name": "Аудан"}
        assert not recovery.add_enrolment_key(store, {"district": place})  # no field: older
        assert not recovery.add_enrolment_key(store, {"recovery_key": "not base64!"})
        assert not recovery.add_enrolment_key(store, {"recovery_key": b64(b"short")})
        assert not Keyring.load(db).recovery
        key = X25519PrivateKey.generate()
        answer = {"recovery_key": b64(public_bytes(key.public_key())), "district": place}
        assert recovery.add_enrolment_key(store, answer)
        assert not recovery.add_enrolment_key(store, answer)  # the same again: nothing new
        ring = Keyring.load(db)
        assert ring.recovery_context["district"] == place
        assert ring.recover(key) == ring.unwrap("admin", PASSPHRASE)[1]
    finally:
        store.close()


def test_the_shared_module_and_the_key_file_seal_alike() -> None:
    """desktop/sync/recovery.py re-implements keys.RecoveryWrap's ECIES (the district may not
    import storage): each must open what the other sealed, and nothing else."""
    from dataclasses import asdict

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from desktop.storage.keys import RecoveryWrap
    from desktop.sync.recovery import RecoveryFileError, Sealed, open_sealed, seal

    key, data_key = X25519PrivateKey.generate(), bytes(range(32))
    ring = Keyring(database_id="db-1")
    ring.add_recovery(key.public_key(), data_key)
    assert open_sealed(key, "db-1", Sealed(**asdict(ring.recovery[0])), "x") == data_key
    sealed = seal(key.public_key(), "db-1", data_key)
    assert Keyring("db-1", recovery=[RecoveryWrap(**asdict(sealed))]).recover(key) == data_key
    with pytest.raises(RecoveryFileError):
        open_sealed(key, "db-2", sealed, "x")  # bound to its database
    with pytest.raises(RecoveryFileError):
        open_sealed(X25519PrivateKey.generate(), "db-1", sealed, "x")


def test_a_district_made_before_recovery_gets_its_key_on_first_use(tmp_path: Path) -> None:
    url = make_district(tmp_path)
    db = Database(url)
    try:
        with db.transaction() as cur:  # as a district initialised by an older version
            cur.execute("UPDATE district SET recovery_private = NULL")
        first = tmp_path / "first.pub"
        district_recovery.export_public_key(db, first)
        second = tmp_path / "second.pub"
        district_recovery.export_public_key(db, second)
    finally:
        db.close()
    assert len(first.read_bytes()) == 32 and first.read_bytes() == second.read_bytes()
