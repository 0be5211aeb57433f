"""Push and pull against a real district server (uvicorn) over SQLite and PostgreSQL."""

from __future__ import annotations

import logging

import pytest

from desktop.domain.hlc import Hlc
from desktop.sync import merge
from tests.integration.district.conftest import District
from tests.integration.district.district_helpers import (
    Device,
    checksums,
    new_id,
    now_ms,
    replica,
    valid_iin,
)


def person(device: Device, okrug: str, iin: str = "900101300116", **fields: object
           ) -> tuple[str, dict]:
    record_id = new_id()
    return record_id, device.entry("persons", record_id, {
        "iin": iin, "last_name": "Әбенова", "first_name": "Айгүл",
        "settlement_kato": okrug[:6] + "100", **fields})


def test_two_village_devices_and_the_district_see_each_others_changes(
        district: District) -> None:
    okrug = district.new_okrug()
    first, second = district.device(okrug), district.device(okrug)
    centre = district.device(None)
    assert first.enrolment["scope"] == "village"
    assert first.enrolment["okrug"]["kato"] == okrug
    assert centre.enrolment["scope"] == "district" and centre.enrolment["okrug"] is None

    person_id, entry = person(first, okrug)
    case_id = new_id()
    results = first.push(entry, first.entry("cases", case_id, {
        "person_id": person_id, "state": "submitted", "direction": "1"}))
    assert results == [{"status": "accepted", "reason": None}] * 2

    rows, _ = second.pull_all()
    assert replica(rows)[("persons", person_id)]["last_name"] == "Әбенова"
    assert replica(rows)[("cases", case_id)]["state"] == "submitted"

    # the district centre includes the person; both village devices see it
    centre.pull_all()
    assert centre.push(centre.entry("cases", case_id, {"state": "included"})) == [
        {"status": "accepted", "reason": None}]
    assert centre.push(centre.entry("decisions", new_id(), {
        "case_id": case_id, "kind": "inclusion", "decided_on": "2026-12-02",
        "authority": "district"}))[0]["status"] == "accepted"
    more, _ = second.pull_all()
    assert replica(rows + more)[("cases", case_id)]["state"] == "included"
    assert any(e["t"] == "decisions" for e in more)
    # a sync with nothing to do: one pull with an empty page
    page = second.pull_page(second.cursor)
    assert page["entries"] == [] and page["more"] is False


def test_a_resent_push_gets_its_first_answer_and_changes_nothing(district: District) -> None:
    okrug = district.new_okrug()
    device = district.device(okrug)
    _, entry = person(device, okrug)
    assert device.push(entry)[0]["status"] == "accepted"
    fields_before = district.query("SELECT COUNT(*) AS n, MAX(seq) AS top FROM fields")
    assert device.push(entry) == [{"status": "accepted", "reason": None}]
    assert district.query("SELECT COUNT(*) AS n, MAX(seq) AS top FROM fields") == fields_before


def test_the_later_write_wins_and_a_concurrent_edit_leaves_a_conflict(
        district: District) -> None:
    okrug = district.new_okrug()
    first, second = district.device(okrug), district.device(okrug)
    person_id, entry = person(first, okrug, phone="+7 700 000 00 01")
    first.push(entry)
    first.pull_all()
    second.pull_all()
    # both edit the phone without seeing each other's edit; the second edit is later
    early = first.entry("persons", person_id, {"phone": "+7 700 111 11 11"})
    late = second.entry("persons", person_id, {"phone": "+7 700 222 22 22"},
                        hlc=Hlc(now_ms() + 1000, 0).encode())
    assert second.push(late)[0]["status"] == "accepted"
    assert first.push(early) == [{"status": "superseded", "reason": None}]

    rows, _ = first.pull_all()
    held = replica(rows)
    assert held[("persons", person_id)]["phone"] == "+7 700 222 22 22"
    conflicts = [row for (table, _), row in held.items() if table == "sync_conflicts"]
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert conflict["record_id"] == person_id and conflict["field"] == "phone"
    assert conflict["winner_value"] == '"+7 700 222 22 22"'
    assert conflict["loser_value"] == '"+7 700 111 11 11"'
    assert conflict["winner_device"] == second.device_id
    # a person resolves it on a village device
    conflict_id = next(r for (t, r) in held if t == "sync_conflicts")
    assert first.push(first.entry("sync_conflicts", conflict_id, {
        "resolved_at_ms": now_ms(), "resolution": "winner"}))[0]["status"] == "accepted"
    # an edit made after seeing the other value is no conflict
    seen = second.pull_all()
    assert seen
    second.push(second.entry("persons", person_id, {"phone": "+7 700 333 33 33"}))
    assert district.query("SELECT COUNT(*) AS n FROM records WHERE table_name = "
                          "'sync_conflicts' AND okrug_kato = ?", [okrug])[0]["n"] == 1


