"""Catch Python code opening a live database's files beside SQLite (an audit hook).

`watching()` records every Python-level open() (builtins, io, os.open: the "open" audit
event) of a file that belongs to a database open in this process (`belongs_to_open_database`:
the database, -wal, -shm, -journal). SQLite's own opens are C calls and are not seen; Qt's
are not either (tests/ui/test_locks_kept.py reads the locks themselves for those).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_seen: list[str] | None = None
_installed = False


def _hook(event: str, args: tuple) -> None:
    if _seen is None or event != "open" or not isinstance(args[0], (str, Path)):
        return
    from desktop.storage.connection import belongs_to_open_database

    path = Path(args[0])
    if not path.name.endswith((".keys", ".lock")) and belongs_to_open_database(path):
        _seen.append(str(path))


@contextmanager
def watching() -> Iterator[list[str]]:
    """The list of live database files opened beside SQLite while the block runs."""
    global _seen, _installed
    if not _installed:
        sys.addaudithook(_hook)  # cannot be removed: it does nothing outside `watching`
        _installed = True
    _seen = []
    try:
        yield _seen
    finally:
        _seen = None
