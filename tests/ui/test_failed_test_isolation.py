"""A failed UI test cannot break the tests after it.

An inner test file, run by pytest in a child process with this suite's fixtures, fails with
the main window open (the failure's traceback keeps the window alive) and changes the
language; the test after it changes the language again. Before `close_every_window`, the
window's later `changeEvent` read its closed database: the failure's teardown turned into
an error and so did every test after it that changed the language.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

INNER_CONFTEST = "from tests.ui.conftest import *  # noqa: F403 - the suite's own fixtures\n"

INNER_TESTS = '''
from datetime import date

from desktop.ui import i18n
from desktop.ui.main_window import MainWindow


def test_fails_with_its_window_open(qtbot, store):
    window = MainWindow(store, today=lambda: date(2026, 12, 8))
    qtbot.addWidget(window)
    window.show()
    i18n.apply_language("ru", remember=False)
    assert window.windows_title_typo, "a failing test, its window still open"


def test_after_it_changes_the_language(qtbot, store):
    i18n.apply_language("kk", remember=False)
    i18n.apply_language("ru", remember=False)
'''


def test_a_failed_test_leaves_no_window_over_its_closed_database(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(INNER_CONFTEST, encoding="utf-8")
    (tmp_path / "test_inner.py").write_text(INNER_TESTS, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]))
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "qt_api=pyside6",
         "--rootdir", str(tmp_path), str(tmp_path / "test_inner.py")],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=240, check=False,
    )
    output = run.stdout + run.stderr
    summary = output.strip().splitlines()[-1]
    assert "1 failed, 1 passed" in summary, output
    assert "error" not in summary, output
    assert "Cannot operate on a closed database" not in output, output
