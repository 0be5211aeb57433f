"""The device's sync against a real district server (uvicorn on 127.0.0.1, SQLite behind it).

Real encrypted device databases, the real HTTP client, the admin functions for codes and
revocation: what a village office and the district centre would do.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn

from desktop.services import session, sync
from desktop.storage.store import Store
from desktop.sync import errors, merge, schema
from district import admin
from district.app import create_app
from district.db import Database
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.district.conftest import free_port
from tests.support.sync_devices import case_with_payment, person, register

DISTRICT_KATO = "551600000"
OKRUG = "551610000"
WEEK_S = 7 * 24 * 3600


class Server:
    """uvicorn in a thread on a fixed port, so it can be stopped and started again."""

    def __init__(self, url: str, port: int) -> None:
        self.url, self.port = url, port
        self.base_url = f"http://127.0.0.1:{port}"
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> Server:
        self.server = uvicorn.Server(uvicorn.Config(
            create_app(self.url), host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        for _ in range(600):
            try:
                if requests.get(f"{self.base_url}/v1/health", timeout=2).status_code == 200:
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.05)
        raise RuntimeError("the district server did not start")

    def stop(self) -> None:
        assert self.server is not None and self.thread is not None
        self.server.should_exit = True
        self.thread.join(timeout=30)


@pytest.fixture
def district(tmp_path: Path) -> Iterator[Server]:
    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) == 0
    db = Database(url)
    admin.add_okrug(db, OKRUG, "Ауылдық округ")
    db.close()
    server = Server(url, free_port()).start()
    yield server
    if server.thread is not None and server.thread.is_alive():
        server.stop()


def code(district: Server, okrug: str | None) -> str:
    db = Database(district.url)
    try:
        return admin.enrolment_code(db, okrug, 72)
    finally:
        db.close()


def device(tmp_path: Path, district: Server, name: str, okrug: str | None) -> Store:
    store = session.create(tmp_path / name / "qadam.db", "admin", "Маман", PASSPHRASE,
                           FAST_KDF, okrug_kato=okrug)
    sync.enrol(store, district.base_url, code(district, okrug), name)
    return store


def fast(store: Store) -> Any:
    """A client that gives up quickly (the tests stop the server on purpose)."""
    client = sync.client_for(store)
    client.retries, client.backoff_s = 1, 0.01
    return client


def test_enrolment_with_an_admin_code_and_not_twice(tmp_path: Path, district: Server,
                                                    stores: list[Store]) -> None:
    store = device(tmp_path, district, "village", OKRUG)
    stores.append(store)
    enrolled = sync.enrolment(store)
    assert enrolled is not None and enrolled.scope == "village"
    assert enrolled.okrug_kato == OKRUG and enrolled.district_kato == DISTRICT_KATO
    assert sync.status(store).enrolled
    # the private keys live in the encrypted database only, never in a file beside it
    secret = store.db.execute("SELECT value FROM meta WHERE key = 'sync_signing_private'")
    key = secret.fetchone()[0].encode()
    assert all(key not in p.read_bytes() for p in (tmp_path / "village").iterdir())
    with pytest.raises(errors.AlreadyEnrolled):
        sync.enrol(store, district.base_url, code(district, OKRUG), "again")
    other = session.create(tmp_path / "other" / "qadam.db", "admin", "Маман", PASSPHRASE,
                           FAST_KDF)
    stores.append(other)
    with pytest.raises(errors.BadEnrolmentCode):
        sync.enrol(other, district.base_url, "NOT-A-CODE", "other")


def test_two_villages_and_the_district_converge(tmp_path: Path, district: Server,
                                                stores: list[Store]) -> None:
    first = device(tmp_path, district, "first", OKRUG)
    second = device(tmp_path, district, "second", OKRUG)
    centre = device(tmp_path, district, "centre", None)
    stores.extend([first, second, centre])

    person_id = register(first, 101)
    report = sync.sync_now(first)
    assert report.pushed >= 2 and report.rejected == 0
    assert sync.record_state(first, "persons", person_id).state == "accepted"

    sync.sync_now(second)
    assert person(second, person_id)["last_name"] == "Серікбаева"
    with second.transaction() as tx:
        tx.save("persons", {"phone": "+77011234567"}, person_id)
    sync.sync_now(second)

    sync.sync_now(centre)
    assert person(centre, person_id)["phone"] == "+77011234567"
    with centre.transaction() as tx:
        tx.save("persons", {"address": "Орталық көше, 5"}, person_id)
    sync.sync_now(centre)

    reports = [sync.sync_now(s) for s in (first, second, centre)]
    for store in (first, second, centre):
        assert person(store, person_id)["address"] == "Орталық көше, 5"
        assert person(store, person_id)["phone"] == "+77011234567"
        status = sync.status(store)
        assert status.pending == status.sent == status.rejected == 0
    for report in reports:
        assert report.checked and report.divergent == ()
    for table in ("persons", "users"):
        assert sync.local_checksum(first.db, table) == sync.local_checksum(second.db, table)


def test_a_cut_connection_resumes_without_loss(tmp_path: Path, district: Server,
                                               stores: list[Store]) -> None:
    from desktop.services.demo_data import create_demo_data

    first = device(tmp_path, district, "first", OKRUG)
    second = device(tmp_path, district, "second", OKRUG)
    stores.extend([first, second])
    create_demo_data(first, 150, seed=3)  # more than one push batch

    def cut(stage: str, done: int, total: int) -> None:
        if stage == "push" and district.thread.is_alive():
            district.stop()  # the link drops after the first batch

    with pytest.raises(errors.NoNetwork) as raised:
        sync.sync_now(first, fast(first), progress=cut)
    assert raised.value.code == "no_network"
    half = sync.status(first)
    assert half.pending > 0  # the rest waits, nothing lost

    district.start()
    report = sync.sync_now(first, fast(first))
    status = sync.status(first)
    assert status.pending == status.sent == 0
    # what the village may not record (payments, inclusions) is quarantined, the rest went
    assert report.accepted > 0
    sync.sync_now(second)
    accepted_people = first.db.execute(
        "SELECT count(DISTINCT record_id) FROM change_log WHERE table_name = 'persons'"
        " AND status = 'accepted'").fetchone()[0]
    assert second.db["persons"].count == accepted_people
    assert second.db["persons"].count > 0


def test_a_clock_a_week_ahead_is_reported_and_does_not_win(tmp_path: Path, district: Server,
                                                           stores: list[Store]) -> None:
    ahead = session.create(tmp_path / "ahead" / "qadam.db", "admin", "Маман", PASSPHRASE,
                           FAST_KDF, okrug_kato=OKRUG)
    ahead.clock = lambda: time.time() + WEEK_S
    stores.append(ahead)
    sync.enrol(ahead, district.base_url, code(district, OKRUG), "ahead")
    # as if the offset had never been learned: the server's refusal for the time window
    # teaches it, and the request is tried once more
    ahead.db.execute("UPDATE meta SET value = '0' WHERE key = 'sync_clock_offset_ms'")
    ahead.db.conn.commit()
    honest = device(tmp_path, district, "honest", OKRUG)
    stores.append(honest)

    person_id = register(ahead, 202)
    report = sync.sync_now(ahead)
    assert report.clock_warning and abs(report.clock_offset_ms + WEEK_S * 1000) < 600_000
    assert sync.status(ahead).clock_warning
    assert merge.skew_warning(sync.status(ahead).clock_offset_ms)
    sync.sync_now(honest)

    with ahead.transaction() as tx:  # stamped a week in the future
        tx.save("persons", {"phone": "+77010000001"}, person_id)
    sync.sync_now(ahead)
    with honest.transaction() as tx:  # later in real time
        tx.save("persons", {"phone": "+77010000002"}, person_id)
    sync.sync_now(honest)
    sync.sync_now(ahead)
    assert person(ahead, person_id)["phone"] == "+77010000002"
    assert person(honest, person_id)["phone"] == "+77010000002"


def test_a_revoked_device_is_told_so(tmp_path: Path, district: Server,
                                     stores: list[Store]) -> None:
    store = device(tmp_path, district, "village", OKRUG)
    stores.append(store)
    sync.sync_now(store)
    db = Database(district.url)
    admin.revoke_device(db, store.device_id)
    db.close()
    register(store, 303)
    with pytest.raises(errors.Revoked) as raised:
        sync.sync_now(store)
    assert raised.value.code == "revoked" and raised.value.message == errors.Revoked.message
    waiting = sync.status(store)  # nothing lost: sent again after a new enrolment
    assert waiting.pending + waiting.sent == 1 and waiting.rejected == 0


def test_a_refused_change_is_quarantined_and_the_rest_goes_on(
        tmp_path: Path, district: Server, stores: list[Store]) -> None:
    store = device(tmp_path, district, "village", OKRUG)
    stores.append(store)
    person_id = register(store, 404)
    case_id, payment = case_with_payment(store, person_id)  # the payment is refused
    later = register(store, 405, "Нұрланова")
    report = sync.sync_now(store)
    assert report.rejected == 1 and report.accepted >= 3
    state = sync.record_state(store, "payments", payment)
    assert (state.state, state.reason) == ("rejected", "authority")
    assert sync.record_state(store, "persons", later).state == "accepted"
    [quarantined] = sync.rejected_changes(store)
    assert quarantined.table == "payments" and quarantined.reason == "authority"
    again = sync.sync_now(store)  # never sent again by itself, never blocks the queue
    assert again.pushed == 0 and sync.status(store).rejected == 1
    assert again.divergent == ()  # the quarantined table is explained, not "divergent"


def test_a_value_failing_the_schema_is_quarantined_with_its_reason(
        tmp_path: Path, district: Server, stores: list[Store]) -> None:
    """An outbox value the shared schema refuses (as an older or damaged version might have
    written it) is quarantined on the device; the other changes and devices go on."""
    store = device(tmp_path, district, "village", OKRUG)
    other = device(tmp_path, district, "neighbour", OKRUG)
    stores.extend([store, other])
    person_id = register(store, 406)
    later = register(store, 407, "Нұрланова")
    store.db.execute("UPDATE change_log SET value = ? WHERE table_name = 'persons' AND "
                     "record_id = ? AND field = 'iin'", [json.dumps(2**70), person_id])
    report = sync.sync_now(store)
    assert report.rejected == 1
    assert sync.record_state(store, "persons", person_id) == sync.RecordSyncState(
        "rejected", schema.INVALID_VALUE)
    assert sync.record_state(store, "persons", later).state == "accepted"
    [quarantined] = sync.rejected_changes(store)
    assert quarantined.record_id == person_id and quarantined.reason == "invalid_value"
    neighbour = sync.sync_now(other)  # the neighbour gets the good record and nothing else
    assert neighbour.invalid == 0 and neighbour.divergent == ()
    assert other.db["persons"].get(later)["last_name"] == "Нұрланова"
    assert other.db.execute("SELECT count(*) FROM persons WHERE id = ?", [person_id]
                            ).fetchone()[0] == 0


def test_a_damaged_local_table_is_repaired_from_the_server(
        tmp_path: Path, district: Server, stores: list[Store]) -> None:
    store = device(tmp_path, district, "village", OKRUG)
    stores.append(store)
    person_id = register(store, 505)
    sync.sync_now(store)
    # a field changed behind the writer's back (a restored old backup, a bad disk block)
    store.db.execute("UPDATE persons SET last_name = 'Бұзылған' WHERE id = ?", [person_id])
    store.db.conn.commit()
    report = sync.sync_now(store)
    assert report.repaired == ("persons",) and report.divergent == ()
    assert person(store, person_id)["last_name"] == "Серікбаева"
    assert sync.sync_now(store).repaired == ()


def test_the_command_line_enrols_syncs_and_reports(tmp_path: Path, district: Server) -> None:
    import json

    from tests.unit.test_cli import run

    database = str(tmp_path / "cli" / "q.db")
    env = {"QADAM_PASSPHRASE": PASSPHRASE}
    assert run("--database", database, "init", "--full-name", "Әкімші", "--okrug-kato", OKRUG,
               "--kdf-memory-kib", "19456", env=env).returncode == 0
    before = run("--database", database, "sync", env=env)
    assert before.returncode == 2 and "not enrolled" in before.stderr
    enrolled = run("--database", database, "enrol", "--server", district.base_url,
                   "--code", code(district, OKRUG), "--name", "Ауыл", env=env)
    assert enrolled.returncode == 0, enrolled.stderr
    assert "village device" in enrolled.stdout
    synced = run("--database", database, "sync", env=env)
    assert synced.returncode == 0, synced.stderr
    assert "1 accepted" in synced.stdout  # the administrator's user record
    status = json.loads(run("--database", database, "sync-status", env=env).stdout)
    assert status["enrolled"] and status["pending"] == 0 and status["last_sync_at"]
    district.stop()
    offline = run("--database", database, "sync", env=env)
    assert offline.returncode == 2 and "cannot be reached" in offline.stderr


def test_a_cancelled_sync_keeps_what_was_done(tmp_path: Path, district: Server,
                                              stores: list[Store]) -> None:
    from desktop.services.demo_data import create_demo_data

    store = device(tmp_path, district, "village", OKRUG)
    stores.append(store)
    create_demo_data(store, 150, seed=5)
    batches: list[int] = []

    def progress(stage: str, done: int, total: int) -> None:
        batches.append(done)

    report = sync.sync_now(store, progress=progress, cancelled=lambda: len(batches) >= 1)
    assert report.cancelled and report.pushed > 0
    status = sync.status(store)
    assert status.pending > 0 and status.sent == 0  # the first batch is answered and kept
    assert sync.status(store).last_sync_at is None  # not a completed sync
    finished = sync.sync_now(store)
    assert not finished.cancelled and sync.status(store).pending == 0


def test_a_conflict_reaches_both_devices_and_one_choice_closes_it(
        tmp_path: Path, district: Server, stores: list[Store]) -> None:
    first = device(tmp_path, district, "first", OKRUG)
    second = device(tmp_path, district, "second", OKRUG)
    stores.extend([first, second])
    person_id = register(first, 606)
    sync.sync_now(first)
    sync.sync_now(second)
    # both edit the same field offline, neither having seen the other's edit
    with first.transaction() as tx:
        tx.save("persons", {"phone": "+77010000011"}, person_id)
    with second.transaction() as tx:
        tx.save("persons", {"phone": "+77010000022"}, person_id)
    sync.sync_now(first)
    assert sync.sync_now(second).conflicts == 1
    sync.sync_now(first)
    [conflict] = sync.open_conflicts(first)
    assert [c.id for c in sync.open_conflicts(second)] == [conflict.id]
    assert conflict.field == "phone"
    assert {conflict.winner_value, conflict.loser_value} == {"+77010000011", "+77010000022"}
    winner = person(first, person_id)["phone"]
    assert winner == person(second, person_id)["phone"] == conflict.winner_value

    sync.resolve_conflict(first, conflict.id, "loser")
    report = sync.sync_now(first)
    assert report.rejected == 0 and sync.open_conflicts(first) == []
    sync.sync_now(second)
    assert sync.open_conflicts(second) == []  # closed by the other device's choice
    assert person(second, person_id)["phone"] == conflict.loser_value
    assert sync.status(second).open_conflicts == 0


def test_only_the_pinned_certificate_is_trusted(tmp_path: Path) -> None:
    from tests.integration.district.conftest import ThreadServer
    from tests.integration.district.test_district_admin import self_signed

    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) == 0
    db = Database(url)
    admin.add_okrug(db, OKRUG, "Ауылдық округ")
    db.close()
    (tmp_path / "real").mkdir()
    (tmp_path / "impostor").mkdir()
    cert, key = self_signed(tmp_path / "real")
    impostor, _ = self_signed(tmp_path / "impostor")
    server = ThreadServer(url, ssl_certfile=str(cert), ssl_keyfile=str(key)).start(
        verify=str(cert))
    tls = Server(url, server.port)
    tls.base_url = server.base_url
    opened: list[Store] = []
    try:
        good = session.create(tmp_path / "good" / "qadam.db", "admin", "Маман", PASSPHRASE,
                              FAST_KDF, okrug_kato=OKRUG)
        opened.append(good)
        sync.enrol(good, tls.base_url, code(tls, OKRUG), "good", cert.read_text())
        register(good, 707)
        assert sync.sync_now(good).accepted == 2

        fooled = session.create(tmp_path / "fooled" / "qadam.db", "admin", "Маман",
                                PASSPHRASE, FAST_KDF, okrug_kato=OKRUG)
        opened.append(fooled)
        with pytest.raises(errors.BadCertificate):
            sync.enrol(fooled, tls.base_url, code(tls, OKRUG), "fooled", impostor.read_text())
        assert not sync.status(fooled).enrolled
    finally:
        for store in opened:
            store.close()
        server.stop()
