"""An unexpected error shows one calm dialog, the app keeps running, and "Save diagnostics…"
writes a zip with the logs and facts but nothing personal; Help → Open the log folder."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer, QUrl

from desktop import logs
from desktop.app import build_main_window
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.crash_dialog import CrashReporter
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import run_in_background, wait_for_background

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook is under test


@pytest.fixture
def window(qtbot, store: Store, private_log_folder: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    logs.setup_logging("test app")
    main = build_main_window(store)
    main.show()
    qtbot.waitExposed(main)
    yield main
    wait_for_background()
    shiboken6.delete(main)


@pytest.fixture
def reporter(window: MainWindow, tmp_path: Path) -> Iterator[CrashReporter]:
    chosen = tmp_path / "out" / "diagnostics"
    chosen.parent.mkdir()

    def ask_path(_parent, _caption, start, _filter):  # noqa: ANN001, ANN202
        assert start.endswith(".zip")  # the dialog would offer a dated name
        return str(chosen), "ZIP (*.zip)"

    built = CrashReporter(lambda: window.store, lambda: window, ask_path)
    built.install()
    yield built
    built.uninstall()
    if built.dialog is not None:
        built.dialog.close()


def _people(store: Store) -> list[str]:
    rows = store.db.execute("SELECT iin, last_name, first_name FROM persons").fetchall()
    users = store.db.execute("SELECT full_name FROM users").fetchall()
    return [value for row in rows + users for value in row if value]


def _fail_in_a_slot(person: tuple[str, str]) -> None:
    raise ValueError(f"no such person: {person[0]} {person[1]}")  # a bug carrying input


def test_an_error_in_a_slot_shows_one_dialog_and_the_app_goes_on(
    qtbot, window: MainWindow, reporter: CrashReporter  # noqa: ANN001
) -> None:
    person = window.store.db.execute("SELECT iin, last_name FROM persons").fetchone()
    QTimer.singleShot(0, lambda: _fail_in_a_slot(person))
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    dialog = reporter.dialog
    assert "Something went wrong" in dialog.intro.text() and "ValueError" in dialog.intro.text()
    assert not dialog.isModal() and window.isVisible() and window.isEnabled()

    worker = threading.Thread(target=lambda: _fail_in_a_slot(person))  # another thread
    worker.start()
    worker.join()
    run_in_background(lambda: 1, lambda _r: _fail_in_a_slot(person), lambda _e: None)
    qtbot.waitUntil(lambda: dialog.repeats == 3)
    assert reporter.dialog is dialog  # counted, not stacked
    assert "3 times" in dialog.intro.text()
    window.search.setText("abc")  # the window still takes input
    assert window.search.text() == "abc"


def test_save_diagnostics_writes_a_zip_with_no_personal_data(
    qtbot, window: MainWindow, reporter: CrashReporter, tmp_path: Path  # noqa: ANN001
) -> None:
    person = window.store.db.execute("SELECT iin, last_name FROM persons").fetchone()
    QTimer.singleShot(0, lambda: _fail_in_a_slot(person))
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    path = reporter.dialog.save()
    assert path == tmp_path / "out" / "diagnostics.zip"
    assert reporter.dialog.saved.isVisible() and str(path) in reporter.dialog.saved.text()
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        texts = {name: archive.read(name).decode("utf-8") for name in names}
    assert "about.json" in names and "logs/qadam.log" in names
    about = json.loads(texts["about.json"])
    assert about["schema"].startswith("0") and about["records"]["persons"] == 50
    assert about["qt"] and about["qadam"]
    assert "ValueError" in texts["logs/qadam.log"]  # the error itself is there…
    everything = "\n".join(texts.values())
    for secret in _people(window.store):  # …but nobody's name or ИИН
        assert secret not in everything, secret
    assert "горы Алтая" not in everything  # nor the passphrase


def test_a_stick_that_cannot_be_written_is_said_and_nothing_breaks(
    qtbot, window: MainWindow, tmp_path: Path  # noqa: ANN001
) -> None:
    def ask_path(*_args):  # noqa: ANN002, ANN202
        return str(tmp_path / "missing-folder" / "d.zip"), ""

    reporter = CrashReporter(lambda: window.store, lambda: window, ask_path)
    reporter.install()
    try:
        reporter.report(RuntimeError("boom"))
        qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
        assert reporter.dialog.save() is None
        assert "could not be written" in reporter.dialog.problem.text()
    finally:
        reporter.uninstall()
        reporter.dialog.close()


def test_help_opens_the_log_folder(window: MainWindow, private_log_folder: Path) -> None:
    actions = window.help_actions
    assert actions.log_folder_action in window.help_menu.actions()
    assert actions.diagnostics_action in window.help_menu.actions()
    opened: list[QUrl] = []
    actions.open_url = opened.append
    actions.log_folder_action.trigger()
    assert opened == [QUrl.fromLocalFile(str(private_log_folder))]
    i18n.apply_language("kk", remember=False)
    assert actions.log_folder_action.text() == "&Журнал қалтасын ашу"
    i18n.apply_language("ru", remember=False)
    assert actions.log_folder_action.text() == "Открыть папку &журнала"
