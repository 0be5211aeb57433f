"""A device's "Sync now" in a process of its own, for a test to SIGKILL (test_sync_faults.py).

    python -m tests.support.sync_victim DB_PATH HOLD_AT_WRITE

Unlocks the real SQLCipher database (the test passphrase), then runs `sync.sync_now`. With
HOLD_AT_WRITE > 0 it stops inside `apply_page`'s transaction: after that many pulled records
were written, it prints `holding <cursor>` (the cursor committed so far) and sleeps until
killed. 0: never holds (the test kills it at a moment of its choosing). The hook is a
monkeypatch in this process only: nothing in the shipped code knows about it.

A small page cache makes SQLite write dirty pages to the WAL before the commit, so a kill
leaves uncommitted pages of the page behind: recovery has to ignore them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from desktop.services import sync
from desktop.storage.connection import get_meta
from desktop.storage.store import SYNC_CURSOR_KEY
from tests.support.sync_devices import fast_client, reopen


def main(argv: list[str]) -> int:
    path, hold_at = Path(argv[0]), int(argv[1])
    store = reopen(path)
    store.db.execute("PRAGMA cache_size = 8")  # pages: spill early, mid-transaction
    committed = get_meta(store.db, SYNC_CURSOR_KEY) or "0"
    write = sync._write
    writes = 0

    def held_write(*args: Any) -> bool:
        nonlocal writes
        written = write(*args)
        writes += 1
        if writes == hold_at:
            print(f"holding {committed}", flush=True)
            time.sleep(3600)
        return written

    apply_page = sync.apply_page

    def noted_apply_page(*args: Any, **kwargs: Any) -> Any:
        nonlocal committed
        counts = apply_page(*args, **kwargs)
        committed = get_meta(store.db, SYNC_CURSOR_KEY) or "0"
        return counts

    sync._write = held_write  # type: ignore[assignment]
    sync.apply_page = noted_apply_page  # type: ignore[assignment]
    print("syncing", flush=True)
    report = sync.sync_now(store, fast_client(store))
    print(f"done {report.pulled}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
