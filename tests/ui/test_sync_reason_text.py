"""The Sync window's reasons for a refused change, in Kazakh and Russian (real .qm catalogues)."""

from __future__ import annotations

import pytest

from desktop.ui import i18n
from desktop.ui.sync_text import SyncText


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "a value breaks the shared rules (type, length or format)"),
    ("kk", "мән ортақ ережелерге сай емес (түрі, ұзындығы немесе пішімі)"),
    ("ru", "значение нарушает общие правила (тип, длина или формат)"),
])
def test_a_value_refused_by_the_schema_is_explained_in_each_language(
        qapp, language: str, expected: str) -> None:  # noqa: ANN001
    i18n.apply_language(language, remember=False)
    try:
        assert SyncText().reason("invalid_value") == expected
    finally:
        i18n.apply_language("en", remember=False)
