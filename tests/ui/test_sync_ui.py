"""Sync as a person sees it: the status bar, Sync now (progress, summary, cancel, an
unreachable server), background sync, the conflict review, enrolment errors and the card's
sync state. Against a real district server (uvicorn on 127.0.0.1 over SQLite) and the real
encrypted demo database of the UI fixtures.
"""

from __future__ import annotations

import functools
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import requests
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.domain.iin import make_iin
from desktop.services import applicants, session
from desktop.services import sync as sync_service
from desktop.storage.connection import set_meta
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store
from desktop.sync.client import DistrictClient
from desktop.ui import i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.main_window import MainWindow
from desktop.ui.server_dialog import ServerDialog, fingerprint
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.tasks import run_in_background, wait_for_background
from district import admin
from district.app import create_app
from district.db import Database
from tests.ui.conftest import PASSPHRASE, close_every_window

DISTRICT_KATO = "634600000"
OKRUG_KATO = "634603000"
OTHER_OKRUG = "634605000"
DAY_MS = 24 * 3600 * 1000
WAIT_MS = 60_000
OneTry = functools.partial(DistrictClient, retries=0)  # an unreachable server fails at once


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class District:
    url: str
    base_url: str

    def code(self, okrug: str | None = OKRUG_KATO) -> str:
        db = Database(self.url)
        try:
            return admin.enrolment_code(db, okrug, 72)
        finally:
            db.close()


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[District]:
    """The real district app served by uvicorn in a thread, over a fresh SQLite database."""
    url = f"sqlite:///{tmp_path_factory.mktemp('district') / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) == 0
    db = Database(url)
    admin.add_okrug(db, OKRUG_KATO, "Округ")
    admin.add_okrug(db, OTHER_OKRUG, "Басқа округ")
    db.close()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            if requests.get(f"{base}/v1/health", timeout=2).status_code == 200:
                break
        except requests.ConnectionError:
            time.sleep(0.05)
    else:
        raise RuntimeError("the district server did not start")
    yield District(url, base)
    server.should_exit = True
    thread.join(timeout=30)


def _shown(qtbot, store: Store) -> MainWindow:  # noqa: ANN001
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync.status is not None, timeout=WAIT_MS)
    return window


def _dispose(window: MainWindow) -> None:
    """Deleted before its store closes (even when a test fails)."""
    window.sync.cancel()
    wait_for_background()
    if window.applicant_card is not None:
        window.applicant_card.done(0)
    window.hide()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def devices(tmp_path: Path, district: District) -> Iterator[list[Store]]:
    """Freshly created computers of the okrugs, enrolled; closed after the test."""
    opened: list[Store] = []

    def make(name: str, okrug: str) -> Store:
        store = session.create(tmp_path / name / "qadam.db", "admin", "Маман", PASSPHRASE,
                               KdfParams(), okrug_kato=okrug)
        opened.append(store)
        sync_service.enrol(store, district.base_url, district.code(okrug), name)
        return store

    yield make  # type: ignore[misc]
    close_every_window()  # no window over them outlives them
    for store in opened:
        store.close()


def _register(store: Store, number: int) -> str:
    iin = make_iin(date(1990, 3, 14), "female", number)
    return applicants.register_applicant(
        store, applicants.ApplicantInput(iin, "Серікбаева", "Әйгерім")).record_id


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # noqa: ANN001
    shown = _shown(qtbot, store)
    yield shown
    _dispose(shown)


