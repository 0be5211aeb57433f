"""One sync at a time, on the database worker; status read after every write and every sync.

`SyncController` belongs to the main window. Everything it asks of `desktop.services.sync`
runs through `run_in_background` (the one database worker), never on the GUI thread.

Progress comes from the worker while `sync_now` runs. The worker holds no reference to a
QObject that could die (see tasks.py): it emits on `_relay`, a module-level object that lives
on the GUI thread for the whole run; a queued signal carries the phase to the controller.

Background sync (every `BACKGROUND_INTERVAL_MS` and `AFTER_UNLOCK_MS` after an unlock) is
quiet: it first asks whether the server answers (a short health check), never opens a dialog,
and never starts while a sync or another job holds the worker or while the app is locked.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.services import sync as sync_service
from desktop.storage.store import Store
from desktop.sync.errors import SyncError
from desktop.ui.tasks import database_pool, run_in_background

log = logging.getLogger(__name__)

BACKGROUND_INTERVAL_MS = 10 * 60_000
AFTER_UNLOCK_MS = 30_000


def reachable(client: Any) -> bool:
    """One health check without retries: a quiet sync only starts when the server answers."""
    retries = client.retries
    client.retries = 0
    try:
        client.health()
    except SyncError:
        return False
    finally:
        client.retries = retries
    return True


class _Relay(QObject):
    """Lives on the GUI thread and is never deleted: the worker emits here."""

    progress = Signal(int, str, int, int)  # sync number, phase, done, total


_relay: _Relay | None = None
_numbers = itertools.count(1)


def relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class SyncController(QObject):
    """Status, Sync now, background sync. Signals carry the services' own result objects."""

    status_changed = Signal(object)  # SyncStatus
    started = Signal(bool)  # quiet
    progress = Signal(str, int, int)  # phase, done, total
    finished = Signal(object, bool)  # SyncReport, quiet
    failed = Signal(object, bool)  # the error, quiet
    cancelling = Signal()

    def __init__(self, store: Store, parent: QObject | None = None,
                 client_factory: Callable[[], Any] | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.client_factory = client_factory  # tests may give one; None: the service's own
        self.status: Any = None
        self.running = False
        self.quiet = False
        self.locked = False
        self._number = 0
        self._cancel = threading.Event()
        self._reading = False
        self._read_again = False
        relay().progress.connect(self._relayed)

        self.timer = QTimer(self)
        self.timer.setInterval(BACKGROUND_INTERVAL_MS)
        self.timer.timeout.connect(self.background_sync)
        self.after_unlock = QTimer(self)
        self.after_unlock.setSingleShot(True)
        self.after_unlock.setInterval(AFTER_UNLOCK_MS)
        self.after_unlock.timeout.connect(self.background_sync)

    # -- status --------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Read the status on the worker; a read asked for during one follows it."""
        if self._reading:
            self._read_again = True
            return
        self._reading = True
        store = self.store
        run_in_background(lambda: sync_service.status(store), self._status_read,
                          self._status_failed)

    def _status_read(self, status: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.status = status
        self._reading = False
        self.status_changed.emit(status)
        if self._read_again:
            self._read_again = False
            self.refresh_status()

    def _status_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        log.warning("sync status could not be read: %s", type(error).__name__)
        self._reading = False
        if self._read_again:
            self._read_again = False
            self.refresh_status()

    @property
    def reading(self) -> bool:
        """A status read is running or asked for."""
        return self._reading or self._read_again

    @property
    def enrolled(self) -> bool:
        return bool(getattr(self.status, "enrolled", False))

    # -- sync now ------------------------------------------------------------------------
    def sync_now(self, quiet: bool = False) -> bool:
        """Start a sync on the worker; False if one is already running."""
        if self.running:
            return False
        self.running, self.quiet = True, quiet
        self._cancel = threading.Event()
        self._number = number = next(_numbers)
        store, cancel, factory = self.store, self._cancel, self.client_factory
        emit = relay().progress.emit

        def work() -> Any:
            client = (factory() if factory is not None
                      else sync_service.client_for(store, cancel.is_set))
            if quiet and not reachable(client):
                return None  # not reachable: nothing to tell anybody, try again later
            return sync_service.sync_now(
                store, client=client,
                progress=lambda phase, done, total: emit(number, phase, done, total),
                cancelled=cancel.is_set)

        self.started.emit(quiet)
        run_in_background(work, self._done, self._failed)
        return True

    def cancel(self) -> None:
        """Ask the running sync to stop after the batch it is sending or receiving."""
        if self.running and not self._cancel.is_set():
            self._cancel.set()
            self.cancelling.emit()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, str, int, int)
    def _relayed(self, number: int, phase: str, done: int, total: int) -> None:
        if number == self._number and self.running:
            self.progress.emit(phase, done, total)

    def _done(self, report: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        self.finished.emit(report, self.quiet)
        self.refresh_status()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.running = False
        log.info("sync failed: %s", type(error).__name__)  # no personal data in the error
        self.failed.emit(error, self.quiet)
        self.refresh_status()

    # -- background sync -----------------------------------------------------------------
    def start_background(self) -> None:
        self.timer.start()

    def stop_background(self) -> None:
        self.timer.stop()
        self.after_unlock.stop()

    def set_locked(self, locked: bool) -> None:
        """Locked: no background sync; unlocked: one soon, then the regular interval."""
        self.locked = locked
        if locked:
            self.stop_background()
        else:
            self.timer.start()
            self.after_unlock.start()

    def worker_busy(self) -> bool:
        """Another job (a report, an import) holds the one database worker."""
        return database_pool().activeThreadCount() > 0

    def background_sync(self) -> bool:
        """A quiet sync if enrolled, unlocked and nothing else is running; True if started."""
        if (self.locked or self.running or not self.enrolled or self.worker_busy()
                or not self.store.actor.role.can_write):
            return False
        return self.sync_now(quiet=True)
