"""`Qadam --self-test`: does this installation work? The real main window, in Kazakh, over a
throwaway database, for a few seconds; a JSON report; exit status 0 only if every check holds.

For whoever installs Qadam on a village laptop (and for the packaging tests, which run it in the
installed wheel and in the frozen bundle): it proves the installation carries Qt and its
platform plugin, SQLCipher, the fonts, our translations and Qt's own. Nothing is written
outside a temporary folder, which is deleted; the user's settings and data are not touched.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtGui import QFontDatabase

from desktop import __version__
from desktop.services import session
from desktop.storage.keys import KdfParams
from desktop.ui.tasks import wait_for_background

PASSPHRASE = "Self-test 2026 жолы"  # the throwaway database only
USER = "selftest"
# A string of Qt's own catalogue (qtbase_<lang>.qm: the standard Cancel button). Not a literal
# in the call, so lupdate does not take it for one of ours.
QT_OWN_STRING = ("QPlatformTheme", "Cancel")


def run(seconds: float, language: str = "kk") -> dict[str, object]:
    """Show the main window for `seconds`; return what was seen (see `passed`)."""
    with tempfile.TemporaryDirectory(prefix="qadam-self-test-") as folder:
        # Settings (the remembered language, window sizes) go to the temporary folder.
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        from desktop import app as composition
        from desktop.ui import fonts, i18n

        qt_app = composition.application([sys.argv[0]])
        i18n.apply_language(language, remember=False)
        # The cheapest key derivation allowed: the database is deleted a few seconds later.
        store = session.create(Path(folder) / "self-test.db", USER, "Self Test", PASSPHRASE,
                               KdfParams())
        window = composition.build_main_window(store)
        try:
            window.show()
            QCoreApplication.processEvents()
            shown_at = time.time()  # bench/packaging.py: from the program's start to here
            loop = QEventLoop()
            QTimer.singleShot(int(seconds * 1000), loop.quit)
            loop.exec()
            report: dict[str, object] = {
                "version": __version__,
                "language": language,
                "window_shown": window.isVisible(),
                "shown_at_unix": round(shown_at, 3),
                "window_title": window.windowTitle(),
                "menus": [action.text() for action in window.menuBar().actions()],
                "qt_cancel": QCoreApplication.translate(*QT_OWN_STRING),
                "translations": i18n.loaded_catalogues(),
                "font": fonts.FAMILY in QFontDatabase.families(),
                "platform": qt_app.platformName(),
            }
        finally:
            # As run_gui ends: the database worker's tasks finish, then the window goes, then
            # the store it reads from.
            wait_for_background()
            window.close()
            shiboken6.delete(window)
            store.close()
    wanted = {f"qtbase_{language}.qm", f"qadam_{language}.qm"} if language != "en" else set()
    report["passed"] = bool(
        report["window_shown"] and report["font"] and wanted <= set(report["translations"])
        and (language == "en" or report["qt_cancel"] != "Cancel")
    )
    return report


def main(argv: list[str]) -> int:
    seconds = float(argv[0]) if argv else 5.0
    report = run(seconds, argv[1] if len(argv) > 1 else "kk")
    print(json.dumps(report, ensure_ascii=False))
    return 0 if report["passed"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