def _refreshed(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    """The status read again, from a read that began after this call."""
    window.sync.refresh_status()
    qtbot.waitUntil(lambda: not window.sync.reading, timeout=WAIT_MS)


def _enrol(qtbot, window: MainWindow, district: District) -> ServerDialog:  # noqa: ANN001
    dialog = window.open_server_dialog()
    form = dialog.form
    form.url.setText(district.base_url)
    form.code.setText(district.code())
    form.device_name.setText("Okrug office")
    with qtbot.waitSignal(form.enrolled, timeout=WAIT_MS):
        dialog.enrol_button.click()
    dialog.close()
    _refreshed(qtbot, window)
    return dialog


def _a_person(store: Store) -> str:
    return store.db.execute(
        "SELECT id FROM persons WHERE deleted = 0 ORDER BY id LIMIT 1").fetchone()[0]


# -- the status bar ----------------------------------------------------------------------


def test_a_computer_never_enrolled_says_so_and_counts_what_waits(window: MainWindow) -> None:
    status = window.sync.status
    assert not status.enrolled and status.pending > 0
    text = window.sync_status.summary()
    assert "Not connected to the district" in text
    assert f"Not sent: {status.pending}" in text
    assert "Rejected" not in text and "Conflicts" not in text
    i18n.apply_language("kk")
    assert window.sync_status.summary() == f"Ауданға қосылмаған · Жіберілмеген: {status.pending}"
    assert window.sync_menu.title() == "&Синхрондау"
    i18n.apply_language("ru")
    assert window.sync_status.summary() == (
        f"Не подключено к району · Не отправлено: {status.pending}")


def test_rejected_changes_conflicts_and_a_wrong_clock_show_in_the_status_bar(
        qtbot, window: MainWindow, store: Store) -> None:  # noqa: ANN001
    person = _a_person(store)
    with store.db.atomic():
        store.db.execute("UPDATE change_log SET status = 'rejected', reason = 'authority'"
                         " WHERE table_name = 'persons' AND record_id = ?", [person])
        store.db.execute(
            "INSERT INTO sync_conflicts (id, table_name, record_id, field, winner_value,"
            " loser_value, winner_device, loser_device, received_at) VALUES"
            " ('c1', 'persons', ?, 'phone', '\"+77010000001\"', '\"+77010000002\"', 'other',"
            " ?, '2026-03-16T08:00:00+00:00')", [person, store.device_id])
        set_meta(store.db, sync_service.K_OFFSET, str(-7 * DAY_MS))  # the PC is a week ahead
    # The window's own size (the offscreen screen is 800 px wide): narrower, and days before
    # the report's due date, the badge gives way to the countdown (the banner stays).
    window.resize(1280, 720)
    _refreshed(qtbot, window)
    text = window.sync_status.summary()
    assert "Rejected: 1" in text
    assert "Conflicts: 1" in text
    assert "Clock 7 d ahead" in text
    assert window.clock_banner.isVisible()
    assert window.clock_banner.text() == (
        "The computer's clock is 7 d ahead: fix the date and time")
    assert "#a8071a" in window.sync_status.rejected.styleSheet()  # red, not just a number

    card = ApplicantCard(store, person)
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.sync_label.isVisible() or card.sync_state is not None,
                    timeout=WAIT_MS)
    assert card.sync_label.text() == "Sync: Rejected: only the district may change this"


def test_the_card_says_a_record_was_not_sent_yet(qtbot, store: Store) -> None:  # noqa: ANN001
    card = ApplicantCard(store, _a_person(store))
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.sync_label.isVisible(), timeout=WAIT_MS)
    assert card.sync_label.text() == "Sync: Not yet sent"


def test_the_relative_time_of_the_last_sync(window: MainWindow) -> None:
    text = window.sync_status.text
    now = datetime(2026, 3, 16, 12, 0, tzinfo=UTC)
    assert text.last_sync(None, now) == "Never synced"
    assert text.last_sync((now - timedelta(seconds=20)).isoformat(), now) == "Synced just now"
    assert text.last_sync((now - timedelta(minutes=5)).isoformat(), now) == "Synced 5 min ago"
    assert text.last_sync((now - timedelta(hours=3)).isoformat(), now) == "Synced 3 h ago"
    assert text.last_sync((now - timedelta(days=2)).isoformat(), now) == "Synced 2 d ago"


