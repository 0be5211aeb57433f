"""Autosave a form's unsaved input as a draft; offer it back when the form opens again.

A form plugs in with one line and two methods:

    self.autosave = Autosave.attach(self, store, drafts.APPLICANT, person_id)
    def draft_values(self) -> dict: ...            # the fields as typed (JSON values)
    def restore_draft(self, values: dict) -> None: ...  # fill the fields exactly

and calls `self.autosave.saved()` after a save and `self.autosave.discard()` when the person
throws the input away. Every input widget of the form (line edits, combo boxes, check boxes,
spin and date boxes, text areas; also those added later by other tabs) is the dirty signal.

When: 2 s after the last change, and at most 5 s after the first unsaved one while the person
keeps typing, so a crash or a power cut loses at most a few seconds of input.

Where: the write goes through the one database worker (`tasks.run_in_background`), never
from the GUI thread. The GUI and the worker share one SQLite connection, so a write from the
GUI thread could land inside a transaction the worker has open, and a commit with
synchronous=FULL waits for the disk (an fsync can take tens of milliseconds on a village
laptop). On the worker the window never waits, and because the worker runs jobs in order, a
draft written before a save can never be written after it: the delete queued after the save
always comes last. The lookup when a form opens is one primary-key read, done directly, as the
forms already read their records.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.domain import clock
from desktop.services import applicants, drafts
from desktop.services.drafts import Draft
from desktop.storage.store import Store
from desktop.ui.tasks import run_in_background

log = logging.getLogger(__name__)

IDLE_MS = 2_000  # after the last keystroke
MAX_WAIT_MS = 5_000  # at most this long after the first unsaved change, even while typing

_live: weakref.WeakSet[Autosave] = weakref.WeakSet()


def _written(_result: object) -> None:
    """Nothing to do on the GUI thread once a draft is written."""


def _not_written(error: BaseException) -> None:
    # Never the values: they are personal data.
    log.warning("a draft could not be written: %s", type(error).__name__)


class AutosaveText(QObject):
    """The restore prompt's words (lupdate context AutosaveText)."""

    def title(self) -> str:
        return self.tr("Unsaved input")

    def question(self, when: str) -> str:
        return self.tr("Unsaved input from {time} was found. Restore it?").format(time=when)

    def new_applicant(self, when: str) -> str:
        return self.tr("Unsaved input of a new applicant from {time} was found. "
                       "Restore it?").format(time=when)

    def new_case(self, when: str, name: str) -> str:
        return self.tr("Unsaved input of a new case for {name} from {time} was found. "
                       "Restore it?").format(time=when, name=name)

    def restore(self) -> str:
        return self.tr("&Restore")

    def discard_title(self) -> str:
        return self.tr("Discard changes?")

    def discard_question(self) -> str:
        return self.tr("What you typed in this form is not saved. Close it and lose the "
                       "changes?")

    def discard(self) -> str:
        return self.tr("&Discard")


def when_text(draft: Draft) -> str:
    """When the draft was written, in local time: the time today, date and time otherwise."""
    moment = QDateTime.fromSecsSinceEpoch(int(draft.saved_at.timestamp())).toLocalTime()
    locale = QLocale()
    today = clock.today()
    if moment.date() == QDate(today.year, today.month, today.day):
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment, QLocale.FormatType.ShortFormat)


