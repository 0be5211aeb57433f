"""Devices and a district for sync tests: real SQLCipher stores enrolled with a real server.

Shared by tests/integration/test_sync_client.py, test_sync_convergence.py and
test_sync_faults.py. `replica_rows` / `server_rows` give what a device holds and what the server
holds for that device's scope, in one comparable shape: {(table, id): {field: canonical JSON}}.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.domain.iin import make_iin
from desktop.services import session, sync
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.storage.store import Store
from desktop.sync import wire
from district import admin
from district.db import Database
from tests.conftest import FAST_KDF, PASSPHRASE

DISTRICT_KATO = "551600000"
OKRUG = "551610000"
OTHER_OKRUG = "551620000"


def prepare_district(url: str, okrugs: tuple[str, ...] = (OKRUG, OTHER_OKRUG)) -> None:
    """Make a district database (init-district), then add its okrugs."""
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) == 0
    db = Database(url)
    try:
        for kato in okrugs:
            admin.add_okrug(db, kato, f"Округ {kato}")
    finally:
        db.close()


def enrolment_code(url: str, okrug: str | None) -> str:
    db = Database(url)
    try:
        return admin.enrolment_code(db, okrug, 72)
    finally:
        db.close()


def query(url: str, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Rows of the district database (a fresh connection: what the server committed)."""
    db = Database(url)
    try:
        with db.transaction() as cur:
            return cur.execute(sql, params or []).fetchall()
    finally:
        db.close()


def new_store(folder: Path, name: str, okrug: str | None) -> Store:
    """A new encrypted database with its administrator, not enrolled yet."""
    return session.create(folder / name / "qadam.db", "admin", "Маман", PASSPHRASE, FAST_KDF,
                          okrug_kato=okrug)


def new_device(folder: Path, name: str, okrug: str | None, database_url: str,
               server_url: str, clock: Callable[[], float] | None = None) -> Store:
    """A new encrypted database with its administrator, enrolled (`okrug` None: district).

    `clock` replaces the computer's clock before enrolment (a laptop with a wrong clock).
    """
    store = new_store(folder, name, okrug)
    if clock is not None:
        store.clock = clock
    sync.enrol(store, server_url, enrolment_code(database_url, okrug), name)
    return store


def reopen(path: Path) -> Store:
    """The device's database opened again, as the app does after a restart."""
    return session.unlock(path, "admin", PASSPHRASE)


def register(store: Store, number: int, last_name: str = "Серікбаева") -> str:
    iin = make_iin(date(1990, 3, 14), "female", number)
    return register_applicant(store, ApplicantInput(iin, last_name, "Әйгерім")).record_id


def case_with_payment(store: Store, person_id: str) -> tuple[str, str]:
    """A submitted case and a payment for it, saved on a village device: the payment is
    what the district refuses (only the district centre records payments)."""
    with store.transaction() as tx:
        case_id = tx.save("cases", {"number": "551610-A-1", "person_id": person_id,
                                    "direction": "1", "state": "submitted",
                                    "applied_on": "2026-02-01"}).record_id
        payment = tx.save("payments", {"case_id": case_id, "month": "2026-03",
                                       "amount": "85000"}).record_id
    return case_id, payment


def row(store: Store, table: str, record_id: str) -> dict[str, Any] | None:
    cursor = store.db.execute(f"SELECT * FROM {table} WHERE id = ?", [record_id])
    values = cursor.fetchone()
    return None if values is None else dict(zip([d[0] for d in cursor.description], values,
                                                strict=True))


def person(store: Store, person_id: str) -> dict[str, Any] | None:
    return row(store, "persons", person_id)


def fast_client(store: Store, retries: int = 1) -> Any:
    """A client that gives up quickly (tests break the link or the server on purpose)."""
    client = sync.client_for(store)
    client.retries, client.backoff_s = retries, 0.01
    return client


Rows = dict[tuple[str, str], dict[str, str]]


def replica_rows(store: Store) -> Rows:
    """Every synchronised field of every record on a device, as canonical JSON text."""
    out: Rows = {}
    for table in wire.SYNC_TABLES:
        cursor = store.db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        for values in cursor.fetchall():
            data = dict(zip(names, values, strict=True))
            fields = wire.synchronised_fields(table, data)
            out[(table, data["id"])] = {k: wire.canonical(v) for k, v in fields.items()}
    return out


def server_rows(url: str, okrug: str | None) -> Rows:
    """What the server holds for a scope (okrug None: the whole district), same shape."""
    scope = "" if okrug is None else " AND (okrug_kato = ? OR okrug_kato IS NULL)"
    tables = ", ".join(f"'{t}'" for t in wire.SYNC_TABLES)
    rows = query(url, "SELECT table_name, record_id, field, value FROM fields WHERE "
                      f"table_name IN ({tables}) AND value IS NOT NULL{scope}",
                 [] if okrug is None else [okrug])
    out: Rows = {}
    for item in rows:
        name, value = item["field"], json.loads(item["value"])
        if not wire.synchronised_fields(item["table_name"], {name: value}):
            continue  # deleted = 0 does not count, as on a device
        out.setdefault((item["table_name"], item["record_id"]), {})[name] = (
            wire.canonical(value))
    return out


def server_checksums(url: str, device_id: str) -> dict[str, str]:
    from district import sync_store

    db = Database(url)
    try:
        with db.transaction() as cur:
            device = sync_store.load_device(cur, device_id)
            assert device is not None
            return sync_store.device_checksums(cur, device)
    finally:
        db.close()


@dataclass(frozen=True)
class Difference:
    record: tuple[str, str]
    device: dict[str, str] | None
    server: dict[str, str] | None


def differences(device: Rows, server: Rows) -> list[Difference]:
    keys = sorted(set(device) | set(server))
    return [Difference(k, device.get(k), server.get(k)) for k in keys
            if device.get(k) != server.get(k)]
