"""The server refuses a value that fails the shared field schema, entry by entry, and the other
devices of the okrug and the district keep syncing (a real server, SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from desktop.sync import schema
from district import sync_store
from tests.integration.district.conftest import District
from tests.integration.district.district_helpers import (
    Device,
    body_of,
    checksums,
    new_id,
    replica,
    unique_iin,
)

ACCEPTED = {"status": "accepted", "reason": None}
INVALID = {"status": "rejected", "reason": schema.INVALID_VALUE}


def test_bad_values_are_refused_and_every_other_device_still_syncs(district: District
                                                                   ) -> None:
    okrug = district.new_okrug()
    writer, neighbour, centre = (district.device(okrug), district.device(okrug),
                                 district.device(None))
    person_id, bad_iin_id, bad_state_id, huge_id = new_id(), new_id(), new_id(), new_id()
    person = {"iin": unique_iin(), "last_name": "Әбенова", "first_name": "Айгүл",
              "birth_date": "1990-03-15", "settlement_kato": okrug[:6] + "100"}
    results = writer.push(
        writer.entry("persons", person_id, person),
        writer.entry("persons", bad_iin_id, {**person, "iin": 2**70}),
        bad_state := writer.entry("cases", bad_state_id, {
            "person_id": person_id, "state": "Included", "direction": "1"}),
        # 15 MiB of text compresses to a few hundred bytes: the body cap does not stop it
        writer.entry("cases", huge_id, {"person_id": person_id, "state": "submitted",
                                        "notes": "x" * (15 * 1024 * 1024)}),
        writer.entry("cases", new_id(), {"person_id": person_id, "state": "submitted",
                                         "direction": "1"}),
    )
    assert results == [ACCEPTED, INVALID, INVALID, INVALID, ACCEPTED]
    for refused in (bad_iin_id, bad_state_id, huge_id):  # nothing of them was stored
        assert district.query(f"SELECT record_id FROM fields WHERE record_id = '{refused}'"
                              ) == []

    for device in (neighbour, centre):
        rows, checksum = device.pull_all()
        held = replica(rows)
        assert held[("persons", person_id)]["iin"] == person["iin"]
        assert not {bad_iin_id, bad_state_id, huge_id} & {record for _, record in held}
        assert checksums(held)["persons"] == checksum["persons"]
        assert checksums(held)["cases"] == checksum["cases"]
    # a resent refusal gets the same answer, and the device's next push goes through
    assert writer.push(bad_state) == [INVALID]
    assert writer.push(writer.entry("persons", person_id, {"phone": "+7 700 000 00 01"})) == [
        ACCEPTED]


def test_an_out_of_range_integer_or_a_wrong_enumeration_is_refused(district: District) -> None:
    centre = district.device(None)
    results = centre.push(
        centre.entry("vacancies", new_id(), {"specialty": "Тігінші", "places": 2**63}),
        centre.entry("settlements", new_id(), {"kato": "551699100", "name_kk": "Ауыл",
                                               "name_ru": "Аул", "okrug_kato": "551699000",
                                               "potential": "enormous"}),
        centre.entry("vacancies", new_id(), {"specialty": "Тігінші", "places": 3,
                                             "posted_on": "2026-02-30"}),
        centre.entry("vacancies", new_id(), {"specialty": "Тігінші", "places": 3}),
    )
    assert results == [INVALID, INVALID, INVALID, ACCEPTED]


def test_a_device_over_its_stored_quota_is_refused_and_the_others_are_not(
        district: District, monkeypatch: pytest.MonkeyPatch) -> None:
    # The server runs in this process (a uvicorn thread): a small quota keeps the test small.
    monkeypatch.setattr(sync_store, "STORED_BYTES_QUOTA", 100_000)
    okrug = district.new_okrug()
    greedy, other = district.device(okrug), district.device(okrug)
    person_id, person = new_id(), {"iin": unique_iin(), "last_name": "Әбенова",
                                   "settlement_kato": okrug[:6] + "100"}
    assert greedy.push(greedy.entry("persons", person_id, person)) == [ACCEPTED]
    note = "ж" * 16_000  # 32,000 bytes of UTF-8, within the schema's 16,000 characters

    def case(device: Device) -> dict:
        return device.entry("cases", new_id(), {"person_id": person_id, "state": "submitted",
                                                "notes": note})

    # the push that crosses the quota is taken (it is bounded by the body cap) ...
    assert greedy.push(*[case(greedy) for _ in range(4)]) == [ACCEPTED] * 4
    usage = f"SELECT stored_bytes FROM devices WHERE id = '{greedy.device_id}'"
    [stored] = district.query(usage)
    assert stored["stored_bytes"] > 4 * 32_000
    # ... the next one is refused whole, and nothing of it is stored
    refused = greedy.push_raw([case(greedy)])
    assert refused.status_code == 413 and body_of(refused)["error"] == "quota"
    assert district.query(usage) == [stored]
    # another device of the same okrug still pushes, and still pulls everything
    assert other.push(case(other)) == [ACCEPTED]
    rows, _ = other.pull_all()
    assert sum(1 for e in rows if e["t"] == "cases") == 4


def test_a_pull_page_stops_at_its_byte_budget_without_splitting_an_entry(
        district: District, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_store, "PULL_PAGE_BYTES", 100_000)
    okrug = district.new_okrug()
    writer, reader = district.device(okrug), district.device(okrug)
    person_id = new_id()
    assert writer.push(writer.entry("persons", person_id, {
        "iin": unique_iin(), "last_name": "Әбенова", "settlement_kato": okrug[:6] + "100",
    })) == [ACCEPTED]
    note = "ж" * 15_990  # about 32,000 bytes each
    cases = {new_id(): f"{n}{note}" for n in range(6)}
    assert writer.push(*[writer.entry("cases", case_id, {
        "person_id": person_id, "state": "submitted", "notes": text, "direction": "1"})
        for case_id, text in cases.items()]) == [ACCEPTED] * 6
    first = reader.pull_page(reader.cursor)  # the default field limit would take them all
    assert first["more"] is True
    assert 3 <= sum(e["t"] == "cases" for e in first["entries"]) < 6
    rows, _ = reader.pull_all()
    held = replica(first["entries"] + rows)
    assert {case_id: held[("cases", case_id)]["notes"] for case_id in cases} == cases
    assert all(set(held[("cases", c)]) >= {"person_id", "state", "direction"} for c in cases)