# -- rejected changes and conflicts -------------------------------------------------------


def test_a_rejected_change_is_listed_with_its_reason_and_can_be_sent_again(
        qtbot, window: MainWindow, store: Store) -> None:  # noqa: ANN001
    person = _a_person(store)
    with store.db.atomic():
        store.db.execute("UPDATE change_log SET status = 'rejected', reason = 'out_of_scope'"
                         " WHERE table_name = 'persons' AND record_id = ?", [person])
    details = applicants.applicant_details(store, person)
    sync_window = window.open_sync_window()
    model = sync_window.rejected_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.data(model.index(0, 0)) == (
        f"Applicant: {details['last_name']} {details['first_name']}")
    assert "Surname" in model.data(model.index(0, 1))
    assert model.data(model.index(0, 2)) == "the record belongs to another okrug"
    sync_window.show_tab(1)
    assert sync_window.rejected_view.hasFocus() or not sync_window.isActiveWindow()
    sync_window.rejected_view.selectRow(0)
    sync_window.show_rejected_button.click()
    assert window.applicant_card is not None and window.applicant_card.person_id == person
    window.applicant_card.reject()
    sync_window.retry_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=WAIT_MS)
    assert sync_service.record_state(store, "persons", person).state in ("local_only",
                                                                          "pending")
    qtbot.waitUntil(lambda: "Rejected" not in window.sync_status.summary(), timeout=WAIT_MS)



def test_keeping_my_value_resolves_the_conflict_and_writes_it_back(
        qtbot, window: MainWindow, store: Store) -> None:  # noqa: ANN001
    person = _a_person(store)
    with store.db.atomic():
        store.db.execute(
            "INSERT INTO sync_conflicts (id, table_name, record_id, field, winner_value,"
            " loser_value, winner_device, loser_device, received_at) VALUES"
            " ('c2', 'persons', ?, 'phone', '\"+77010000001\"', '\"+77010000002\"', 'other',"
            " ?, '2026-03-16T08:00:00+00:00')", [person, store.device_id])
    sync_window = window.open_sync_window()
    qtbot.waitUntil(lambda: sync_window.conflicts_model.rowCount() == 1, timeout=WAIT_MS)
    sync_window.show_tab(2)
    model = sync_window.conflicts_model
    assert [model.data(model.index(0, c)) for c in (1, 2, 3)] == [
        "Phone", "+77010000002", "+77010000001"]
    assert sync_window.tabs.tabText(2) == "&Conflicts (1)"
    view = sync_window.conflicts_view  # every column, the date last, fits in the window
    qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
    header, last = view.horizontalHeader(), model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        view.viewport().width())
    sync_window.conflicts_view.selectRow(0)

    box = sync_window.ask_resolve(mine=True)
    assert box is not None and "+77010000002" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()  # nothing happens on Cancel
    wait_for_background()
    assert model.rowCount() == 1

    box = sync_window.ask_resolve(mine=True)
    keep = next(b for b in box.buttons() if b.text() == "Keep mine")
    keep.click()
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=WAIT_MS)
    assert applicants.applicant_details(store, person)["phone"] == "+77010000002"
    qtbot.waitUntil(lambda: "Conflicts" not in window.sync_status.summary(), timeout=WAIT_MS)


def test_a_notice_opens_the_applicant_and_can_be_dismissed(
        qtbot, window: MainWindow, store: Store) -> None:  # noqa: ANN001
    person = _a_person(store)
    with store.db.atomic():
        store.db.execute(
            "INSERT INTO sync_notices (id, kind, table_name, record_id, data, received_at)"
            " VALUES ('n1', 'duplicate_iin', 'persons', ?, ?, '2026-03-16T08:00:00+00:00')",
            [person, json.dumps({"other_okrug_name": "Қаратал"})])
    sync_window = window.open_sync_window()
    model = sync_window.notices_model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    assert model.data(model.index(0, 0)) == (
        "Contact the district: this person is also registered in another okrug (Қаратал)")
    sync_window.show_tab(3)
    sync_window.notices_view.selectRow(0)
    sync_window.open_notice_button.click()
    assert window.applicant_card is not None and window.applicant_card.person_id == person
    window.applicant_card.reject()
    sync_window.dismiss_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=WAIT_MS)


