"""District databases that tests copy instead of rebuilding: SQLite files or PostgreSQL databases.

A test module builds a district once (migrations, enrolment, thousands of records) and each test
works on its own copy, so a test cannot see what another one did. The same three operations
over both engines let one fixture serve a test on SQLite and on PostgreSQL:

    districts.new(folder)        # an empty database, its URL
    districts.fork(url, folder)  # a copy of the database at url (not open elsewhere), its URL
    districts.drop(url)          # gone (a SQLite file goes with its test's temporary folder)
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from pathlib import Path
from typing import Protocol

from tests.support.postgres import create_database, drop_database


class Districts(Protocol):
    engine: str

    def new(self, folder: Path) -> str: ...

    def fork(self, url: str, folder: Path) -> str: ...

    def drop(self, url: str) -> None: ...


class SqliteDistricts:
    engine = "sqlite"

    def new(self, folder: Path) -> str:
        return f"sqlite:///{folder / f'district-{uuid.uuid4().hex[:8]}.db'}"

    def fork(self, url: str, folder: Path) -> str:
        target = self.new(folder)
        # The backup API, not a file copy: it includes what is still in the WAL file.
        with closing(sqlite3.connect(url.removeprefix("sqlite:///"))) as source, \
                closing(sqlite3.connect(target.removeprefix("sqlite:///"))) as copy:
            source.backup(copy)
        return target

    def drop(self, url: str) -> None:
        pass


class PostgresDistricts:
    engine = "postgres"

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url

    def new(self, folder: Path) -> str:
        return create_database(self.server_url)

    def fork(self, url: str, folder: Path) -> str:
        return create_database(self.server_url, template=url)

    def drop(self, url: str) -> None:
        drop_database(self.server_url, url)
