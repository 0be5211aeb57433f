"""Running the district server for real: backups, a missing or unreachable database, its log.

All against real engines: SQLite files, the session's PostgreSQL (tests/support/postgres.py),
`python -m district` as a process, pg_dump and pg_restore.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests

from district import admin
from district.db import Database
from tests.integration.district.conftest import DISTRICT_KATO, District, free_port
from tests.integration.district.district_helpers import SESSION, Device, new_id, unique_iin
from tests.support.postgres import (
    SERVICE_USER,
    TemporaryCluster,
    create_database,
    drop_database,
    find_binaries,
)

ROOT = Path(__file__).resolve().parents[3]
MISSING = "no district database at {path}; create one with init-district"


def cli(*argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`python -m district ...` as the administrator runs it."""
    return subprocess.run([sys.executable, "-m", "district", *argv], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def table_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: what a restore must give back exactly."""
    db = Database(url)
    try:
        with db.transaction() as cur:
            if db.is_postgres:
                names = [r["n"] for r in cur.execute(
                    "SELECT tablename AS n FROM pg_tables WHERE schemaname = 'public'").fetchall()]
            else:
                names = [r["n"] for r in cur.execute(
                    "SELECT name AS n FROM sqlite_master WHERE type = 'table'").fetchall()]
            return {name: sorted((tuple(row.values()) for row in cur.execute(
                f'SELECT * FROM "{name}"').fetchall()), key=repr) for name in names}
    finally:
        db.close()


def restore(district: District, backup: Path, tmp_path: Path,
            request: pytest.FixtureRequest) -> str:
    """The backup restored as docs/district-server.md says, into a new database; its URL."""
    if district.engine == "sqlite":
        target = tmp_path / "restored.db"
        shutil.copyfile(backup, target)
        return f"sqlite:///{target}"
    server = request.getfixturevalue("postgres_url")
    url = create_database(server)
    request.addfinalizer(lambda: drop_database(server, url))
    pg_restore = shutil.which("pg_restore") or str(
        max(Path("/usr/lib/postgresql").glob("*/bin/pg_restore")))
    done = subprocess.run([pg_restore, "--no-owner", "--exit-on-error", f"--dbname={url}",
                           str(backup)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return url


def push_people(device: Device, okrug: str, count: int) -> list[str]:
    ids = [new_id() for _ in range(count)]
    results = device.push(*[device.entry("persons", i, {
        "iin": unique_iin(), "last_name": "Тестова",
        "settlement_kato": okrug[:6] + "100",
    }) for i in ids])
    assert {r["status"] for r in results} == {"accepted"}, results
    return ids


def test_a_backup_taken_while_the_server_runs_restores_every_row(
        district: District, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        request: pytest.FixtureRequest) -> None:
    okrug = district.new_okrug()
    device = district.device(okrug)
    push_people(device, okrug, 30)
    before = table_rows(district.url)
    assert before["district"] and before["devices"] and before["fields"]

    folder = tmp_path / "backups"
    assert admin.main(["--database", district.url, "backup", "--to", str(folder)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == folder and made.is_file()
    assert stat.S_IMODE(made.stat().st_mode) == 0o600  # it holds the private keys
    assert [p.name for p in folder.iterdir()] == [made.name]  # no temporary file left
    if district.engine == "sqlite":  # a file that stands alone: not in WAL mode, no -wal
        assert made.read_bytes()[18:20] == b"\x01\x01"
    push_people(device, okrug, 5)  # the live database moves on; the backup does not

    restored = restore(district, made, tmp_path, request)
    assert table_rows(restored) == before
    # and the restored database is a working district: the admin commands open it
    done = cli("--database", restored, "devices")
    assert done.returncode == 0 and device.device_id in done.stdout, done.stderr


def test_a_backup_during_pushes_is_one_moment_of_the_database(
        district: District, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        request: pytest.FixtureRequest) -> None:
    okrug = district.new_okrug()
    device = district.device(okrug)
    stop = threading.Event()
    errors: list[BaseException] = []

    def keep_pushing() -> None:
        try:
            while not stop.is_set():
                push_people(device, okrug, 20)
        except BaseException as error:  # reported by the test, not lost in the thread
            errors.append(error)

    pusher = threading.Thread(target=keep_pushing)
    pusher.start()
    try:
        while not district.query("SELECT 1 FROM records WHERE okrug_kato = ?", [okrug]):
            time.sleep(0.01)  # the first push is in: the backup races the next ones
        assert admin.main(["--database", district.url, "backup", "--to",
                           str(tmp_path)]) == 0
    finally:
        stop.set()
        pusher.join()
    assert errors == []
    made = Path(capsys.readouterr().out.strip())
    restored = restore(district, made, tmp_path, request)

    # Pushes only add people here, so the backup must be exactly the live database as it was
    # at the backup's last sequence number: every push wholly in, or wholly out.
    seq = Database(restored)
    with seq.transaction() as cur:
        last = cur.scalar("SELECT value FROM counters WHERE name = 'seq'")
    seq.close()
    fields = "SELECT * FROM fields WHERE seq <= ? ORDER BY seq"
    assert district.query(fields, [last]) == query(restored, fields, [last])
    records = "SELECT * FROM records WHERE created_seq <= ? ORDER BY created_seq, record_id"
    assert district.query(records, [last]) == query(restored, records, [last])
    assert query(restored, "SELECT COUNT(*) AS n FROM fields WHERE seq > ?", [last]) == [
        {"n": 0}]


def query(url: str, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    db = Database(url)
    try:
        with db.transaction() as cur:
            return cur.execute(sql, params).fetchall()
    finally:
        db.close()


def test_keep_removes_the_oldest_backups_only(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'district.db'}"
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) == 0
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("the administrator's own file")
    made = []
    for _ in range(4):
        assert admin.main(["--database", url, "backup", "--to", str(folder),
                           "--keep", "2"]) == 0
        made.append(Path(capsys.readouterr().out.splitlines()[0]))
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [made[2].name, made[3].name, "notes.txt"])
    assert admin.main(["--database", url, "backup", "--to", str(folder), "--keep", "0"]) == 2


@pytest.mark.parametrize("argv", [
    ["migrate"], ["devices"], ["add-okrug", "--kato", "551610000", "--name", "Ауыл"],
    ["enrolment-code", "--district"], ["revoke-device", "x"], ["backup", "--to", "backups"],
    ["serve", "--port", "1"], ["import-bundle", "b.qadam", "--answer", "a.qadam"],
])
def test_a_mistyped_sqlite_path_creates_no_empty_district(
        tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "distrcit.db"
    assert admin.main(["--database", f"sqlite:///{typo}", *argv]) == 2
    out, err = capsys.readouterr()
    assert err == f"error: {MISSING.format(path=typo)}\n" and out == ""
    assert list(tmp_path.iterdir()) == []  # nothing made: no file, no backup folder


def test_the_refusal_of_a_missing_database_is_one_line_from_the_command(tmp_path: Path) -> None:
    typo = tmp_path / "distrcit.db"
    done = cli("--database", f"sqlite:///{typo}", "devices")
    assert done.returncode == 2
    assert done.stderr == f"error: {MISSING.format(path=typo)}\n"
    assert not typo.exists()
    # init-district is the one command that makes the file
    made = cli("--database", f"sqlite:///{typo}", "init-district", "--kato", DISTRICT_KATO,
               "--name", "Район")
    assert made.returncode == 0 and typo.is_file(), made.stderr
    assert cli("--database", f"sqlite:///{typo}", "devices").returncode == 0


def test_a_file_that_is_not_a_district_database_is_refused_and_left_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop = tmp_path / "qadam.db"  # an encrypted village database given by mistake
    laptop.write_bytes(os.urandom(8192))
    before = laptop.read_bytes()
    for argv in (["devices"], ["init-district", "--kato", DISTRICT_KATO, "--name", "Район"]):
        assert admin.main(["--database", f"sqlite:///{laptop}", *argv]) == 2
        assert capsys.readouterr().err == (
            f"error: {laptop} is not a district database (file is not a database)\n")
    assert laptop.read_bytes() == before and sorted(tmp_path.iterdir()) == [laptop]


def _with_user(url: str, user: str, password: str | None = None) -> str:
    parts = urlsplit(url)
    secret = f":{password}" if password else ""
    return urlunsplit((parts.scheme, f"{user}{secret}@{parts.hostname}:{parts.port}",
                       parts.path, "", ""))


@pytest.mark.parametrize("command", [["devices"], ["serve", "--port", "1"],
                                     ["backup", "--to", "backups"]])
def test_an_unreachable_postgresql_is_one_clear_line(command: list[str], tmp_path: Path
                                                     ) -> None:
    port = free_port()  # nothing listens there
    done = cli("--database", f"postgresql://qadam:s3cret-pw@127.0.0.1:{port}/qadam", *command)
    assert done.returncode == 2
    assert done.stderr == (f"error: cannot reach PostgreSQL at 127.0.0.1:{port}: "
                           "connection refused\n")
    assert "s3cret-pw" not in done.stderr + done.stdout


def test_a_wrong_postgresql_password_is_one_clear_line() -> None:
    # The session's cluster trusts every login: this one asks for a password.
    binaries = find_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL binaries to make a cluster that checks passwords")
    cluster = TemporaryCluster(binaries, password="the-right-one")
    cluster.start()
    try:
        right = _with_user(cluster.url, SERVICE_USER, "the-right-one")
        assert cli("--database", right, "devices").returncode == 0
        done = cli("--database", _with_user(cluster.url, SERVICE_USER, "s3cret-pw"), "devices")
    finally:
        cluster.stop()
    assert done.returncode == 2
    assert done.stderr == (f"error: cannot reach PostgreSQL at 127.0.0.1:{cluster.port}: "
                           f'password authentication failed for user "{SERVICE_USER}"\n')
    assert "s3cret-pw" not in done.stderr


def test_a_postgresql_that_refuses_the_login_is_one_clear_line(postgres_url: str) -> None:
    parts = urlsplit(postgres_url)
    done = cli("--database", _with_user(postgres_url, "no_such_role", "pw"), "devices")
    assert done.returncode == 2
    assert done.stderr == (f"error: cannot reach PostgreSQL at {parts.hostname}:{parts.port}: "
                           'role "no_such_role" does not exist\n')


# -- the server's own log ----------------------------------------------------------------------

IIN = "870412400452"
NAMES = ("Құрманғазиева", "Сейітқали", "Әбенова")
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO|WARNING|ERROR) ")


@pytest.fixture(params=["sqlite", "postgres"])
def served_with_log(request: pytest.FixtureRequest, tmp_path: Path
                    ) -> Iterator[tuple[str, str, Path]]:
    """`python -m district serve` as a process; its stderr goes to a file: (db URL, base, log)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'district.db'}"
    else:
        # trust authentication ignores the password: it is here to be kept out of the log
        base = request.getfixturevalue("district_postgres_url")
        parts = urlsplit(base)
        url = _with_user(base, parts.username or "postgres", "s3cret-pw")
    assert admin.main(["--database", url, "init-district", "--kato", DISTRICT_KATO,
                       "--name", "Район"]) in (0, 2)  # the module's PostgreSQL may have one
    port = free_port()
    log_path = tmp_path / "server.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "district", "--database", url, "serve", "--host",
             "127.0.0.1", "--port", str(port)], cwd=ROOT, stdout=log, stderr=log,
            env=dict(os.environ, PYTHONUNBUFFERED="1"))
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(1200):
            try:
                if requests.get(f"{base_url}/v1/health", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert process.poll() is None, log_path.read_text()
            time.sleep(0.05)
        yield url, base_url, log_path
    finally:
        SESSION.close()
        process.terminate()
        process.wait(timeout=60)


def test_the_server_logs_its_own_lines_and_no_personal_data(
        served_with_log: tuple[str, str, Path]) -> None:
    url, base_url, log_path = served_with_log
    db = Database(url)
    okrug = f"55{int(time.time() * 1000) % 10_000:04d}000"
    admin.add_okrug(db, okrug, "Ауыл")
    other_okrug = f"55{(int(time.time() * 1000) + 1) % 10_000:04d}000"
    admin.add_okrug(db, other_okrug, "Басқа ауыл")
    codes = [admin.enrolment_code(db, okrug, 1), admin.enrolment_code(db, other_okrug, 1)]
    db.close()
    device, stranger = Device(base_url), Device(base_url)
    assert device.enrol(codes[0], name=f"Ноутбук {NAMES[2]}").status_code == 200
    assert stranger.enrol(codes[1]).status_code == 200
    assert Device(base_url).enrol(codes[0]).status_code == 403  # spent
    person = new_id()
    assert device.push(device.entry("persons", person, {
        "iin": IIN, "last_name": NAMES[0], "first_name": NAMES[1],
        "settlement_kato": okrug[:6] + "100",
    }), device.entry("persons", new_id(), {"iin": "900315400017",
                                           "settlement_kato": okrug[:6] + "100"})
    ) == [
        {"status": "accepted", "reason": None}] * 2
    refused = stranger.push(stranger.entry("persons", person, {"last_name": NAMES[2]}))
    assert refused[0]["status"] == "rejected"
    device.pull_all()
    assert Device(base_url).request("GET", "/v1/pull?after=0").status_code == 401

    lines = log_path.read_text(encoding="utf-8").splitlines()
    ours = [line for line in lines if " qadam.district" in line]
    text = "\n".join(ours)
    assert all(STAMP.match(line) for line in ours), text
    engine = "postgresql" if url.startswith("postgresql") else "sqlite"
    where = f"{urlsplit(url).hostname}:{urlsplit(url).port}" if engine == "postgresql" else (
        url.removeprefix("sqlite:///"))
    assert re.search(rf"serving the district database: engine {engine}, {re.escape(where)}",
                     text), text
    assert f"enrolled device {device.device_id} (village, okrug {okrug})" in text
    assert re.search(rf"push from device {device.device_id} \(okrug {okrug}\): 2 entries, "
                     r"2 accepted in \d+\.\d{3} s", text), text
    assert re.search(rf"push from device {stranger.device_id} \(okrug {other_okrug}\): "
                     r"1 entry, 1 rejected", text), text
    assert "out_of_scope" in text  # the refused entry, by its reason
    assert re.search(rf"pull by device {device.device_id} \(okrug {okrug}\): after 0, "
                     r"\d+ entries, cursor \d+", text), text
    assert re.search(r"refused GET /v1/pull from device [0-9a-f-]{36}: 401 unknown_device",
                     text), text
    assert "refused POST /v1/enrol: 403 code_used" in text
    # uvicorn's own lines are there too, in the same format
    assert any("uvicorn" in line and STAMP.match(line) for line in lines)
    whole = "\n".join(lines)
    for secret in (IIN, *NAMES, "s3cret-pw"):
        assert secret not in whole