def test_another_okrugs_records_can_be_neither_written_nor_seen(district: District) -> None:
    mine, theirs = district.new_okrug(), district.new_okrug()
    device, stranger = district.device(mine), district.device(theirs)
    person_id, entry = person(device, mine)
    device.push(entry)
    rows, _ = stranger.pull_all()
    assert all(e["r"] != person_id for e in rows)
    assert stranger.push(stranger.entry("persons", person_id, {"phone": "1"})) == [
        {"status": "rejected", "reason": "out_of_scope"}]
    assert stranger.push(stranger.entry("cases", new_id(), {
        "person_id": person_id, "state": "submitted"})) == [
        {"status": "rejected", "reason": "out_of_scope"}]
    # the rejection refused the whole entry: nothing of it was stored
    assert district.query("SELECT field FROM fields WHERE record_id = ? AND field = 'phone'",
                          [person_id]) == []


def test_a_village_device_cannot_act_for_the_district(district: District) -> None:
    okrug = district.new_okrug()
    device = district.device(okrug)
    person_id, entry = person(device, okrug)
    case_id = new_id()
    device.push(entry, device.entry("cases", case_id, {"person_id": person_id,
                                                       "state": "submitted"}))
    refused = device.push(
        device.entry("cases", case_id, {"state": "included", "note": "x"}),
        device.entry("decisions", new_id(), {"case_id": case_id, "kind": "refusal"}),
        device.entry("payments", new_id(), {"case_id": case_id, "amount": 100}),
        device.entry("social_contracts", new_id(), {"case_id": case_id, "status": "signed"}),
        device.entry("settlements", new_id(), {"kato": okrug, "name": "Ауыл"}),
    )
    assert refused == [{"status": "rejected", "reason": "authority"}] * 5
    assert district.query("SELECT value FROM fields WHERE record_id = ? AND field = 'note'",
                          [case_id]) == []
    conclusion = device.push(device.entry("decisions", new_id(), {
        "case_id": case_id, "kind": "akim_conclusion", "decided_on": "2026-12-02"}))
    assert conclusion[0]["status"] == "accepted"


def test_legal_acts_never_change(district: District) -> None:
    okrug = district.new_okrug()
    village, centre = district.device(okrug), district.device(None)
    person_id, entry = person(village, okrug)
    case_id, decision_id, contract_id = new_id(), new_id(), new_id()
    village.push(entry, village.entry("cases", case_id, {"person_id": person_id,
                                                         "state": "submitted"}))
    assert centre.push(
        centre.entry("decisions", decision_id, {"case_id": case_id, "kind": "inclusion"}),
        centre.entry("social_contracts", contract_id, {
            "case_id": case_id, "number": "7", "status": "signed",
            "signed_on": "2026-12-02"}),
    ) == [{"status": "accepted", "reason": None}] * 2
    assert centre.push(
        centre.entry("decisions", decision_id, {"kind": "refusal"}),
        centre.entry("decisions", decision_id, {"deleted": 1}),
        centre.entry("social_contracts", contract_id, {"number": "8"}),
    ) == [{"status": "rejected", "reason": "append_only"}] * 3
    assert centre.push(centre.entry("social_contracts", contract_id, {
        "status": "superseded"}))[0]["status"] == "accepted"


def test_a_timestamp_from_the_future_is_re_stamped(district: District) -> None:
    okrug = district.new_okrug()
    wrong_clock, honest = district.device(okrug), district.device(okrug)
    person_id, entry = person(honest, okrug)
    honest.push(entry)
    days_ahead = Hlc(now_ms() + 3 * 86_400_000, 0).encode()
    assert wrong_clock.push(wrong_clock.entry("persons", person_id, {"phone": "future"},
                                              hlc=days_ahead))[0]["status"] == "accepted"
    stored = district.query("SELECT hlc FROM fields WHERE record_id = ? AND field = 'phone'",
                            [person_id])[0]["hlc"]
    assert Hlc.decode(stored).wall_ms <= now_ms() + merge.MAX_FUTURE_MS
    # so an honest edit made a moment later still wins
    assert honest.push(honest.entry("persons", person_id, {"phone": "now"},
                                    hlc=Hlc(now_ms() + 1000, 0).encode()))[0]["status"] == (
        "accepted")


