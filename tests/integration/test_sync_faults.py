"""Sync under crashes: the server dies mid-push or mid-pull, a device is killed mid-page.

Real components only: the district app under uvicorn on 127.0.0.1 (tests/support/
sync_harness.py), a FaultProxy in front of it (the crash resets every open connection, as a
dead process's kernel would), real SQLCipher devices, and for the killed device a process of
its own (tests/support/sync_victim.py) ended with SIGKILL. Each test starts from a copy of one
prepared district and device (many applicants: several push batches and pull pages), so the
data is made once per module and engine.

The server-side tests (crash mid-push, mid-pull, a lost answer, replayed requests) run with the
district on SQLite and on PostgreSQL (tests/support/postgres.py: in CI a missing PostgreSQL
fails them). A PostgreSQL test's district is `CREATE DATABASE ... TEMPLATE` of the prepared
one, its device a copy of the files taken with that database (tests/support/
district_copies.py). The tests that SIGKILL the device run on SQLite only: what they check is
the device's own SQLCipher file (its transaction, WAL and cursor), and the server only serves
pages, which the PostgreSQL runs of the other tests already cover.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.iin import make_iin
from desktop.services import sync
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.storage.connection import get_meta, set_meta
from desktop.storage.store import SYNC_CURSOR_KEY, Store
from desktop.sync import errors, wire
from district.app import create_app
from tests.support.district_copies import Districts, PostgresDistricts, SqliteDistricts
from tests.support.faultproxy import FaultProxy
from tests.support.sync_devices import (
    OKRUG,
    differences,
    enrolment_code,
    fast_client,
    new_device,
    new_store,
    prepare_district,
    query,
    reopen,
    replica_rows,
    server_checksums,
    server_rows,
)
from tests.support.sync_harness import CrashSwitch, ServerThread

# 2100 saves of 6 fields: 6 push batches of 400 entries, 4 pull pages of 4000 fields.
PEOPLE = 2100
REPO = Path(__file__).resolve().parents[2]


def fill(store: Store, people: int) -> None:
    first = date(1950, 1, 1)
    for number in range(people):
        iin = make_iin(first + timedelta(days=number), "female", 7)
        register_applicant(store, ApplicantInput(iin, "Серікбаева", "Әйгерім"))


class AppPools:
    """create_app, each app's database connections closed on exit.

    A crash-like stop (graceful=False) skips the app's shutdown, which would close them; left
    open they would keep a PostgreSQL template from being copied, or retry a dropped one.
    """

    def __init__(self) -> None:
        self.apps: list[Any] = []

    def create(self, url: str) -> Any:
        app = create_app(url)
        self.apps.append(app)
        return app

    def __enter__(self) -> AppPools:
        return self

    def __exit__(self, *exc: object) -> None:
        for app in self.apps:
            app.state.db.close()


@dataclass(frozen=True)
class Snapshot:
    folder: Path  # device `a`'s files
    url: str  # the district database that goes with them (never served after it is built)


@dataclass(frozen=True)
class Templates:
    districts: Districts
    states: dict[str, Snapshot]


def build_templates(districts: Districts, root: Path, filled: Path) -> Templates:
    """A district and device `a` enrolled with it, in two states: "pending" (PEOPLE saves not
    yet sent) and "pushed" (all of them on the server). Each device copy is taken with its
    district stopped, so the two always match."""
    pending, pushed = root / "pending", root / "pushed"
    shutil.copytree(filled, pending)
    url = districts.new(root)
    prepare_district(url)
    with AppPools() as apps, ServerThread(apps.create, url) as server:
        store = reopen(pending / "a" / "qadam.db")
        sync.enrol(store, server.base_url, enrolment_code(url, OKRUG), "a")
        store.close()
    shutil.copytree(pending, pushed)
    pushed_url = districts.fork(url, root)
    with AppPools() as apps, ServerThread(apps.create, pushed_url) as server:
        store = reopen(pushed / "a" / "qadam.db")
        with store.db.atomic():
            set_meta(store.db, sync.K_URL, server.base_url)
        sync.sync_now(store)
        store.close()
    return Templates(districts, {"pending": Snapshot(pending, url),
                                 "pushed": Snapshot(pushed, pushed_url)})


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Device `a` with its PEOPLE saves, not enrolled: made once, enrolled per engine (the
    saves do not depend on the district; they are most of a template's making)."""
    root = tmp_path_factory.mktemp("faults-device")
    store = new_store(root, "a", OKRUG)
    fill(store, PEOPLE)
    store.close()
    return root


