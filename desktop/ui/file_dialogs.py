"""Open/save file dialogs that never open the database's own files.

Qt's file dialog learns each file's type by reading its first bytes (QMimeDatabase, for the
icon and the "Type" column), in this process. Browsing the database's folder therefore
opened and closed `qadam.db`, `-wal` and `-shm` beside SQLite — and on POSIX closing any
descriptor of a file drops every lock the process holds on it, so another process could
then take the database for unused and rebuild its WAL index under our feet (SQLite's "How
to corrupt a database", §2.2; `tests/ui/test_locks_kept.py` reads the locks with F_GETLK).

So every file dialog of the app comes from here: on POSIX it is Qt's own dialog with an icon
provider that looks at names only; on Windows the system's dialog (Windows locks belong to a
handle, closing another handle keeps them). And a file of the open database is never
accepted as a file to import or to write over.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir, QFileInfo
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QStyle, QWidget

from desktop.storage.connection import belongs_to_open_database

NATIVE = os.name == "nt"


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and types from the name alone: no file is opened to guess its type."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        self._file = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self._folder = style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)

    def icon(self, what: object) -> QIcon:  # called with a QFileInfo or an IconType
        if isinstance(what, QFileInfo):
            return self._folder if what.isDir() else self._file
        return self._folder if what == QAbstractFileIconProvider.IconType.Folder else self._file

    def type(self, info: QFileInfo) -> str:
        return "" if info.isDir() else info.suffix().upper()


_icons: NameOnlyIcons | None = None


def _name_only_icons() -> NameOnlyIcons:
    global _icons
    if _icons is None:  # one for the whole run: dialogs keep a pointer to it
        _icons = NameOnlyIcons()
    return _icons


def safe_dialog(parent: QWidget | None, caption: str, start: str, filters: str) -> QFileDialog:
    """Qt's own file dialog showing `start` (a folder, or a file in one), opening no file.

    Built at the file system's root and only then pointed at `start`: the icon provider is
    in place before the dialog lists the folder the database may be in."""
    dialog = QFileDialog(parent, caption, QDir.rootPath(), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setIconProvider(_name_only_icons())
    target = Path(start) if start else Path.home()
    if target.is_dir():
        dialog.setDirectory(str(target))
    else:
        dialog.setDirectory(str(target.parent))
        dialog.selectFile(target.name)
    return dialog


def _ask(parent: QWidget | None, caption: str, start: str, filters: str,
         save: bool) -> tuple[str, str]:
    while True:
        if NATIVE:
            ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
            chosen, selected = ask(parent, caption, start, filters)
        else:
            dialog = safe_dialog(parent, caption, start, filters)
            if save:
                dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
                dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            else:
                dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            chosen = dialog.selectedFiles()[0] if accepted and dialog.selectedFiles() else ""
            selected = dialog.selectedNameFilter()
            dialog.deleteLater()
        if not chosen or not belongs_to_open_database(Path(chosen)):
            return chosen, selected
        QMessageBox.warning(
            parent, caption,
            QCoreApplication.translate(
                "FileDialogs",
                "This file is part of the database Qadam has open; reading or writing it here "
                "could damage it. Choose another file."))
        start = str(Path(chosen).parent)


def get_open_file_name(parent: QWidget | None, caption: str = "", start: str = "",
                       filters: str = "") -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName: (the chosen file or "", the filter used)."""
    return _ask(parent, caption, start, filters, save=False)


def get_save_file_name(parent: QWidget | None, caption: str = "", start: str = "",
                       filters: str = "") -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName: (the chosen file or "", the filter used)."""
    return _ask(parent, caption, start, filters, save=True)


__all__ = ["NameOnlyIcons", "get_open_file_name", "get_save_file_name", "safe_dialog"]
