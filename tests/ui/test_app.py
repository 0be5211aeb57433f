"""The composition root: which dialog opens, the window it leads to, the import boundary."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from desktop import app as qadam_app
from desktop.services import session
from desktop.ui.main_window import MainWindow
from desktop.ui.pyside_workaround import protect_none
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.unlock_dialog import UnlockDialog

ROOT = Path(__file__).resolve().parents[2]


def _refuse(opened: list[str]):  # noqa: ANN202
    def exec_(self) -> int:  # noqa: ANN001
        opened.append(type(self).__name__)
        return QDialog.DialogCode.Rejected.value

    return exec_


def test_no_database_means_first_run_setup(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # noqa: ANN001
    opened: list[str] = []
    monkeypatch.setattr(SetupDialog, "exec", _refuse(opened))
    assert qadam_app.run_gui(tmp_path / "new.db") == 0
    assert opened == ["SetupDialog"]


def test_an_existing_database_is_unlocked(monkeypatch: pytest.MonkeyPatch, database) -> None:  # noqa: ANN001
    opened: list[str] = []
    monkeypatch.setattr(UnlockDialog, "exec", _refuse(opened))
    assert qadam_app.run_gui(database.path) == 0
    assert opened == ["UnlockDialog"]


def test_run_gui_shows_the_main_window_after_unlock(
    monkeypatch: pytest.MonkeyPatch,
    database,  # noqa: ANN001
) -> None:
    def unlock(self) -> int:  # noqa: ANN001
        self.store = session.unlock(database.path, database.username, database.passphrase)
        return QDialog.DialogCode.Accepted.value

    seen: list[tuple[str, int]] = []

    def event_loop() -> int:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                seen.append((window.windowTitle(), window.model.rowCount()))
        return 0

    monkeypatch.setattr(UnlockDialog, "exec", unlock)
    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert qadam_app.run_gui(database.path) == 0
    assert seen == [("Qadam — admin", 50)]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def test_build_main_window_needs_no_event_loop(qtbot, store) -> None:  # noqa: ANN001
    window = qadam_app.build_main_window(store)
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.model.rowCount() == 50


def test_only_the_ui_imports_qt() -> None:
    """Storage, services, domain, rules, sync, reports and the CLI stay free of PySide6."""
    offenders = []
    for path in (ROOT / "desktop").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("desktop/ui/") or relative == "desktop/app.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6", "PyQt6") for n in names):
                offenders.append(relative)
    assert not offenders


def test_void_qt_calls_do_not_exhaust_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a None reference per void call (see the module)."""
    protect_none()  # idempotent enough: it only ever adds references
    widget = QDialog()
    for _ in range(50_000):
        widget.setEnabled(True)


def test_signal_emits_do_not_exhaust_true(qapp: QApplication) -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a True reference per emit (see the module)."""
    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        ping = Signal(int)

    emitter = Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    for n in range(50_000):
        emitter.ping.emit(n)
    assert len(received) == 50_000
    assert sys.getrefcount(True) > 1_000  # still far from being freed
