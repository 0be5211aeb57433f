"""A real district server (uvicorn on 127.0.0.1) over SQLite and over PostgreSQL.

Each test module gets a fresh PostgreSQL database on the session's server
(tests/support/postgres.py); without PostgreSQL the PostgreSQL half is skipped on a developer's
machine and fails in CI.
"""

from __future__ import annotations

import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn

from district import admin
from district.app import create_app
from district.db import Database
from tests.integration.district.district_helpers import SESSION, Device
from tests.support.postgres import fresh_database

DISTRICT_KATO = "551600000"


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


@pytest.fixture(scope="module")
def district_postgres_url(postgres_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database for this test module, dropped afterwards.

    The server is the session's (tests/support/postgres.py: QADAM_TEST_POSTGRES, or a
    throwaway cluster from Debian's binaries; in CI its absence fails the run).
    """
    with fresh_database(postgres_url) as url:
        yield url


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ThreadServer:
    """uvicorn serving the real app in a background thread, until stop()."""

    def __init__(self, url: str, **config: Any) -> None:
        self.port = free_port()
        scheme = "https" if config.get("ssl_certfile") else "http"
        self.base_url = f"{scheme}://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(
            create_app(url), host="127.0.0.1", port=self.port, log_level="warning",
            lifespan="on", timeout_graceful_shutdown=2, **config))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self, verify: Any = True) -> ThreadServer:
        self.thread.start()
        for _ in range(600):
            try:
                if requests.get(f"{self.base_url}/v1/health", timeout=2,
                                verify=verify).status_code == 200:
                    return self
            except requests.ConnectionError:
                pass
            if not self.thread.is_alive():
                break
            time.sleep(0.05)
        raise RuntimeError("the district server did not start")

    def stop(self) -> None:
        SESSION.close()  # its kept-alive connections would hold the shutdown up
        self.server.should_exit = True
        self.thread.join(timeout=30)


@dataclass
class District:
    """The server under test, its database and the admin operations tests need."""

    url: str
    base_url: str
    engine: str

    @property
    def db(self) -> Database:
        return Database(self.url)

    def new_okrug(self) -> str:
        """A fresh okrug per test: tests in one module share the server, not their data."""
        db = self.db
        try:
            while True:
                kato = f"55{uuid.uuid4().int % 10_000:04d}000"
                try:
                    admin.add_okrug(db, kato, f"Округ {kato}")
                    return kato
                except admin.AdminError:
                    continue
        finally:
            db.close()

    def code(self, okrug: str | None, hours: float = 72) -> str:
        db = self.db
        try:
            return admin.enrolment_code(db, okrug, hours)
        finally:
            db.close()

    def device(self, okrug: str | None) -> Device:
        device = Device(self.base_url)
        response = device.enrol(self.code(okrug))
        assert response.status_code == 200, response.text
        return device

    def query(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        db = self.db
        try:
            with db.transaction() as cur:
                return cur.execute(sql, params or []).fetchall()
        finally:
            db.close()


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def district(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[District]:
    if request.param == "sqlite":
        url = f"sqlite:///{Path(tmp_path_factory.mktemp('district')) / 'district.db'}"
    else:
        url = request.getfixturevalue("district_postgres_url")
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) == 0
    server = ThreadServer(url).start()
    yield District(url, server.base_url, request.param)
    server.stop()
