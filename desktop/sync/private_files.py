"""Files only their owner may read (0600): databases, key files, bundles, backups, recovery
files. Shared by the desktop and the district server (pure: the os module only).

A new file is made with the mode at creation (os.open), never created world-readable and
narrowed afterwards; a SQLite database is narrowed right after its connection creates it,
before anything is written, and SQLite gives its -wal, -shm and -journal the database's mode.
On Windows the bits mean nothing: the per-user folder's ACL keeps the files private, so these
calls do nothing there.
"""

from __future__ import annotations

import contextlib
import os
from typing import IO, Any

PRIVATE_MODE = 0o600
POSIX = os.name == "posix"


def make_private(path: str | os.PathLike[str]) -> None:
    """Narrow an existing file to 0600 (a file from before this rule is narrowed too).
    A file this user does not own, or on a stick without modes, is left as it is."""
    if POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_MODE)


def make_database_private(path: str | os.PathLike[str]) -> None:
    """The database file and its SQLite companions, whichever exist."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        companion = os.fspath(path) + suffix
        if suffix == "" or os.path.exists(companion):
            make_private(companion)


def open_private(path: str | os.PathLike[str], mode: str = "wb", **options: Any) -> IO[Any]:
    """open(path, mode) for writing ("w"/"wb"), the file created 0600 if it is new."""
    if "w" not in mode:
        raise ValueError("open_private only creates or truncates files")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC
                         | getattr(os, "O_BINARY", 0), PRIVATE_MODE)
    try:
        if POSIX:
            os.fchmod(descriptor, PRIVATE_MODE)  # an existing file keeps its mode otherwise
        return os.fdopen(descriptor, mode, **options)
    except BaseException:
        os.close(descriptor)
        raise


def write_private(path: str | os.PathLike[str], data: bytes) -> None:
    with open_private(path, "wb") as out:
        out.write(data)


__all__ = ["PRIVATE_MODE", "make_database_private", "make_private", "open_private",
           "write_private"]
