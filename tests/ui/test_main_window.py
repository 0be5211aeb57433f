"""The main window over a real unlocked database: list, search as you type, keys, language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from desktop.app import build_main_window
from desktop.services.applicants import find_applicants
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_model import ApplicantTableModel as M
from desktop.ui.main_window import SEARCH_DELAY_MS


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type any letters, one key event each (QTest.keyClicks asserts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _surnames(window) -> list[str]:  # noqa: ANN001
    model = window.model
    return [model.data(model.index(r, M.COL_SURNAME)) for r in range(model.rowCount())]


def test_the_window_shows_the_demo_applicants(qtbot, store: Store) -> None:
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Qadam — admin"
    assert window.model.rowCount() > 0
    known = {p["last_name"] for p in find_applicants(store, "", 500)}
    assert set(_surnames(window)) == known
    assert window.table.model() is window.model
    assert "50" in window.total_label.text()


def test_the_window_fits_a_1366_by_768_screen(qtbot, store: Store) -> None:
    window = build_main_window(store)
    qtbot.addWidget(window)
    assert window.minimumSize().width() <= 1366 and window.minimumSize().height() <= 740
    window.resize(1366, 740)
    window.show()
    qtbot.waitExposed(window)
    window.show_applicants()  # the list is the second tab, after today's work
    header = window.table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(M.COLUMN_COUNT - 1))
    assert used < window.table.viewport().width()  # every column visible without scrolling


def test_search_as_you_type_narrows_the_list_after_a_pause(qtbot, store: Store) -> None:
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    surname = find_applicants(store, "", 1)[0]["last_name"]
    type_text(window.search, surname)
    assert window.search.text() == surname
    assert window.model.rowCount() == 50  # debounced: nothing ran on each keystroke
    qtbot.waitUntil(lambda: window.model.search_text == surname, timeout=SEARCH_DELAY_MS * 10)
    assert 0 < window.model.rowCount() < 50
    assert surname in _surnames(window)
    assert "Found" in window.found_label.text()
    window.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 50, timeout=SEARCH_DELAY_MS * 10)


def test_nobody_found_is_said_plainly(qtbot, store: Store) -> None:
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.search.setText("Щщщщщ")
    window.run_search()
    assert window.model.rowCount() == 0
    assert "Nobody found" in window.found_label.text()


def test_ctrl_f_focuses_the_search_box(qtbot, store: Store) -> None:
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search.hasFocus)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.table.hasFocus() and window.table.currentIndex().row() == 0


def test_switching_to_kazakh_translates_the_window(qtbot, store: Store) -> None:
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    window.language_actions["kk"].trigger()
    assert i18n.current_language() == "kk"
    header = window.model.headerData(M.COL_SURNAME, Qt.Orientation.Horizontal)
    assert header == "Тегі"
    assert window.table.model().headerData(M.COL_IIN, Qt.Orientation.Horizontal) == "ЖСН"
    assert window.total_label.text() == "Дерекқордағы өтініш берушілер: 50"
    assert window.search.placeholderText().startswith("Тегі, аты")
    assert window.language_actions["kk"].isChecked()
    window.language_actions["ru"].trigger()
    assert window.model.headerData(M.COL_SURNAME, Qt.Orientation.Horizontal) == "Фамилия"
    assert window.file_menu.title() == "&Файл"


def test_settlements_show_by_name_in_the_interface_language(qtbot, store: Store) -> None:
    i18n.apply_language("kk")
    window = build_main_window(store)
    qtbot.addWidget(window)
    names = {window.model.data(window.model.index(r, M.COL_SETTLEMENT))
             for r in range(window.model.rowCount())}
    assert any(name.endswith("ауылы") for name in names)  # e.g. "Көкпекті ауылы"
    i18n.apply_language("ru")
    names = {window.model.data(window.model.index(r, M.COL_SETTLEMENT))
             for r in range(window.model.rowCount())}
    assert any(name.startswith("село ") for name in names)
