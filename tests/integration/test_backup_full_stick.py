"""A really full USB stick (a small tmpfs): the backup that does not fit is refused with a
clear message, no partial file is left, and the backups already on the stick are untouched."""

from __future__ import annotations

import hashlib
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import backups
from desktop.storage import backup as files
from desktop.storage.errors import BackupFolderFull
from desktop.storage.store import Store
from tests.integration.test_full_disk import small_disk  # noqa: F401 - the tmpfs fixture

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


@pytest.mark.skipif(sys.platform != "linux", reason="tmpfs is Linux")
def test_a_full_stick_keeps_the_old_backups_and_says_so(
    store: Store, small_disk: Path  # noqa: F811
) -> None:
    stick = small_disk / "qadam"
    first = backups.back_up(store, to=stick, now=NOW)
    kept = hashlib.sha256(first.read_bytes()).hexdigest()
    # Fill the stick so that the next backup cannot fit.
    with open(small_disk / "photos.bin", "wb") as filler:
        try:
            while True:
                filler.write(b"\0" * 65536)
        except OSError:
            pass
    with pytest.raises(BackupFolderFull) as refused:
        backups.back_up(store, to=stick, now=NOW + timedelta(days=1))
    assert "no room for the backup" in refused.value.text()
    assert "untouched" in refused.value.text()
    assert [p.name for p in stick.iterdir()] == [first.name]  # no .tmp left behind
    assert hashlib.sha256(first.read_bytes()).hexdigest() == kept
    assert files.list_backups(stick, store.opened.database_id)[0][1] == first
