"""Applying what the district sends, on real encrypted databases (services.sync).

Pages are built as the server sends them (wire entries with `n`), from another device's real
outbox where it matters, so what is checked is what a second computer would see.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.hlc import Hlc
from desktop.domain.ids import new_id
from desktop.domain.iin import make_iin
from desktop.services import session, sync
from desktop.services.applicants import ApplicantInput, find_applicants, register_applicant
from desktop.storage.connection import get_meta
from desktop.storage.store import Store
from desktop.sync import wire
from tests.conftest import FAST_KDF, PASSPHRASE

OTHER = "0190aaaa-0000-7000-8000-000000000001"  # another device's id
T0 = 1_764_000_000_000  # 2025-11-24, ms


def hlc(ms: int, counter: int = 0) -> str:
    return Hlc(ms, counter).encode()


PERSON = {"iin": "900314400011", "last_name": "Серікбаева", "first_name": "Әйгерім",
          "birth_date": "1990-03-14", "sex": "female", "citizenship": "citizen"}


def entry(table: str, record_id: str, fields: dict, at: int, n: int,
          device: str = OTHER) -> dict:
    return {"t": table, "r": record_id, "h": hlc(at), "d": device, "f": fields, "n": n}


def page(*entries: dict, more: bool = False) -> dict:
    cursor = max((e["n"] for e in entries), default=0)
    return {"entries": list(entries), "cursor": cursor, "more": more}


@pytest.fixture
def second(tmp_path: Path) -> Iterator[Store]:
    other = session.create(tmp_path / "b" / "qadam.db", "admin", "Екінші Маман", PASSPHRASE,
                           FAST_KDF)
    yield other
    other.close()


def _register(store: Store, last_name: str = "Серікбаева") -> str:
    iin = make_iin(date(1990, 3, 14), "female", 120)
    return register_applicant(store, ApplicantInput(iin, last_name, "Әйгерім")).record_id


def test_a_case_pulled_before_its_person_waits_then_is_applied(store: Store) -> None:
    person, case = new_id(), new_id()
    case_fields = {"number": "634603-A-1", "person_id": person, "direction": "1",
                   "state": "submitted", "applied_on": "2026-02-01"}
    sync.apply_page(store, page(entry("cases", case, case_fields, T0 + 5, 7)))
    assert store.db["cases"].count == 0
    assert sync.status(store).staged == 1
    assert get_meta(store.db, "sync_cursor") == "7"  # the page counts as done

    sync.apply_page(store, page(entry("persons", person, PERSON, T0, 9)))
    assert store.db["cases"].get(case)["person_id"] == person
    assert store.db["persons"].get(person)["last_name"] == "Серікбаева"
    assert sync.status(store).staged == 0


def test_a_record_split_over_two_pages_is_written_when_complete(store: Store) -> None:
    person = new_id()
    first = {k: PERSON[k] for k in ("iin", "last_name")}
    rest = {k: v for k, v in PERSON.items() if k not in first}
    sync.apply_page(store, page(entry("persons", person, first, T0, 1), more=True))
    assert store.db["persons"].count == 0
    sync.apply_page(store, page(entry("persons", person, rest, T0 + 1, 2)))
    assert store.db["persons"].get(person)["iin"] == PERSON["iin"]


def test_a_pending_local_edit_wins_over_an_older_remote_value(store: Store) -> None:
    person = _register(store)
    with store.transaction() as tx:
        tx.save("persons", {"phone": "+77010000001"}, person)
    older = int(store.clock() * 1000) - 60_000
    counts = sync.apply_page(store, page(entry("persons", person, {"phone": "+77019999999"},
                                               older, 3)))
    assert counts.kept_local == 1
    assert store.db["persons"].get(person)["phone"] == "+77010000001"


def test_a_newer_remote_value_wins_over_a_pending_local_edit(store: Store) -> None:
    person = _register(store)
    with store.transaction() as tx:
        tx.save("persons", {"phone": "+77010000001"}, person)
    newer = int(store.clock() * 1000) + 60_000
    sync.apply_page(store, page(entry("persons", person, {"phone": "+77019999999"}, newer, 3)))
    assert store.db["persons"].get(person)["phone"] == "+77019999999"
    # the HLC moved past what was seen, so the next local edit is later still
    assert get_meta(store.db, "hlc_last") > hlc(newer)


def test_remote_writes_never_go_back_up(store: Store) -> None:
    before = store.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    sync.apply_page(store, page(entry("persons", new_id(), PERSON, T0, 1)))
    assert store.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == before


def test_a_remote_rename_moves_the_person_in_the_name_search(store: Store) -> None:
    person = new_id()
    sync.apply_page(store, page(entry("persons", person, PERSON, T0, 1)))
    assert [p["id"] for p in find_applicants(store, "Серікб")] == [person]
    sync.apply_page(store, page(entry("persons", person, {"last_name": "Нұрланова"}, T0 + 9, 2)))
    assert find_applicants(store, "Серікб") == []
    assert [p["id"] for p in find_applicants(store, "Нұрлан")] == [person]


def test_a_remote_tombstone_removes_the_person_from_lists(store: Store) -> None:
    person = new_id()
    sync.apply_page(store, page(entry("persons", person, PERSON, T0, 1)))
    sync.apply_page(store, page(entry("persons", person, {"deleted": 1}, T0 + 9, 2)))
    assert store.db["persons"].get(person)["deleted"] == 1
    assert find_applicants(store, "Серікб") == []


def test_a_page_that_fails_midway_changes_nothing_and_keeps_the_cursor(store: Store) -> None:
    sync.apply_page(store, page(entry("persons", new_id(), PERSON, T0, 4)))
    broken = page(entry("persons", new_id(), {**PERSON, "iin": "900314400021"}, T0 + 1, 5))
    broken["cursor"] = "not a number"  # the failure comes after the entries were written
    with pytest.raises(ValueError):
        sync.apply_page(store, broken)
    assert store.db["persons"].count == 1  # only the person of the first page
    assert get_meta(store.db, "sync_cursor") == "4"


def test_a_user_from_another_device_cannot_sign_in_here(store: Store) -> None:
    user = new_id()
    sync.apply_page(store, page(entry("users", user, {"full_name": "Аудан Маман",
                                                      "role": "district_specialist"}, T0, 1)))
    assert store.db["users"].get(user)["username"] == "~" + user
    assert session.usernames(store.opened.path) == ["admin"]


def test_record_state_follows_the_outbox(store: Store) -> None:
    person = _register(store)
    assert sync.record_state(store, "persons", person).state == "local_only"
    store.db.execute("UPDATE change_log SET status = 'sent' WHERE record_id = ?", [person])
    assert sync.record_state(store, "persons", person).state == "sent"
    store.db.execute("UPDATE change_log SET status = 'rejected', reason = 'out_of_scope'"
                     " WHERE record_id = ?", [person])
    state = sync.record_state(store, "persons", person)
    assert (state.state, state.reason) == ("rejected", "out_of_scope")
    assert sync.status(store).rejected == 1
    [rejected] = [r for r in sync.rejected_changes(store) if r.record_id == person]
    assert sync.retry_rejected(store, rejected.ids) == len(rejected.ids)
    assert sync.record_state(store, "persons", person).state == "local_only"
    # a retried save carries a new HLC: the server answers a re-sent one from its receipt
    assert store.db.execute("SELECT hlc FROM change_log WHERE record_id = ? LIMIT 1",
                            [person]).fetchone()[0] != rejected.hlc


def test_status_of_a_device_never_enrolled(store: Store) -> None:
    _register(store)
    status = sync.status(store)
    assert not status.enrolled and status.server_url is None and status.last_sync_at is None
    assert status.pending == 2  # the admin user and the applicant
    assert status.sent == status.rejected == status.open_conflicts == status.notices == 0
    assert not status.clock_warning


def test_every_change_remembers_the_cursor_it_was_written_at(store: Store) -> None:
    sync.apply_page(store, page(entry("persons", new_id(), PERSON, T0, 42)))
    person = _register(store, "Жаңа")
    seen = store.db.execute("SELECT DISTINCT seen FROM change_log WHERE record_id = ?",
                            [person]).fetchall()
    assert seen == [(42,)]


def test_a_conflict_and_a_notice_from_the_server(store: Store) -> None:
    person = _register(store)
    conflict = new_id()
    sync.apply_page(store, page(
        entry("sync_conflicts", conflict, {
            "table_name": "persons", "record_id": person, "field": "last_name",
            "winner_value": '"Серікбаева"', "loser_value": '"Серікбай"',
            "winner_device": store.device_id, "loser_device": OTHER}, T0, 1,
            wire.SERVER_DEVICE_ID),
        entry("sync_notices", new_id(), {"kind": "duplicate_iin", "table_name": "persons",
                                          "record_id": person}, T0, 2, wire.SERVER_DEVICE_ID)))
    [open_one] = sync.open_conflicts(store)
    assert (open_one.winner_value, open_one.loser_value) == ("Серікбаева", "Серікбай")
    [notice] = sync.notices(store)
    assert notice.kind == "duplicate_iin"

    sync.resolve_conflict(store, conflict, "loser")
    assert store.db["persons"].get(person)["last_name"] == "Серікбай"
    assert sync.open_conflicts(store) == []
    queued = store.db.execute("SELECT field FROM change_log WHERE table_name = 'sync_conflicts'"
                              " AND status = 'pending' ORDER BY field").fetchall()
    assert queued == [("resolution",), ("resolved_at_ms",)]
    sync.dismiss_notice(store, notice.id)
    assert sync.notices(store) == [] and sync.status(store).notices == 0


def test_another_device_holds_the_same_checksum_after_a_round_trip(
        demo_store: Store, second: Store) -> None:
    """Device A's whole outbox, as the server would relay it, makes B equal to A."""
    entries, after, n = [], 0, 0
    while batch := sync._outbox_batch(demo_store.db, after):
        for item, _seqs in batch:
            if item is not None:
                n += 1
                item.seq, item.seen = n, None
                entries.append(item.to_json())
        after = batch[-1][1][-1]
    # pages in the server's order; a child may come before its parent within the feed
    for start in range(0, len(entries), 300):
        sync.apply_page(second, {"entries": entries[start:start + 300],
                                 "cursor": start + 300, "more": True})
    assert sync.status(second).staged == 0
    for table in ("persons", "cases", "households", "household_members", "person_documents"):
        assert sync.local_checksum(second.db, table) == sync.local_checksum(demo_store.db,
                                                                           table), table
    assert demo_store.db["persons"].count == second.db["persons"].count


