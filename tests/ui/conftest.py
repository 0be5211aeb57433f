"""UI test fixtures: offscreen Qt, settings in tmp_path, a real encrypted demo database."""

from __future__ import annotations

import os
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts, as Picard does

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QEvent, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop import app as qadam_app  # noqa: E402  (also applies the PySide workaround)
from desktop.services import session  # noqa: E402
from desktop.services.demo_data import create_demo_data  # noqa: E402
from desktop.storage.keys import KdfParams  # noqa: E402
from desktop.storage.store import Store  # noqa: E402
from desktop.ui import i18n, override_guard  # noqa: E402
from desktop.ui.tasks import wait_for_background  # noqa: E402

PASSPHRASE = "горы Алтая 2020"
DEMO_APPLICANTS = 50


@dataclass(frozen=True)
class Database:
    path: Path
    username: str
    passphrase: str


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """QSettings (and anything reading XDG/HOME) write into tmp_path, never the real home."""
    folder = tmp_path / "settings"
    folder.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def english_between_tests(qapp: QApplication) -> Iterator[None]:
    """Every test starts in English (the source language) and leaves it so."""
    i18n.apply_language("en", remember=False)
    yield
    i18n.apply_language("en", remember=False)


@pytest.fixture(autouse=True)
def no_swallowed_exceptions(english_between_tests: None) -> Iterator[None]:
    """An exception the override guard kept from crashing the app still fails the test (also
    one raised while a test's windows are torn down and the language is reset)."""
    override_guard.caught()
    yield
    found = override_guard.caught()
    if found:
        details = "\n".join(
            f"{label}: {''.join(traceback.format_exception(error))}" for label, error in found
        )
        pytest.fail(f"exceptions inside Qt overrides (the app survived them):\n{details}")


@pytest.fixture(scope="session", autouse=True)
def configured_app(qapp: QApplication) -> QApplication:
    qadam_app.configure(qapp)
    return qapp


@pytest.fixture
def database(tmp_path: Path) -> Database:
    """A closed database with demo applicants, at the cheapest key-derivation cost."""
    path = tmp_path / "data" / "qadam.db"
    store = session.create(path, "admin", "Әсем Нұрланқызы", PASSPHRASE, kdf=KdfParams())
    try:
        create_demo_data(store, DEMO_APPLICANTS)
    finally:
        store.close()
    return Database(path, "admin", PASSPHRASE)


def close_every_window() -> None:
    """Every top-level window hidden and deleted, the work queued for it done first: what
    the app does at exit before it closes its database.

    A test that fails with a window open keeps that window alive (its traceback holds it),
    so pytest-qt's own close is not enough: a later language change or activation would
    reach the window and read a closed database, failing the tests after it.
    """
    wait_for_background()  # a window's background read must not outlive the database
    QApplication.processEvents()  # its answer delivered while the window still exists
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.hide()
    for widget in QApplication.topLevelWidgets():
        # Dialogs, menus and timers with a parent go with it.
        if shiboken6.isValid(widget) and widget.parentWidget() is None:
            shiboken6.delete(widget)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def no_window_outlives_its_test(no_swallowed_exceptions: None) -> Iterator[None]:
    """After every test, passed or failed, no window is left for the next one.

    Torn down after the test's own fixtures (a store closes only after `close_every_window`,
    see `store`), and before the language goes back to English.
    """
    yield
    close_every_window()


@pytest.fixture
def store(database: Database) -> Iterator[Store]:
    opened = session.unlock(database.path, database.username, database.passphrase)
    yield opened
    # As the app does at exit: its windows go before its database, so nothing on screen
    # reads a closed database (on a language change, say) while the test is torn down.
    # Fixtures over this store (a window, say) have been torn down already.
    close_every_window()
    opened.close()
