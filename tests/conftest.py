"""Shared fixtures: a real encrypted database per test, never a mock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The explicit opt-in for plain HTTP to a district on loopback (desktop/sync/client.py): the
# tests' servers have no certificate. The app refuses http:// without it (test_plain_http).
os.environ["QADAM_ALLOW_PLAIN_HTTP_ON_LOOPBACK"] = "1"

from desktop.domain import clock  # noqa: E402
from desktop.services import session  # noqa: E402
from desktop.storage.keys import KdfParams  # noqa: E402
from desktop.storage.store import Store  # noqa: E402

# A real PostgreSQL for the district tests (session-wide cluster, a database per test).
from tests.support.postgres import fresh_postgres_database, postgres_url  # noqa: E402, F401

TODAY_VARIABLE = "QADAM_TEST_TODAY"


def pytest_configure(config: pytest.Config) -> None:
    """QADAM_TEST_TODAY=2026-12-07 runs the suite as if on that day: every `clock.today()`
    (the app's and the tests') answers it. Pinned before any test module is imported, so a
    module-level "today" sees it too. tests/run_on_every_day.py sets it day after day."""
    pinned = os.environ.get(TODAY_VARIABLE)
    if pinned:
        clock.pin_today(date.fromisoformat(pinned))


def pytest_report_header(config: pytest.Config) -> str:
    pinned = clock.pinned_today()
    return f"today: {pinned} (pinned by {TODAY_VARIABLE})" if pinned else f"today: {date.today()}"


PASSPHRASE = "Тау-көктем 2026"
# The minimum Argon2id cost OWASP allows: real key derivation, just not the tuned 0.5 s.
FAST_KDF = KdfParams()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "qadam.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = session.create(db_path, "admin", "Әкімшілік Маман", PASSPHRASE, FAST_KDF)
    yield opened
    opened.close()


@pytest.fixture
def demo_store(store: Store) -> Store:
    from desktop.services.demo_data import create_demo_data

    create_demo_data(store, 120, seed=7)
    return store


@pytest.fixture(autouse=True)
def private_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's log (and any CLI the test starts) writes into a folder of the test's own,
    never the real per-user folder; beside tmp_path, not inside it, so tests that compare
    every file of tmp_path ("nothing changed") do not see the log grow. The file is detached
    again after the test."""
    from desktop import logs

    folder = tmp_path.with_name(tmp_path.name + "-logs")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    logs.stop_logging()