def test_records_written_before_sync_also_send_their_column_defaults(tmp_path: Path) -> None:
    """0012 queues the defaults an older insert did not log (cases.after_training = 0), as a
    save of their own with a new HLC, so the district's checksum can match this computer."""
    from desktop.domain.enums import Role
    from desktop.storage.connection import create_database, open_with_key
    from desktop.storage.store import Actor

    path = tmp_path / "old.db"
    opened, data_key, user_id = create_database(path, "admin", PASSPHRASE, FAST_KDF,
                                                stop_before="0012_sync")
    old = Store(opened, Actor(user_id, "admin", Role.ADMINISTRATOR))
    person = new_id()
    opened.db.execute("ALTER TABLE change_log ADD COLUMN seen INTEGER")  # (read by Store)
    with old.transaction() as tx:
        tx.save("persons", PERSON, person)
        case = tx.save("cases", {"number": "634603-A-1", "person_id": person, "direction": "1",
                                 "state": "submitted", "applied_on": "2026-02-01"}).record_id
    opened.db.execute("ALTER TABLE change_log DROP COLUMN seen")
    opened.db.execute("DELETE FROM change_log WHERE field = 'after_training'")  # as 0011 did
    opened.db.conn.commit()
    opened.close()

    upgraded = open_with_key(path, opened.keyring, data_key)
    rows = upgraded.db.execute("SELECT field, hlc FROM change_log WHERE record_id = ?"
                               " ORDER BY seq", [case]).fetchall()
    upgraded.close()
    assert rows[-1][0] == "after_training"
    assert rows[-1][1] > rows[0][1]  # its own save: the server has a receipt for the first


