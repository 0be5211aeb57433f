"""Recovery at the district over SQLite and PostgreSQL: online and by file, answered once.

A real laptop database enrolled with the real server; the administrator's functions answer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import recovery, session, sync
from desktop.sync.errors import SyncError
from district import recovery as district_recovery
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.district.conftest import District

NEW = "Жаңа құпия сөз 2027"


def enrolled(tmp_path: Path, district: District) -> Path:
    okrug = district.new_okrug()
    path = tmp_path / "qadam.db"
    store = session.create(path, "admin", "Маман", PASSPHRASE, FAST_KDF, okrug_kato=okrug)
    try:
        sync.enrol(store, district.base_url, district.code(okrug), "laptop")
    finally:
        store.close()
    return path


def test_an_online_request_is_answered_once(tmp_path: Path, district: District) -> None:
    path = enrolled(tmp_path, district)
    made = recovery.make_request(path, "admin", None)
    assert not recovery.send_request(path)
    assert not recovery.send_request(path)  # sent twice: still one waiting request
    assert recovery.fetch_response(path) is None
    assert len(district.query("SELECT * FROM recovery_requests WHERE request_id = ?",
                              [made.request_id])) == 1

    db = district.db
    try:
        request = district_recovery.waiting_request(db, made.code.lower().replace("-", ""))
        first = district_recovery.answer_request(db, request, "Оператор")
        again = district_recovery.answer_request(db, request, "Басқа")
    finally:
        db.close()
    assert again.repeated and again.response == first.response

    fetched = recovery.fetch_response(path)
    assert fetched is not None and fetched.read_bytes()
    recovery.recover(path, "admin", fetched, NEW, FAST_KDF).close()
    session.unlock(path, "admin", NEW).close()
    [row] = district.query("SELECT operator, code, okrug_kato, forced FROM recovery_answers "
                           "WHERE request_id = ?", [made.request_id])
    assert (row["operator"], row["code"], row["forced"]) == ("Оператор", made.code, 0)
    [waiting] = district.query("SELECT answered_at FROM recovery_requests WHERE "
                               "request_id = ?", [made.request_id])
    assert waiting["answered_at"] is not None


def test_at_most_200_unanswered_requests_are_kept(tmp_path: Path, district: District) -> None:
    """The unsigned endpoint cannot fill the district's table: past MAX_WAITING, 429 busy."""
    path = enrolled(tmp_path, district)
    made = recovery.make_request(path, "admin", None)
    waiting = int(district.query("SELECT COUNT(*) AS n FROM recovery_requests WHERE "
                                 "answered_at IS NULL")[0]["n"])
    flood = [f"flood-{n}" for n in range(district_recovery.MAX_WAITING - waiting)]
    db = district.db
    try:
        with db.transaction() as cur:
            for request_id in flood:
                cur.execute("INSERT INTO recovery_requests (request_id, code, body, received_at) "
                            "VALUES (?, 'FLOOD', '{}', 0)", [request_id])
        with pytest.raises(SyncError) as refused:
            recovery.send_request(path)
        assert refused.value.params == {"reason": "busy"}
        assert not district.query("SELECT 1 FROM recovery_requests WHERE request_id = ?",
                                  [made.request_id])
        # One answered (here: removed) makes room: the laptop's request is then kept.
        with db.transaction() as cur:
            cur.execute("DELETE FROM recovery_requests WHERE request_id = ?", [flood.pop()])
        assert not recovery.send_request(path)
        assert district.query("SELECT 1 FROM recovery_requests WHERE request_id = ?",
                              [made.request_id])
    finally:
        with db.transaction() as cur:
            for request_id in flood:
                cur.execute("DELETE FROM recovery_requests WHERE request_id = ?", [request_id])
        db.close()
