"""A real PostgreSQL for the tests: the one named by QADAM_TEST_POSTGRES, or a throwaway cluster.

The district server runs on PostgreSQL in production, so its tests must too (SQLite would hide
locking, type and SQL-dialect differences). In order of preference:

1. `QADAM_TEST_POSTGRES=postgresql://user@host:port/db` — a server someone already runs.
2. Debian's PostgreSQL binaries (`/usr/lib/postgresql/<version>/bin/initdb`): a cluster made
   for this test session in a temporary folder, on a free port of 127.0.0.1, fsync off, trust
   authentication, stopped and deleted when the session ends. PostgreSQL refuses to run as
   root, so as root the cluster is made and run by the `postgres` user (`runuser`).
3. Neither: the tests that need PostgreSQL fail in CI (env `CI` set) and are skipped on a
   developer's machine, saying why.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit, urlunsplit

import pytest

ENV_URL = "QADAM_TEST_POSTGRES"
DEBIAN_BINARIES = Path("/usr/lib/postgresql")
SERVICE_USER = "postgres"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL can be provided here; the message says why."""


def find_binaries(root: Path | None = None) -> Path | None:
    """The bin folder of the newest installed PostgreSQL, or None.

    QADAM_POSTGRES_BINARIES overrides where to look (as in .ci/run), e.g. to see the failure
    CI would report on a machine without PostgreSQL.
    """
    if root is None:
        root = Path(os.environ.get("QADAM_POSTGRES_BINARIES") or DEBIAN_BINARIES)
    found = []
    for initdb in root.glob("*/bin/initdb"):
        version = initdb.parent.parent.name
        if re.fullmatch(r"\d+(\.\d+)?", version) and (initdb.parent / "pg_ctl").exists():
            found.append((float(version), initdb.parent))
    return max(found)[1] if found else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(server_url: str, name: str) -> str:
    """The same server, another database (the path part of the URL)."""
    parts = urlsplit(server_url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


class TemporaryCluster:
    """A PostgreSQL cluster that lives in a temporary folder for as long as it is needed."""

    def __init__(self, binaries: Path, password: str | None = None) -> None:
        """`password`: logins need it (scram-sha-256); None: every login is trusted."""
        self.binaries = binaries
        self.password = password
        self.as_root = os.geteuid() == 0
        if self.as_root and shutil.which("runuser") is None:
            raise PostgresUnavailable("running as root, but runuser is missing")
        self.folder: Path | None = None
        self.port: int | None = None

    @property
    def url(self) -> str:
        return f"postgresql://{SERVICE_USER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.binaries / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVICE_USER, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    def start(self) -> str:
        # Not pytest's tmp_path: its folders are private to root, and the server runs as
        # `postgres`. mkdtemp is short enough for the Unix socket path limit (107 bytes).
        self.folder = Path(tempfile.mkdtemp(prefix="qadam-pg-"))
        if self.as_root:
            shutil.chown(self.folder, SERVICE_USER, SERVICE_USER)
        data = self.folder / "data"
        auth = ["--auth=trust"]
        if self.password is not None:
            secret = self.folder / "password"
            secret.write_text(self.password)
            if self.as_root:
                shutil.chown(secret, SERVICE_USER, SERVICE_USER)
            auth = ["--auth=scram-sha-256", f"--pwfile={secret}"]
        made = self._run("initdb", "-D", str(data), "-U", SERVICE_USER, *auth,
                         "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync")
        if made.returncode != 0:
            self.remove()
            raise PostgresUnavailable(f"initdb failed: {made.stderr.strip()[-500:]}")
        # A free port can be taken between the probe and the start: try a few.
        last_error = ""
        for _ in range(5):
            self.port = free_port()
            options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
                       "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                       "-c max_connections=200")
            started = self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "log"),
                                "-o", options, "-w", "-t", "60", "start")
            if started.returncode == 0:
                return self.url
            last_error = started.stderr.strip() or self.log_tail()
        self.stop()
        raise PostgresUnavailable(f"pg_ctl could not start the cluster: {last_error[-500:]}")

    def log_tail(self) -> str:
        log = self.folder / "log" if self.folder else None
        if log is None or not log.exists():
            return ""
        return log.read_text(errors="replace")[-500:]

    def stop(self) -> None:
        if self.folder is None:
            return
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            # immediate: the data is thrown away, so a clean checkpoint would be wasted time
            self._run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
        self.remove()

    def remove(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}", pytrace=False)
    pytest.skip(f"no PostgreSQL for this test: {reason} (set {ENV_URL}=postgresql://... "
                "or install the Debian package postgresql)")


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """The URL of a PostgreSQL server (its `postgres` database) the tests may use freely."""
    given = os.environ.get(ENV_URL)
    if given:
        yield given
        return
    binaries = find_binaries()
    if binaries is None:
        _unavailable(f"{ENV_URL} is not set and no PostgreSQL binaries (initdb) are installed")
    try:
        cluster = TemporaryCluster(binaries)
        url = cluster.start()
    except PostgresUnavailable as error:
        _unavailable(str(error))
    try:
        yield url
    finally:
        cluster.stop()


def _admin(server_url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql)


def create_database(server_url: str, template: str | None = None) -> str:
    """A uniquely named new database on that server, empty or a copy of `template` (a URL).

    A copy by `CREATE DATABASE ... TEMPLATE` is a file copy inside the server: far quicker
    than building the same data again. The template must have no open connections.
    """
    name = f"test_{uuid.uuid4().hex[:16]}"
    source = "" if template is None else f' TEMPLATE "{urlsplit(template).path.lstrip("/")}"'
    _admin(server_url, f'CREATE DATABASE "{name}"{source}')
    return database_url(server_url, name)


def drop_database(server_url: str, url: str) -> None:
    """Drop a database made by create_database, its open connections too."""
    _admin(server_url, f'DROP DATABASE IF EXISTS "{urlsplit(url).path.lstrip("/")}" WITH (FORCE)')


@contextlib.contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A uniquely named new database on that server; dropped on exit, open connections too."""
    url = create_database(server_url)
    try:
        yield url
    finally:
        drop_database(server_url, url)


@pytest.fixture
def fresh_postgres_database(postgres_url: str) -> Iterator[str]:
    """The URL of a database made for this one test, dropped after it (even if still in use)."""
    with fresh_database(postgres_url) as url:
        yield url
