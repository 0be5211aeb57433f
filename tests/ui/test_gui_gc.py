"""Reference cycles holding Qt objects are freed on the GUI thread, never on the worker."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import gui_gc


class _Cyclic(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.me = self  # a cycle, as a dialog whose lambdas hold it makes one


def test_a_worker_allocating_never_frees_a_qt_cycle_and_the_gui_timer_does(qapp) -> None:  # noqa: ANN001
    collector = gui_gc.install(QApplication.instance())
    assert not gc.isenabled()  # configure() installed it: no automatic collection anywhere
    freed_on: list[int] = []
    widget = _Cyclic()
    weakref.finalize(widget, lambda: freed_on.append(threading.get_ident()))
    del widget

    def worker() -> None:  # allocates far past every threshold, as a report build does
        junk = []
        for n in range(200_000):
            junk.append([n])
            junk[-1].append(junk[-1])  # cycles of its own too

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert freed_on == []  # nothing was collected on the worker

    for _ in range(gc.get_threshold()[0] + 1):
        [].append([])
    assert collector.collect_if_due() > 0
    assert freed_on == [threading.get_ident()]  # the GUI thread freed it


def test_the_collector_runs_from_a_timer_on_the_gui_thread(qapp) -> None:  # noqa: ANN001
    collector = gui_gc.install(QApplication.instance())
    assert collector.timer.isActive() and collector.timer.interval() == gui_gc.INTERVAL_MS
    assert collector.thread() is QApplication.instance().thread()