def restore_prompt(parent: QWidget, text: str) -> QMessageBox:
    """Restore / Discard, Restore by default; Esc does neither (the draft is kept)."""
    words = AutosaveText(parent)
    box = QMessageBox(QMessageBox.Icon.Question, words.title(), text, parent=parent)
    restore = box.addButton(words.restore(), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(words.discard(), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(restore)
    box.restore_button = restore  # for the caller (and tests)
    return box


class Autosave(QObject):
    """Writes one form's input as a draft a few seconds after it changes."""

    def __init__(
        self,
        form: QWidget,
        store: Store,
        kind: str,
        record_key: str,
        collect: Callable[[], dict[str, Any]],
        restore: Callable[[dict[str, Any]], None],
        context_id: str | None = None,
    ) -> None:
        super().__init__(form)
        # Weak references only: the form holds this helper, and a cycle back to the form
        # would leave the form to Python's garbage collector, which may run on the database
        # worker thread, and a widget must only ever be deleted on the GUI thread.
        self._form = weakref.ref(form)
        self._collect = weakref.WeakMethod(collect)
        self._restore = weakref.WeakMethod(restore)
        self.store, self.kind = store, kind
        self.record_key, self.context_id = record_key, context_id
        self.enabled = store.actor.role.can_write  # a read-only user types nothing to keep
        self.baseline = collect()  # what the record holds: no draft is needed for it
        self.has_draft = False  # a draft row may exist under record_key
        self.prompt: QMessageBox | None = None
        self._offered = False
        self.idle = self._timer(IDLE_MS)
        self.max_wait = self._timer(MAX_WAIT_MS)
        form.installEventFilter(self)
        _live.add(self)

    @property
    def form(self) -> QWidget | None:
        return self._form()

    def collect(self) -> dict[str, Any]:
        method = self._collect()
        return method() if method is not None else self.baseline

    def restore(self, values: dict[str, Any]) -> None:
        method = self._restore()
        if method is not None:
            method(values)

    @classmethod
    def attach(
        cls,
        form: Any,
        store: Store,
        kind: str,
        record_id: str | None,
        context_id: str | None = None,
    ) -> Autosave:
        """Autosave `form` (with `draft_values`/`restore_draft`) for `record_id` (None: new).

        A new record with a context (a new case for a person) takes over that person's draft
        of a new case, if one was left, so opening the form offers it.
        """
        key = record_id
        if key is None and context_id is not None:
            left = drafts.list_drafts(store, kind, new_only=True, context_id=context_id)
            key = left[0].record_key if left else None
        helper = cls(form, store, kind, key or drafts.new_record_key(), form.draft_values,
                     form.restore_draft, context_id)
        helper.watch()
        return helper

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.flush)
        return timer

    def watch(self) -> None:
        """Every input widget of the form is the dirty signal (spin and date boxes through
        their line edit, so each keystroke counts)."""
        for edit in self.form.findChildren(QLineEdit):
            edit.textChanged.connect(self.changed)
        for combo in self.form.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.changed)
        for button in self.form.findChildren(QAbstractButton):
            if button.isCheckable():
                button.toggled.connect(self.changed)
        for text in (*self.form.findChildren(QPlainTextEdit), *self.form.findChildren(QTextEdit)):
            text.textChanged.connect(self.changed)

    # -- writing ----------------------------------------------------------------------------
    def changed(self, *_args: object) -> None:
        """Something was typed: write 2 s after the last change, 5 s after the first at most."""
        if not self.enabled:
            return
        self.idle.start()
        if not self.max_wait.isActive():
            self.max_wait.start()

    @property
    def pending(self) -> bool:
        """A change is waiting for its write."""
        return self.idle.isActive() or self.max_wait.isActive()

    def flush(self) -> None:
        """Write the draft now (on the worker); input back as the record holds it: none."""
        self.idle.stop()
        self.max_wait.stop()
        if not self.enabled:
            return
        values = self.collect()
        store, kind, key, context = self.store, self.kind, self.record_key, self.context_id
        if values == self.baseline:
            if self.has_draft:
                self.has_draft = False
                run_in_background(lambda: drafts.delete_draft(store, kind, key), _written,
                                  _not_written)
            return
        self.has_draft = True
        run_in_background(lambda: drafts.save_draft(store, kind, key, values, context),
                          _written, _not_written)

    def saved(self, record_id: str | None = None) -> None:
        """The form was saved: its draft goes; from now on it is the draft of `record_id`."""
        self._drop()
        if record_id is not None:
            self.record_key = record_id
        self.baseline = self.collect()

    def discard(self) -> None:
        """The person threw the input away: so is its draft."""
        self._drop()
        self.enabled = False  # the form is closing; nothing more to keep

    def stop(self) -> None:
        """No more writes (the form goes away; its draft, if any, stays for next time)."""
        self.idle.stop()
        self.max_wait.stop()
        self.enabled = False

    def is_dirty(self) -> bool:
        """The form holds input its record does not."""
        return self.enabled and self.collect() != self.baseline

    def close_asking(self, close: Callable[[], None]) -> QMessageBox | None:
        """Close at once if nothing is typed; else ask first (Esc or Cancel keep the form)."""
        if not self.is_dirty():
            self.discard()
            close()
            return None
        words = AutosaveText(self)
        box = QMessageBox(QMessageBox.Icon.Question, words.discard_title(),
                          words.discard_question(), parent=self.form)
        box.addButton(QMessageBox.StandardButton.Discard)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered(_result: int = 0) -> None:
            self.prompt = None
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard:
                self.discard()
                close()
            box.deleteLater()

        box.finished.connect(answered)
        self.prompt = box
        box.open()
        return box

    def _drop(self) -> None:
        self.idle.stop()
        self.max_wait.stop()
        self.has_draft = False
        if self.store.actor.role.can_write:
            store, kind, key = self.store, self.kind, self.record_key
            run_in_background(lambda: drafts.delete_draft(store, kind, key), _written,
                              _not_written)

    # -- offering ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: a helper whose Python side is already gone may still get a last event.
        form = getattr(self, "_form", lambda: None)()
        shown = form is not None and watched is form and event.type() == QEvent.Type.Show
        if shown and not self._offered:
            self._offered = True
            # After the form is on screen, so the prompt sits over it.
            QTimer.singleShot(0, self, self.offer)
        return False

    def offer(self) -> QMessageBox | None:
        """If a draft of this form was left, ask whether to restore it."""
        self._offered = True
        if not self.enabled or self.prompt is not None:
            return self.prompt
        draft = drafts.load_draft(self.store, self.kind, self.record_key)
        if draft is None:
            return None
        if draft.values == self.collect():
            # Saved, but the delete did not happen (a crash right after the save).
            self.has_draft = True
            self.flush()
            return None
        self.has_draft = True
        text = AutosaveText(self).question(when_text(draft))
        box = restore_prompt(self.form, text)
        box.finished.connect(lambda _=0: self._answered(box, draft))
        self.prompt = box
        box.open()
        return box

    def _answered(self, box: QMessageBox, draft: Draft) -> None:
        self.prompt = None
        if box.clickedButton() is box.restore_button:
            self.restore_now(draft)
        elif box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole:
            self.has_draft = True
            self._drop()
        box.deleteLater()

    def restore_now(self, draft: Draft) -> None:
        """Fill the form from `draft` and keep writing under its key."""
        self._offered = True
        self.record_key = draft.record_key
        self.has_draft = True
        self.restore(draft.values)
        self.idle.stop()  # restoring is no new input: the draft already holds it
        self.max_wait.stop()


