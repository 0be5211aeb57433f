"""The audited writer: row, per-field change log and audit entry in one transaction."""

from __future__ import annotations

import json

import pytest

from desktop.domain.enums import Role
from desktop.domain.hlc import Hlc
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.storage.audit import verify
from desktop.storage.errors import DiskFull, PermissionDenied
from desktop.storage.store import Actor, Store

PERSON = {
    "iin": "900315400017",
    "last_name": "Сейтқали",
    "first_name": "Жанар",
    "birth_date": "1990-03-15",
    "sex": "female",
    "citizenship": "citizen",
}


def change_rows(store: Store, record_id: str) -> list[dict]:
    return list(
        store.db.query(
            "SELECT * FROM change_log WHERE record_id = ? ORDER BY seq", [record_id]
        )
    )


def test_insert_writes_row_change_log_per_field_and_audit(store: Store) -> None:
    with store.transaction() as tx:
        change = tx.save("persons", PERSON)
    row = store.db["persons"].get(change.record_id)
    assert row["last_name"] == "Сейтқали" and row["deleted"] == 0
    logged = {r["field"]: json.loads(r["value"]) for r in change_rows(store, change.record_id)}
    assert logged == PERSON
    rows = change_rows(store, change.record_id)
    assert {r["device_id"] for r in rows} == {store.device_id}
    assert all(r["status"] == "pending" for r in rows)
    audit = store.db.execute(
        "SELECT user_id, action, table_name FROM audit_log WHERE record_id = ?",
        [change.record_id],
    ).fetchall()
    assert audit == [(store.actor.user_id, "insert", "persons")]


def test_update_logs_only_the_fields_that_changed(store: Store) -> None:
    with store.transaction() as tx:
        person_id = tx.save("persons", PERSON).record_id
    with store.transaction() as tx:
        change = tx.save("persons", {**PERSON, "phone": "+7 701 000 00 00"}, person_id)
        unchanged = tx.save("persons", {**PERSON, "phone": "+7 701 000 00 00"}, person_id)
    assert change.fields == ("phone",)
    assert unchanged.fields == ()
    assert [r["field"] for r in change_rows(store, person_id)][-1] == "phone"
    assert len(change_rows(store, person_id)) == len(PERSON) + 1


def test_delete_is_a_tombstone_that_is_logged(store: Store) -> None:
    with store.transaction() as tx:
        person_id = tx.save("persons", PERSON).record_id
    with store.transaction() as tx:
        tx.delete("persons", person_id)
    assert store.db["persons"].get(person_id)["deleted"] == 1
    assert change_rows(store, person_id)[-1]["field"] == "deleted"


def test_a_failed_transaction_leaves_nothing_behind(store: Store) -> None:
    before = {t: store.db[t].count for t in ("persons", "change_log", "audit_log")}
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.save("persons", PERSON)
        raise RuntimeError("power cut in the middle")
    after = {t: store.db[t].count for t in ("persons", "change_log", "audit_log")}
    assert after == before
    assert verify(store.db).ok


def test_hlc_never_goes_backwards_when_the_clock_does(store: Store) -> None:
    now = [2_000_000_000.0]
    skewed = Store(store.opened, store.actor, clock=lambda: now[0])
    stamps = []
    for wall, iin in [
        (2_000_000_000.0, "900315400017"),
        (1_000_000_000.0, "880101300010"),  # the laptop's clock jumps back (dead CMOS battery)
        (1_000_000_000.0, "750505400017"),
    ]:
        now[0] = wall
        with skewed.transaction() as tx:
            person_id = tx.save("persons", {**PERSON, "iin": iin}).record_id
        stamps.append(Hlc.decode(change_rows(store, person_id)[0]["hlc"]))
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    assert stamps[1].wall_ms == stamps[0].wall_ms  # the slow clock did not pull it back


def test_record_ids_are_time_ordered(store: Store) -> None:
    ids = []
    for iin in ("900315400017", "880101300010", "750505400017"):
        with store.transaction() as tx:
            ids.append(tx.save("persons", {**PERSON, "iin": iin}).record_id)
    assert ids == sorted(ids)
    assert all(i[14] == "7" for i in ids)  # UUID version 7


def test_auditor_cannot_write(store: Store) -> None:
    auditor = Store(store.opened, Actor("x", "auditor", Role.AUDITOR))
    with pytest.raises(PermissionDenied), auditor.transaction():
        pass


def test_full_disk_is_reported_and_nothing_saved_is_lost(store: Store) -> None:
    data = ApplicantInput(iin="900315400017", last_name="Сейтқали", first_name="Жанар")
    register_applicant(store, data)
    # SQLite's own SQLITE_FULL path: cap the file at its current size, like a full disk.
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")
    big = ApplicantInput(iin="880101300010", last_name="Ж" * 200_000, first_name="Ә")
    with pytest.raises(DiskFull) as raised:
        register_applicant(store, big)
    assert "disk is full" in raised.value.text()
    store.db.execute("PRAGMA max_page_count = 1073741823")
    assert store.db["persons"].count == 1
    assert verify(store.db).ok
    register_applicant(store, big)  # once there is room, the same save goes through
    assert store.db["persons"].count == 2