def test_a_conflict_from_the_district_is_reviewed_and_resolved_everywhere(
        qtbot, devices, district: District) -> None:  # noqa: ANN001
    first, second = devices("first", OKRUG_KATO), devices("second", OKRUG_KATO)
    person = _register(first, 606)
    sync_service.sync_now(first)
    sync_service.sync_now(second)
    for store, phone in ((first, "+77010000011"), (second, "+77010000022")):
        with store.transaction() as tx:  # both edit the same field, neither seeing the other
            tx.save("persons", {"phone": phone}, person)
    sync_service.sync_now(first)

    window = _shown(qtbot, second)
    try:
        dialog = window.sync_now()
        qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
        assert dialog.report.conflicts == 1
        assert "conflicts: 1" in dialog.summary.text()
        dialog.accept()
        qtbot.waitUntil(lambda: "Conflicts: 1" in window.sync_status.summary(),
                        timeout=WAIT_MS)
        sync_window = window.open_sync_window()
        model = sync_window.conflicts_model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
        assert model.data(model.index(0, 0)) == "Applicant: Серікбаева Әйгерім"
        assert model.data(model.index(0, 2)) == "+77010000022"  # what this computer typed
        assert model.data(model.index(0, 3)) == "+77010000011"
        sync_window.conflicts_view.selectRow(0)
        box = sync_window.ask_resolve(mine=True)
        next(b for b in box.buttons() if b.text() == "Keep mine").click()
        qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=WAIT_MS)
        dialog = window.sync_now()
        qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
        assert dialog.problem is None and dialog.report.rejected == 0
    finally:
        _dispose(window)
    sync_service.sync_now(first)
    assert applicants.applicant_details(first, person)["phone"] == "+77010000022"
    assert sync_service.open_conflicts(first) == []  # one choice closed it on both


@pytest.mark.parametrize(("language", "expected"), [
    ("kk", "Ауданға хабарласыңыз: бұл адам басқа округте де тіркелген (Қаратал)"),
    ("ru", "Обратитесь в район: этот человек зарегистрирован и в другом округе (Қаратал)"),
])
def test_the_same_iin_notice_tells_the_village_to_contact_the_district(
        qapp, language: str, expected: str) -> None:  # noqa: ANN001
    from desktop.ui.sync_text import SyncText
    i18n.apply_language(language, remember=False)
    assert SyncText().notice("duplicate_iin", {
        "other_okrug": "551234000", "other_okrug_name": "Қаратал"}) == expected
    # without the name (an older server): still the instruction, never an empty line
    assert SyncText().notice("duplicate_iin", {}).startswith(expected.split(":")[0] + ":")


def test_the_same_iin_in_another_okrug_is_a_notice_that_opens_the_applicant(
        qtbot, devices, district: District) -> None:  # noqa: ANN001
    here, there = devices("here", OKRUG_KATO), devices("there", OTHER_OKRUG)
    person = _register(here, 707)
    _register(there, 707)
    sync_service.sync_now(here)
    sync_service.sync_now(there)
    window = _shown(qtbot, here)
    try:
        dialog = window.sync_now()
        qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
        assert dialog.problem is None
        dialog.accept()
        sync_window = window.open_sync_window()
        model = sync_window.notices_model
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
        assert model.data(model.index(0, 0)) == (
            "Contact the district: this person is also registered in another okrug "
            "(Басқа округ)")  # its name, not КАТО
        assert model.data(model.index(0, 1)) == "Applicant: Серікбаева Әйгерім"
        sync_window.show_tab(3)
        sync_window.notices_view.selectRow(0)
        sync_window.open_notice_button.click()
        assert window.applicant_card is not None and window.applicant_card.person_id == person
    finally:
        _dispose(window)


