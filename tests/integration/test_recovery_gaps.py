"""The gaps of recovery closed: a laptop without a recovery wrap gets one at a sync, and a key
file lost with its copy comes back from a backup (docs/recovery.md).

Real pieces throughout: a district made with `python -m district`'s main and served by uvicorn
on 127.0.0.1, laptops made, enrolled, synchronised and backed up through `main.py`'s main,
real SQLCipher files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.services import recovery, session
from desktop.storage.keys import Keyring
from desktop.sync.recovery import b64, sign_recovery_key
from tests.conftest import PASSPHRASE
from tests.integration.test_recovery_cli import (  # noqa: F401 - fixtures
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
