"""Sync by USB stick, from the Sync menu: write the changes for the district into a file, and
read the district's answer back in (docs/offline-bundles.md).

Both run on the database worker, so they queue behind a running sync instead of racing it; a
message box then says what happened, in the interface language. A refusal (a file that is not
this computer's answer, a tampered one, a full stick) is shown translated, and nothing on this
computer has changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain import clock
from desktop.services import bundles
from desktop.storage.store import Store
from desktop.ui import file_dialogs
from desktop.ui.i18n import translate_error
from desktop.ui.sync_text import SyncText
from desktop.ui.sync_window import report_summary
from desktop.ui.tasks import run_in_background

SUFFIX = "qadam"  # what the district's import command expects, and what the dialogs filter


class BundleActions(QObject):
    """The two menu actions and what they do; `export_to` / `import_from` skip the file
    dialog (the tests, and a path typed elsewhere)."""

    done = Signal(object)  # a BundleExport or a BundleImport
    failed = Signal(object)  # the error, already shown to the person

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self.store = store
        self.text = SyncText(self)
        self.box: QMessageBox | None = None  # the last message shown (kept for the tests)
        self.export_action = QAction(parent)
        self.export_action.triggered.connect(self.ask_export)
        self.import_action = QAction(parent)
        self.import_action.triggered.connect(self.ask_import)
        self._allow(True)
        self.retranslate()

    def _allow(self, idle: bool) -> None:
        """The actions work when nothing of theirs is running, and never for an auditor."""
        self.busy = not idle
        enabled = idle and self.store.actor.role.can_write
        self.export_action.setEnabled(enabled)
        self.import_action.setEnabled(enabled)

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("&Export changes to a USB stick…"))
        self.import_action.setText(self.tr("&Import the district's answer…"))

    # Bound methods, not lambdas: a lambda held by an action's signal would keep the closed
    # main window alive (see MainWindow).
    def ask_export(self) -> None:
        self.export_to(None)

    def ask_import(self) -> None:
        self.import_from(None)

    # -- export -----------------------------------------------------------------------------
    def _start_folder(self) -> str:
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def export_to(self, path: Path | None) -> None:
        if self.busy:
            return
        if path is None:
            name = f"qadam-{clock.today().isoformat()}.{SUFFIX}"
            chosen, _ = file_dialogs.get_save_file_name(
                self.parent(), self.tr("Save the changes for the district"),
                str(Path(self._start_folder()) / name), self._filter())
            if not chosen:
                return
            path = Path(chosen)
        store = self.store
        self._run(lambda: bundles.export_bundle(store, path), self._exported, path)

    def _exported(self, result: bundles.BundleExport, path: Path) -> None:
        n = self.text.number
        text = self.tr("Changes saved: {count}. File: {path}\n\nTake the file to the district "
                       "employment centre; bring back its answer and import it here (Sync "
                       "menu).").format(count=n(result.entries), path=path)
        if result.remaining:
            text += "\n\n" + self.tr(
                "Changes that did not fit in this file: {count}. Export again once the "
                "district's answer is imported.").format(count=n(result.remaining))
        self._tell(QMessageBox.Icon.Information, self.tr("Changes saved for the district"),
                   text)

    # -- import -----------------------------------------------------------------------------
    def import_from(self, path: Path | None) -> None:
        if self.busy:
            return
        if path is None:
            chosen, _ = file_dialogs.get_open_file_name(
                self.parent(), self.tr("Open the district's answer"), self._start_folder(),
                self._filter())
            if not chosen:
                return
            path = Path(chosen)
        store = self.store
        self._run(lambda: bundles.import_return_bundle(store, path), self._imported, path)

    def _imported(self, report: bundles.BundleImport, _path: Path) -> None:
        if report.already_imported:
            self._tell(QMessageBox.Icon.Information, self.tr("Already imported"),
                       self.tr("This answer was imported before; nothing has changed."))
            return
        text = report_summary(report, self.text)
        if report.skipped_pages:
            text += "\n" + self.tr("Parts this computer already had newer data for were "
                                   "skipped.")
        if report.more:
            text += "\n\n" + self.tr("The district has more to send: export a new file and "
                                     "take it to the district again.")
        self._tell(QMessageBox.Icon.Information, self.tr("The district's answer is imported"),
                   text)

    # -- common -----------------------------------------------------------------------------
    def _filter(self) -> str:
        return self.tr("Qadam sync files (*.{suffix})").format(suffix=SUFFIX) + ";;" + self.tr(
            "All files (*)")

    def _run(self, work: Callable[[], Any], shown: Callable[[Any, Path], None],
             path: Path) -> None:
        self._allow(False)

        def ok(result: Any) -> None:
            if not self._finish():
                return
            shown(result, path)
            self.done.emit(result)

        def bad(error: BaseException) -> None:
            if not self._finish():
                return
            self.show_refusal(error)
            self.failed.emit(error)

        run_in_background(work, ok, bad)

    def show_refusal(self, error: BaseException) -> None:
        """Why the file was not written or not taken in; nothing on this computer changed."""
        self._tell(QMessageBox.Icon.Warning, self.tr("Nothing has changed"),
                   translate_error(error))

    def _finish(self) -> bool:
        if not shiboken6.isValid(self):
            return False  # the window closed while the worker wrote
        self._allow(True)
        return True

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        if self.box is not None and shiboken6.isValid(self.box):
            self.box.deleteLater()  # one message at a time: the last one is closed by now
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent())
        self.box = box
        box.open()  # window-modal, does not block the event loop
