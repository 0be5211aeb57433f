"""A really full disk (a 2 MiB tmpfs): the save that does not fit is refused with a clear
message, everything saved before stays, and the key file is never half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.domain.iin import make_iin
from desktop.services import session
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.storage.audit import verify
from desktop.storage.errors import DiskFull
from desktop.storage.keys import Keyring
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mountpoint = tmp_path / "disk"
    mountpoint.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mountpoint)],
        capture_output=True, text=True,
    )
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to mount a small tmpfs: {mounted.stderr}")
        pytest.skip(f"cannot mount a tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)


@pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux")
def test_filling_the_disk_loses_nothing_already_saved(small_disk: Path) -> None:
    path = small_disk / "qadam.db"
    store = session.create(path, "admin", "Әкімші", PASSPHRASE, FAST_KDF)
    saved: list[str] = []
    with pytest.raises(DiskFull):
        for n in range(20_000):
            birth = date(1970, 1, 1) + timedelta(days=n)
            iin = make_iin(birth, "male", 1)
            register_applicant(store, ApplicantInput(iin, "Толықдискіұлы" * 20, f"Атау{n}"))
            saved.append(iin)
    assert len(saved) > 10
    count = store.db["persons"].count
    assert count == len(saved)
    store.close()

    # The key file cannot be rewritten on a full disk either, and the old one stays whole.
    keys_before = Keyring.path_for(path).read_bytes()
    filler = small_disk / "filler"
    with open(filler, "wb") as f, pytest.raises(OSError):
        while True:
            f.write(b"\0" * 65536)
            f.flush()
            os.fsync(f.fileno())
    with pytest.raises(DiskFull):
        session.change_passphrase(path, "admin", PASSPHRASE, "Жаңа құпия сөз 2027")
    assert Keyring.path_for(path).read_bytes() == keys_before
    filler.unlink()

    reopened = session.unlock(path, "admin", PASSPHRASE)
    assert reopened.db["persons"].count == len(saved)
    assert reopened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert verify(reopened.db).ok
    reopened.close()
