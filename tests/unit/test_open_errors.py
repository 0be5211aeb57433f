"""Every way opening a database can go wrong gets its own clear error, never a traceback,
and the file is left exactly as it was."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import session
from desktop.storage.errors import (
    DatabaseDamaged,
    DatabaseNotFound,
    KeyFileMissing,
    NewerVersion,
    NotQadamDatabase,
    UnknownUser,
    WeakPassphrase,
    WrongPassphrase,
)
from desktop.storage.keys import Keyring
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def fingerprint(*paths: Path) -> list[tuple[str, float]]:
    return [(hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime) for p in paths]


@pytest.fixture
def closed_db(db_path: Path) -> Path:
    store = session.create(db_path, "admin", "Әкімші", PASSPHRASE, FAST_KDF)
    store.close()
    return db_path


def test_wrong_passphrase_is_refused_and_the_file_is_untouched(closed_db: Path) -> None:
    keys = Keyring.path_for(closed_db)
    before = fingerprint(closed_db, keys)
    with pytest.raises(WrongPassphrase):
        session.unlock(closed_db, "admin", "тау-көктем 2026")  # Caps Lock / layout slip
    assert fingerprint(closed_db, keys) == before
    assert not Path(f"{closed_db}-wal").exists()
    session.unlock(closed_db, "admin", PASSPHRASE).close()  # the right one still works


def test_unknown_user(closed_db: Path) -> None:
    with pytest.raises(UnknownUser):
        session.unlock(closed_db, "nobody", PASSPHRASE)


def test_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseNotFound):
        session.unlock(tmp_path / "none.db", "admin", PASSPHRASE)


def test_missing_key_file_comes_back_from_its_copy(closed_db: Path) -> None:
    Keyring.path_for(closed_db).unlink()
    session.unlock(closed_db, "admin", PASSPHRASE).close()
    assert Keyring.path_for(closed_db).exists()


def test_missing_key_file_and_copy(closed_db: Path) -> None:
    Keyring.path_for(closed_db).unlink()
    Keyring.copy_path_for(closed_db).unlink()
    with pytest.raises(KeyFileMissing):
        session.unlock(closed_db, "admin", PASSPHRASE)


def test_plain_sqlite_file_is_not_ours(closed_db: Path) -> None:
    closed_db.unlink()
    sqlite3.connect(closed_db).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotQadamDatabase, match="unencrypted"):
        session.unlock(closed_db, "admin", PASSPHRASE)


def test_random_file_with_a_key_file_is_not_ours(closed_db: Path) -> None:
    closed_db.write_bytes(os.urandom(4096 * 4))
    with pytest.raises(NotQadamDatabase, match="does not match"):
        session.unlock(closed_db, "admin", PASSPHRASE)


def test_another_databases_key_file_does_not_open_it(closed_db: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    session.create(other, "admin", "Басқа", PASSPHRASE, FAST_KDF).close()
    shutil.copy(Keyring.path_for(other), Keyring.path_for(closed_db))
    with pytest.raises(NotQadamDatabase):
        session.unlock(closed_db, "admin", PASSPHRASE)


def test_garbage_key_file_is_not_ours(closed_db: Path) -> None:
    Keyring.path_for(closed_db).write_text("{not json", encoding="utf-8")
    with pytest.raises(NotQadamDatabase, match="key file"):
        session.unlock(closed_db, "admin", PASSPHRASE)


@pytest.mark.parametrize("cut", ["odd_bytes", "page_boundary", "empty"])
def test_truncated_database_is_reported_as_damaged(demo_db: Path, cut: str) -> None:
    size = demo_db.stat().st_size
    keep = {"odd_bytes": size // 2 + 123, "page_boundary": (size // 2) // 4096 * 4096,
            "empty": 0}[cut]
    with open(demo_db, "r+b") as f:
        f.truncate(keep)
    with pytest.raises(DatabaseDamaged):
        session.unlock(demo_db, "admin", PASSPHRASE)


def test_database_from_a_newer_schema_is_refused_untouched(closed_db: Path) -> None:
    store = session.unlock(closed_db, "admin", PASSPHRASE)
    store.db["_sqlite_migrations"].insert(
        {"migration_set": "qadam", "name": "0099_from_the_future", "applied_at": "2030-01-01"}
    )
    store.close()
    before = fingerprint(closed_db)
    with pytest.raises(NewerVersion, match="0099"):
        session.unlock(closed_db, "admin", PASSPHRASE)
    assert fingerprint(closed_db) == before


def test_key_file_from_a_newer_version_is_refused(closed_db: Path) -> None:
    keys = Keyring.path_for(closed_db)
    body = json.loads(keys.read_text(encoding="utf-8"))
    body["version"] = 99
    keys.write_text(json.dumps(body), encoding="utf-8")
    with pytest.raises(NewerVersion):
        session.unlock(closed_db, "admin", PASSPHRASE)


def test_short_passphrase_is_refused_at_setup(db_path: Path) -> None:
    with pytest.raises(WeakPassphrase):
        session.create(db_path, "admin", "Әкімші", "short", FAST_KDF)
    assert not db_path.exists()


@pytest.fixture
def demo_db(demo_store) -> Path:
    path = demo_store.opened.path
    demo_store.close()
    return path


@pytest.mark.parametrize(
    "damage, expected",
    [
        ("wrong_passphrase", "passphrase is wrong"),
        ("truncate", "is damaged"),
        ("not_ours", "not a Qadam database"),
        ("newer", "newer version"),
    ],
)
def test_cli_prints_a_clear_message_not_a_traceback(
    closed_db: Path, damage: str, expected: str
) -> None:
    env = dict(os.environ, QADAM_PASSPHRASE=PASSPHRASE)
    if damage == "wrong_passphrase":
        env["QADAM_PASSPHRASE"] = "not the passphrase"
    elif damage == "truncate":
        with open(closed_db, "r+b") as f:
            f.truncate(closed_db.stat().st_size - 100)
    elif damage == "not_ours":
        closed_db.write_bytes(os.urandom(8192))
    elif damage == "newer":
        keys = Keyring.path_for(closed_db)
        keys.write_text(keys.read_text().replace('"version": 1', '"version": 7'))
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", str(closed_db), "verify-audit"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
    )
    assert result.returncode == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
