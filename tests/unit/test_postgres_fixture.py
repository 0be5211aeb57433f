"""The PostgreSQL fixtures give a real server and a database of the test's own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg

from tests.support.postgres import database_url, find_binaries, fresh_database

ROOT = Path(__file__).resolve().parents[2]


def test_the_server_answers(postgres_url: str) -> None:
    with psycopg.connect(postgres_url, connect_timeout=10) as conn:
        version = conn.execute("SELECT version()").fetchone()[0]
    assert version.startswith("PostgreSQL ")


def test_a_fresh_database_is_empty_and_writable(fresh_postgres_database: str) -> None:
    with psycopg.connect(fresh_postgres_database, connect_timeout=10) as conn:
        name = conn.execute("SELECT current_database()").fetchone()[0]
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]
        conn.execute("CREATE TABLE t (x int)")
        conn.execute("INSERT INTO t VALUES (1)")
        assert conn.execute("SELECT x FROM t").fetchone()[0] == 1
    assert name.startswith("test_") and tables == 0


def test_each_test_gets_another_database(postgres_url: str, fresh_postgres_database: str) -> None:
    """The database is new and is dropped afterwards (checked from the server's own list)."""
    name = fresh_postgres_database.rsplit("/", 1)[1]
    with psycopg.connect(postgres_url, connect_timeout=10) as conn:
        names = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    assert name in names


def test_the_database_is_dropped_even_while_a_connection_is_open(postgres_url: str) -> None:
    with fresh_database(postgres_url) as url:
        lingering = psycopg.connect(url, connect_timeout=10)  # a test that forgot to close
        name = lingering.execute("SELECT current_database()").fetchone()[0]
    with psycopg.connect(postgres_url, connect_timeout=10) as conn:
        names = {r[0] for r in conn.execute("SELECT datname FROM pg_database")}
    assert name not in names
    assert lingering.closed or lingering.broken or _is_dead(lingering)


def _is_dead(conn: psycopg.Connection) -> bool:
    try:
        conn.execute("SELECT 1")
    except psycopg.OperationalError:
        return True
    return False


def test_database_url_keeps_the_server_and_options() -> None:
    url = database_url("postgresql://u@127.0.0.1:5/postgres?sslmode=disable", "x")
    assert url == "postgresql://u@127.0.0.1:5/x?sslmode=disable"


def test_debian_binaries_are_found_when_installed(tmp_path) -> None:
    for version in ("13", "15"):
        (tmp_path / version / "bin").mkdir(parents=True)
        for tool in ("initdb", "pg_ctl"):
            (tmp_path / version / "bin" / tool).write_text("")
    assert find_binaries(tmp_path) == tmp_path / "15" / "bin"
    assert find_binaries(tmp_path / "nothing") is None


def run_without_postgres(tmp_path, ci: bool) -> subprocess.CompletedProcess[str]:
    """This file's first test in a pytest of its own, on a machine with no PostgreSQL."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "QADAM_TEST_POSTGRES")}
    env["QADAM_POSTGRES_BINARIES"] = str(tmp_path / "none")
    if ci:
        env["CI"] = "true"
    test = f"{Path(__file__).relative_to(ROOT)}::test_the_server_answers"
    return subprocess.run([sys.executable, "-m", "pytest", test, "-q", "-rs", "-p",
                           "no:cacheprovider"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_without_postgres_ci_fails_and_a_developer_is_told_why(tmp_path) -> None:
    in_ci = run_without_postgres(tmp_path, ci=True)
    assert in_ci.returncode == 1 and "PostgreSQL is required in CI" in in_ci.stdout
    at_home = run_without_postgres(tmp_path, ci=False)
    assert at_home.returncode == 0 and "1 skipped" in at_home.stdout
    assert "QADAM_TEST_POSTGRES" in at_home.stdout  # how to provide one
