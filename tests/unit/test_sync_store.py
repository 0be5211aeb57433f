"""The district data plane on a real SQLite database: what every device ends up holding.

Random interleavings of saves from three devices: every device's pulled copy equals the
last-writer-wins outcome, its checksum (computed as a device does) equals the server's, and an
incremental pull in small pages holds the same as a fresh download.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.hlc import Hlc
from desktop.domain.iin import make_iin
from desktop.sync import wire
from district.db import Database
from district.migrations import migrate
from district.sync_store import DeviceRow, apply_push, device_checksums, pull_page

OKRUG = "551610000"
NOW = 1_800_000_000_000
DEVICES = [
    DeviceRow("dev-a", "A", "village", OKRUG, "", ""),
    DeviceRow("dev-b", "B", "village", OKRUG, "", ""),
    DeviceRow("dev-z", "Z", "district", None, "", ""),
]
# The feed leaves out a device's own writes (it holds them): devices that never wrote read
# the whole scope from it.
READERS = [
    DeviceRow("reader-v", "V", "village", OKRUG, "", ""),
    DeviceRow("reader-d", "D", "district", None, "", ""),
]
RECORDS = ["p1", "p2", "p3"]
IINS = {record: make_iin(date(1990, 3, 14), "female", n) for n, record in enumerate(RECORDS)}

saves = st.lists(st.tuples(
    st.integers(0, 2),  # which device
    st.sampled_from(RECORDS),
    # values the field schema accepts (sync.schema): text for names, 0 or 1 for `deleted`
    st.fixed_dictionaries({}, optional={
        "phone": st.one_of(st.none(), st.text("аәб", max_size=3)),
        "last_name": st.one_of(st.none(), st.text("аәб", max_size=3)),
        "deleted": st.one_of(st.none(), st.integers(0, 1)),
    }).filter(bool),
    st.integers(0, 50),  # wall clock offset: saves arrive out of HLC order
), min_size=1, max_size=25)


def pulled(db: Database, device: DeviceRow, limit: int) -> tuple[dict, dict[str, str]]:
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    cursor, checksum = 0, {}
    while True:
        with db.transaction() as cur:
            page = pull_page(cur, device, cursor, limit)
        for entry in page["entries"]:
            rows.setdefault((entry["t"], entry["r"]), {}).update(entry["f"])
        cursor = page["cursor"]
        if not page["more"]:
            checksum = page["checksum"]
            return rows, checksum


def device_sums(rows: dict[tuple[str, str], dict[str, Any]]) -> dict[str, str]:
    totals: dict[str, int] = {}
    for (table, record_id), row in rows.items():
        for name, value in wire.synchronised_fields(table, row).items():
            totals[table] = totals.get(table, 0) + wire.field_digest(table, record_id, name,
                                                                     value)
    return {t: wire.checksum_hex(v) for t, v in totals.items()}


@settings(max_examples=40, deadline=None)
@given(saves)
def test_every_device_converges_on_last_writer_wins(plan: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'district.db'}")
        migrate(db)
        with db.transaction() as cur:
            cur.execute("INSERT INTO okrugs (kato, name) VALUES (?, ?)", [OKRUG, "Ауыл"])
        winners: dict[tuple[str, str], tuple[tuple[str, str], Any]] = {}
        for i, (who, record_id, fields, offset) in enumerate(plan):
            device = DEVICES[who]
            hlc = Hlc(NOW + offset * 1000, i).encode()
            fields = {"iin": IINS[record_id], "settlement_kato": OKRUG[:6] + "100", **fields}
            entry = wire.Entry("persons", record_id, hlc, device.id, fields, seen=0)
            with db.transaction() as cur:
                [result] = apply_push(cur, device, [entry], NOW)
            assert result["status"] in ("accepted", "superseded")
            for name, value in fields.items():
                key = (record_id, name)
                if key not in winners or (hlc, device.id) > winners[key][0]:
                    winners[key] = ((hlc, device.id), value)

        expected = {}
        for (record_id, name), (_, value) in winners.items():
            expected.setdefault(record_id, {})[name] = value
        for device in READERS:
            fresh, checksum = pulled(db, device, limit=1000)
            paged, paged_checksum = pulled(db, device, limit=2)
            people = {r: row for (t, r), row in fresh.items() if t == "persons"}
            assert people == expected
            assert paged == fresh and paged_checksum == checksum
            with db.transaction() as cur:
                assert device_checksums(cur, device) == checksum
            sums = device_sums(fresh)
            assert {t: v for t, v in checksum.items() if v != "0" * 16} == {
                t: v for t, v in sums.items() if v != "0" * 16}
        db.close()
