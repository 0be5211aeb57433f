"""Python's cyclic garbage collector runs on the GUI thread only, from a timer.

Left automatic, a collection starts in whichever thread happens to allocate — often the one
database worker (`ui/tasks.py`) in the middle of building a report — and frees any Qt window
caught in a reference cycle there: Qt objects destroyed off their own thread crash the app
(seen: the monthly report's worker died freeing a closed dialog). Anki does the same for the
same reason (aqt's GarbageCollector): automatic collection off, the same generational
thresholds checked every second on the GUI thread. Reference counting still frees everything
that is not in a cycle at once, on whichever thread lets it go.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000

_collector: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, as gc would."""
        first, second, third = gc.get_count()
        freed = 0
        if first > self.threshold[0]:
            freed += gc.collect(0)
            if second > self.threshold[1]:
                freed += gc.collect(1)
                if third > self.threshold[2]:
                    freed += gc.collect(2)
        return freed


def install(app: QObject) -> GuiThreadCollector:
    """Once per application, from the GUI thread (configure() calls it)."""
    global _collector
    if _collector is None:
        _collector = GuiThreadCollector(app)
    return _collector