def flush_all(store: Store | None = None) -> int:
    """Write every open form's pending input now (before a switch of user); how many."""
    count = 0
    for helper in list(_live):
        mine = shiboken6.isValid(helper) and (store is None or helper.store is store)
        if mine and helper.is_dirty():
            helper.flush()
            count += 1
    return count


def stop_all(store: Store) -> None:
    """No more draft writes for `store` (its user is leaving)."""
    for helper in list(_live):
        if shiboken6.isValid(helper) and helper.store is store:
            helper.stop()


def offer_left_drafts(window: Any) -> QMessageBox | None:
    """After unlock: the newest draft of a record never saved (no form would find it).

    `window` is the main window (`store`, `open_applicant`). Restore opens the new card, or the
    person's card with the new case form, filled in; Discard deletes the draft; Esc keeps it
    for the next unlock.
    """
    store: Store = window.store
    if not store.actor.role.can_write or getattr(window, "applicant_card", None) is not None:
        return None  # read-only, or a card is open already: never restore into another
    left = drafts.list_drafts(store, new_only=True)
    if not left:
        return None
    draft = left[0]
    words = AutosaveText(window)
    if draft.form == drafts.APPLICANT:
        text = words.new_applicant(when_text(draft))
    else:
        try:
            person = applicants.applicant_details(store, draft.context_id)
        except Exception:  # the person is gone: the draft has nothing to go back to
            run_in_background(lambda: drafts.delete_draft(store, draft.form, draft.record_key),
                              _written, _not_written)
            return None
        name = f"{person['last_name']} {person['first_name']}"
        text = words.new_case(when_text(draft), name)
    box = restore_prompt(window, text)

    def answered(_result: int = 0) -> None:
        window.drafts_prompt = None
        if box.clickedButton() is box.restore_button:
            reopen_draft(window, draft)
        elif box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.DestructiveRole:
            run_in_background(lambda: drafts.delete_draft(store, draft.form, draft.record_key),
                              _written, _not_written)
        box.deleteLater()

    box.finished.connect(answered)
    window.drafts_prompt = box
    box.open()
    return box


def reopen_draft(window: Any, draft: Draft) -> QWidget:
    """Open the new card, or the person's card and a new case form, filled from `draft`."""
    if draft.form == drafts.APPLICANT:
        card = window.open_applicant(None)
        card.autosave.restore_now(draft)
        return card
    card = window.open_applicant(draft.context_id)
    card.open_new_case()
    form = card.case_form
    form.autosave.restore_now(draft)
    return form


__all__ = ["Autosave", "flush_all", "offer_left_drafts", "reopen_draft", "restore_prompt",
           "stop_all", "when_text"]
