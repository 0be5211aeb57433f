"""Offline USB bundles end to end: a village device, the district's import, the answer back.

Real encrypted device databases enrolled with the real server (over SQLite and PostgreSQL),
the real `python -m district import-bundle` command and the device's service: what a village
without a link and the district centre do with a stick.
"""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest

from desktop.domain.cases import CaseState
from desktop.services import bundles, cases, session, sync
from desktop.storage.store import Store
from desktop.sync import bundle, errors, signing
from district import admin
from district import bundles as district_bundles
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.district.conftest import DISTRICT_KATO, District
from tests.support.sync_devices import case_with_payment, person, register, server_checksums

SYNCED = ("persons", "cases", "decisions", "employers", "users")


def enrolled(tmp_path: Path, district: District, okrug: str | None, stores: list[Store],
             name: str = "village") -> Store:
    store = session.create(tmp_path / name / "qadam.db", "admin", "Маман", PASSPHRASE,
                           FAST_KDF, okrug_kato=okrug)
    stores.append(store)
    sync.enrol(store, district.base_url, district.code(okrug), name)
    return store


def at_district(district: District, source: Path, answer: Path,
                capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`python -m district import-bundle SOURCE --answer ANSWER`: exit code and its output."""
    code = admin.main(["--database", district.url, "import-bundle", str(source),
                       "--answer", str(answer)])
    out = capsys.readouterr()
    return code, out.out + out.err


def exchange(district: District, store: Store, folder: Path, name: str,
             capsys: pytest.CaptureFixture[str]) -> bundles.BundleImport:
    """One trip of the stick: export, import at the district, import the answer."""
    outbox, answer = folder / f"{name}.qadam", folder / f"{name}-answer.qadam"
    bundles.export_bundle(store, outbox)
    code, said = at_district(district, outbox, answer, capsys)
    assert code == 0, said
    return bundles.import_return_bundle(store, answer)


def checksums_equal(store: Store, district: District) -> None:
    server = server_checksums(district.url, store.device_id)
    for table in SYNCED:
        assert sync.local_checksum(store.db, table) == server[table], table


def open_rows(store: Store) -> int:
    return store.db.execute("SELECT count(*) FROM change_log WHERE status IN ('pending', "
                            "'sent')").fetchone()[0]


def test_a_village_without_a_link_exchanges_everything_by_stick(
        tmp_path: Path, district: District, stores: list[Store],
        capsys: pytest.CaptureFixture[str]) -> None:
    okrug = district.new_okrug()
    village = enrolled(tmp_path, district, okrug, stores)
    centre = enrolled(tmp_path, district, None, stores, "centre")
    person_id = register(village, 101)
    case = cases.open_case(village, person_id, "1", None, date(2026, 3, 2))
    cases.move_case(village, case.record_id, CaseState.SUBMITTED)

    first = exchange(district, village, tmp_path, "first", capsys)
    assert first.rejected == 0 and first.accepted >= 3 and not first.already_imported
    assert open_rows(village) == 0
    assert sync.record_state(village, "persons", person_id).state == "accepted"

    # the district centre decides and adds reference data, online
    sync.sync_now(centre)
    cases.move_case(centre, case.record_id, CaseState.INCLUDED, date(2026, 3, 9))
    with centre.transaction() as tx:
        employer = tx.save("employers", {"name": "ЖШС Құрылыс",
                                         "settlement_kato": "551611100"}).record_id
    assert sync.sync_now(centre).rejected == 0

    # the village edits offline, then the stick goes again
    later = register(village, 102, "Нұрланова")
    with village.transaction() as tx:
        tx.save("persons", {"phone": "+77011234567"}, person_id)
    assert sync.status(village).pending == 2
    second = exchange(district, village, tmp_path, "second", capsys)
    assert second.rejected == 0 and second.pulled >= 2 and not second.more
    assert cases.case_details(village, case.record_id)["state"] == CaseState.INCLUDED.value
    assert village.db.execute("SELECT name FROM employers WHERE id = ?",
                              [employer]).fetchone()[0] == "ЖШС Құрылыс"
    assert person(village, later)["last_name"] == "Нұрланова"
    assert second.checked and second.divergent == ()
    checksums_equal(village, district)
    sync.sync_now(centre)
    assert person(centre, person_id)["phone"] == "+77011234567"
    status = sync.status(village)
    assert status.pending == status.sent == status.rejected == 0 and status.last_sync_at


def test_each_side_imports_a_bundle_once(tmp_path: Path, district: District,
                                         stores: list[Store],
                                         capsys: pytest.CaptureFixture[str]) -> None:
    village = enrolled(tmp_path, district, district.new_okrug(), stores)
    register(village, 201)
    outbox, answer, again = (tmp_path / n for n in ("o.qadam", "a.qadam", "a2.qadam"))
    made = bundles.export_bundle(village, outbox)
    assert made.entries >= 2 and made.remaining == 0
    assert sync.status(village).sent >= 1  # on its way, not yet answered
    assert at_district(district, outbox, answer, capsys)[0] == 0
    receipts = district.query("SELECT count(*) AS n FROM receipts WHERE device_id = ?",
                              [village.device_id])[0]["n"]
    code, said = at_district(district, outbox, again, capsys)
    assert code == 0 and "imported before" in said
    assert again.read_bytes() == answer.read_bytes()  # the first import's answer
    assert district.query("SELECT count(*) AS n FROM receipts WHERE device_id = ?",
                          [village.device_id])[0]["n"] == receipts

    report = bundles.import_return_bundle(village, answer)
    assert not report.already_imported and report.accepted == made.entries
    before = sync.local_checksum(village.db, "persons"), village.db.execute(
        "SELECT value FROM meta WHERE key = 'sync_cursor'").fetchone()
    repeat = bundles.import_return_bundle(village, again)
    assert repeat.already_imported and repeat.accepted == repeat.pulled == 0
    assert (sync.local_checksum(village.db, "persons"), village.db.execute(
        "SELECT value FROM meta WHERE key = 'sync_cursor'").fetchone()) == before


def test_an_old_bundle_after_a_newer_one_is_refused_and_rolls_nothing_back(
        tmp_path: Path, district: District, stores: list[Store],
        capsys: pytest.CaptureFixture[str]) -> None:
    okrug = district.new_okrug()
    village = enrolled(tmp_path, district, okrug, stores)
    other = enrolled(tmp_path, district, okrug, stores, "other")
    person_id = register(village, 301)
    old, old_answer = tmp_path / "old.qadam", tmp_path / "old-answer.qadam"
    bundles.export_bundle(village, old)
    with village.transaction() as tx:
        tx.save("persons", {"phone": "+77010000001"}, person_id)
    exchange(district, village, tmp_path, "new", capsys)
    # the old stick turns up at the district: refused, nothing applied
    code, said = at_district(district, old, old_answer, capsys)
    assert code == 2 and "older than one already imported" in said
    assert not old_answer.exists()

    # an answer made before a newer one: its pages are skipped on the device
    sync.sync_now(other)
    with other.transaction() as tx:
        tx.save("persons", {"address": "Бірінші"}, person_id)
    sync.sync_now(other)
    early, early_answer = tmp_path / "early.qadam", tmp_path / "early-answer.qadam"
    bundles.export_bundle(village, early)
    assert at_district(district, early, early_answer, capsys)[0] == 0
    with other.transaction() as tx:
        tx.save("persons", {"address": "Екінші"}, person_id)
    sync.sync_now(other)
    sync.sync_now(village)  # a link for once: the newest address arrives online
    assert person(village, person_id)["address"] == "Екінші"
    report = bundles.import_return_bundle(village, early_answer)
    assert report.skipped_pages >= 1 and report.applied == 0
    assert person(village, person_id)["address"] == "Екінші"


def refusal(call: object, *args: object) -> bundle.BundleError:
    with pytest.raises(bundle.BundleError) as raised:
        call(*args)  # type: ignore[operator]
    return raised.value


def test_tampered_foreign_and_revoked_bundles_are_refused(
        tmp_path: Path, district: District, stores: list[Store],
        capsys: pytest.CaptureFixture[str]) -> None:
    okrug = district.new_okrug()
    village = enrolled(tmp_path, district, okrug, stores)
    register(village, 401)
    outbox = tmp_path / "o.qadam"
    bundles.export_bundle(village, outbox)
    data = outbox.read_bytes()
    db = district.db
    try:
        tampered = bytearray(data)
        tampered[len(data) // 2] ^= 0x01
        assert refusal(district_bundles.import_bundle, db, bytes(tampered)).code == (
            "bad_signature")
        # a computer the district never enrolled, naming itself
        stranger, district_keys = signing.DeviceKeys.generate(), village.db.execute(
            "SELECT value FROM meta WHERE key = 'sync_server_encryption_key'").fetchone()[0]
        foreign = bundle.seal("outbox", "b-x", str(uuid.uuid4()), stranger.signing_private,
                              signing.unb64(district_keys), bundle.district_party(DISTRICT_KATO),
                              {"protocol": 1, "entries": [], "after": 0}, 1)
        assert refusal(district_bundles.import_bundle, db, foreign).code == "unknown_sender"
        # made for another district
        elsewhere = bundle.seal("outbox", "b-y", village.device_id, stranger.signing_private,
                                signing.unb64(district_keys), bundle.district_party("591600000"),
                                {"protocol": 1, "entries": [], "after": 0}, 1)
        error = refusal(district_bundles.import_bundle, db, elsewhere)
        assert error.code == "wrong_recipient" and "591600000" in error.text()
        # the district's own answer brought back to the district
        answer = tmp_path / "a.qadam"
        assert at_district(district, outbox, answer, capsys)[0] == 0
        assert refusal(district_bundles.import_bundle, db, answer.read_bytes()).code == (
            "wrong_recipient")
        # an answer is for its own device only
        neighbour = enrolled(tmp_path, district, okrug, stores, "neighbour")
        assert refusal(bundles.import_return_bundle, neighbour, answer).code == (
            "wrong_recipient")
        # the device's own outbox imported on the device
        assert refusal(bundles.import_return_bundle, village, outbox).code == (
            "wrong_recipient")
        # a revoked device (a lost laptop): its stick is refused
        second = tmp_path / "o2.qadam"
        bundles.export_bundle(village, second)
        admin.revoke_device(db, village.device_id)
        code, said = at_district(district, second, tmp_path / "a2.qadam", capsys)
        assert code == 2 and "withdrawn" in said
    finally:
        db.close()
    tampered_answer = bytearray(answer.read_bytes())
    tampered_answer[-1] ^= 0x80
    (tmp_path / "bad.qadam").write_bytes(bytes(tampered_answer))
    assert refusal(bundles.import_return_bundle, village,
                   tmp_path / "bad.qadam").code == "bad_signature"


def test_a_refused_record_is_quarantined_with_its_reason(
        tmp_path: Path, district: District, stores: list[Store],
        capsys: pytest.CaptureFixture[str]) -> None:
    village = enrolled(tmp_path, district, district.new_okrug(), stores)
    person_id = register(village, 501)
    case_id, payment = case_with_payment(village, person_id)  # the payment is refused
    report = exchange(district, village, tmp_path, "q", capsys)
    assert report.rejected == 1 and report.accepted >= 3
    state = sync.record_state(village, "payments", payment)
    assert (state.state, state.reason) == ("rejected", "authority")
    assert sync.record_state(village, "cases", case_id).state == "accepted"
    [quarantined] = sync.rejected_changes(village)
    assert quarantined.table == "payments"
    assert exchange(district, village, tmp_path, "q2", capsys).pushed == 0  # never re-sent


def outbox_state(store: Store) -> list[tuple]:
    return store.db.execute("SELECT seq, status FROM change_log ORDER BY seq").fetchall()


@pytest.mark.parametrize("where", ["missing-folder", "not-a-folder", "read-only", "full"])
def test_a_bundle_that_cannot_be_written_leaves_nothing_and_the_outbox_intact(
        tmp_path: Path, district: District, stores: list[Store], where: str) -> None:
    village = enrolled(tmp_path, district, district.new_okrug(), stores)
    register(village, 601)
    before = outbox_state(village)
    if where == "missing-folder":
        target, expected = tmp_path / "no-such-stick" / "b.qadam", errors.BundleNotWritable
    elif where == "not-a-folder":
        (tmp_path / "a-file").write_bytes(b"")
        target, expected = tmp_path / "a-file" / "b.qadam", errors.BundleNotWritable
    elif where == "read-only":
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        if os.access(folder, os.W_OK):
            # root writes anywhere a mode forbids; the kernel's /sys refuses even root (EACCES)
            folder = Path("/sys")
        target, expected = folder / "qadam-b.qadam", errors.BundleNotWritable
    else:
        if not Path("/dev/full").exists():
            pytest.skip("no /dev/full on this system")
        # a stick with no room left: whatever is written where the bundle goes fails ENOSPC
        target, expected = tmp_path / "stick" / "b.qadam", errors.BundleDiskFull
        target.parent.mkdir()
        os.symlink("/dev/full", bundle.partial_path(target))
    with pytest.raises(expected) as raised:
        bundles.export_bundle(village, target)
    assert "Nothing was changed" in raised.value.text()
    assert outbox_state(village) == before
    assert not target.exists() and not os.path.lexists(bundle.partial_path(target))
    # and the next try, to a good place, carries everything
    assert bundles.export_bundle(village, tmp_path / "ok.qadam").entries >= 2


def test_the_command_lines_carry_a_stick_both_ways(
        tmp_path: Path, district: District, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.unit.test_cli import run

    okrug = district.new_okrug()
    database, env = str(tmp_path / "cli" / "q.db"), {"QADAM_PASSPHRASE": PASSPHRASE}
    assert run("--database", database, "init", "--full-name", "Әкімші", "--okrug-kato", okrug,
               "--kdf-memory-kib", "19456", env=env).returncode == 0
    unenrolled = run("--database", database, "export-bundle", str(tmp_path / "x.qadam"),
                     env=env)
    assert unenrolled.returncode == 2 and "not enrolled" in unenrolled.stderr
    assert run("--database", database, "enrol", "--server", district.base_url, "--code",
               district.code(okrug), "--name", "Ауыл", env=env).returncode == 0
    outbox, answer = tmp_path / "o.qadam", tmp_path / "a.qadam"
    full = run("--database", database, "export-bundle", str(tmp_path / "none" / "o.qadam"),
               env=env)
    assert full.returncode == 2 and "Nothing was changed" in full.stderr
    made = run("--database", database, "export-bundle", str(outbox), env=env)
    assert made.returncode == 0 and "with 1 changes" in made.stdout, made.stderr
    code, said = at_district(district, outbox, answer, capsys)
    assert code == 0 and "1 accepted" in said
    done = run("--database", database, "import-bundle", str(answer), env=env)
    assert done.returncode == 0 and "1 changes accepted" in done.stdout, done.stderr
    again = run("--database", database, "import-bundle", str(answer), env=env)
    assert again.returncode == 0 and "imported before" in again.stdout
    wrong = run("--database", database, "import-bundle", str(outbox), env=env)
    assert wrong.returncode == 2 and "is meant for" in wrong.stderr


def test_a_clock_put_back_right_does_not_make_new_bundles_stale(
        tmp_path: Path, district: District, stores: list[Store],
        capsys: pytest.CaptureFixture[str]) -> None:
    village = enrolled(tmp_path, district, district.new_okrug(), stores)
    correct = village.clock
    village.clock = lambda: correct() + 7 * 24 * 3600  # a week ahead
    register(village, 701)
    assert exchange(district, village, tmp_path, "ahead", capsys).accepted >= 2
    village.clock = correct  # someone set the right date
    register(village, 702, "Нұрланова")
    report = exchange(district, village, tmp_path, "right", capsys)
    assert report.accepted >= 1 and sync.status(village).pending == 0