@pytest.fixture(scope="module")
def sqlite_templates(tmp_path_factory: pytest.TempPathFactory, filled: Path) -> Templates:
    return build_templates(SqliteDistricts(), tmp_path_factory.mktemp("faults-sqlite"), filled)


@pytest.fixture(scope="module")
def postgres_templates(postgres_url: str, tmp_path_factory: pytest.TempPathFactory,
                       filled: Path) -> Iterator[Templates]:
    """The same on PostgreSQL: each test's district is `CREATE DATABASE ... TEMPLATE` of it."""
    districts = PostgresDistricts(postgres_url)
    templates = build_templates(districts, tmp_path_factory.mktemp("faults-postgres"),
                                filled)
    yield templates
    for snapshot in templates.states.values():
        districts.drop(snapshot.url)


@dataclass
class World:
    folder: Path
    url: str  # the district database
    server: ServerThread
    proxy: FaultProxy
    link: str  # what devices talk to: the proxy
    apps: AppPools
    stores: list[Store] = field(default_factory=list)

    def open(self, name: str) -> Store:
        store = reopen(self.folder / name / "qadam.db")
        with store.db.atomic():
            set_meta(store.db, sync.K_URL, self.link)  # this test's server, through the proxy
        self.stores.append(store)
        return store

    def enrol(self, name: str) -> Store:
        store = new_device(self.folder, name, OKRUG, self.url, self.link)
        self.stores.append(store)
        return store

    def crash_on(self, method: str, path: str, nth: int, when: str) -> CrashSwitch:
        switch = CrashSwitch(self.server, self.proxy, method, path, nth=nth, when=when)
        self.server.app_factory = switch.factory(self.apps.create)
        self.server.restart()
        return switch

    def counter(self) -> int:
        return int(query(self.url, "SELECT value FROM counters WHERE name = 'seq'")[0]["value"])

    def field_rows(self) -> int:
        return int(query(self.url, "SELECT count(*) AS n FROM fields")[0]["n"])


@contextmanager
def served(templates: Templates, state: str, tmp_path: Path) -> Iterator[World]:
    """A copy of a template state, its server running behind a proxy."""
    snapshot = templates.states[state]
    folder = tmp_path / "world"
    shutil.copytree(snapshot.folder, folder)
    url = templates.districts.fork(snapshot.url, tmp_path)
    apps = AppPools()
    server = ServerThread(apps.create, url)
    try:
        server.start()
        proxy = FaultProxy(server.host, server.port)
        host, port = proxy.start()
        world = World(folder, url, server, proxy, f"http://{host}:{port}", apps)
        try:
            yield world
        finally:
            for store in world.stores:
                store.close()
            proxy.stop()
    finally:
        server.stop(graceful=False)
        apps.__exit__()
        templates.districts.drop(url)


# The district's engine matters to a server crash (what a killed transaction leaves behind, how
# receipts and the feed read after a restart): those tests run on both.
ENGINES = ["sqlite", "postgres"]


@pytest.fixture(params=ENGINES)
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """Device `a` with PEOPLE saves to send."""
    templates = request.getfixturevalue(f"{request.param}_templates")
    with served(templates, "pending", tmp_path) as world:
        yield world


@pytest.fixture(params=ENGINES)
def pushed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    """The district holds device `a`'s PEOPLE saves."""
    templates = request.getfixturevalue(f"{request.param}_templates")
    with served(templates, "pushed", tmp_path) as world:
        yield world


@pytest.fixture
def pushed_on_sqlite(sqlite_templates: Templates, tmp_path: Path) -> Iterator[World]:
    """The same, SQLite only: for the tests that kill the device, not the server."""
    with served(sqlite_templates, "pushed", tmp_path) as world:
        yield world


