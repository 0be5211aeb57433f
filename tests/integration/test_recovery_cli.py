"""A forgotten passphrase recovered through the district, end to end on the command lines.

A real district (init-district, add-okrug, enrolment-code through `python -m district`'s own
main, served by uvicorn on 127.0.0.1), a real laptop database made and enrolled through
`main.py`'s main; then the passphrase is "forgotten": recovery-request -> answer-recovery ->
recover, and the laptop opens with the new passphrase with every record as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.services import session
from desktop.storage.keys import Keyring
from district import admin
from district.app import create_app
from district.db import Database
from tests.conftest import PASSPHRASE
from tests.support.sync_harness import ServerThread

DISTRICT_KATO = "551600000"
OKRUG = "551610000"
NEW_PASSPHRASE = "Жаңа құпия сөз 2027"
FAST = ["--kdf-memory-kib", "19456", "--kdf-iterations", "2"]


@pytest.fixture
def district_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Жаңақала ауданы"]) == 0
    assert admin.main(["--database", url, "add-okrug", "--kato", OKRUG,
                       "--name", "Ақтау ауылдық округі"]) == 0
    return url


@pytest.fixture
def server(district_url: str) -> Iterator[str]:
    with ServerThread(create_app, district_url) as running:
        yield running.base_url


def district(url: str, *argv: str) -> int:
    return admin.main(["--database", url, *argv])


def laptop(db: Path, *argv: str) -> int:
    return cli.main(["--database", str(db), *argv])


def snapshot(db: Path, passphrase: str) -> dict[str, list[tuple]]:
    """Every row of the tables a specialist fills, to compare before and after."""
    store = session.unlock(db, "admin", passphrase)
    try:
        return {table: store.db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
                for table in ("persons", "households", "cases", "users")}
    finally:
        store.close()


def keyring_audit(db: Path, passphrase: str) -> list[tuple[str, dict]]:
    store = session.unlock(db, "admin", passphrase)
    try:
        rows = store.db.execute("SELECT action, changes FROM audit_log WHERE table_name = "
                                "'keyring' ORDER BY seq").fetchall()
    finally:
        store.close()
    return [(action, json.loads(changes)) for action, changes in rows]


def enrolled_laptop(tmp_path: Path, district_url: str, server: str,
                    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                    applicants: int = 0) -> Path:
    """`init`, optionally `demo-data`, and `enrol` with a code from `enrolment-code`."""
    db = tmp_path / "laptop" / "qadam.db"
    monkeypatch.setenv("QADAM_PASSPHRASE", PASSPHRASE)
    assert laptop(db, "init", "--full-name", "Маман", "--okrug-kato", OKRUG, *FAST) == 0
    if applicants:
        assert laptop(db, "demo-data", "--applicants", str(applicants)) == 0
    capsys.readouterr()
    assert district(district_url, "enrolment-code", "--okrug", OKRUG) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    assert laptop(db, "enrol", "--server", server, "--code", code, "--name", "ақтау-1") == 0
    return db


def test_an_enrolled_laptop_recovers_its_forgotten_passphrase(
        tmp_path: Path, district_url: str, server: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys, applicants=15)
    before = snapshot(db, PASSPHRASE)
    assert len(before["persons"]) >= 15
    # The enrolment wrapped the data key to the district's recovery key, audited.
    assert Keyring.load(db).recovery
    assert keyring_audit(db, PASSPHRASE)[-1][0] == "recovery key added"

    # The passphrase is forgotten: nothing below knows it.
    monkeypatch.delenv("QADAM_PASSPHRASE")
    capsys.readouterr()
    request = tmp_path / "usb" / "request.json"
    request.parent.mkdir()
    assert laptop(db, "recovery-request", "--out", str(request)) == 0
    said = capsys.readouterr().out
    read_out = said.split("Verification code: ")[1].split()[0]

    # At the district: a wrong code read out is refused, the right one answered.
    response = tmp_path / "usb" / "response.json"
    assert district(district_url, "answer-recovery", str(request), "--out", str(response),
                    "--operator", "Сейткали А.", "--code", "AAAA-AAAA") == 2
    assert not response.exists()
    assert district(district_url, "answer-recovery", str(request), "--out", str(response),
                    "--operator", "Сейткали А.", "--code", read_out.lower()) == 0
    shown = capsys.readouterr().out
    assert read_out in shown and "Ақтау ауылдық округі" in shown

    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert laptop(db, "recover", "--response", str(response)) == 0
    assert snapshot(db, NEW_PASSPHRASE) == before
    with pytest.raises(Exception, match="passphrase is wrong"):
        session.unlock(db, "admin", PASSPHRASE)

    # Audited on the laptop (inside the hash chain) ...
    action, details = keyring_audit(db, NEW_PASSPHRASE)[-1]
    assert action == "passphrase reset"
    assert details["operator"] == "Сейткали А." and details["code"] == read_out
    monkeypatch.setenv("QADAM_PASSPHRASE", NEW_PASSPHRASE)
    assert laptop(db, "verify-audit") == 0
    # ... and at the district.
    capsys.readouterr()
    assert district(district_url, "recovery-answers") == 0
    listed = capsys.readouterr().out
    assert read_out in listed and "Сейткали А." in listed and OKRUG in listed

    # The same response a second time: refused, the new passphrase still the one.
    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", "Тағы бір құпия сөз")
    assert laptop(db, "recover", "--response", str(response)) == 2
    assert "No recovery request is waiting" in capsys.readouterr().err
    session.unlock(db, "admin", NEW_PASSPHRASE).close()


def test_a_revoked_laptop_is_answered_only_when_forced(
        tmp_path: Path, district_url: str, server: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys)
    request, response = tmp_path / "request.json", tmp_path / "response.json"
    assert laptop(db, "recovery-request", "--out", str(request)) == 0
    read_out = capsys.readouterr().out.split("Verification code: ")[1].split()[0]
    device_id = json.loads(request.read_text(encoding="utf-8"))["device_id"]
    assert district(district_url, "revoke-device", device_id) == 0
    answer = ["answer-recovery", str(request), "--out", str(response), "--operator", "Бек",
              "--code", read_out]
    assert district(district_url, *answer) == 2
    assert "revoked" in capsys.readouterr().err and not response.exists()
    assert district(district_url, *answer, "--force") == 0
    db_handle = Database(district_url)
    try:
        with db_handle.transaction() as cur:
            forced = cur.scalar("SELECT forced FROM recovery_answers")
    finally:
        db_handle.close()
    assert forced == 1


def test_a_request_sent_online_is_answered_on_the_district_command_line(
        tmp_path: Path, district_url: str, server: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = enrolled_laptop(tmp_path, district_url, server, monkeypatch, capsys, applicants=5)
    before = snapshot(db, PASSPHRASE)
    monkeypatch.delenv("QADAM_PASSPHRASE")
    capsys.readouterr()
    assert laptop(db, "recovery-request", "--send") == 0
    read_out = capsys.readouterr().out.split("Verification code: ")[1].split()[0]
    monkeypatch.setenv("QADAM_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert laptop(db, "recover", "--from-server") == 3  # not answered yet: nothing changes
    assert "not answered yet" in capsys.readouterr().out
    session.unlock(db, "admin", PASSPHRASE).close()

    assert district(district_url, "recovery-requests") == 0
    assert "Ақтау ауылдық округі" in capsys.readouterr().out
    assert district(district_url, "answer-recovery", "--code", "ZZZZ-ZZZZ",
                    "--operator", "Бек") == 2  # a code no request has
    assert "no request with the code" in capsys.readouterr().err
    assert district(district_url, "answer-recovery", "--code", read_out,
                    "--operator", "Бек") == 0
    assert "ready on this server" in capsys.readouterr().out

    assert laptop(db, "recover", "--from-server") == 0
    assert snapshot(db, NEW_PASSPHRASE) == before
    assert laptop(db, "recover", "--from-server") == 2  # used: no request is waiting
    capsys.readouterr()
    assert district(district_url, "recovery-requests") == 0
    assert capsys.readouterr().out == ""


def test_the_recovery_endpoints_refuse_what_is_not_a_request(server: str) -> None:
    import requests

    refused = requests.post(f"{server}/v1/recovery", json={"format": "something"}, timeout=10)
    assert refused.status_code == 400 and refused.json()["error"] == "invalid"
    unknown = requests.get(f"{server}/v1/recovery/no-such-request", timeout=10)
    assert unknown.status_code == 404 and unknown.json()["error"] == "unknown_request"
