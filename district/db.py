"""The district server's database: embedded SQLite by default, PostgreSQL in production.

The server keeps no state outside its database (nonces, cursors, receipts all live here), so
several workers can serve one database. Queries are written once with `?` placeholders and the
SQL both engines share (UPSERT with ON CONFLICT, RETURNING); this module translates the
placeholders for psycopg.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.sync.private_files import make_database_private

DEFAULT_URL = "sqlite:///district.db"
# A PostgreSQL server that does not answer is reported after this long, not psycopg's minutes.
CONNECT_TIMEOUT_S = 5


class DatabaseUnavailable(Exception):
    """The database cannot be used at all; the message is one line for the administrator."""


def _postgres_reason(error: Exception) -> str:
    """libpq's message cut to its cause: 'connection refused', 'password authentication ...'."""
    first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    reason = first.rpartition(" failed: ")[2].removeprefix("FATAL:").strip()
    return reason[:1].lower() + reason[1:]


class Database:
    """A connection factory plus one transaction helper, the same over both engines."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_postgres = url.startswith(("postgresql://", "postgres://"))
        self._local = threading.local()
        if not self.is_postgres:
            self.path = Path(url.removeprefix("sqlite:///"))

    @property
    def engine(self) -> str:
        return "postgresql" if self.is_postgres else "sqlite"

    def where(self) -> str:
        """Where the data lives, for messages and the log: a file, or host:port/db (no password)."""
        if not self.is_postgres:
            return str(self.path)
        from psycopg.conninfo import conninfo_to_dict

        params = conninfo_to_dict(self.url)
        host = params.get("host") or "the local socket"
        name = params.get("dbname") or params.get("user") or ""
        return f"{host}:{params.get('port') or 5432}/{name}"

    def exists(self) -> bool:
        """False for a SQLite file that is not there (PostgreSQL: see check_reachable)."""
        return self.is_postgres or str(self.path) == ":memory:" or self.path.is_file()

    def check_reachable(self) -> None:
        """Connect once, quickly: DatabaseUnavailable with one clear line if that fails.

        Without it an unreachable PostgreSQL shows as the pool's 30 s wait and a traceback,
        and a file that is not SQLite at all (a village laptop's encrypted database given by
        mistake) as a traceback from the first migration.
        """
        if not self.is_postgres:
            if self.path.is_file():
                self._check_sqlite_file()
            return
        import psycopg

        try:
            psycopg.connect(self.url, connect_timeout=CONNECT_TIMEOUT_S).close()
        except psycopg.Error as error:
            host, _, _ = self.where().rpartition("/")
            raise DatabaseUnavailable(
                f"cannot reach PostgreSQL at {host}: {_postgres_reason(error)}") from None

    def _check_sqlite_file(self) -> None:
        try:
            probe = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=rw", uri=True)
            try:
                probe.execute("PRAGMA schema_version").fetchone()
            finally:
                probe.close()
        except sqlite3.DatabaseError as error:
            raise DatabaseUnavailable(f"{self.path} is not a district database ({error})"
                                      ) from None

    # -- connections -------------------------------------------------------------------------
    def _sqlite(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                   check_same_thread=False)
            # It holds the district's private keys: 0600 before anything is written.
            make_database_private(self.path)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA busy_timeout = 30000")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[Cursor]:
        """One transaction: committed when the block ends, rolled back on any exception.

        SQLite takes the write lock at once (BEGIN IMMEDIATE) so two workers never deadlock
        upgrading a read lock.
        """
        if self.is_postgres:
            with self._pg_connection() as conn, conn.transaction():
                yield Cursor(conn.cursor(), postgres=True)
            return
        conn = self._sqlite()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield Cursor(conn.cursor(), postgres=False)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextmanager
    def _pg_connection(self) -> Iterator[Any]:
        pool = self._pg_pool()
        with pool.connection() as conn:
            yield conn

    def _pg_pool(self) -> Any:
        pool = getattr(self, "_pool", None)
        if pool is None:
            from psycopg_pool import ConnectionPool

            pool = ConnectionPool(self.url, min_size=1, max_size=10, open=True,
                                  kwargs={"autocommit": True,
                                          "connect_timeout": CONNECT_TIMEOUT_S})
            self._pool = pool
        return pool

    def close(self) -> None:
        pool = getattr(self, "_pool", None)
        if pool is not None:
            pool.close()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


class Cursor:
    """`?` placeholders on both engines; rows as dicts."""

    def __init__(self, cursor: Any, postgres: bool) -> None:
        self._cursor = cursor
        self.postgres = postgres

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Cursor:
        self._cursor.execute(self._sql(sql), tuple(params))
        return self

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._cursor.executemany(self._sql(sql), [tuple(r) for r in rows])

    def fetchone(self) -> dict[str, Any] | None:
        row = self._cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in self._cursor.description], row, strict=True))

    def fetchall(self) -> list[dict[str, Any]]:
        names = [d[0] for d in self._cursor.description]
        return [dict(zip(names, row, strict=True)) for row in self._cursor.fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params)._cursor.fetchone()
        return None if row is None else row[0]


__all__ = ["CONNECT_TIMEOUT_S", "DEFAULT_URL", "Cursor", "Database", "DatabaseUnavailable"]
