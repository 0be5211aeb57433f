"""Seeded random histories of five devices over bad links converge on the server's view.

One district server (SQLite for most seeds, PostgreSQL for two), three honest village devices
(two in one okrug so they share records, one in another okrug), one village device whose clock
is a week wrong (ahead for odd seeds, behind for even ones) and one district device. Each is a
real SQLCipher database with its own Store, enrolled, talking through its own FaultProxy that
drops, cuts and resets connections, delays chunks and sends requests twice. Random steps:
register, edit the same few fields on purpose (concurrent edits become conflicts), tombstone,
open and submit a case, include it at the district (the cases service), add and correct
reference data, go offline, sync (a failure is a SyncError; the device tries again later).
At the end the faults stop, every device syncs until quiet, and every replica must equal the
server's view of its scope. The seed and the history are printed on failure.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.cases import CaseState
from desktop.services import cases, sync
from desktop.storage.store import Store
from desktop.sync import errors, wire
from district.app import create_app
from tests.support.faultproxy import FaultProxy
from tests.support.sync_devices import (
    OKRUG,
    OTHER_OKRUG,
    differences,
    fast_client,
    new_device,
    prepare_district,
    query,
    register,
    replica_rows,
    server_checksums,
    server_rows,
)
from tests.support.sync_harness import ServerThread

WEEK_S = 7 * 24 * 3600
STEPS = 60
FIELDS = ("phone", "address", "last_name")  # the same few on purpose: concurrent edits
# Per connection (a sync keeps one connection alive for all its requests): harsh on purpose.
FAULTS: dict[str, Any] = dict(latency_ms=2, jitter_ms=3, drop_probability=0.1,
                              cut_probability=0.25, reset_probability=0.15, cut_max_bytes=4000,
                              duplicate_probability=0.3)
NO_FAULTS: dict[str, Any] = dict(latency_ms=0, jitter_ms=0, drop_probability=0,
                                 cut_probability=0, reset_probability=0,
                                 duplicate_probability=0)
# (engine, seed): SQLite for most, PostgreSQL for two.
CASES = [("sqlite", s) for s in (1, 2, 3, 4, 5, 6)] + [("postgres", s) for s in (7, 8)]


@dataclass
class Device:
    name: str
    store: Store
    proxy: FaultProxy
    okrug: str | None
    skew_s: float = 0  # how wrong its clock is (0: honest)
    offline_steps: int = 0
    synced_at: list[float] = field(default_factory=list)  # real times of completed syncs

    @property
    def skewed(self) -> bool:
        return self.skew_s != 0

    @property
    def village(self) -> bool:
        return self.okrug is not None


@dataclass
class Edit:
    device: str
    table: str
    record_id: str
    name: str
    value: Any
    at: float  # real time


class World:
    def __init__(self, seed: int, url: str, server: ServerThread, folder: Path) -> None:
        self.rng = random.Random(seed)
        self.seed, self.url, self.server = seed, url, server
        self.log: list[str] = []
        self.edits: list[Edit] = []
        # make_iin may move a serial forward to the next one with a check digit: spaced out
        self.numbers = iter(range(1000 * seed, 1000 * seed + 999, 5))
        self.iins: dict[str, str] = {}  # ИИН -> okrug of a person registered with it
        skew = WEEK_S if seed % 2 else -WEEK_S
        self.devices: list[Device] = []
        for index, (name, okrug, wrong_by) in enumerate((
            ("a1", OKRUG, 0), ("a2", OKRUG, 0), ("b", OTHER_OKRUG, 0),
            ("skew", OKRUG, skew), ("centre", None, 0),
        )):
            proxy = FaultProxy(server.host, server.port, seed=seed * 10 + index, **NO_FAULTS)
            host, port = proxy.start()
            # a laptop whose clock is wrong and never corrected (no corrected_clock)
            clock = (lambda by=wrong_by: time.time() + by) if wrong_by else None
            store = new_device(folder, name, okrug, url, f"http://{host}:{port}", clock)
            self.devices.append(Device(name, store, proxy, okrug, wrong_by))
            proxy.set_faults(**FAULTS)

    def close(self) -> None:
        for device in self.devices:
            device.proxy.stop()
            device.store.close()

    # -- what a device does --------------------------------------------------------------
    def persons(self, device: Device, live: bool = True) -> list[str]:
        sql = "SELECT id FROM persons" + (" WHERE deleted = 0" if live else "") + " ORDER BY id"
        return [r[0] for r in device.store.db.execute(sql).fetchall()]

    def cases_in(self, device: Device, state: str) -> list[str]:
        return [r[0] for r in device.store.db.execute(
            "SELECT id FROM cases WHERE deleted = 0 AND state = ? ORDER BY id",
            [state]).fetchall()]

    def edit(self, device: Device, table: str, record_id: str, values: dict[str, Any]) -> None:
        with device.store.transaction() as tx:
            tx.save(table, values, record_id)
        now = time.time()
        self.edits.extend(Edit(device.name, table, record_id, k, v, now)
                          for k, v in values.items())

    def sync(self, device: Device) -> None:
        if device.offline_steps:
            device.proxy.set_faults(drop_probability=1)  # the link is down: it tries anyway
        try:
            report = sync.sync_now(device.store, fast_client(device.store))
        except errors.SyncError as error:
            self.log.append(f"{device.name}: sync failed ({error.code}) {error.__cause__!r}")
            return
        finally:
            if device.offline_steps:
                device.proxy.set_faults(**FAULTS)
        device.synced_at.append(time.time())
        self.log.append(f"{device.name}: synced +{report.pushed} -{report.pulled}"
                        f" conflicts {report.conflicts} rejected {report.rejected}")

    def step(self, number: int) -> None:
        rng = self.rng
        device = rng.choice(self.devices)
        for other in self.devices:
            other.offline_steps = max(0, other.offline_steps - 1)
        roll = rng.random()
        if roll < 0.4:
            self.sync(device)
        elif roll < 0.46:
            device.offline_steps = rng.randint(2, 6)
            self.log.append(f"{device.name}: offline for {device.offline_steps} steps")
        elif not device.village:
            self.district_step(device, number)
        else:
            self.village_step(device, number)

    def village_step(self, device: Device, number: int) -> None:
        rng = self.rng
        people = self.persons(device)
        roll = rng.random()
        if roll < 0.3 or not people:
            iin_from = [i for i, o in self.iins.items() if o != device.okrug]
            person_id = register(device.store, next(self.numbers))
            if iin_from and rng.random() < 0.3:
                # the same ИИН as someone in the other okrug: a notice to both
                with device.store.transaction() as tx:
                    tx.save("persons", {"iin": rng.choice(sorted(iin_from))}, person_id)
            iin = device.store.db.execute("SELECT iin FROM persons WHERE id = ?",
                                          [person_id]).fetchone()[0]
            self.iins.setdefault(iin, device.okrug or "")
            self.log.append(f"{device.name}: registered {person_id[-6:]}")
        elif roll < 0.75:
            person_id = rng.choice(people)
            name = rng.choice(FIELDS)
            value = f"+7701{number:03d}{rng.randint(0, 9999):04d}" if name == "phone" else (
                f"{name} {device.name} {number}")
            self.edit(device, "persons", person_id, {name: value})
            self.log.append(f"{device.name}: edited {person_id[-6:]}.{name}")
        elif roll < 0.82:
            person_id = rng.choice(people)
            with device.store.transaction() as tx:
                tx.delete("persons", person_id)
            self.edits.append(Edit(device.name, "persons", person_id, "deleted", 1, time.time()))
            self.log.append(f"{device.name}: deleted {person_id[-6:]}")
        else:
            person_id = rng.choice(people)
            case = cases.open_case(device.store, person_id, "1", None, date(2026, 3, 2))
            cases.move_case(device.store, case.record_id, CaseState.SUBMITTED)
            self.log.append(f"{device.name}: submitted case {case.record_id[-6:]}")

    def district_step(self, device: Device, number: int) -> None:
        rng = self.rng
        submitted = self.cases_in(device, "submitted")
        roll = rng.random()
        if submitted and roll < 0.5:
            case_id = rng.choice(submitted)
            cases.move_case(device.store, case_id, CaseState.INCLUDED, date(2026, 3, 9))
            self.log.append(f"{device.name}: included case {case_id[-6:]}")
            return
        employers = [r[0] for r in device.store.db.execute(
            "SELECT id FROM employers ORDER BY id").fetchall()]
        if employers and roll < 0.8:
            employer = rng.choice(employers)
            self.edit(device, "employers", employer, {"name": f"ТОО Жұмыс {number}"})
            self.log.append(f"{device.name}: renamed employer {employer[-6:]}")
        else:
            with device.store.transaction() as tx:
                employer = tx.save("employers", {"name": f"ЖШС {number}",
                                                 "settlement_kato": "551611100"}).record_id
            self.log.append(f"{device.name}: added employer {employer[-6:]}")

    # -- the end -------------------------------------------------------------------------
    def settle(self) -> None:
        """Faults off; every device syncs until a whole round moves nothing (at least two)."""
        for device in self.devices:
            device.proxy.set_faults(**NO_FAULTS)
            device.offline_steps = 0
        quiet_rounds = 0
        for _ in range(8):
            moved = 0
            for device in self.devices:
                report = sync.sync_now(device.store, fast_client(device.store, retries=3))
                device.synced_at.append(time.time())
                moved += report.pushed + report.pulled
            quiet_rounds = quiet_rounds + 1 if moved == 0 else 0
            if quiet_rounds >= 1:
                return
        raise AssertionError("the devices never stopped exchanging changes")

    def describe(self) -> str:
        outcomes = Counter(" ".join(line.split(": ", 1)[1].split()[:2]).split(" (")[0]
                           if "failed" in line else line.split(": ", 1)[1].split()[0]
                           for line in self.log)
        lines = [f"seed {self.seed}: {dict(outcomes)}", *self.log[-60:]]
        for device in self.devices:
            broken = [c for c in device.proxy.connections if c.outcome not in ("closed", "open")]
            lines.append(f"{device.name}: {len(device.proxy.connections)} connections, "
                         f"{len(broken)} broken: "
                         + ", ".join(f"#{c.index} {c.outcome}@{c.cut_at}" for c in broken[:12]))
        return "\n".join(lines)


def check_converged(world: World) -> None:
    url = world.url
    fields = {(r["table_name"], r["record_id"], r["field"]): r for r in query(
        url, "SELECT table_name, record_id, field, value, hlc, device_id FROM fields")}
    records = {(r["table_name"], r["record_id"]): r["okrug_kato"] for r in query(
        url, "SELECT table_name, record_id, okrug_kato FROM records")}
    for device in world.devices:
        store, name = device.store, device.name
        status = sync.status(store)
        assert (status.pending, status.sent, status.rejected, status.staged) == (0, 0, 0, 0), (
            f"{name}: {status}")
        assert store.db.execute("SELECT count(*) FROM sync_staging").fetchone()[0] == 0
        # the replica is exactly the server's view of its scope
        diff = differences(replica_rows(store), server_rows(url, device.okrug))
        assert not diff, f"{name} differs from the server: {diff[:5]}"
        server_sums = server_checksums(url, store.device_id)
        for table in wire.SYNC_TABLES:
            assert sync.local_checksum(store.db, table) == server_sums[table], (name, table)
        # no record of another okrug on a village device
        if device.village:
            for table in wire.SYNC_TABLES:
                for (record_id,) in store.db.execute(f"SELECT id FROM {table}").fetchall():
                    assert records[(table, record_id)] in (None, device.okrug), (
                        f"{name} holds {table} {record_id} of another okrug")
        # every conflict and notice the server recorded for this scope reached the device
        for table in wire.SERVER_TABLES:
            scope = "" if device.okrug is None else " AND okrug_kato = ?"
            wanted = {r["record_id"] for r in query(
                url, f"SELECT record_id FROM records WHERE table_name = ?{scope}",
                [table] + ([] if device.okrug is None else [device.okrug]))}
            held = {r[0] for r in store.db.execute(f"SELECT id FROM {table}").fetchall()}
            assert wanted == held, f"{name}: {table} missing {sorted(wanted - held)[:3]}"
        # no change the server acknowledged is lost: it holds it, or a greater stamp beat it
        acknowledged = store.db.execute(
            "SELECT table_name, record_id, field, value, hlc, device_id FROM change_log"
            " WHERE status = 'accepted' AND table_name != 'sync_conflicts'").fetchall()
        for table, record_id, name_, value, hlc, writer in acknowledged:
            if name_ in wire.LOCAL_ONLY.get(table, ()) or name_ in wire.BOOKKEEPING:
                continue
            held_field = fields.get((table, record_id, name_))
            assert held_field is not None, f"{name}: {table}.{name_} of {record_id} lost"
            mine = json.loads(value) if value is not None else None
            theirs = None if held_field["value"] is None else json.loads(held_field["value"])
            if device.skew_s > 0:
                # Re-stamped by the server (a week ahead): the HLC it holds is the server's,
                # so only "still there, or replaced by someone" can be checked.
                assert held_field["device_id"] != writer or theirs in [
                    json.loads(v) for t, r, n, v, _, _ in acknowledged
                    if (t, r, n) == (table, record_id, name_) and v is not None], name
                continue
            stored = (held_field["hlc"], held_field["device_id"])
            assert stored > (hlc, writer) or (stored == (hlc, writer) and theirs == mine), (
                f"{name}: an acknowledged {table}.{name_} was dropped: {(hlc, writer)} {mine!r}"
                f" vs {stored} {theirs!r}")


def check_wrong_clock(world: World) -> None:
    """A week-wrong clock never makes an edit beat a later honest one."""
    skewed = next(d for d in world.devices if d.skewed)
    status = sync.status(skewed.store)
    assert status.clock_warning and abs(abs(status.clock_offset_ms) - WEEK_S * 1000) < 600_000
    final = {(r["table_name"], r["record_id"], r["field"]): r["device_id"] for r in query(
        world.url, "SELECT table_name, record_id, field, device_id FROM fields")}
    for edit in world.edits:
        if edit.device != skewed.name:
            continue
        key = (edit.table, edit.record_id, edit.name)
        if final.get(key) != skewed.store.device_id:
            continue
        # The wrong clock's value holds the field: it reached the server by this time...
        reached = min(t for t in skewed.synced_at if t >= edit.at)
        later = [e for e in world.edits if (e.table, e.record_id, e.name) == key
                 and e.device != skewed.name and e.at > reached + 0.05]
        # ...so no honest edit made after that may have lost to it
        assert not later, f"{key} kept the wrong clock's value over {later}"


@pytest.fixture
def district_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    engine = request.node.callspec.params["engine"]
    if engine == "postgres":
        yield request.getfixturevalue("fresh_postgres_database")
    else:
        yield f"sqlite:///{tmp_path / 'district.db'}"


@pytest.mark.slow
@pytest.mark.parametrize(("engine", "seed"), CASES)
def test_random_histories_over_bad_links_converge(engine: str, seed: int, district_url: str,
                                                  tmp_path: Path) -> None:
    prepare_district(district_url)
    server = ServerThread(create_app, district_url)
    server.start()
    world = World(seed, district_url, server, tmp_path)
    try:
        for number in range(STEPS):
            world.step(number)
        world.settle()
        check_converged(world)
        check_wrong_clock(world)
        print(world.describe())  # shown with -s: what the faults did
    except BaseException as error:
        print(world.describe())
        raise AssertionError(f"seed {seed} ({engine}): {error}") from error
    finally:
        world.close()
        server.stop(graceful=False)
