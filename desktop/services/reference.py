"""Reference data the district publishes (settlements now; vacancies and more with sync)."""

from __future__ import annotations

from desktop.storage.store import Store


def settlement_names(store: Store, language: str) -> dict[str, str]:
    """КАТО code → settlement name in the interface language (Russian names for English)."""
    column = "name_kk" if language == "kk" else "name_ru"
    return {
        kato: name
        for kato, name in store.db.execute(
            f"SELECT kato, {column} FROM settlements WHERE deleted = 0"
        ).fetchall()
    }
