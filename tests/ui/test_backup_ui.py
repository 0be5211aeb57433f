"""Backups from the File menu as a person uses them: back up now, the age in the status bar,
a restore through its preview, and the refusals (wrong passphrase, missing USB stick) with a
translated message while nothing changes. Real encrypted databases, real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import backups
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.backup_actions import BackupActions
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import wait_for_background
from tests.ui.conftest import PASSPHRASE
from tests.unit.test_backup import add_applicant, fingerprint

WAIT_MS = 30_000
NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


class Clock:
    """The injected clock: tests move it, nothing depends on today's date."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # noqa: ANN001
    shown = MainWindow(store)
    qtbot.addWidget(shown)
    shown.backups.clock = Clock()
    shown.show()
    yield shown
    wait_for_background()
    if shown.isVisible():
        shown.hide()
    shown.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def said(qtbot, actions: BackupActions, run) -> QMessageBox:  # noqa: ANN001
    """Run a step; the message box it ends with (closed)."""
    actions.box = None
    run()
    qtbot.waitUntil(lambda: actions.box is not None and actions.box.isVisible(),
                    timeout=WAIT_MS)
    box = actions.box
    box.done(0)
    return box


def test_back_up_now_and_the_age_in_the_status_bar(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    actions = window.backups
    assert actions.label.text() == "No backup yet"
    assert "bold" in actions.label.styleSheet()  # never backed up: a warning
    box = said(qtbot, actions, actions.backup_action.trigger)
    [(_, made)] = backups.files.list_backups(backups.folder(window.store),
                                             window.store.opened.database_id)
    assert str(made) in box.text()
    assert actions.label.text() == "Backed up today" and actions.label.styleSheet() == ""
    actions.clock.now = NOW + timedelta(days=3)
    actions.refresh()
    assert actions.label.text() == "Backup: 3 d ago" and actions.label.styleSheet() == ""
    actions.clock.now = NOW + timedelta(days=8)
    actions.refresh()
    assert actions.label.text() == "Backup: 8 d ago" and "bold" in actions.label.styleSheet()


def test_the_daily_backup_runs_once_a_day(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    actions = window.backups
    with qtbot.waitSignal(actions.done, timeout=WAIT_MS):
        assert actions.daily_check()
    actions.clock.now = NOW + timedelta(hours=20)
    assert not actions.daily_check()  # not a day old yet
    actions.clock.now = NOW + timedelta(hours=25)
    with qtbot.waitSignal(actions.done, timeout=WAIT_MS):
        assert actions.daily_check()
    assert len(backups.files.list_backups(backups.folder(window.store),
                                          window.store.opened.database_id)) == 2


def test_a_missing_usb_stick_is_said_in_russian_and_nothing_is_lost(
        qtbot, window: MainWindow, tmp_path: Path) -> None:  # noqa: ANN001
    actions = window.backups
    said(qtbot, actions, lambda: actions.choose_folder(tmp_path / "media" / "STICK"))
    i18n.apply_language("ru")
    box = said(qtbot, actions, actions.backup_action.trigger)
    assert "USB" in box.text() and "накопител" in box.text()
    assert not (tmp_path / "media").exists()


def test_a_restore_previews_the_backup_then_replaces_the_database(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    actions, store = window.backups, window.store
    said(qtbot, actions, actions.back_up_now)
    [(_, made)] = backups.files.list_backups(backups.folder(store), store.opened.database_id)
    persons = store.db.execute("SELECT count(*) FROM persons").fetchone()[0]
    add_applicant(store, 9)  # after the backup: the restore takes it back

    actions.box = None
    actions.restore_from(made, PASSPHRASE)
    qtbot.waitUntil(lambda: actions.preview is not None and actions.preview.isVisible()
                    or actions.box is not None, timeout=WAIT_MS)
    assert actions.box is None, actions.box.text()
    preview = actions.preview
    assert preview.values["persons"].text() == str(persons)
    assert preview.values["by"].text() == "admin"
    with qtbot.waitSignal(actions.restored, timeout=WAIT_MS):
        preview.accept()
    assert window.restart_requested and not window.isVisible()  # nothing reads it any more
    qtbot.waitUntil(lambda: actions.box is not None and actions.box.isVisible(),
                    timeout=WAIT_MS)
    assert "restored" in actions.box.text()
    with qtbot.waitSignal(actions.acknowledged, timeout=WAIT_MS):
        actions.box.done(0)
    path = store.opened.path
    from desktop.services import session

    reopened = session.unlock(path, "admin", PASSPHRASE)
    assert reopened.db.execute("SELECT count(*) FROM persons").fetchone()[0] == persons
    reopened.close()
    assert list(path.parent.glob("qadam.db.replaced-*"))


def test_a_wrong_passphrase_is_refused_and_nothing_changes(
        qtbot, window: MainWindow) -> None:  # noqa: ANN001
    actions, store = window.backups, window.store
    said(qtbot, actions, actions.back_up_now)
    [(_, made)] = backups.files.list_backups(backups.folder(store), store.opened.database_id)
    folder = store.opened.path.parent
    wait_for_background()
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = fingerprint(folder)
    box = said(qtbot, actions, lambda: actions.restore_from(made, "not the passphrase"))
    assert "passphrase is wrong" in box.text()
    assert actions.preview is None
    assert fingerprint(folder) == before
