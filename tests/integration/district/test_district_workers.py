"""Several uvicorn workers on one database (`serve --workers 2`): they agree on everything.

Concurrent pushes from two devices while a third pulls: the puller ends up with every change
(sequence numbers become visible in commit order, so no cursor skips a late commit), and a
request replayed to whichever worker answers is refused (nonces live in the database).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from district import admin
from tests.integration.district.conftest import DISTRICT_KATO, free_port
from tests.integration.district.district_helpers import (
    SESSION,
    Device,
    SignAuth,
    new_id,
    unique_iin,
)

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(params=["sqlite", "postgres"])
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'district.db'}"
    else:
        url = request.getfixturevalue("district_postgres_url")
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) == 0
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "district", "--database", url, "serve", "--host", "127.0.0.1",
         "--port", str(port), "--workers", "2"], cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE)
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(1200):
            try:
                if requests.get(f"{base_url}/v1/health", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None, process.stderr.read().decode()  # type: ignore[union-attr]
            time.sleep(0.05)
        yield url, base_url
    finally:
        SESSION.close()
        process.terminate()
        process.wait(timeout=60)


def test_two_workers_serve_one_database(served: tuple[str, str]) -> None:
    from district.db import Database

    url, base_url = served
    db = Database(url)
    okrug = f"55{int(time.time() * 1000) % 10_000:04d}000"
    admin.add_okrug(db, okrug, "Ауыл")
    codes = [admin.enrolment_code(db, okrug, 1) for _ in range(3)]
    db.close()
    writers = [Device(base_url), Device(base_url)]
    reader = Device(base_url)
    for device, code in zip([*writers, reader], codes, strict=True):
        assert device.enrol(code).status_code == 200

    expected: set[str] = set()
    lock = threading.Lock()
    failures: list[str] = []

    def write(device: Device) -> None:
        for _ in range(15):
            ids = [new_id() for _ in range(5)]
            entries = [device.entry("persons", i, {"iin": unique_iin(), "phone": "1"}) for i in ids]
            results = device.push(*entries)
            if any(r["status"] != "accepted" for r in results):
                failures.append(str(results))
            with lock:
                expected.update(ids)

    seen: set[str] = set()
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            rows, _ = reader.pull_all(limit=7)
            seen.update(e["r"] for e in rows if e["t"] == "persons")

    threads = [threading.Thread(target=write, args=(d,)) for d in writers]
    puller = threading.Thread(target=read)
    puller.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    puller.join()
    rows, _ = reader.pull_all()
    seen.update(e["r"] for e in rows if e["t"] == "persons")
    assert failures == []
    assert len(expected) == 150 and seen == expected

    # one signed request sent twice, to whichever worker takes it: the second is refused
    prepared = SESSION.prepare_request(requests.Request(
        "GET", f"{base_url}/v1/pull?after=0", auth=SignAuth(reader)))
    statuses = []
    for _ in range(2):
        with requests.Session() as fresh:  # a new connection: maybe another worker
            statuses.append(fresh.send(prepared, timeout=30).status_code)
    assert statuses == [200, 401]
