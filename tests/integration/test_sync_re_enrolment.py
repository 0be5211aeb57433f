"""A revoked device enrolled again with a new code: its unsent records reach the district,
nothing stranded, nothing applied twice; a live device cannot be taken over with a code.

A real district (uvicorn on 127.0.0.1), real encrypted device databases, the admin functions.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.services import sync
from desktop.storage.store import Store
from desktop.sync import errors
from desktop.sync.client import DistrictClient
from district import admin
from district.db import Database
from tests.integration.test_sync_client import OKRUG, Server, code, device, district
from tests.support.sync_devices import person, register

__all__ = ["district"]  # the fixture, used by name


def revoke(district: Server, store: Store) -> None:
    db = Database(district.url)
    try:
        admin.revoke_device(db, store.device_id)
    finally:
        db.close()


def at_district(district: Server, sql: str, params: list[object]) -> list[tuple[object, ...]]:
    db = Database(district.url)
    try:
        with db.transaction() as cur:
            return [tuple(dict(r).values()) for r in cur.execute(sql, params).fetchall()]
    finally:
        db.close()


def test_a_revoked_device_enrols_again_and_its_records_arrive_once(
        tmp_path: Path, district: Server, stores: list[Store]) -> None:
    village, other = (device(tmp_path, district, name, OKRUG) for name in ("village", "other"))
    stores.extend([village, other])
    sent_before = register(village, 801)
    assert sync.sync_now(village).accepted >= 1
    revoke(district, village)
    unsent = register(village, 802, "Нұрланова")
    with pytest.raises(errors.Revoked) as raised:
        sync.sync_now(village)
    assert "enrol again" in raised.value.text() and "nothing is lost" in raised.value.text()
    old_key = at_district(district, "SELECT signing_public FROM devices WHERE id = ?",
                          [village.device_id])

    fresh = code(district, OKRUG)
    # the revoked key itself is not taken back: a re-enrolment brings a new one
    same_keys = DistrictClient(district.base_url, village.device_id, sync._keys(village.db))
    with pytest.raises(errors.Refused):
        same_keys.enrol(fresh, "village")
    assert sync.enrolment(village).revoked  # so `enrol` needs no --re-enrol
    sync.enrol(village, district.base_url, fresh, "village")
    report = sync.sync_now(village)
    assert report.rejected == 0 and report.accepted >= 1
    status = sync.status(village)
    assert status.pending == status.sent == status.rejected == 0
    assert sync.record_state(village, "persons", unsent).state == "accepted"
    assert sync.sync_now(village).pushed == 0  # nothing left to send again

    sync.sync_now(other)
    assert person(other, unsent)["last_name"] == "Нұрланова"
    assert person(other, sent_before)["last_name"] == "Серікбаева"
    [(records,)] = at_district(
        district, "SELECT count(*) FROM records WHERE table_name = 'persons' AND created_by = ?",
        [village.device_id])
    assert records == 2
    # the same device, new keys; the old key is kept in the audit, and stays refused
    [(revoked_at, audited_key, scope)] = at_district(
        district, "SELECT revoked_at, old_signing_public, scope FROM device_re_enrolments"
        " WHERE device_id = ?", [village.device_id])
    assert revoked_at and (audited_key,) == old_key[0] and scope == "village"
    assert at_district(district, "SELECT revoked_at FROM devices WHERE id = ?",
                       [village.device_id]) == [(None,)]


def test_a_live_device_is_not_enrolled_again_and_the_code_is_not_spent(
        tmp_path: Path, district: Server, stores: list[Store]) -> None:
    village = device(tmp_path, district, "village", OKRUG)
    stores.append(village)
    fresh = code(district, OKRUG)
    with pytest.raises(errors.AlreadyEnrolled):
        sync.enrol(village, district.base_url, fresh, "hijack", re_enrol=True)
    register(village, 803)
    assert sync.sync_now(village).accepted >= 1  # its keys still work: nothing was replaced
    newcomer = device(tmp_path, district, "newcomer", OKRUG)  # a new code for this one
    stores.append(newcomer)
    from desktop.services import session
    from tests.conftest import FAST_KDF, PASSPHRASE

    late = session.create(tmp_path / "late" / "qadam.db", "admin", "Маман", PASSPHRASE,
                          FAST_KDF, okrug_kato=OKRUG)
    stores.append(late)
    sync.enrol(late, district.base_url, fresh, "late")  # the refused attempt did not spend it
    assert sync.status(late).enrolled


def test_after_re_enrolment_a_usb_bundle_carries_the_unsent_records(
        tmp_path: Path, district: Server, stores: list[Store]) -> None:
    from desktop.services import bundles as device_bundles
    from district import bundles as district_bundles

    village = device(tmp_path, district, "village", OKRUG)
    stores.append(village)
    revoke(district, village)
    unsent = register(village, 804)
    before = tmp_path / "before.qadam"
    device_bundles.export_bundle(village, before)
    db = Database(district.url)
    try:
        with pytest.raises(district_bundles.BundleError):  # made with the revoked key
            district_bundles.import_bundle(db, before.read_bytes())
        # a USB-only laptop never heard "revoked" online: the person ticks "Enrol again"
        sync.enrol(village, district.base_url, code(district, OKRUG), "village", re_enrol=True)
        after = tmp_path / "after.qadam"
        device_bundles.export_bundle(village, after)
        done = district_bundles.import_bundle(db, after.read_bytes())
    finally:
        db.close()
    assert done.accepted >= 1 and done.rejected == 0
    answer = tmp_path / "answer.qadam"
    answer.write_bytes(done.answer)
    device_bundles.import_return_bundle(village, answer)
    assert sync.record_state(village, "persons", unsent).state == "accepted"
    assert sync.status(village).pending == sync.status(village).sent == 0


def test_the_command_line_says_revoked_and_enrols_again(tmp_path: Path,
                                                        district: Server) -> None:
    from tests.conftest import PASSPHRASE
    from tests.unit.test_cli import run

    database = str(tmp_path / "cli" / "q.db")
    env = {"QADAM_PASSPHRASE": PASSPHRASE}

    def qadam(*args: str) -> subprocess.CompletedProcess[str]:
        return run("--database", database, *args, env=env)

    assert qadam("init", "--full-name", "Әкімші", "--okrug-kato", OKRUG,
                 "--kdf-memory-kib", "19456").returncode == 0
    enrol = ("enrol", "--server", district.base_url, "--name", "Ауыл", "--code")
    assert qadam(*enrol, code(district, OKRUG)).returncode == 0
    device_id = at_district(district, "SELECT id FROM devices", [])[0][0]
    db = Database(district.url)
    admin.revoke_device(db, str(device_id))
    db.close()
    refused = qadam("sync")
    assert refused.returncode == 2 and "Ask for a new enrolment code" in refused.stderr
    again = qadam(*enrol, code(district, OKRUG))  # no --re-enrol needed
    assert again.returncode == 0, again.stderr
    synced = qadam("sync")
    assert synced.returncode == 0 and "1 accepted" in synced.stdout  # the administrator
