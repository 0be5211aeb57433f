"""The drafts service over a real encrypted database: per user, exact, local only."""

from __future__ import annotations

import pytest

from desktop.domain.enums import Role
from desktop.services import drafts, session
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Actor, Store
from tests.conftest import FAST_KDF, PASSPHRASE

VALUES = {"last_name": "  Құлмағамбетова ", "categories": ["unemployed"], "members": 3,
          "answers": {"move_type": None}}


def test_a_draft_comes_back_exactly_as_typed(store: Store) -> None:
    key = drafts.new_record_key()
    drafts.save_draft(store, drafts.APPLICANT, key, VALUES)
    draft = drafts.load_draft(store, drafts.APPLICANT, key)
    assert draft is not None and draft.values == VALUES
    assert draft.is_new and draft.record_id is None
    drafts.save_draft(store, drafts.APPLICANT, key, {**VALUES, "members": 4})  # replaced
    assert [d.values["members"] for d in drafts.list_drafts(store)] == [4]
    drafts.delete_draft(store, drafts.APPLICANT, key)
    assert drafts.load_draft(store, drafts.APPLICANT, key) is None


def test_lists_filter_by_form_newness_and_person(store: Store) -> None:
    drafts.save_draft(store, drafts.APPLICANT, "person-1", VALUES)
    drafts.save_draft(store, drafts.CASE, "new:a", VALUES, context_id="person-1")
    drafts.save_draft(store, drafts.CASE, "new:b", VALUES, context_id="person-2")
    assert {d.record_key for d in drafts.list_drafts(store, new_only=True)} == {"new:a", "new:b"}
    assert [d.record_key for d in drafts.list_drafts(store, drafts.CASE, new_only=True,
                                                    context_id="person-2")] == ["new:b"]
    assert [d.record_key for d in drafts.list_drafts(store, drafts.APPLICANT)] == ["person-1"]


def test_each_user_sees_only_their_own_drafts(store: Store, db_path) -> None:  # noqa: ANN001
    session.add_user(store, PASSPHRASE, "bota", "Бота", Role.VILLAGE_SPECIALIST,
                     "Бота Сәрсенова 2026", FAST_KDF)
    drafts.save_draft(store, drafts.APPLICANT, "new:admin", VALUES)
    bota = session.unlock(db_path, "bota", "Бота Сәрсенова 2026")
    try:
        assert drafts.list_drafts(bota) == []
        assert drafts.load_draft(bota, drafts.APPLICANT, "new:admin") is None
        drafts.delete_draft(bota, drafts.APPLICANT, "new:admin")  # cannot touch admin's
        drafts.save_draft(bota, drafts.APPLICANT, "new:admin", {"last_name": "Б"})
    finally:
        bota.close()
    assert drafts.load_draft(store, drafts.APPLICANT, "new:admin").values == VALUES


def test_drafts_write_no_change_log_and_no_audit(store: Store) -> None:
    count = "SELECT (SELECT count(*) FROM change_log), (SELECT count(*) FROM audit_log)"
    before = store.db.execute(count).fetchone()
    drafts.save_draft(store, drafts.APPLICANT, "new:x", VALUES)
    drafts.delete_draft(store, drafts.APPLICANT, "new:x")
    assert store.db.execute(count).fetchone() == before


def test_a_read_only_user_keeps_no_drafts(store: Store) -> None:
    auditor = Store(store.opened, Actor(store.actor.user_id, "auditor", Role.AUDITOR))
    with pytest.raises(PermissionDenied):
        drafts.save_draft(auditor, drafts.APPLICANT, "new:x", VALUES)


def test_an_unknown_form_is_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        drafts.save_draft(store, "household", "new:x", VALUES)
