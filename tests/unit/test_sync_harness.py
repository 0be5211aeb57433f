"""The sync test harness runs a real uvicorn server on a real PostgreSQL, and restarts it."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg
import pytest
import requests
from fastapi import FastAPI

from district.db import Database
from tests.support.faultproxy import FaultProxy
from tests.support.sync_harness import ServerThread, server_behind_proxy


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


def test_a_server_behind_a_faulty_link(fresh_postgres_database: str) -> None:
    """Every request is answered twice on the server's side: the duplicate reaches it too."""
    with server_behind_proxy(counter_app, fresh_postgres_database, seed=5,
                             duplicate_probability=1, latency_ms=10) as (_, proxy, url):
        assert requests.post(f"{url}/v1/hit", timeout=10).json() == {"hits": 1}
        deadline = time.monotonic() + 20  # the replay lands after the answer: wait for it
        while _hits(fresh_postgres_database) < 2:
            assert time.monotonic() < deadline, "the duplicate never reached the server"
            time.sleep(0.01)
    assert _hits(fresh_postgres_database) == 2 and proxy.connection_count == 1


def _hits(url: str) -> int:
    with psycopg.connect(url, connect_timeout=10) as conn:
        return conn.execute("SELECT count(*) FROM hits").fetchone()[0]
