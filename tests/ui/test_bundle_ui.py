"""Sync by USB stick as a person does it, from the Sync menu: export the changes, the district
imports them and answers (its real admin command), import the answer; and a wrong file is
refused with a translated message while nothing changes. Real encrypted databases and the real
district server of the sync UI tests (its fixtures are reused).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.services import sync as sync_service
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from district import admin
from tests.ui.test_sync_ui import (  # noqa: F401 - fixtures
    OKRUG_KATO,
    WAIT_MS,
    District,
    _dispose,
    _register,
    _shown,
    devices,
    district,
)


@pytest.fixture
def village(qtbot, devices) -> Iterator[tuple[Store, MainWindow]]:  # noqa: ANN001, F811
    store = devices("village", OKRUG_KATO)
    for number in (501, 502):
        _register(store, number)
    window = _shown(qtbot, store)
    yield store, window
    _dispose(window)


def _said(qtbot, window: MainWindow, run) -> QMessageBox:  # noqa: ANN001
    """Run a menu step; the message box it ends with."""
    window.bundles.box = None
    run()
    qtbot.waitUntil(lambda: window.bundles.box is not None and window.bundles.box.isVisible(),
                    timeout=WAIT_MS)
    box = window.bundles.box
    box.done(0)
    return box


def _at_district(district: District, outbox: Path, answer: Path) -> None:  # noqa: F811
    assert admin.main(["--database", district.url, "import-bundle", str(outbox),
                       "--answer", str(answer)]) == 0


def test_the_sync_menu_carries_the_changes_by_stick_and_back(
        qtbot, village, district: District, tmp_path: Path) -> None:  # noqa: ANN001, F811
    store, window = village
    actions = window.sync_menu.actions()
    assert window.bundles.export_action in actions and window.bundles.import_action in actions
    assert window.bundles.export_action.text() == "&Export changes to a USB stick…"
    waiting = sync_service.status(store).pending
    assert waiting >= 2

    outbox = tmp_path / "stick" / "qadam-village.qadam"
    outbox.parent.mkdir()
    box = _said(qtbot, window, lambda: window.bundles.export_to(outbox))
    assert box.icon() == QMessageBox.Icon.Information
    assert str(outbox) in box.text() and box.text().startswith(f"Changes saved: {waiting}.")
    assert outbox.stat().st_size > 0
    # Sent, not yet answered: still counted as waiting for the district.
    qtbot.waitUntil(lambda: window.sync.status.pending + window.sync.status.sent == waiting,
                    timeout=WAIT_MS)

    answer = tmp_path / "stick" / "qadam-village-answer.qadam"
    _at_district(district, outbox, answer)
    box = _said(qtbot, window, lambda: window.bundles.import_from(answer))
    assert box.windowTitle() == "The district's answer is imported"
    assert "rejected: 0" in box.text()
    qtbot.waitUntil(lambda: window.sync.status.pending + window.sync.status.sent == 0,
                    timeout=WAIT_MS)
    assert "Never synced" not in window.sync_status.summary()

    # The same answer again: said plainly, nothing changes.
    box = _said(qtbot, window, lambda: window.bundles.import_from(answer))
    assert box.windowTitle() == "Already imported"


def test_a_wrong_file_is_refused_in_russian_and_nothing_changes(
        qtbot, village, tmp_path: Path) -> None:  # noqa: ANN001
    store, window = village
    waiting = sync_service.status(store).pending
    i18n.apply_language("ru", remember=False)
    try:
        assert window.bundles.import_action.text() == "&Импортировать ответ района…"
        not_a_bundle = tmp_path / "photo.qadam"
        not_a_bundle.write_bytes(b"\xff\xd8\xff\xe0 a photo, not a sync file")
        box = _said(qtbot, window, lambda: window.bundles.import_from(not_a_bundle))
        assert box.icon() == QMessageBox.Icon.Warning
        assert box.windowTitle() == "Ничего не изменилось"
        assert "Qadam" in box.text() and "USB" in box.text()  # what the file is, what to do
        missing = tmp_path / "no such folder" / "out.qadam"
        box = _said(qtbot, window, lambda: window.bundles.export_to(missing))
        assert box.icon() == QMessageBox.Icon.Warning
        assert sync_service.status(store).pending == waiting  # the outbox as it was
        assert not missing.exists()
        assert window.bundles.export_action.isEnabled()  # and it can be tried again
    finally:
        i18n.apply_language("en", remember=False)
