"""The gaps of recovery closed: a laptop without a recovery wrap gets one at a sync, and a key
file lost with its copy comes back from a backup (docs/recovery.md).

Real pieces throughout: a district made with `python -m district`'s main and served by uvicorn
on 127.0.0.1, laptops made, enrolled, synchronised and backed up through `main.py`'s main,
real SQLCipher files.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.services import backups, recovery, session
from desktop.storage.keys import Keyring
from desktop.sync.recovery import b64, sign_recovery_key
from tests.conftest import PASSPHRASE
from tests.integration.test_recovery_cli import (  # noqa: F401 - fixtures
    FAST,
    NEW_PASSPHRASE,
    district,
    district_url,
    enrolled_laptop,
    keyring_audit,
    laptop,
    server,
    snapshot,
)


def forget_recovery_wrap(db: Path) -> None:
    """The laptop as it was before the recovery feature: no wrap in the key file, its copy
    or the database's mirror, and no recovery context."""
    store = session.unlock(db, "admin", PASSPHRASE)
    try:
        with store.db.atomic():
            store.db.execute("DELETE FROM meta WHERE key = ?", [recovery.MIRROR_KEY])
    finally:
        store.close()
    keyring = Keyring.load(db)
    keyring.recovery, keyring.recovery_context = [], {}
    keyring.save(db)
    assert not Keyring.load(db).recovery


