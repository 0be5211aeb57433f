"""An exception inside a Qt override is logged, never a crash (desktop/ui/override_guard.py)."""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

import desktop.ui
from desktop.ui import override_guard

ROOT = Path(__file__).resolve().parents[2]


def _ui_classes() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(desktop.ui.__path__):
        module = importlib.import_module(f"desktop.ui.{info.name}")
        found += [cls for _, cls in inspect.getmembers(module, inspect.isclass)
                  if cls.__module__ == module.__name__ and issubclass(cls, QObject)]
    return found


def test_every_override_in_desktop_ui_is_guarded() -> None:
    unguarded, guarded = [], 0
    for cls in _ui_classes():
        for name, value in vars(cls).items():
            if callable(value) and override_guard._is_override(name):
                if getattr(value, "__override_guarded__", False):
                    guarded += 1
                else:
                    unguarded.append(f"{cls.__qualname__}.{name}")
    assert not unguarded
    assert guarded > 50  # changeEvent, keyPressEvent, eventFilter, data… across the app


def test_a_c_level_error_in_an_override_leaves_the_app_running() -> None:
    """In a child process: unguarded, PySide6 6.12 on CPython 3.11 dies here silently."""
    code = textwrap.dedent("""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from desktop.ui import override_guard
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtWidgets import QApplication, QLabel

        app = QApplication([])

        class Broken(QLabel):
            def changeEvent(self, event):
                int("not a number")  # raised in C, like a database error

        override_guard.guard_class(Broken)
        label = Broken()
        label.show()
        QCoreApplication.sendEvent(label, QEvent(QEvent.Type.LanguageChange))
        label.setText("still alive")
        QCoreApplication.processEvents()
        print("survived", sorted({type(e).__name__ for _, e in override_guard.caught()}))
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived ['ValueError']" in result.stdout
    assert "Broken.changeEvent failed" in result.stderr  # logged, with its traceback


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        raise RuntimeError("broken count")

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        raise KeyError("broken cell")


def test_a_broken_model_answers_neutrally_and_the_test_hears_of_it() -> None:
    override_guard.guard_class(_Model)
    model = _Model()
    assert model.rowCount() == 0
    assert model.data(model.createIndex(0, 0)) is None
    found = override_guard.caught()  # the autouse fixture would fail the test otherwise
    assert [(label.split(".")[-1], type(e).__name__) for label, e in found] == [
        ("rowCount", "RuntimeError"), ("data", "KeyError")]
