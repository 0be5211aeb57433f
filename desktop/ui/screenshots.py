"""Render the setup, unlock and main windows in Kazakh and Russian to PNG files, offscreen.

    python -m desktop.ui.screenshots [output folder]    (default: docs/screenshots)

A throwaway database with demo applicants is made in a temporary folder; settings go there
too, so nothing of the person running it is read or changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from desktop.resources import RESOURCES
from desktop.services import session
from desktop.services.demo_data import create_demo_data
from desktop.storage.keys import KdfParams
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.unlock_dialog import UnlockDialog

DEFAULT_OUTPUT = RESOURCES.parent / "docs" / "screenshots"
PASSPHRASE = "Алтай таулары 2020"
SCREEN = (1366, 740)  # a 1366×768 laptop less the taskbar
SAMPLE = {
    "kk": ("Нұрланова Әйгерім Серікқызы", "Нұрл"),
    "ru": ("Нурланова Айгерим Сериковна", "Нурл"),
}


def _settle(widget: QWidget, until=None, seconds: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if until is None or until():
            break
        time.sleep(0.01)
    widget.repaint()
    QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def render(output: Path, work: Path) -> list[Path]:
    from desktop.app import application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    application([sys.argv[0]])
    database = work / "Qadam" / "qadam.db"
    store = session.create(database, "aigerim", SAMPLE["kk"][0], PASSPHRASE, KdfParams())
    create_demo_data(store, 300)
    output.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    try:
        for code in ("kk", "ru"):
            i18n.apply_language(code, remember=False)
            full_name, search = SAMPLE[code]

            setup = SetupDialog(Path("C:/Users/aigerim/AppData/Local/Qadam/qadam.db"))
            setup.full_name.setText(full_name)
            setup.okrug.setText("634603000")
            setup.passphrase.setText(PASSPHRASE)
            setup.repeat.setText(PASSPHRASE)
            setup.show()
            _settle(setup)
            saved.append(_save(setup, output / f"setup_{code}.png"))
            setup.close()

            unlock = UnlockDialog(database)
            unlock.show()
            unlock.passphrase.setText("алтай таулары")
            unlock.submit()
            _settle(unlock, until=lambda dialog=unlock: not dialog.busy.running)
            saved.append(_save(unlock, output / f"unlock_wrong_passphrase_{code}.png"))
            unlock.close()

            window = MainWindow(store)
            window.resize(*SCREEN)
            window.show()
            _settle(window)
            saved.append(_save(window, output / f"main_{code}.png"))
            window.search.setText(search)
            window.run_search()
            window.table.selectRow(0)
            _settle(window)
            saved.append(_save(window, output / f"main_search_{code}.png"))
            window.close()
    finally:
        store.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    with tempfile.TemporaryDirectory(prefix="qadam-screenshots-") as work:
        for path in render(output, Path(work)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
