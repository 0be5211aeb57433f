"""Help → Open the log folder, Help → Save diagnostics… (added to a main window's Help menu).

The folder opens in the system's file manager (QDesktopServices); tests pass their own
`open_url` to see which address it would open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.logs import log_folder
from desktop.ui import crash_dialog, file_dialogs


class HelpActions(QObject):
    """The two actions, inserted above "About Qadam", following the language."""

    def __init__(self, window: QMainWindow,
                 open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
                 ask_path: crash_dialog.AskPath = file_dialogs.get_save_file_name) -> None:
        super().__init__(window)
        # No Python reference back to the window (it is our Qt parent): a cycle would keep a
        # closed window alive, and a late language change would reach it.
        self.open_url, self.ask_path = open_url, ask_path
        self.box: QMessageBox | None = None
        self.log_folder_action = QAction(self)
        self.log_folder_action.triggered.connect(self.open_log_folder)
        self.diagnostics_action = QAction(self)
        self.diagnostics_action.triggered.connect(self.save_diagnostics)
        menu = window.help_menu
        about = getattr(window, "about_action", None)
        actions = [self.log_folder_action, self.diagnostics_action]
        if about in menu.actions():
            menu.insertActions(about, actions)
            menu.insertSeparator(about)
        else:
            menu.addActions(actions)
        window.installEventFilter(self)
        self.retranslate()

    @property
    def window(self) -> QMainWindow:
        return self.parent()

    def retranslate(self) -> None:
        self.log_folder_action.setText(self.tr("Open the &log folder"))
        self.diagnostics_action.setText(self.tr("Save &diagnostics…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
        return False

    def open_log_folder(self) -> QUrl:
        folder = log_folder()
        folder.mkdir(parents=True, exist_ok=True)  # opened even before anything was logged
        url = QUrl.fromLocalFile(str(folder))
        self.open_url(url)
        return url

    def save_diagnostics(self) -> None:
        try:
            path = crash_dialog.save_diagnostics(self.window, self.window.store, self.ask_path)
        except OSError as error:
            self._tell(QMessageBox.Icon.Warning, crash_dialog.not_written(error))
            return
        if path is not None:
            self._tell(QMessageBox.Icon.Information, self.tr(
                "Diagnostics saved: {path}\n\nGive this file to the district centre. It holds "
                "no names, ИИН or passphrases.").format(path=path))

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        """A window-modal message that does not block the event loop."""
        box = QMessageBox(icon, crash_dialog.save_caption(), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box = box
        box.open()


def install_help_actions(window: QMainWindow) -> HelpActions:
    actions = HelpActions(window)
    window.help_actions = actions
    return actions


__all__ = ["HelpActions", "install_help_actions"]
