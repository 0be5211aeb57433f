"""`python -m district backup --to DIR`: a consistent copy of the district database, taken live.

- SQLite: SQLite's online backup API copies the database page by page inside one read
  transaction, so the copy is the database as of one moment even while the server writes
  (WAL lets writers go on meanwhile). The copy is a plain SQLite file: restoring is copying it
  into place with the server stopped.
- PostgreSQL: `pg_dump -Fc` (custom format, compressed; one snapshot for the whole dump);
  `pg_restore` restores it (docs/district-server.md, "Backups").

Either file holds the district's private keys and every record: it is created readable by its
owner only (0600), under a temporary name renamed when complete, so a crash leaves no
half-written file looking like a backup. `--keep N` then removes all but the newest N.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from district.db import CONNECT_TIMEOUT_S, Database

PREFIX = "qadam-district-"
# qadam-district-20261208T020000Z.db (SQLite) or .dump (pg_dump custom format)
_NAME = re.compile(re.escape(PREFIX) + r"(?P<stamp>\d{8}T\d{6}Z)(-(?P<n>\d+))?\.(db|dump)")
DEBIAN_BINARIES = Path("/usr/lib/postgresql")
PG_DUMP_TIMEOUT_S = 6 * 3600  # a huge district on a slow disk; a hung dump must end one day


class BackupError(Exception):
    """The backup could not be made; the message says why in one line."""


def find_pg_dump() -> str:
    """pg_dump on PATH, else the newest of Debian's /usr/lib/postgresql/*/bin/pg_dump.

    pg_dump must be at least as new as the server: Debian's /usr/bin/pg_dump (pg_wrapper)
    picks the newest installed one for a remote server.
    """
    found = shutil.which("pg_dump")
    if found:
        return found
    versions = []
    for candidate in DEBIAN_BINARIES.glob("*/bin/pg_dump"):
        version = candidate.parent.parent.name
        if version.replace(".", "", 1).isdigit():
            versions.append((float(version), str(candidate)))
    if not versions:
        raise BackupError("pg_dump is not installed (Debian: apt install postgresql-client)")
    return max(versions)[1]


def _target(folder: Path, suffix: str, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    # Two backups within one second: -2, -3, ... after the highest there (not the first free
    # one, which --keep may have freed: the names must keep sorting by time).
    taken = [int(found["n"] or 1) for path in folder.iterdir()
             if (found := _NAME.fullmatch(path.name)) and found["stamp"] == stamp]
    if not taken:
        return folder / f"{PREFIX}{stamp}{suffix}"
    return folder / f"{PREFIX}{stamp}-{max(taken) + 1}{suffix}"


def _private_file(path: Path) -> None:
    """An empty file only its owner can read: the backup is written into it."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    os.chmod(path, 0o600)  # whatever the umask was


def _sqlite_copy(db: Database, partial: Path) -> None:
    # mode=rw: never creates a missing file (an empty "backup" of a mistyped path).
    source = sqlite3.connect(f"{db.path.resolve().as_uri()}?mode=rw", uri=True, timeout=30)
    try:
        target = sqlite3.connect(partial)
        try:
            source.backup(target)  # all pages in one step: one consistent read transaction
            # The copy stands alone: no -wal file to carry along with it.
            target.execute("PRAGMA journal_mode = DELETE")
            if target.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError("the copy failed its integrity check")
        finally:
            target.close()
    except sqlite3.Error as error:
        raise BackupError(f"cannot copy {db.path}: {error}") from None
    finally:
        source.close()


def _pg_dump(db: Database, partial: Path) -> None:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(db.url)
    env = dict(os.environ, PGCONNECT_TIMEOUT=str(CONNECT_TIMEOUT_S))
    password = params.pop("password", None)
    if password:
        env["PGPASSWORD"] = password  # not on the command line, where `ps` shows it
    command = [find_pg_dump(), "--format=custom", "--no-password", f"--file={partial}",
               f"--dbname={make_conninfo(**params)}"]
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True,
                              timeout=PG_DUMP_TIMEOUT_S)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise BackupError(f"pg_dump did not run: {error}") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.strip().splitlines() if line.strip()]
        raise BackupError(f"pg_dump failed: {lines[-1] if lines else done.returncode}")


def backup(db: Database, folder: Path, now: datetime | None = None) -> Path:
    """A new backup file in `folder` (made, mode 0700, if missing); returns its path."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        final = _target(folder, ".dump" if db.is_postgres else ".db",
                        now or datetime.now(UTC))
        partial = final.with_name(f".{final.name}.partial")
        _private_file(partial)
    except OSError as error:
        raise BackupError(f"cannot write to {folder}: {error.strerror}") from None
    try:
        if db.is_postgres:
            _pg_dump(db, partial)
        else:
            _sqlite_copy(db, partial)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"cannot write the backup to {folder}: {error.strerror}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups this command made in `folder`; the removed."""
    if keep < 1:
        raise BackupError("--keep must be at least 1")
    # The names sort by time (UTC stamp, then the -N of a second one within a second).
    ours = []
    for path in folder.iterdir():
        name = _NAME.fullmatch(path.name)
        if name:
            ours.append(((name["stamp"], int(name["n"] or 1)), path))
    removed = [path for _, path in sorted(ours)[:-keep]]
    for path in removed:
        path.unlink()
    return removed


__all__ = ["BackupError", "backup", "find_pg_dump", "prune"]
