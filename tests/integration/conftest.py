"""Fixtures the integration tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.storage.store import Store


@pytest.fixture
def stores() -> Iterator[list[Store]]:
    """Device databases a test opens, closed after it whatever happened."""
    opened: list[Store] = []
    yield opened
    for store in opened:
        store.close()
