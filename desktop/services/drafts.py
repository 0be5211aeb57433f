"""Drafts: a form's unsaved input, kept per user so a crash or power cut loses almost nothing.

A draft is the form's fields as typed (JSON), keyed by user, form kind and record: the record's
id, or `new:<id>` for a record not saved yet (a new case also names the person it is for).
Drafts are local only: not a record table, never synchronised, no change log and no audit
entry (nothing was decided). They are personal data, so they live in the encrypted database
and nowhere else: never in a plain file, the settings or a log.

Every function reads or writes only the signed-in user's drafts (`store.actor`): one user's
unsaved input is never shown to another.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.domain.ids import new_id
from desktop.storage.connection import DB_ERRORS
from desktop.storage.errors import DiskFull, PermissionDenied
from desktop.storage.store import Store, utc_now_iso

APPLICANT = "applicant"
CASE = "case"
FORMS = (APPLICANT, CASE)
NEW_PREFIX = "new:"


@dataclass(frozen=True)
class Draft:
    form: str
    record_key: str
    context_id: str | None  # the person of a new case
    values: dict[str, Any]
    saved_at: datetime  # UTC

    @property
    def is_new(self) -> bool:
        """A draft of a record that was never saved (it has no row yet)."""
        return self.record_key.startswith(NEW_PREFIX)

    @property
    def record_id(self) -> str | None:
        return None if self.is_new else self.record_key


def new_record_key() -> str:
    """The key of a form for a record not saved yet."""
    return NEW_PREFIX + new_id()


def _check_form(form: str) -> None:
    if form not in FORMS:
        raise ValueError(f"unknown draft form: {form}")


def save_draft(
    store: Store,
    form: str,
    record_key: str,
    values: dict[str, Any],
    context_id: str | None = None,
) -> None:
    """Keep (or replace) this user's draft of `form` for `record_key`, stamped now."""
    _check_form(form)
    if not store.actor.role.can_write:
        raise PermissionDenied(role=store.actor.role.value, action="change records")
    payload = json.dumps(values, ensure_ascii=False, sort_keys=True)
    try:
        with store.db.atomic():
            store.db.execute(
                "INSERT OR REPLACE INTO drafts (user_id, form, record_key, context_id,"
                " field_values, saved_at) VALUES (?, ?, ?, ?, ?, ?)",
                [store.actor.user_id, form, record_key, context_id, payload,
                 utc_now_iso(store.clock)],
            )
    except DB_ERRORS as error:
        if "disk is full" in str(error) or "disk I/O error" in str(error):
            raise DiskFull() from error
        raise


def delete_draft(store: Store, form: str, record_key: str) -> None:
    """The form was saved or its input discarded: the draft goes (nothing if there was none)."""
    _check_form(form)
    if not store.actor.role.can_write:
        return  # a read-only user never had a draft to delete
    with store.db.atomic():
        store.db.execute(
            "DELETE FROM drafts WHERE user_id = ? AND form = ? AND record_key = ?",
            [store.actor.user_id, form, record_key],
        )


def load_draft(store: Store, form: str, record_key: str) -> Draft | None:
    _check_form(form)
    rows = _select(store, "form = ? AND record_key = ?", [form, record_key])
    return rows[0] if rows else None


def list_drafts(
    store: Store,
    form: str | None = None,
    new_only: bool = False,
    context_id: str | None = None,
) -> list[Draft]:
    """This user's drafts, newest first; `new_only`: of records never saved."""
    where, params = ["1 = 1"], []
    if form is not None:
        _check_form(form)
        where.append("form = ?")
        params.append(form)
    if new_only:
        where.append("record_key LIKE ?")
        params.append(NEW_PREFIX + "%")
    if context_id is not None:
        where.append("context_id = ?")
        params.append(context_id)
    return _select(store, " AND ".join(where), params)


def _select(store: Store, where: str, params: list[Any]) -> list[Draft]:
    cursor = store.db.execute(
        "SELECT form, record_key, context_id, field_values, saved_at FROM drafts"
        f" WHERE user_id = ? AND {where} ORDER BY saved_at DESC, record_key",
        [store.actor.user_id, *params],
    )
    return [
        Draft(form, key, context, json.loads(values), datetime.fromisoformat(saved_at))
        for form, key, context, values, saved_at in cursor.fetchall()
    ]
