"""The same-ИИН notice budget over time, on a real SQLite district database with the clock
given to apply_push (the server's clock cannot be moved a day in the loopback tests)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.hlc import Hlc
from desktop.domain.iin import make_iin
from desktop.sync import wire
from district.db import Database
from district.migrations import migrate
from district.sync_store import NOTICES_PER_DEVICE_PER_DAY, DeviceRow, apply_push

VICTIM, PROBER = "551610000", "551620000"
NOW = 1_800_000_000_000
DAY_MS = 86_400_000
victim = DeviceRow("dev-victim", "V", "village", VICTIM, "", "")
prober = DeviceRow("dev-prober", "P", "village", PROBER, "", "")
centre = DeviceRow("dev-centre", "C", "district", None, "", "")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'district.db'}")
    migrate(database)
    with database.transaction() as cur:
        for kato, name in ((VICTIM, "Қаратал"), (PROBER, "Жолбарыс")):
            cur.execute("INSERT INTO okrugs (kato, name) VALUES (?, ?)", [kato, name])
    yield database
    database.close()


def push_people(db: Database, device: DeviceRow, iins: list[str], now_ms: int) -> None:
    okrug = device.okrug_kato or PROBER  # the district registers them in the other okrug
    entries = [wire.Entry("persons", f"{device.id}-{iin}", Hlc(now_ms, n).encode(), device.id,
                          {"iin": iin, "last_name": "Әбенова",
                           "settlement_kato": okrug[:6] + "100"})
               for n, iin in enumerate(iins)]
    with db.transaction() as cur:
        results = apply_push(cur, device, entries, now_ms)
    assert {r["status"] for r in results} == {"accepted"}


def statuses(db: Database, device: DeviceRow) -> list[str]:
    with db.transaction() as cur:
        rows = cur.execute("SELECT status FROM notice_log WHERE device_id = ? "
                           "ORDER BY created_at, status", [device.id]).fetchall()
    return [row["status"] for row in rows]


def iins(count: int, first_serial: int) -> list[str]:
    return [make_iin(datetime.date(1985, 5, 17), "male", first_serial + 3 * n)
            for n in range(count)]


def test_the_budget_renews_a_day_later_and_district_devices_have_none(db: Database) -> None:
    budget = NOTICES_PER_DEVICE_PER_DAY
    today = iins(budget + 2, 100)
    push_people(db, victim, today, NOW)
    push_people(db, prober, today, NOW + 1000)
    assert statuses(db, prober) == ["sent"] * budget + ["withheld"] * 2
    # an hour short of a day later: still over
    tomorrow = iins(3, 1000)
    push_people(db, victim, tomorrow, NOW + DAY_MS - 3_600_000)
    push_people(db, prober, tomorrow[:1], NOW + DAY_MS - 3_600_000)
    assert statuses(db, prober)[-1] == "withheld"
    # a day after the first notices, the budget is back
    push_people(db, prober, tomorrow[1:], NOW + DAY_MS + 2000)
    assert statuses(db, prober)[-2:] == ["sent", "sent"]
    # the district's own device registering people in an okrug is never limited
    many = iins(budget + 5, 2000)
    push_people(db, victim, many, NOW)
    push_people(db, centre, many, NOW + 5000)
    assert statuses(db, centre) == ["sent"] * (budget + 5)
