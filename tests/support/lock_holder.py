"""Another process holding a database's lock file, as a running Qadam window does."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from pathlib import Path
from desktop.storage.filelock import DatabaseLock
lock = DatabaseLock.acquire(Path(sys.argv[1]), "app")
print("held", flush=True)
sys.stdin.readline()  # until the test lets go
"""


@contextmanager
def other_app_holding(database: Path) -> Iterator[subprocess.Popen]:
    """The child process (its pid is in the messages) holds the lock while the block runs."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(database)],
                             env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        yield child
    finally:
        if not child.stdin.closed:
            child.stdin.close()
        child.wait()
        child.stdout.close()
