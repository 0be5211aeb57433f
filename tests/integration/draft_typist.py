"""Child process of test_draft_crash.py: a person typing into a new applicant card, offscreen.

    python -m tests.integration.draft_typist DATABASE    (passphrase in QADAM_PASSPHRASE)

It types a surname letter by letter, for ever. Through a second connection (which sees only
committed data) it prints `draft <surname>` each time an autosaved draft is in the file, so
the parent knows what was committed when it kills this process with SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop import app as qadam_app  # noqa: E402  (also applies the PySide workaround)
from desktop.services import drafts, session  # noqa: E402
from desktop.ui import autosave  # noqa: E402
from desktop.ui.applicant_card import ApplicantCard  # noqa: E402

SURNAME = "Құлмағамбетова"


def main(path: Path) -> None:
    autosave.IDLE_MS, autosave.MAX_WAIT_MS = 300, 800  # the real ones, in shorter seconds
    app = QApplication([sys.argv[0]])
    qadam_app.configure(app)
    passphrase = os.environ["QADAM_PASSPHRASE"]
    store = session.unlock(path, "admin", passphrase)
    observer = session.unlock(path, "admin", passphrase)  # reads committed rows only
    card = ApplicantCard(store)
    card.show()
    last = None
    for n in range(10_000):
        char = SURNAME[n % len(SURNAME)]
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(card.last_name, QKeyEvent(
                kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
        deadline = time.monotonic() + 0.1
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        found = drafts.list_drafts(observer, drafts.APPLICANT)
        if found and found[0].values["last_name"] != last:
            last = found[0].values["last_name"]
            print("draft", last, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
