"""The wait after wrong passphrases, shown where one is typed (unlock dialog, lock screen).

The count and the delays are storage/throttle.py's; here the button that would try again stays
disabled, under a line saying the seconds left, until the next try is allowed. The unwrap
itself would wait too (off the UI thread), so this is about saying why, not enforcing it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop.storage import throttle


class PassphraseWait:
    """`text(seconds)` is the dialog's translated line (its own `tr` context)."""

    def __init__(self, parent: QWidget, path: Path, button: QAbstractButton,
                 text: Callable[[int], str]) -> None:
        self.path = path
        self.button = button
        self.text = text
        # Injected by tests (no test waits on the wall clock): what the wait is measured by,
        # and what the background unwrap sleeps with.
        self.clock: Callable[[], float] = time.time
        self.sleep: Callable[[float], None] = time.sleep
        self.seconds = 0
        self.enabled = True  # off: not this database's count (a backup's key file)
        self.note = QLabel(parent)
        self.note.setWordWrap(True)
        self.note.hide()
        self.timer = QTimer(parent)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh)

    @property
    def waiting(self) -> bool:
        return self.timer.isActive()

    def retranslate(self) -> None:
        self.note.setText(self.text(self.seconds))

    def refresh(self) -> None:
        """Read the count; disable the button, with the seconds left, while a wait runs."""
        self.seconds = throttle.seconds_to_wait(self.path, self.clock) if self.enabled else 0
        self.retranslate()
        self.note.setVisible(self.seconds > 0)
        if self.seconds > 0:
            self.button.setEnabled(False)
            if not self.timer.isActive():
                self.timer.start()
            return
        if self.timer.isActive():
            self.timer.stop()
            self.button.setEnabled(True)
