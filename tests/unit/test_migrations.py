"""A database made by every earlier schema version upgrades without losing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.ids import new_id
from desktop.services import session
from desktop.services.applicants import find_applicants
from desktop.storage.backup import list_backups, verify_backup
from desktop.storage.connection import create_database, open_with_key
from desktop.storage.migrations import migration_names
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = "2026-01-05T10:00:00+00:00"


def _write_version_one_records(db) -> str:
    """Rows every schema since 0001 has; written with plain SQL, as that version would."""
    person_id = new_id()
    db.execute(
        "INSERT INTO persons (id, created_at, updated_at, iin, last_name, first_name,"
        " birth_date, sex, citizenship) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [person_id, NOW, NOW, "900315400017", "Әбілқасымова", "Әсел", "1990-03-15", "female",
         "citizen"],
    )
    db.execute(
        "INSERT INTO cases (id, created_at, updated_at, number, person_id, direction, state,"
        " applied_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [new_id(), NOW, NOW, "634603-AB12-00001", person_id, "1", "submitted", "2026-01-05"],
    )
    db.conn.commit()
    return person_id


# Every version older than the newest: stop before each migration after the first.
EARLIER = migration_names()[1:]


@pytest.mark.parametrize("stop_before", EARLIER)
def test_upgrade_from_every_earlier_version_keeps_the_data(
    tmp_path: Path, stop_before: str
) -> None:
    path = tmp_path / "old.db"
    opened, data_key, _ = create_database(path, "admin", PASSPHRASE, FAST_KDF,
                                          stop_before=stop_before)
    assert stop_before not in {m["name"] for m in opened.db["_sqlite_migrations"].rows}
    person_id = _write_version_one_records(opened.db)
    opened.close()

    upgraded = open_with_key(path, opened.keyring, data_key)
    applied = [m["name"] for m in upgraded.db["_sqlite_migrations"].rows]
    assert applied == migration_names()
    assert upgraded.db["persons"].get(person_id)["last_name"] == "Әбілқасымова"
    assert upgraded.db["cases"].count == 1
    assert upgraded.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert upgraded.db.execute("PRAGMA foreign_key_check").fetchall() == []
    upgraded.close()


def test_people_from_before_the_search_index_are_searchable_after_upgrade(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    opened, data_key, user_id = create_database(
        path, "admin", PASSPHRASE, FAST_KDF, stop_before="0002_reference_data_and_search"
    )
    _write_version_one_records(opened.db)
    opened.db.execute(
        "INSERT INTO users (id, created_at, updated_at, username, full_name, role)"
        " VALUES (?, ?, ?, 'admin', 'Әкімші', 'administrator')", [user_id, NOW, NOW])
    opened.db.conn.commit()
    opened.close()
    store = session.unlock(path, "admin", PASSPHRASE)
    assert [p["first_name"] for p in find_applicants(store, "абил")] == ["Әсел"]
    store.close()


def test_a_fresh_database_has_every_migration(store) -> None:
    assert [m["name"] for m in store.db["_sqlite_migrations"].rows] == migration_names()


def test_an_upgrade_takes_a_backup_of_the_old_file_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    opened, data_key, _ = create_database(path, "admin", PASSPHRASE, FAST_KDF,
                                          stop_before=EARLIER[-1])
    _write_version_one_records(opened.db)
    opened.close()
    open_with_key(path, opened.keyring, data_key).close()
    [(_, made)] = list_backups(tmp_path / "backups", opened.database_id)
    assert b"SQLite format 3" not in made.read_bytes()
    # The backup is the old version, whole (it verifies), taken by the system, not a person.
    verified = verify_backup(made, "admin", PASSPHRASE)
    assert verified.header.schema == EARLIER[-2] and verified.header.made_by == "system"
    assert verified.counts["persons"] == 1
