"""Run slow work (Argon2id, database creation) off the GUI thread, results back on it.

One worker thread owns the database, as in Anki's taskman: jobs run one after another on a
pool of one thread. `run_in_background(fn, on_success, on_failure)` calls `fn()` there and
then one of the callbacks on the GUI thread.

Results come back through one dispatcher that lives on the GUI thread for the whole run and
is never deleted: the worker holds no reference to any QObject that could die, so no Qt object
is ever freed on the wrong thread or while its own slot runs.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Callbacks = tuple[Callable[[Any], None], Callable[[BaseException], None]]

_pool: QThreadPool | None = None
_dispatcher: _Dispatcher | None = None
_ids = itertools.count(1)


def database_pool() -> QThreadPool:
    """The single worker thread that runs database and key work."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Dispatcher(QObject):
    """Lives on the GUI thread: a queued `finished` runs the job's callback there."""

    finished = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.callbacks: dict[int, Callbacks] = {}
        self.finished.connect(self._deliver)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, value: Any) -> None:
        on_success, on_failure = self.callbacks.pop(job_id)
        try:
            (on_success if ok else on_failure)(value)
        except Exception as error:  # an exception must not escape into Qt's event loop
            from desktop.ui.crash_dialog import report

            # Logged, and the "something went wrong" dialog when the app installed it.
            if not report(error):
                log.exception("callback of background job %s failed", job_id)


def _get_dispatcher() -> _Dispatcher:
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()
    return _dispatcher


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], dispatcher: _Dispatcher) -> None:
        super().__init__()
        self._id, self._fn, self._dispatcher = job_id, fn, dispatcher

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # every failure goes back to the GUI, none is swallowed
            self._dispatcher.finished.emit(self._id, False, error)
        else:
            self._dispatcher.finished.emit(self._id, True, result)
        self._fn = None  # drop the work's captured values here, not at some later collection


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> None:
    """Call `fn()` on the database worker; then `on_success(result)` or `on_failure(error)`.

    Call it from the GUI thread (the callbacks run on the thread the dispatcher lives on).
    """
    dispatcher = _get_dispatcher()
    job_id = next(_ids)
    dispatcher.callbacks[job_id] = (on_success, on_failure)
    database_pool().start(_Job(job_id, fn, dispatcher))


def wait_for_background(msecs: int = 30_000) -> bool:
    """Block until queued jobs are done (at exit, and in tests)."""
    return _pool.waitForDone(msecs) if _pool is not None else True
