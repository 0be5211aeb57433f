"""Same-ИИН notices against a real district server (uvicorn) over SQLite and PostgreSQL.

A village learns that a person it registers is registered in another okrug, and only that:
the other okrug's name and КАТО and "contact the district", never the other okrug's record
id; only for a ИИН with a valid check digit; at most NOTICES_PER_DEVICE_PER_DAY a device;
every pair audited in the district's notice_log, where the district sees both records.
"""

from __future__ import annotations

import logging

import pytest

from district import admin
from district.sync_store import DUPLICATE_IIN_ACTION, NOTICES_PER_DEVICE_PER_DAY
from tests.integration.district.conftest import District
from tests.integration.district.district_helpers import Device, new_id, replica, valid_iin


def mistyped(iin: str) -> str:
    """The same number with its check digit wrong."""
    return iin[:11] + str((int(iin[11]) + 1) % 10)


def person(device: Device, okrug: str, iin: str) -> tuple[str, dict]:
    record_id = new_id()
    return record_id, device.entry("persons", record_id, {
        "iin": iin, "last_name": "Әбенова", "first_name": "Айгүл",
        "settlement_kato": okrug[:6] + "100"})


def notices(device: Device) -> list[dict]:
    rows, _ = device.pull_all()
    return [r for (t, _), r in replica(rows).items() if t == "sync_notices"]


def test_the_same_iin_in_two_okrugs_tells_each_only_the_other_okrug(
        district: District) -> None:
    first_okrug, second_okrug = district.new_okrug(), district.new_okrug()
    first, second = district.device(first_okrug), district.device(second_okrug)
    centre = district.device(None)
    iin = valid_iin()
    first_id, entry = person(first, first_okrug, iin)
    first.push(entry)
    second_id, entry = person(second, second_okrug, iin)
    second.push(entry)
    # an edit again does not flag the pair again
    second.push(second.entry("persons", second_id, {"iin": iin, "phone": "2"}))
    for device, mine, their_okrug in ((first, first_id, second_okrug),
                                      (second, second_id, first_okrug)):
        found = notices(device)
        assert found == [{
            "kind": "duplicate_iin", "iin": iin, "table_name": "persons", "record_id": mine,
            "other_okrug": their_okrug,
            "other_okrug_name": f"Округ {their_okrug}",  # what the specialist reads
            "action": DUPLICATE_IIN_ACTION,
            "detected_at_ms": found[0]["detected_at_ms"]}]
    # the district device sees both notices, so both records
    both = [n for n in notices(centre) if n["iin"] == iin]
    assert {n["record_id"] for n in both} == {first_id, second_id}
    audit = district.query("SELECT device_id, record_id, other_record_id, asked_okrug, status "
                           "FROM notice_log WHERE record_id IN (?, ?)", [first_id, second_id])
    assert audit == [{"device_id": second.device_id, "record_id": second_id,
                      "other_record_id": first_id, "asked_okrug": first_okrug,
                      "status": "sent"}]


def test_a_mistyped_iin_raises_no_notice(district: District) -> None:
    first_okrug, second_okrug = district.new_okrug(), district.new_okrug()
    first, second = district.device(first_okrug), district.device(second_okrug)
    iin = mistyped(valid_iin())
    first.push(person(first, first_okrug, iin)[1])
    # (a server validating ИИН may refuse the entry outright: either way, nothing is told)
    second.push(person(second, second_okrug, iin)[1])
    assert notices(first) == [] and notices(second) == []


def test_a_device_probing_another_okrugs_iins_learns_no_record_ids_and_is_limited(
        district: District, caplog: pytest.LogCaptureFixture,
        capsys: pytest.CaptureFixture[str]) -> None:
    caplog.set_level(logging.INFO)
    victim_okrug, prober_okrug = district.new_okrug(), district.new_okrug()
    victim, prober = district.device(victim_okrug), district.device(prober_okrug)
    probes = NOTICES_PER_DEVICE_PER_DAY + 5
    iins = [valid_iin() for _ in range(probes)]
    victim_ids = []
    for iin in iins:
        record_id, entry = person(victim, victim_okrug, iin)
        victim_ids.append(record_id)
        victim.push(entry)
    prober.push(*(person(prober, prober_okrug, iin)[1] for iin in iins))

    told = notices(prober)
    assert len(told) == NOTICES_PER_DEVICE_PER_DAY
    assert all(n["other_okrug"] == victim_okrug for n in told)
    pulled_text = repr(told)
    assert not any(victim_id in pulled_text for victim_id in victim_ids)
    # the district's audit: every pair, the ones beyond the budget withheld
    audit = district.query("SELECT status, asked_okrug FROM notice_log WHERE device_id = ?",
                           [prober.device_id])
    assert sorted(row["status"] for row in audit) == (
        ["sent"] * NOTICES_PER_DEVICE_PER_DAY + ["withheld"] * 5)
    assert {row["asked_okrug"] for row in audit} == {victim_okrug}
    # the log tells the district the device went over, without any ИИН
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert logged.count(f"device {prober.device_id} is over its") == 1  # once, not per pair
    assert not any(iin in logged for iin in iins)
    # the administrator's view: both records of each pair, the device that went over
    capsys.readouterr()
    assert admin.main(["--database", district.url, "duplicate-iins", "--limit", "1000"]) == 0
    report = capsys.readouterr().out
    assert all(victim_id in report for victim_id in victim_ids)
    assert f"device {prober.device_id}: 5 pairs withheld" in report
    assert not any(iin in report for iin in iins)
    assert admin.main(["--database", district.url, "duplicate-iins", "--limit", "0"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err
