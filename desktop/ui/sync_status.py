"""The sync state in the main window's status bar, always visible.

"Synced 5 min ago · Not sent: 3 · Rejected: 1 · Conflicts: 2", and a short clock badge when
the computer's clock is off (the main window shows the whole sentence in a banner too:
`ClockBanner`). A click (or F9 from anywhere in the main window) opens the Sync
window. The relative time is recomputed every minute without reading the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.sync.errors import Revoked
from desktop.ui import i18n
from desktop.ui.sync_text import SyncText

REJECTED_STYLE = "color: #a8071a; font-weight: bold;"
CONFLICT_STYLE = "color: #ad4e00; font-weight: bold;"
CLOCK_STYLE = "color: #ffffff; background: #a8071a; padding: 1px 6px; font-weight: bold;"
BANNER_STYLE = ("color: #a8071a; background: #fff1f0; border: 1px solid #ffa39e; padding: 6px;"
                " font-weight: bold;")


class SyncStatusWidget(QWidget):
    """Labels for the last sync, the counts and the clock; `clicked` opens the Sync window."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = SyncText(self)
        self.status: Any = None
        self.syncing = False
        self.compact = False  # a narrow status bar: the counts without the last sync's time
        self.last = QLabel(self)
        self.pending = QLabel(self)
        self.rejected = QLabel(self)
        self.rejected.setStyleSheet(REJECTED_STYLE)
        self.conflicts = QLabel(self)
        self.conflicts.setStyleSheet(CONFLICT_STYLE)
        self.clock = QLabel(self)
        self.clock.setStyleSheet(CLOCK_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(12)
        for label in (self.clock, self.last, self.pending, self.rejected, self.conflicts):
            # Never clipped: other status-bar text gives way first.
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            layout.addWidget(label)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.minute = QTimer(self)
        self.minute.setInterval(60_000)
        self.minute.timeout.connect(self.show_status)
        self.minute.start()
        self.show_status()

    def set_status(self, status: Any) -> None:
        self.status = status
        self.show_status()

    def set_syncing(self, syncing: bool) -> None:
        self.syncing = syncing
        self.show_status()

    def set_compact(self, compact: bool) -> None:
        """Compact, only the counts show (and "Syncing…"): the last sync's time and "Not
        connected" stay in the Sync window, one click away, and a wrong clock in the
        window's banner (`ClockBanner`), which says it whole."""
        if compact != self.compact:
            self.compact = compact
            self.show_status()

    def show_status(self) -> None:
        t, s = self.text, self.status
        self.setToolTip(t.widget_tip())
        if s is None:
            for label in (self.last, self.pending, self.rejected, self.conflicts, self.clock):
                label.hide()
            return
        self.last.setToolTip("")
        if self.syncing:
            self.last.setText(t.syncing())
        elif not getattr(s, "enrolled", False):
            self.last.setText(t.not_enrolled())
        elif getattr(s, "revoked", False):
            # Until it enrols again nothing of this computer is sent: say so, not "synced".
            self.last.setText(t.revoked())
            self.last.setToolTip(i18n.translate_error(Revoked()))
        else:
            self.last.setText(t.last_sync(getattr(s, "last_sync_at", None)))
        self.last.setVisible(self.syncing or not self.compact)
        self._count(self.pending, t.pending, getattr(s, "pending", 0), always=True)
        self._count(self.rejected, t.rejected, getattr(s, "rejected", 0))
        self._count(self.conflicts, t.conflicts, getattr(s, "open_conflicts", 0))
        if getattr(s, "clock_warning", False):
            offset = getattr(s, "clock_offset_ms", 0) or 0
            self.clock.setText(t.clock_badge(offset))  # the full sentence: the window's banner
            self.clock.setToolTip(t.clock(offset))
            self.clock.setVisible(not self.compact)
        else:
            self.clock.hide()

    @staticmethod
    def _count(label: QLabel, text: Any, count: int | None, always: bool = False) -> None:
        count = int(count or 0)
        label.setText(text(count))
        label.setVisible(always or count > 0)

    def summary(self) -> str:
        """What the widget says, as one line (tests and screen readers)."""
        parts = [label.text() for label in (self.clock, self.last, self.pending, self.rejected,
                                            self.conflicts) if not label.isHidden()]
        return " · ".join(parts)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_status()
        super().changeEvent(event)


class ClockBanner(QLabel):
    """"The computer's clock is 7 d ahead: fix the date and time", above the window's tabs,
    only while the clock is off: a wrong clock stamps every change wrongly."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_of = SyncText(self)
        self.offset_ms: int | None = None
        self.setWordWrap(True)
        self.setStyleSheet(BANNER_STYLE)
        self.hide()

    def set_status(self, status: Any) -> None:
        warn = status is not None and getattr(status, "clock_warning", False)
        self.offset_ms = (getattr(status, "clock_offset_ms", 0) or 0) if warn else None
        self._show()

    def _show(self) -> None:
        if self.offset_ms is None:
            self.hide()
            return
        self.setText(self.text_of.clock(self.offset_ms))
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)
