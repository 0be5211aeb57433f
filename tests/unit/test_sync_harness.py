"""The sync test harness runs a real uvicorn server on a real PostgreSQL, and restarts it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
import requests
from fastapi import FastAPI

from district.db import Database
from tests.support.faultproxy import FaultProxy
from tests.support.sync_harness import ServerThread


def counter_app(database_url: str) -> FastAPI:
    """A stand-in for the district app: its state lives only in the database."""
    db = Database(database_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        with db.transaction() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS hits (n integer NOT NULL)")
        yield
        db.close()

    app = FastAPI(lifespan=lifespan)

    @app.get("/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/hit")
    def hit() -> dict[str, int]:
        with db.transaction() as cur:
            cur.execute("INSERT INTO hits VALUES (1)")
            return {"hits": cur.scalar("SELECT count(*) FROM hits")}

    return app


@pytest.fixture
def server(fresh_postgres_database: str):
    running = ServerThread(counter_app, fresh_postgres_database)
    yield running
    running.stop(graceful=False)


def test_the_server_answers_once_started(server: ServerThread) -> None:
    base = server.start()
    assert requests.get(f"{base}/v1/health", timeout=10).json() == {"status": "ok"}
    assert requests.post(f"{base}/v1/hit", timeout=10).json() == {"hits": 1}


@pytest.mark.parametrize("graceful", [True, False])
def test_a_restart_keeps_the_port_and_the_data(server: ServerThread, graceful: bool) -> None:
    base = server.start()
    first_app = server.app
    requests.post(f"{base}/v1/hit", timeout=10)
    assert server.restart(graceful=graceful) == base
    assert server.app is not first_app and server.starts == 2
    assert requests.post(f"{base}/v1/hit", timeout=10).json() == {"hits": 2}


def test_a_stopped_server_refuses_connections(server: ServerThread) -> None:
    base = server.start()
    server.stop()
    assert not server.running
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{base}/v1/health", timeout=10)


def test_a_proxy_in_front_survives_a_restart(server: ServerThread) -> None:
    server.start()
    with FaultProxy("127.0.0.1", server.port, seed=3, latency_ms=20) as proxy:
        host, port = proxy.address
        requests.post(f"http://{host}:{port}/v1/hit", timeout=10)
        server.restart()
        answer = requests.post(f"http://{host}:{port}/v1/hit", timeout=10)
    assert answer.json() == {"hits": 2} and proxy.connection_count == 2


def test_a_server_that_never_gets_healthy_is_reported(fresh_postgres_database: str) -> None:
    def unhealthy(_: str) -> FastAPI:
        return FastAPI()  # no /v1/health: 404

    broken = ServerThread(unhealthy, fresh_postgres_database, start_timeout_s=1)
    with pytest.raises(RuntimeError, match="did not answer"):
        broken.start()
    assert not broken.running