# -- enrolment ---------------------------------------------------------------------------


def test_enrolment_errors_are_explained(qtbot, window: MainWindow, district: District,
                                        tmp_path: Path) -> None:  # noqa: ANN001
    dialog = window.open_server_dialog()
    form = dialog.form
    form.client_factory = OneTry
    dialog.enrol_button.click()
    assert "Enter the server's address" in form.error.text()
    assert form.url.hasFocus() or not dialog.isActiveWindow()

    form.url.setText(district.base_url)
    dialog.enrol_button.click()
    assert "Enter the enrolment code" in form.error.text()

    form.code.setText("WRONG-CODE-1")
    with qtbot.waitSignal(form.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=WAIT_MS):
        dialog.enrol_button.click()
    assert "The enrolment code is wrong, already used or expired" in form.error.text()
    assert form.code.text() == "WRONG-CODE-1"  # kept, to be corrected

    form.url.setText(f"http://127.0.0.1:{free_port()}")  # nobody listens there
    with qtbot.waitSignal(form.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=WAIT_MS):
        dialog.enrol_button.click()
    assert "The district server cannot be reached" in form.error.text()

    form.url.setText("http://qadam.district.kz")  # plain HTTP to a real address: refused
    with qtbot.waitSignal(form.busy_changed, check_params_cb=lambda busy: not busy,
                          timeout=WAIT_MS):
        dialog.enrol_button.click()
    assert "must begin with https://" in form.error.text()

    not_pem = tmp_path / "server.pem"
    not_pem.write_text("hello", encoding="ascii")
    assert not form.load_certificate(not_pem)
    assert "server.pem is not a certificate in PEM format" in form.error.text()
    pem = _self_signed_pem()
    good = tmp_path / "district.pem"
    good.write_text(pem, encoding="ascii")
    assert form.load_certificate(good)
    assert fingerprint(pem) in form.fingerprint.text()
    assert len(fingerprint(pem).split(":")) == 32
    assert not sync_service.status(window.store).enrolled


def _self_signed_pem() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "qadam.district.kz")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(1)
                   .not_valid_before(now).not_valid_after(now + timedelta(days=30))
                   .sign(key, hashes.SHA256()))
    return certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


# -- sync now ----------------------------------------------------------------------------


def test_sync_now_shows_progress_and_a_summary(qtbot, window: MainWindow, store: Store,
                                               district: District) -> None:  # noqa: ANN001
    _enrol(qtbot, window, district)
    assert "Never synced" in window.sync_status.summary()
    waiting = window.sync.status.pending
    phases: list[str] = []
    window.sync.progress.connect(lambda phase, _done, _total: phases.append(phase))
    window.sync_now_action.trigger()
    dialog = window.sync_progress
    assert dialog is not None and dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.problem is None, dialog.error.text()
    assert {"push", "pull"} <= set(phases)
    summary = dialog.summary.text()
    assert summary.startswith(f"Sent: {dialog.report.pushed} · accepted: ")
    assert dialog.report.pushed > 0
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    qtbot.waitUntil(lambda: "Synced just now" in window.sync_status.summary(),
                    timeout=WAIT_MS)
    assert window.sync.status.pending < waiting

    # What the district accepted says so on the card.
    accepted = store.db.execute(
        "SELECT id FROM persons WHERE id NOT IN (SELECT record_id FROM change_log"
        " WHERE table_name = 'persons' AND status != 'accepted') LIMIT 1").fetchone()
    if accepted is not None:
        card = ApplicantCard(store, accepted[0])
        qtbot.addWidget(card)
        card.show()
        qtbot.waitUntil(lambda: card.sync_label.isVisible(), timeout=WAIT_MS)
        assert card.sync_label.text() == "Sync: Accepted by the district"

    # A background sync is quiet: no dialog, only the status bar changes.
    dialog.accept()
    window.sync_progress = None
    with qtbot.waitSignal(window.sync.finished, timeout=WAIT_MS) as finished:
        assert window.sync.background_sync()
    assert finished.args[1] is True  # quiet
    assert window.sync_progress is None


