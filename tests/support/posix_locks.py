"""What POSIX (fcntl) locks another process holds on a SQLite database, read with F_GETLK.

F_GETLK only reports locks of OTHER processes, so a test runs this module in a child
process (`held_sqlite_locks(path)`) to see the locks of the test's own connection:
- `shared`: SQLite's SHARED lock on the database file (the "shared range" after the pending
  byte 0x40000000, os_unix.c), held as long as a WAL connection is open;
- `dms`: the shared lock on the -shm file's "dead-man switch" byte (128, after the eight WAL
  locks at 120..127), held while the connection has the WAL index mapped. A process that
  can take DMS exclusively believes it is alone and rebuilds the WAL index: the corruption
  this guards against.
Each value is the pid that holds the lock, or None.
"""

from __future__ import annotations

import fcntl
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

PENDING_BYTE = 0x40000000
SHARED_FIRST = PENDING_BYTE + 2
SHARED_SIZE = 510
SHM_DMS = 120 + 8


def _holder(path: str, start: int, length: int) -> int | None:
    fd = os.open(path, os.O_RDONLY)
    try:
        query = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
        kind, _whence, _start, _length, pid = struct.unpack(
            "hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, query))
    finally:
        os.close(fd)
    return None if kind == fcntl.F_UNLCK else pid


def held_sqlite_locks(database: Path) -> dict[str, int | None]:
    """Run in a child process: the locks this (the calling) process's connections hold."""
    out = subprocess.run([sys.executable, __file__, str(database)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout)


if __name__ == "__main__":
    target = sys.argv[1]
    shm = f"{target}-shm"
    print(json.dumps({
        "shared": _holder(target, SHARED_FIRST, SHARED_SIZE),
        "dms": _holder(shm, SHM_DMS, 1) if os.path.exists(shm) else None,
    }))