def test_a_pulled_value_that_fails_the_schema_is_skipped_not_applied(
        store: Store, caplog: pytest.LogCaptureFixture) -> None:
    """What an older or hostile server lets through never reaches this device's tables."""
    good, huge_iin, bad_state, huge_note = new_id(), new_id(), new_id(), new_id()
    counts = sync.apply_page(store, page(
        entry("persons", good, PERSON, T0, 1),
        entry("persons", huge_iin, {**PERSON, "iin": 2**70}, T0, 2),
        entry("cases", bad_state, {"person_id": good, "number": "1", "direction": "1",
                                   "state": "Included", "applied_on": "2025-11-24"}, T0, 3),
        entry("cases", huge_note, {"person_id": good, "number": "2", "direction": "1",
                                   "state": "submitted", "applied_on": "2025-11-24",
                                   "notes": "ж" * 40_000}, T0, 4),  # 80 KB of UTF-8
    ))
    assert counts.invalid == 3
    assert [row["id"] for row in store.db["persons"].rows] == [good]
    assert store.db["cases"].count == 0
    assert store.db.execute("SELECT count(*) FROM sync_staging").fetchone()[0] == 0
    assert get_meta(store.db, "sync_cursor") == "4"  # the sync goes on past them
    logged = caplog.text
    assert "persons.iin" in logged and "cases.state" in logged and "cases.notes" in logged
    assert str(2**70) not in logged and "Included" not in logged  # never the value