def test_cancel_stops_after_the_batch_and_keeps_what_was_done(
        qtbot, window: MainWindow, district: District) -> None:  # noqa: ANN001
    _enrol(qtbot, window, district)
    gate = threading.Event()
    run_in_background(gate.wait, lambda _r: None, lambda _e: None)  # the worker is busy
    assert not window.sync.background_sync()  # a long job runs: no quiet sync meanwhile
    dialog = window.sync_now()
    dialog.cancel_button.click()
    assert "Stopping after this batch…" in dialog.label.text()
    assert not dialog.cancel_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.report is not None and dialog.report.cancelled
    assert dialog.summary.text().startswith("Stopped: everything done until then is kept.")


def test_an_unreachable_server_is_explained_and_nothing_is_lost(
        qtbot, window: MainWindow, store: Store, district: District) -> None:  # noqa: ANN001
    _enrol(qtbot, window, district)
    before = window.sync.status
    waiting = before.pending + before.sent
    port = free_port()

    def unreachable() -> DistrictClient:
        client = sync_service.client_for(store)
        client.base_url, client.retries = f"http://127.0.0.1:{port}", 0
        return client

    window.sync.client_factory = unreachable
    dialog = window.sync_now()
    qtbot.waitUntil(lambda: not dialog.running, timeout=WAIT_MS)
    assert dialog.problem is not None
    assert dialog.error.text() == (
        "The district server cannot be reached: check the connection and try again; "
        "nothing is lost.")
    _refreshed(qtbot, window)
    after = window.sync.status
    assert after.pending + after.sent == waiting
    assert "Never synced" in window.sync_status.summary()

    # A quiet sync against it asks once and says nothing.
    with qtbot.waitSignal(window.sync.finished, timeout=WAIT_MS) as finished:
        assert window.sync.background_sync()
    assert finished.args == [None, True]


def test_background_sync_waits_for_enrolment_and_for_an_unlock(window: MainWindow) -> None:
    assert not window.sync.enrolled
    assert not window.sync.background_sync()  # not enrolled: nothing to try
    window.sync.set_locked(True)
    assert not window.sync.timer.isActive() and not window.sync.background_sync()
    window.sync.set_locked(False)
    assert window.sync.timer.isActive() and window.sync.after_unlock.isActive()


# -- first run ---------------------------------------------------------------------------


def _created(qtbot, tmp_path: Path) -> SetupDialog:  # noqa: ANN001
    dialog = SetupDialog(tmp_path / "office" / "qadam.db", kdf_factory=KdfParams,
                         offer_enrolment=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Әсем Нұрланқызы")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentWidget() is dialog.enrol_page,
                    timeout=WAIT_MS)
    assert dialog.store is not None and dialog.isVisible()  # created; the step is offered
    return dialog


def test_first_run_offers_enrolment_and_it_can_be_skipped(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = _created(qtbot, tmp_path)
    try:
        assert dialog.skip_button.text() == "S&kip: enrol later"
        dialog.skip_button.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert not sync_service.status(dialog.store).enrolled
    finally:
        wait_for_background()
        dialog.store.close()


def test_first_run_enrols_this_computer(qtbot, tmp_path: Path,  # noqa: ANN001
                                        district: District) -> None:
    dialog = _created(qtbot, tmp_path)
    try:
        dialog.enrol_form.url.setText(district.base_url)
        dialog.enrol_form.code.setText(district.code())
        with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
            dialog.enrol_button.click()
        status = sync_service.status(dialog.store)
        assert status.enrolled and status.server_url == district.base_url
    finally:
        wait_for_background()
        dialog.store.close()
