"""Finding people: exact lookup by ИИН and name search as you type (FTS5 prefix queries).

Names are folded by `domain.names` (case, ё/е, Latin look-alikes, Kazakh letters onto their
Russian neighbours) both when indexed and when searched, so "Асель", "ӘСЕЛЬ" and a Latin "A"
typed by mistake all meet.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from desktop.domain.names import kazakh_sort_text, name_tokens, search_query_tokens

# Kazakh alphabetical order, from the derived name_key column (see reindex_person).
BY_NAME = "ORDER BY name_key"
PERSON_COLUMNS = (
    "id, iin, last_name, first_name, patronymic, birth_date, sex, citizenship, phone,"
    " settlement_kato"
)


def reindex_person(db: Database, person_id: str) -> None:
    """Bring the search index and the sort key of one person in step with their names."""
    row = db.execute(
        "SELECT rowid, last_name, first_name, patronymic, deleted FROM persons WHERE id = ?",
        [person_id],
    ).fetchone()
    if row is None:
        return
    rowid, last, first, patronymic, deleted = row
    # Derived and local (not a change to synchronise): written straight, not through tx.save.
    name_key = "\x01".join(kazakh_sort_text(part or "") for part in (last, first, patronymic))
    db.execute("UPDATE persons SET name_key = ? WHERE rowid = ?", [name_key, rowid])
    db.execute("DELETE FROM persons_fts WHERE rowid = ?", [rowid])
    if not deleted:
        db.execute(
            "INSERT INTO persons_fts (rowid, tokens) VALUES (?, ?)",
            [rowid, " ".join(name_tokens(last, first, patronymic))],
        )


def _rows(cursor: Any) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    return [dict(zip(columns, values, strict=True)) for values in cursor.fetchall()]


def person_by_iin(db: Database, iin: str) -> dict[str, Any] | None:
    rows = _rows(
        db.execute(f"SELECT {PERSON_COLUMNS} FROM persons WHERE iin = ? AND deleted = 0", [iin])
    )
    return rows[0] if rows else None


def search_persons(db: Database, text: str, limit: int = 200, offset: int = 0) -> list[dict]:
    """People whose names start with every word typed, ordered by name."""
    tokens = search_query_tokens(text)
    if not tokens:
        return list_persons(db, limit, offset)
    # Each token is quoted (no FTS syntax from the user gets through) and prefix-matched.
    match = " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)
    return _rows(
        db.execute(
            f"SELECT {PERSON_COLUMNS} FROM persons WHERE rowid IN"
            " (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?)"
            f" AND deleted = 0 {BY_NAME} LIMIT ? OFFSET ?",
            [match, limit, offset],
        )
    )


def list_persons(db: Database, limit: int = 200, offset: int = 0) -> list[dict]:
    return _rows(
        db.execute(
            f"SELECT {PERSON_COLUMNS} FROM persons WHERE deleted = 0"
            f" {BY_NAME} LIMIT ? OFFSET ?",
            [limit, offset],
        )
    )


def count_persons(db: Database) -> int:
    return db.execute("SELECT count(*) FROM persons WHERE deleted = 0").fetchone()[0]