def open_entries(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM (SELECT DISTINCT table_name, record_id, hlc"
                            " FROM change_log)").fetchone()[0]


def outbox(store: Store, where: str = "1") -> list[tuple[str, str, str, str]]:
    """The device's changes that travel (not local-only fields): table, id, field, value."""
    rows = store.db.execute("SELECT table_name, record_id, field, value FROM change_log"
                            f" WHERE {where}").fetchall()
    return [r for r in rows
            if r[2] not in wire.LOCAL_ONLY.get(r[0], ()) and r[2] not in wire.BOOKKEEPING]


def assert_converged(world: World, store: Store, report: sync.SyncReport) -> None:
    status = sync.status(store)
    assert (status.pending, status.sent, status.rejected, status.staged) == (0, 0, 0, 0)
    # A repair would hide a lost or skipped change: there must have been none to repair.
    assert report.checked and report.repaired == () and report.divergent == ()
    assert differences(replica_rows(store), server_rows(world.url, OKRUG)) == []
    server = server_checksums(world.url, store.device_id)
    for table in wire.SYNC_TABLES:
        assert sync.local_checksum(store.db, table) == server.get(table, "0" * 16), table


# -- the server crashes in the middle of a push ------------------------------------------------


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_server_crash_mid_push_loses_nothing_and_applies_nothing_twice(
        world: World, when: str) -> None:
    """`before`: batch 3 never reaches the app. `after`: batch 3 is committed, its answer
    lost; the device sends it again and is answered from the server's receipts."""
    device = world.open("a")
    entries = open_entries(device)
    assert entries > 3 * wire.PUSH_BATCH_ENTRIES
    counter_before, fields_before = world.counter(), world.field_rows()
    switch = world.crash_on("POST", "/v1/push", nth=3, when=when)

    with pytest.raises(errors.NoNetwork):
        sync.sync_now(device, fast_client(device))
    assert switch.fired.is_set() and switch.seen == 3
    acknowledged = outbox(device, "status = 'accepted'")
    in_flight = device.db.execute(
        "SELECT count(DISTINCT record_id) FROM change_log WHERE status = 'sent'").fetchone()[0]
    assert len({r[1] for r in acknowledged}) == 2 * wire.PUSH_BATCH_ENTRIES
    assert in_flight == wire.PUSH_BATCH_ENTRIES  # batch 3: the device does not know its fate
    committed = query(world.url, "SELECT count(*) AS n FROM receipts WHERE device_id = ?",
                      [device.device_id])[0]["n"]
    assert committed == (3 if when == "after" else 2) * wire.PUSH_BATCH_ENTRIES

    switch.recover()
    report = sync.sync_now(device, fast_client(device))
    assert report.pushed == entries - 2 * wire.PUSH_BATCH_ENTRIES
    assert report.accepted == report.pushed and report.rejected == 0
    assert_converged(world, device, report)
    # Every acknowledged change is on the server, as the device sent it.
    held = {(r["table_name"], r["record_id"], r["field"]): r["value"] for r in query(
        world.url, "SELECT table_name, record_id, field, value FROM fields")}
    assert acknowledged
    for table, record_id, name, value in acknowledged:
        assert json.loads(held[(table, record_id, name)]) == json.loads(value)
    # Nothing applied twice: one receipt per entry, one sequence number per field written.
    receipts = query(world.url, "SELECT count(*) AS n, count(DISTINCT hlc || record_id) AS d"
                                " FROM receipts WHERE device_id = ?", [device.device_id])[0]
    assert receipts == {"n": entries, "d": entries}
    written = world.field_rows() - fields_before
    assert world.counter() - counter_before == written
    assert written == len(outbox(device))


# -- the server crashes in the middle of a pull ------------------------------------------------


@dataclass
class Page:
    after: int  # the cursor the device asked from
    cursor: int  # the cursor the page moved it to
    seqs: list[int]  # the server's sequence numbers in the page


def recording(client: Any, pages: list[Page]) -> Any:
    """The client, its pages noted as they arrive (what the device is about to apply)."""
    pull = client.pull

    def noted(after: int, *args: Any, **kwargs: Any) -> dict[str, Any]:
        page = pull(after, *args, **kwargs)
        if not args and not kwargs.get("table"):  # the feed, not a table's repair
            pages.append(Page(after, int(page["cursor"]), [e["n"] for e in page["entries"]]))
        return page

    client.pull = noted
    return client


def cursor_of(store: Store) -> int:
    return int(get_meta(store.db, SYNC_CURSOR_KEY) or 0)


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_server_crash_mid_pull_resumes_at_the_page_it_stopped(pushed: World,
                                                                when: str) -> None:
    """Page 3 of the feed: `before` the server reads it, or read and its answer lost."""
    device = pushed.enrol("b")
    total = pushed.field_rows()
    assert total > 3 * wire.PULL_PAGE_FIELDS
    switch = pushed.crash_on("GET", "/v1/pull", nth=3, when=when)
    pages: list[Page] = []

    with pytest.raises(errors.NoNetwork):
        sync.sync_now(device, recording(fast_client(device), pages))
    assert switch.fired.is_set() and len(pages) == 2
    assert cursor_of(device) == pages[-1].cursor  # both pages applied, the cursor with them
    assert switch.targets[-1].startswith(f"/v1/pull?after={pages[-1].cursor}&")

    switch.recover()
    report = sync.sync_now(device, recording(fast_client(device), pages))
    assert_converged(pushed, device, report)
    # Each page asked from where the last applied one ended: none skipped, none twice.
    assert pages[0].after == 0 and len(pages) >= 4
    for before, page in zip(pages, pages[1:], strict=False):
        assert page.after == before.cursor
        assert all(before.cursor < seq <= page.cursor for seq in page.seqs)
    assert cursor_of(device) == pages[-1].cursor == pushed.counter()
    assert sum(len(p.seqs) for p in pages) == len({s for p in pages for s in p.seqs})


# -- the device is killed while it applies a page ------------------------------------------------


def spawn(store_path: Path, hold_at_write: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.support.sync_victim", str(store_path),
         str(hold_at_write)], cwd=REPO, text=True, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def wait_for(victim: subprocess.Popen[str], word: str) -> str:
    """The victim's first line starting with `word` (its output so far if it ended first)."""
    assert victim.stdout is not None
    seen = []
    for line in victim.stdout:
        seen.append(line)
        if line.startswith(word):
            return line.strip()
    victim.wait(60)
    assert victim.stderr is not None
    raise AssertionError(f"the victim ended without {word!r}: {seen} {victim.stderr.read()}")


def kill(victim: subprocess.Popen[str]) -> None:
    victim.send_signal(signal.SIGKILL)
    victim.wait(60)
    for stream in (victim.stdout, victim.stderr):
        if stream is not None:
            stream.close()


def check_after_kill(world: World, path: Path) -> tuple[Store, int]:
    """Reopened as the app would: sound, and holding exactly the pages its cursor covers."""
    store = reopen(path)
    assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    cursor = cursor_of(store)
    own = {(t, r) for t, r in store.db.execute(
        "SELECT DISTINCT table_name, record_id FROM change_log").fetchall()}
    spans = {(r["table_name"], r["record_id"]): (r["low"], r["high"]) for r in query(
        world.url, "SELECT table_name, record_id, min(seq) AS low, max(seq) AS high"
                   " FROM fields GROUP BY table_name, record_id")}
    # A save never straddles two pages: each record is all at or below the cursor, or above.
    covered = {key for key, (low, high) in spans.items() if high <= cursor}
    assert all(low > cursor for key, (low, _) in spans.items() if key not in covered)
    expected = {k: v for k, v in server_rows(world.url, OKRUG).items()
                if k in covered and k not in own}
    held = {k: v for k, v in replica_rows(store).items() if k not in own}
    assert differences(held, expected) == []
    assert store.db.execute("SELECT count(*) FROM sync_staging").fetchone()[0] == 0
    return store, cursor


def test_a_device_killed_inside_a_page_keeps_the_pages_before_it(
        pushed_on_sqlite: World) -> None:
    path = pushed_on_sqlite.folder / "b" / "qadam.db"
    pushed_on_sqlite.enrol("b")
    pushed_on_sqlite.stores.pop().close()  # the victim opens it
    # Page 1 holds about 666 saves of 6 fields: write 1000 is in the middle of page 2.
    victim = spawn(path, hold_at_write=1000)
    try:
        committed = int(wait_for(victim, "holding").split()[1])
    finally:
        kill(victim)
    assert 0 < committed < pushed_on_sqlite.counter()  # page 1 committed, page 2 not

    store, cursor = check_after_kill(pushed_on_sqlite, path)
    assert cursor == committed  # not past the page that was being applied
    assert 0 < len(replica_rows(store)) < len(server_rows(pushed_on_sqlite.url, OKRUG))
    pushed_on_sqlite.stores.append(store)
    assert_converged(pushed_on_sqlite, store, sync.sync_now(store, fast_client(store)))


def test_a_device_killed_at_random_moments_of_a_sync_recovers_each_time(
        pushed_on_sqlite: World) -> None:
    path = pushed_on_sqlite.folder / "b" / "qadam.db"
    pushed_on_sqlite.enrol("b")
    pushed_on_sqlite.stores.pop().close()
    rng = random.Random(5)
    cursors = []
    for _ in range(4):
        victim = spawn(path, hold_at_write=0)
        try:
            wait_for(victim, "syncing")
            time.sleep(rng.uniform(0.2, 3.0))  # a kill somewhere in the pull, or after it
        finally:
            kill(victim)
        store, cursor = check_after_kill(pushed_on_sqlite, path)
        store.close()
        cursors.append(cursor)
        print("killed at cursor", cursor, "of", pushed_on_sqlite.counter())  # shown with -s
    assert cursors == sorted(cursors)  # a kill never loses a committed page
    store = reopen(path)
    pushed_on_sqlite.stores.append(store)
    assert_converged(pushed_on_sqlite, store, sync.sync_now(store, fast_client(store)))


# -- requests sent twice ------------------------------------------------------------------------
# A captured request replayed byte for byte is refused by its nonce:
# tests/integration/district/test_district_auth.py::test_a_replayed_request_is_refused.


def assert_written_once(world: World, store: Store, counter_before: int,
                        fields_before: int) -> None:
    """One sequence number per field written, one receipt per entry: nothing applied twice."""
    written = world.field_rows() - fields_before
    assert world.counter() - counter_before == written == len(outbox(store))
    receipts = query(world.url, "SELECT count(*) AS n FROM receipts WHERE device_id = ?",
                     [store.device_id])[0]["n"]
    assert receipts == open_entries(store)


@pytest.mark.parametrize("cut_at", [100, 400])  # in the headers; in the body
def test_a_push_whose_answer_is_lost_is_sent_again_and_changes_nothing(world: World,
                                                                        cut_at: int) -> None:
    """The first batch is committed, its answer cut short; the client's retry (the same
    body, a new signature and nonce) is answered from the server's receipts.

    A cut inside the headers leaves requests a 200 without Content-Length and an empty
    body: that is the link failing, retried, not a bad answer."""
    device = world.open("a")
    counter_before, fields_before = world.counter(), world.field_rows()
    world.proxy.cut_after_bytes(cut_at, direction="down")
    report = sync.sync_now(device, fast_client(device))
    assert [c.outcome for c in world.proxy.connections].count("cut") == 1
    assert report.pushed == open_entries(device) == report.accepted
    assert_converged(world, device, report)
    assert_written_once(world, device, counter_before, fields_before)


def test_every_request_replayed_from_outside_changes_nothing(world: World) -> None:
    """The proxy sends every request a second time, byte for byte, once the server has begun
    answering the first: each copy is refused (its nonce is spent) and nothing changes."""
    device = world.open("a")
    counter_before, fields_before = world.counter(), world.field_rows()
    world.proxy.set_faults(duplicate_probability=1.0)
    report = sync.sync_now(device, fast_client(device))
    world.proxy.stop()  # waits for the copies' answers
    assert world.proxy.duplicates_sent > 0
    assert_converged(world, device, report)
    assert_written_once(world, device, counter_before, fields_before)
