"""One writer, locks kept: the lock file, IMMEDIATE transactions, SQLite's locks never dropped.

Every test here uses real processes: the lock file and SQLite's POSIX locks are about what
one process sees of another.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.diagnostics import write_diagnostics
from desktop.services import session
from desktop.storage.connection import check_file_shape
from desktop.storage.filelock import EXIT_DATABASE_BUSY, DatabaseInUse, DatabaseLock, lock_path
from desktop.storage.store import Store
from tests.conftest import PASSPHRASE
from tests.support.lock_holder import other_app_holding
from tests.support.open_guard import watching
from tests.support.posix_locks import held_sqlite_locks

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file locks")



def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "QADAM_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def other_app(db_path: Path):
    with other_app_holding(db_path) as child:
        yield child


def test_a_second_holder_is_refused_with_the_first_ones_pid(db_path: Path, other_app) -> None:
    with pytest.raises(DatabaseInUse) as refused:
        DatabaseLock.acquire(db_path, "app")
    assert f"process {other_app.pid}" in str(refused.value)
    assert "already open in another Qadam window" in str(refused.value)
    other_app.stdin.close()
    other_app.wait()  # the holder ends (or crashes): the kernel frees its lock at once
    with DatabaseLock.acquire(db_path, "app") as lock:
        assert lock.held
    assert lock_path(db_path).exists()  # kept: never two files of the same name to lock


def test_the_lock_waits_then_gives_up_without_sleeping_for_real(db_path: Path, other_app) -> None:
    now = [0.0]
    waits: list[dict] = []

    def sleep(seconds: float) -> None:
        now[0] += seconds

    with pytest.raises(DatabaseInUse):
        DatabaseLock.acquire(db_path, "sync", wait_seconds=3, on_wait=waits.append,
                             sleep=sleep, clock=lambda: now[0])
    assert now[0] >= 3
    assert waits == [{"pid": other_app.pid, "program": "app"}]  # said once, not every poll


def test_a_command_on_a_database_the_app_holds_waits_then_exits_75(
    store: Store, db_path: Path
) -> None:
    store.close()
    command = [sys.executable, str(ROOT / "main.py"), "--database", str(db_path),
               "--wait", "0.5", "demo-data", "--applicants", "3"]
    with DatabaseLock.acquire(db_path, "app"):
        busy = subprocess.run(command, env=_env(), capture_output=True, text=True)
    assert busy.returncode == EXIT_DATABASE_BUSY
    assert "waiting up to 0.5 s" in busy.stderr
    assert f"already open in another Qadam window (process {os.getpid()})" in busy.stderr
    assert "Traceback" not in busy.stderr
    reopened = session.unlock(db_path, "admin", PASSPHRASE)
    try:  # nothing was written while the app held it
        assert reopened.db.execute("SELECT count(*) FROM persons").fetchone()[0] == 0
    finally:
        reopened.close()
    done = subprocess.run(command, env=_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr  # once the window is closed, it runs


def test_two_processes_saving_at_once_lose_nothing(store: Store, db_path: Path,
                                                   tmp_path: Path) -> None:
    """Deferred transactions lost most saves here ("database is locked" at the upgrade);
    BEGIN IMMEDIATE makes the second writer wait its turn within busy_timeout."""
    store.close()
    go, each = tmp_path / "go", 150
    savers = [
        subprocess.Popen([sys.executable, "-m", "tests.support.saver", str(db_path), PASSPHRASE,
                          str(each), str(year), str(go)],
                         env=_env(), cwd=ROOT, stdout=subprocess.PIPE, text=True)
        for year in (1990, 1991)
    ]
    go.touch()
    results = [json.loads(saver.communicate()[0]) for saver in savers]
    assert [r["failed"] for r in results] == [0, 0], results
    reopened = session.unlock(db_path, "admin", PASSPHRASE)
    try:
        count = reopened.db.execute("SELECT count(*) FROM persons").fetchone()[0]
        audited = reopened.db.execute(
            "SELECT count(*) FROM audit_log WHERE table_name = 'persons'").fetchone()[0]
    finally:
        reopened.close()
    assert count == audited == 2 * each


@posix_only
def test_unlocking_again_keeps_sqlites_locks(store: Store, db_path: Path) -> None:
    """Ctrl+L and unlock check the passphrase (and the file) while the connection is open:
    opening the file beside SQLite would drop its locks for the whole process."""
    store.db.execute("SELECT count(*) FROM persons").fetchone()
    before = held_sqlite_locks(db_path)
    assert before == {"shared": os.getpid(), "dms": os.getpid()}
    with watching() as opened:
        session.unwrap_key(db_path, "admin", PASSPHRASE)  # what the lock dialog does
        session.usernames(db_path)  # what the switch-user dialog does
        check_file_shape(db_path)
        write_diagnostics(db_path.with_name("d.zip"), store)  # stat()s the database
    assert opened == []
    assert held_sqlite_locks(db_path) == before


def test_the_open_guard_sees_an_open_beside_sqlite(store: Store, db_path: Path) -> None:
    """The guard above can fail: this is what the old shape check did."""
    with watching() as opened:
        db_path.read_bytes()
        Path(f"{db_path}-wal").exists()  # a stat is fine
    assert opened == [str(db_path)]


@posix_only
def test_the_shape_check_still_reads_the_header_of_a_file_not_open_here(tmp_path: Path) -> None:
    import sqlite3

    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()
    from desktop.storage.errors import NotQadamDatabase

    with pytest.raises(NotQadamDatabase):
        check_file_shape(plain)


def test_an_auditors_read_only_connection_can_still_read_in_a_transaction(store: Store) -> None:
    store.db.execute("PRAGMA query_only = ON")
    with store.db.atomic():  # BEGIN IMMEDIATE would be refused here
        assert store.db.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    store.db.execute("PRAGMA query_only = OFF")


def test_a_folder_it_cannot_write_in_is_a_clear_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "stick"
    blocker.write_text("a file where the folder should be")  # root ignores chmod: this fails
    command = [sys.executable, str(ROOT / "main.py"), "--database",
               str(blocker / "qadam.db"), "sync-status"]
    refused = subprocess.run(command, env=_env(), capture_output=True, text=True)
    assert refused.returncode == 2
    assert "Qadam cannot write in the folder" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_a_command_refuses_the_database_itself_as_its_bundle(
    store: Store, db_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop import cli

    store.close()
    before = db_path.stat().st_size
    monkeypatch.setenv("QADAM_PASSPHRASE", PASSPHRASE)
    for command, target in (("export-bundle", db_path), ("import-bundle", f"{db_path}-wal")):
        assert cli.main(["--database", str(db_path), command, str(target)]) == 2
        assert "is part of the database itself" in capsys.readouterr().err
    assert db_path.stat().st_size == before
    reopened = session.unlock(db_path, "admin", PASSPHRASE)
    reopened.close()  # still whole


def test_only_an_open_connection_spares_the_header_check(store: Store, db_path: Path) -> None:
    from desktop.storage.connection import is_open_here

    assert is_open_here(db_path)
    second = session.unlock(db_path, "admin", PASSPHRASE)  # switching user: two at once
    second.close()
    assert is_open_here(db_path)  # the first is still open
    store.close()
    store.close()  # twice is harmless
    assert not is_open_here(db_path)


@posix_only
def test_a_backup_of_the_open_database_keeps_sqlites_locks(
        store: Store, db_path: Path, tmp_path: Path) -> None:
    """The backup copies the live file while the app's connection is open: it must read it
    through another process, never through a descriptor of ours (docs/architecture.md)."""
    from datetime import UTC, datetime

    from desktop.services import backups

    store.db.execute("SELECT count(*) FROM persons").fetchone()
    before = held_sqlite_locks(db_path)
    assert before == {"shared": os.getpid(), "dms": os.getpid()}
    with watching() as opened:
        made = backups.back_up(store, to=tmp_path / "stick",
                               now=datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    assert opened == []
    assert made.exists()
    assert held_sqlite_locks(db_path) == before
