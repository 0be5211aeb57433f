"""Files holding keys or personal data are 0600 from their creation (issue 12, item 4).

Run under the common umask 022 (a file made with open()'s default would be 0644, readable by
every account on the computer). POSIX only: on Windows the per-user folder's ACL does this.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.services import backups, session
from desktop.storage.keys import Keyring
from desktop.storage.store import Store
from desktop.sync.bundle import write_file
from desktop.sync.private_files import open_private, write_private
from district import admin
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def common_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_device_database_and_its_key_files_are_private(tmp_path: Path) -> None:
    database = tmp_path / "qadam.db"
    store = session.create(database, "admin", "Әкімшілік Маман", PASSPHRASE, FAST_KDF)
    try:
        wal = database.with_name(database.name + "-wal")
        assert wal.exists()  # WAL mode: the companion holds pages too
        for path in (database, wal, Keyring.path_for(database),
                     Keyring.copy_path_for(database)):
            assert mode(path) == 0o600, path.name
    finally:
        store.close()


def test_an_old_world_readable_database_is_narrowed_when_opened(tmp_path: Path) -> None:
    database = tmp_path / "qadam.db"
    session.create(database, "admin", "Әкімшілік Маман", PASSPHRASE, FAST_KDF).close()
    os.chmod(database, 0o644)  # as every release before this one made it
    session.unlock(database, "admin", PASSPHRASE).close()
    assert mode(database) == 0o600


def test_a_backup_is_private(demo_store: Store, tmp_path: Path) -> None:
    path = backups.back_up(demo_store, to=tmp_path / "backups",
                           now=datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert mode(path) == 0o600


def test_a_bundle_is_private(tmp_path: Path) -> None:
    write_file(tmp_path / "okrug.qadam-bundle", b"sealed bytes")
    assert mode(tmp_path / "okrug.qadam-bundle") == 0o600


def test_rewriting_an_existing_readable_file_narrows_it(tmp_path: Path) -> None:
    target = tmp_path / "answer.bin"
    target.write_bytes(b"old")
    assert mode(target) == 0o644
    write_private(target, b"new")
    assert mode(target) == 0o600 and target.read_bytes() == b"new"
    with pytest.raises(ValueError):
        open_private(target, "rb")


def test_the_district_database_is_private(tmp_path: Path) -> None:
    database = tmp_path / "district.db"
    assert admin.main(["--database", f"sqlite:///{database}", "init-district",
                       "--kato", "551600000", "--name", "Район"]) == 0
    assert mode(database) == 0o600  # it holds the district's private keys
    for companion in ("-wal", "-shm"):
        path = database.with_name(database.name + companion)
        if path.exists():
            assert mode(path) == 0o600, companion


def test_a_district_backup_is_private(tmp_path: Path) -> None:
    database = tmp_path / "district.db"
    url = f"sqlite:///{database}"
    assert admin.main(["--database", url, "init-district", "--kato", "551600000",
                       "--name", "Район"]) == 0
    assert admin.main(["--database", url, "backup", "--to", str(tmp_path / "saved")]) == 0
    (made,) = (tmp_path / "saved").iterdir()
    assert mode(made) == 0o600
