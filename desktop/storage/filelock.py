"""One Qadam per database: a lock file beside it (`qadam.db.lock`).

The desktop app takes it when it opens a database and keeps it until it quits (through
Ctrl+L and switching user: it belongs to the process, not to the signed-in user); every
headless command that writes takes it for as long as it runs. A second app on the same
database is told "already open in another Qadam window"; a command waits a few seconds, then
gives up with exit code `EXIT_DATABASE_BUSY`. Never two writers.

Why a separate file and `flock`: SQLite's own locks are POSIX `fcntl` locks, which the
kernel drops for the whole process as soon as any descriptor of the database file is
closed. The lock file is another file, so opening or closing it never touches SQLite's
locks; `flock` belongs to the open file description, so reading the holder's pid from a
second descriptor does not release it either; and the kernel releases it when the process
dies, so a crash or power cut never leaves a stale lock behind. On Windows
`msvcrt.locking` locks one byte past the text (the system releases it with the process).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.storage.errors import StorageError

LOCK_SUFFIX = ".lock"
# sysexits.h's EX_TEMPFAIL: "try again later" (the other window may soon be closed).
EXIT_DATABASE_BUSY = 75
DEFAULT_WAIT_SECONDS = 5.0
_POLL_SECONDS = 0.2
_WINDOWS_LOCK_OFFSET = 4096  # the locked byte lies past the holder's text, which stays readable


class DatabaseInUse(StorageError):
    message = (
        "The database {path} is already open in another Qadam window (process {pid}). "
        "Close Qadam there, or wait until its work is finished, and try again."
    )


class FolderNotWritable(StorageError):
    message = (
        "Qadam cannot write in the folder {path} ({reason}), so it cannot open the database "
        "there. Copy the database and its key file to a folder you can write to, such as "
        "Documents, and open it from there."
    )


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def holder(database: Path) -> dict[str, Any]:
    """What the lock file says about the process holding it (pid, program); {} if unknown."""
    try:
        text = lock_path(database).read_text(encoding="utf-8")
        found = json.loads(text)
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


class DatabaseLock:
    """Held from `acquire` until `release` (or the process ends)."""

    def __init__(self, database: Path, fd: int) -> None:
        self.database = database
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    @classmethod
    def acquire(
        cls,
        database: Path,
        program: str,
        wait_seconds: float = 0.0,
        on_wait: Callable[[dict[str, Any]], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> DatabaseLock:
        """Take the lock of `database`, waiting up to `wait_seconds` (calling `on_wait` once
        with the holder's details when it has to wait); DatabaseInUse if it stays taken."""
        path = lock_path(database)
        try:  # a read-only stick or share: SQLite could not write its -wal there either
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as error:
            raise FolderNotWritable(path=str(path.parent),
                                    reason=error.strerror or type(error).__name__) from error
        try:
            deadline = clock() + wait_seconds
            waited = False
            while not _try_lock(fd):
                if clock() >= deadline:
                    raise DatabaseInUse(path=str(database), pid=holder(database).get("pid", "?"))
                if not waited and on_wait is not None:
                    on_wait(holder(database))
                waited = True
                sleep(_POLL_SECONDS)
            _write_holder(fd, program)
        except BaseException:
            os.close(fd)
            raise
        return cls(database, fd)

    def release(self) -> None:
        """Let another Qadam open the database (the file itself stays: deleting it would
        let two processes lock two different files of the same name)."""
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)  # closing the descriptor releases flock and msvcrt locks alike

    def __enter__(self) -> DatabaseLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def _write_holder(fd: int, program: str) -> None:
    """Who holds the lock, for the message another process shows (no personal data)."""
    text = json.dumps({"pid": os.getpid(), "program": program}).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text.ljust(64))  # padded: a shorter text never leaves an old tail behind


__all__ = [
    "DEFAULT_WAIT_SECONDS",
    "EXIT_DATABASE_BUSY",
    "DatabaseInUse",
    "DatabaseLock",
    "FolderNotWritable",
    "holder",
    "lock_path",
]
