"""An unexpected error: say so calmly, keep the app running, offer a diagnostics zip.

`CrashReporter.install()` (done by `desktop/app.py`) catches what nothing else caught: an
exception in a slot or callback (`sys.excepthook`, which PySide calls), in any thread
(`threading.excepthook`), in a database worker's callback (`ui/tasks.py` calls `report`).
Each is logged without personal data (`desktop/logs.py`) and shown in one `CrashDialog`,
never a stack of them: "something went wrong, nothing saved is lost", and "Save
diagnostics…" writes the zip the district centre asks for (`desktop/diagnostics.py`: logs,
versions, counts; no names, no ИИН, no keys).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QStandardPaths,
    Qt,
    Signal,
    qVersion,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.diagnostics import write_diagnostics
from desktop.ui import file_dialogs
from desktop.ui.widgets import ErrorLabel

log = logging.getLogger(__name__)

AskPath = Callable[[QWidget | None, str, str, str], tuple[str, str]]
StoreGetter = Callable[[], Any]


def qt_facts() -> dict[str, str]:
    return {"qt": qVersion(), "pyside": PySide6.__version__}


def default_diagnostics_path(now: datetime | None = None) -> Path:
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return Path(folder) / f"qadam-diagnostics-{stamp}.zip"


def save_caption() -> str:
    return QCoreApplication.translate("CrashDialog", "Save diagnostics")


def not_written(error: OSError) -> str:
    """A full or write-protected stick: say so, the person tries elsewhere."""
    return QCoreApplication.translate(
        "CrashDialog", "The diagnostics could not be written ({reason}). Choose another place."
    ).format(reason=error.strerror or type(error).__name__)


def save_diagnostics(parent: QWidget | None, store: Any | None,
                     ask_path: AskPath = file_dialogs.get_save_file_name) -> Path | None:
    """Ask where, write the zip there; the path written, or None if the person cancelled.
    An OSError (a full or read-only stick) reaches the caller, which says so."""
    chosen, _ = ask_path(parent, save_caption(), str(default_diagnostics_path()), "ZIP (*.zip)")
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".zip":
        target = target.with_suffix(".zip")
    return write_diagnostics(target, store, qt_facts())


class CrashDialog(QDialog):
    """Non-modal: the windows behind it stay usable, and what they hold stays."""

    def __init__(self, error: BaseException, store: StoreGetter,
                 parent: QWidget | None = None,
                 ask_path: AskPath = file_dialogs.get_save_file_name) -> None:
        super().__init__(parent)
        self.error, self._store, self._ask_path = error, store, ask_path
        self.repeats = 1
        self.setMinimumWidth(520)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        self.saved = QLabel(self)
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.hide()
        self.problem = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.saved)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._saved_path: Path | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qadam — something went wrong"))
        text = self.tr(
            "<b>Something went wrong inside Qadam</b> ({kind}).<br><br>Everything already saved "
            "is kept, and Qadam goes on working: check the last thing you did and save it "
            "again if it is not there.<br><br>If this happens again, save the diagnostics and "
            "give the file to the district centre. It holds no names, ИИН or passphrases."
        ).format(kind=type(self.error).__name__)
        if self.repeats > 1:
            text += "<br><br>" + self.tr("This happened {count} times.").format(
                count=self.repeats)
        self.intro.setText(text)
        self.save_button.setText(self.tr("&Save diagnostics…"))
        self.close_button.setText(self.tr("&Close"))
        if self._saved_path is not None:
            self.saved.setText(self.tr("Diagnostics saved: {path}").format(
                path=self._saved_path))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def again(self) -> None:
        """The same or another error while the dialog is open: counted, not stacked."""
        self.repeats += 1
        self.retranslate()

    def save(self) -> Path | None:
        self.problem.clear_message()
        try:
            path = save_diagnostics(self, self._store(), self._ask_path)
        except OSError as error:
            self.problem.show_message(lambda failure=error: not_written(failure))
            return None
        if path is not None:
            self._saved_path = path
            self.saved.show()
            self.retranslate()
        return path


class CrashReporter(QObject):
    """Routes every uncaught exception to the log and one CrashDialog on the GUI thread."""

    reported = Signal(object)

    def __init__(self, store: StoreGetter, parent_window: Callable[[], QWidget | None],
                 ask_path: AskPath = file_dialogs.get_save_file_name) -> None:
        super().__init__()
        self._store, self._window, self._ask_path = store, parent_window, ask_path
        self.dialog: CrashDialog | None = None
        self._previous: tuple[Any, Any] | None = None
        # Queued: a worker thread's error is shown by the GUI thread.
        self.reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        global _reporter
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        _reporter = self

    def uninstall(self) -> None:
        global _reporter
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None
        if _reporter is self:
            _reporter = None

    def _sys_hook(self, kind: type[BaseException], error: BaseException,
                  tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self.report(error)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.report(args.exc_value)

    def report(self, error: BaseException) -> None:
        log.error("unexpected error", exc_info=error)
        self.reported.emit(error)

    def _show(self, error: BaseException) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.again()
            return
        self.dialog = CrashDialog(error, self._store, self._window(), self._ask_path)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget)
        self.dialog.show()
        self.dialog.raise_()

    def _forget(self) -> None:
        self.dialog = None


_reporter: CrashReporter | None = None


def report(error: BaseException) -> bool:
    """An exception nothing else handled (a worker callback's): logged and shown if the app
    installed a reporter (True); False otherwise, for the caller to log it itself."""
    if _reporter is None:
        return False
    _reporter.report(error)
    return True


__all__ = ["CrashDialog", "CrashReporter", "report", "save_diagnostics"]