def recover_through_the_district(db: Path, district_url: str, out: Path,  # noqa: F811
                                 capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """recovery-request -> answer-recovery -> recover, knowing no passphrase."""
    monkeypatch.delenv("QADAM_PASSPHRASE", raising=False)
    capsys.readouterr()
    request, response = out / "request.json", out / "response.json"
    assert laptop(db, "recovery-request", "--out", str(request)) == 0
    code = capsys.readouterr().out.split("Verification code: ")[1].split()[0]
    assert district(district_url, "answer-recovery", str(request), "--out", str(response),
                    "--operator", "Сейткали А.", "--code", code) == 0
    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert laptop(db, "recover", "--response", str(response)) == 0


def test_a_laptop_without_a_recovery_wrap_gets_one_at_the_next_sync(
        tmp_path: Path, district_url: str, server: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys, applicants=8)
    forget_recovery_wrap(db)
    capsys.readouterr()
    assert laptop(db, "recovery-request", "--out", str(tmp_path / "r.json")) == 2
    assert "recovery" in capsys.readouterr().err.lower()

    assert laptop(db, "sync") == 0
    keyring = Keyring.load(db)
    assert len(keyring.recovery) == 1
    copy = json.loads(Keyring.copy_path_for(db).read_text(encoding="utf-8"))
    assert copy["recovery"] == [vars(w) for w in keyring.recovery]  # the copy too
    assert keyring.recovery_context["server_url"] == server
    assert keyring.recovery_context["okrug"]["kato"] == "551610000"
    action, details = keyring_audit(db, PASSPHRASE)[-1]
    assert (action, details["how"]) == ("recovery key added", "sync")
    store = session.unlock(db, "admin", PASSPHRASE)
    try:  # the mirror inside the database holds it as well
        assert recovery.get_meta(store.db, recovery.MIRROR_KEY)
    finally:
        store.close()
    # A second sync adds nothing more.
    assert laptop(db, "sync") == 0
    assert [a for a, _ in keyring_audit(db, PASSPHRASE)].count("recovery key added") == 2

    # And the wrap is a real one: a full recovery through the district.
    before = snapshot(db, PASSPHRASE)
    recover_through_the_district(db, district_url, tmp_path, capsys, monkeypatch)
    assert snapshot(db, NEW_PASSPHRASE) == before


def test_a_recovery_key_not_signed_by_the_district_is_ignored(
        tmp_path: Path, district_url: str, server: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys)
    forget_recovery_wrap(db)
    attacker = X25519PrivateKey.generate().public_key().public_bytes_raw()
    forged = {"recovery_key": b64(attacker),
              "recovery_key_signature": sign_recovery_key(Ed25519PrivateKey.generate(),
                                                          attacker)}
    store = session.unlock(db, "admin", PASSPHRASE)
    try:
        assert not recovery.add_synced_key(store, forged)  # a man in the middle's key
        assert not recovery.add_synced_key(store, {"entries": [], "cursor": 0})  # old server
        assert not recovery.add_synced_key(store, {"recovery_key": "not base64!",
                                                   "recovery_key_signature": "x"})
    finally:
        store.close()
    assert not Keyring.load(db).recovery
    assert [a for a, _ in keyring_audit(db, PASSPHRASE)].count("recovery key added") == 1


WEEK_AGO = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # the backup's day (injected, any date)
LATER_PASSPHRASE = "Кейінгі құпия сөз 2026"


def week_old_backup(db: Path, folder: Path) -> Path:
    store = session.unlock(db, "admin", PASSPHRASE)
    try:
        return backups.back_up(store, to=folder, now=WEEK_AGO)
    finally:
        store.close()


def lose_key_file(db: Path) -> None:
    Keyring.path_for(db).unlink()
    Keyring.copy_path_for(db).unlink()


def test_a_key_file_lost_with_its_copy_comes_back_from_a_week_old_backup(
        tmp_path: Path, district_url: str, server: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys, applicants=5)
    backup = week_old_backup(db, tmp_path / "usb")
    at_backup = len(snapshot(db, PASSPHRASE)["persons"])
    # A week of work after the backup, and a new passphrase.
    assert laptop(db, "demo-data", "--applicants", "6", "--seed", "7") == 0
    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", LATER_PASSPHRASE)
    assert laptop(db, "change-passphrase", *FAST) == 0
    today = snapshot(db, LATER_PASSPHRASE)
    assert len(today["persons"]) > at_backup
    lose_key_file(db)
    monkeypatch.setenv("QADAM_PASSPHRASE", LATER_PASSPHRASE)
    assert laptop(db, "verify-audit") == 2
    assert "key file" in capsys.readouterr().err

    # Today's passphrase is not in the week-old key file: refused, nothing written.
    assert laptop(db, "restore-key-file", "--from-backup", str(backup)) == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    assert not Keyring.path_for(db).exists()
    # The passphrase of the backup's day brings it back, checked against the database.
    monkeypatch.setenv("QADAM_PASSPHRASE", PASSPHRASE)
    assert laptop(db, "restore-key-file", "--from-backup", str(backup)) == 0
    assert "2026-03-02 09:30 UTC" in capsys.readouterr().out
    assert Keyring.copy_path_for(db).exists()
    assert snapshot(db, PASSPHRASE) == today  # every record of today
    action, details = keyring_audit(db, PASSPHRASE)[-1]
    assert action == "key file restored" and details["backup_made"].startswith("2026-03-02")
    assert laptop(db, "verify-audit") == 0
    # Now there is a key file: a second restore is refused.
    assert laptop(db, "restore-key-file", "--from-backup", str(backup)) == 2
    assert "nothing to restore" in capsys.readouterr().err

    # The restored key file carries the recovery wrap: a full recovery works too.
    recover_through_the_district(db, district_url, tmp_path, capsys, monkeypatch)
    assert snapshot(db, NEW_PASSPHRASE) == today


def test_with_that_unchecked_too_the_district_recovers_it(
        tmp_path: Path, district_url: str, server: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys, applicants=4)
    backup = week_old_backup(db, tmp_path / "usb")
    assert laptop(db, "demo-data", "--applicants", "3", "--seed", "9") == 0
    today = snapshot(db, PASSPHRASE)
    lose_key_file(db)
    monkeypatch.delenv("QADAM_PASSPHRASE")
    assert laptop(db, "restore-key-file", "--from-backup", str(backup),
                  "--unchecked") == 0
    assert "could not be checked" in capsys.readouterr().out
    recover_through_the_district(db, district_url, tmp_path, capsys, monkeypatch)
    assert snapshot(db, NEW_PASSPHRASE) == today


def test_a_foreign_or_damaged_backup_writes_no_key_file(
        tmp_path: Path, district_url: str, server: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys)
    other = tmp_path / "other" / "qadam.db"
    assert laptop(other, "init", "--full-name", "Басқа", *FAST) == 0
    foreign = week_old_backup(other, tmp_path / "usb")
    damaged = tmp_path / "damaged.qadam-backup"
    raw = bytearray(week_old_backup(db, tmp_path / "usb2").read_bytes())
    raw[60] ^= 0xFF  # inside the header: its checksum no longer matches
    damaged.write_bytes(bytes(raw))
    lose_key_file(db)
    capsys.readouterr()

    assert laptop(db, "restore-key-file", "--from-backup", str(foreign)) == 2
    assert "belongs to another database" in capsys.readouterr().err
    assert laptop(db, "restore-key-file", "--from-backup", str(damaged)) == 2
    assert "header does not match its checksum" in capsys.readouterr().err
    assert laptop(db, "restore-key-file", "--from-backup", str(tmp_path / "none")) == 2
    assert "no backup file" in capsys.readouterr().err
    assert not Keyring.path_for(db).exists() and not Keyring.copy_path_for(db).exists()
    # A damaged key file is replaced, and kept aside.
    Keyring.path_for(db).write_text("{not json", encoding="utf-8")
    good = next((tmp_path / "usb2").iterdir())
    assert laptop(db, "restore-key-file", "--from-backup", str(good)) == 0
    assert Keyring.path_for(db).with_name("qadam.db.keys.damaged").read_text() == "{not json"
    session.unlock(db, "admin", PASSPHRASE).close()