def test_the_checksum_matches_what_a_device_computes(district: District) -> None:
    okrug = district.new_okrug()
    device, other = district.device(okrug), district.device(okrug)
    person_id, entry = person(device, okrug)
    device.push(entry)
    other.push(other.entry("persons", person_id, {"phone": "1", "first_name": None}))
    device.push(device.entry("persons", new_id(), {"iin": "900315400017", "deleted": 1}))
    rows, checksum = other.pull_all(limit=3)  # several pages, an entry never split
    # The feed leaves out what `other` wrote itself: its replica is its own write + the feed.
    mine = checksums(replica([other.entry("persons", person_id, {"phone": "1",
                                                                 "first_name": None}),
                              *rows]))
    assert {t: v for t, v in checksum.items() if t in mine} == mine
    assert all(v == "0" * 16 for t, v in checksum.items() if t not in mine)
    # the scoped re-download after a mismatch gives the same table again
    page = other.pull_page(0, table="persons")
    assert {e["t"] for e in page["entries"]} == {"persons"}
    assert checksums(replica(page["entries"]))["persons"] == checksum["persons"]


def test_the_devices_list_shows_backlog_and_rejections(district: District) -> None:
    from district import admin

    okrug = district.new_okrug()
    device, other = district.device(okrug), district.device(okrug)
    _, entry = person(device, okrug)
    device.push(entry, device.entry("payments", new_id(), {"case_id": new_id()}))
    db = district.db
    try:
        rows = {r["id"]: r for r in admin.device_report(db)}
    finally:
        db.close()
    assert rows[device.device_id]["rejected"] == 1
    assert rows[device.device_id]["clock_offset_ms"] is not None
    assert rows[other.device_id]["backlog"] >= 4
    other.pull_all()
    db = district.db
    try:
        rows = {r["id"]: r for r in admin.device_report(db)}
    finally:
        db.close()
    assert rows[other.device_id]["backlog"] == 0


def test_a_district_device_files_a_new_person_under_its_settlements_okrug(
        district: District) -> None:
    okrug = district.new_okrug()
    centre, village = district.device(None), district.device(okrug)
    person_id, entry = person(centre, okrug)  # settlement_kato inside the okrug
    assert centre.push(entry)[0]["status"] == "accepted"
    rows, _ = village.pull_all()
    assert ("persons", person_id) in replica(rows)
    lost = centre.entry("persons", new_id(), {"iin": "900315400017",
                                              "settlement_kato": "559999100"})
    assert centre.push(lost) == [{"status": "rejected", "reason": "invalid"}]


def test_a_child_pushed_before_its_parent_is_refused_then_accepted(district: District) -> None:
    okrug = district.new_okrug()
    device = district.device(okrug)
    person_id, entry = person(device, okrug)
    case = device.entry("cases", new_id(), {"person_id": person_id, "state": "submitted"})
    assert device.push(case) == [{"status": "rejected", "reason": "invalid"}]
    device.push(entry)
    retried = dict(case, h=device.hlc())  # the device re-sends it as a new save
    assert device.push(retried) == [{"status": "accepted", "reason": None}]


def test_the_server_logs_no_personal_data(district: District,
                                          caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    first_okrug, second_okrug = district.new_okrug(), district.new_okrug()
    first, second = district.device(first_okrug), district.device(second_okrug)
    iin = valid_iin()  # a valid one: its notice path is logged too
    person_id, entry = person(first, first_okrug, iin=iin, last_name="Құрманғазиева")
    first.push(entry)
    second.push(person(second, second_okrug, iin=iin)[1])  # the same ИИН elsewhere
    second.push(second.entry("persons", person_id, {"last_name": "Жұмабаева"}))  # refused
    first.push(first.entry("persons", person_id, {"last_name": "Сейітова"}, seen=0))
    first.pull_all()
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "out_of_scope" in logged  # the refusal is logged, by its reason
    for secret in (iin, "Құрманғазиева", "Жұмабаева", "Сейітова", "Әбенова"):
        assert secret not in logged
