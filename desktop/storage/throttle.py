"""Wrong passphrases slow down: a small counter beside the database, never a lockout.

After FREE_TRIES wrong passphrases in a row, each next try waits: 1, 2, 4 … seconds, capped at
MAX_DELAY_SECONDS. The counter lives in `<database>.tries` (no secret in it: a count and a
time), so quitting and restarting the app does not reset it; the right passphrase does.

This slows a person guessing at the keyboard. It cannot slow someone who copied the files
(they run Argon2id themselves); that is what the passphrase's length and Argon2id's cost are
for (docs/threat-model.md). The owner is never locked out for good: the wait is capped.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable
from pathlib import Path

from desktop.storage.errors import DiskFull
from desktop.storage.keys import write_json_atomically

FREE_TRIES = 3
MAX_DELAY_SECONDS = 30


def path_for(database: Path) -> Path:
    return database.with_name(database.name + ".tries")


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong passphrases in a row."""
    if failures < FREE_TRIES:
        return 0
    return min(MAX_DELAY_SECONDS, 2 ** min(failures - FREE_TRIES, 8))


def _read(database: Path) -> tuple[int, float]:
    try:
        raw = json.loads(path_for(database).read_text(encoding="utf-8"))
        return max(0, int(raw["failures"])), float(raw["last_failure"])
    except (OSError, ValueError, KeyError, TypeError):
        # Missing or damaged: start over rather than refuse (a damaged counter must never
        # lock the owner out).
        return 0, 0.0


def failures(database: Path) -> int:
    return _read(database)[0]


def seconds_to_wait(database: Path, clock: Callable[[], float] = time.time) -> int:
    """How long before the next try is allowed (0: now). A clock set back counts as now."""
    count, last = _read(database)
    remaining = last + delay_after(count) - clock()
    return max(0, min(delay_after(count), int(-(-remaining // 1))))


def wait_turn(database: Path, clock: Callable[[], float] = time.time,
              sleep: Callable[[float], None] = time.sleep) -> None:
    """Block until the next try is allowed (run off the UI thread, as the unwrap is)."""
    wait = seconds_to_wait(database, clock)
    if wait:
        sleep(wait)


def record_failure(database: Path, clock: Callable[[], float] = time.time) -> int:
    """Count one more wrong passphrase; returns the wait before the next try."""
    count = failures(database) + 1
    # A read-only folder or a full disk: the slowdown is lost, never the unlock.
    with contextlib.suppress(OSError, DiskFull):
        write_json_atomically(path_for(database), {"failures": count, "last_failure": clock()})
    return delay_after(count)


def record_success(database: Path) -> None:
    with contextlib.suppress(OSError):
        path_for(database).unlink(missing_ok=True)
