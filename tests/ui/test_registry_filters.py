"""The registry's filter bar in the main window: keyboard, the list it narrows, the counts,
Clear filters, sorting by a header click, and Kazakh and Russian."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.app import build_main_window
from desktop.services.registry import RegistryFilter, count_registry, find_registry
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_model import ApplicantTableModel as M
from desktop.ui.main_window import MainWindow
from desktop.ui.registry_filters import RegistryFilterBar

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _window(qtbot, store: Store) -> MainWindow:  # noqa: ANN001
    window = build_main_window(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_applicants()  # Ctrl+2: the list, its search and filters (Home comes first)
    return window


def _ids(window: MainWindow) -> list[str]:
    model = window.model
    return [model.data(model.index(r, 0), M.PersonIdRole) for r in range(model.rowCount())]


def test_the_keyboard_reaches_the_filters_and_narrows_the_list(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    bar = window.filters
    assert bar.status.text() == "No filters" and not bar.clear_button.isEnabled()
    qtbot.keyClick(window.search, Qt.Key.Key_F, CTRL_SHIFT)  # Ctrl+Shift+F: into the filters
    qtbot.waitUntil(bar.direction.hasFocus)
    qtbot.keyClick(bar.direction, Qt.Key.Key_Down)  # "any" → direction 1
    assert bar.direction.currentData() == "1"
    expected = [r["id"] for r in find_registry(store, filters=RegistryFilter(direction="1"))]
    assert _ids(window) == expected and 0 < len(expected) < 50
    assert bar.status.text() == "Filters: 1 active"
    assert window.found_label.text() == f"Found: {len(expected)}"

    qtbot.keyClick(bar.direction, Qt.Key.Key_Tab)  # Tab goes on to the case state
    qtbot.waitUntil(bar.state.hasFocus)
    bar.state.setCurrentIndex(bar.state.findData("in_progress"))
    both = RegistryFilter(direction="1", state="in_progress")
    assert window.model.filters == both
    assert _ids(window) == [r["id"] for r in find_registry(store, filters=both)]
    assert bar.status.text() == "Filters: 2 active" and bar.clear_button.isEnabled()


def test_the_filters_shortcut_works_from_the_home_tab(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    window.show_home()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.waitUntil(window.filters.direction.hasFocus)
    assert window.tabs.currentIndex() == 1


def test_tab_goes_from_the_search_through_the_filters_to_the_list(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    bar = window.filters
    window.search.setFocus()
    qtbot.waitUntil(window.search.hasFocus)
    visited = []
    for _ in range(5):
        QApplication.focusWidget().focusNextChild()
        visited.append(QApplication.focusWidget())
    # Clear filters is disabled while no filter is set, so Tab skips it.
    assert visited == [bar.direction, bar.state, bar.category, bar.priority, window.table]


def test_clear_filters_brings_everyone_back(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    bar = window.filters
    everyone = _ids(window)
    bar.category.setCurrentIndex(bar.category.findData("unemployed"))
    bar.priority.setCurrentIndex(bar.priority.findData("woman"))
    narrowed = _ids(window)
    assert 0 < len(narrowed) < len(everyone)
    assert narrowed == [r["id"] for r in find_registry(
        store, filters=RegistryFilter(category="unemployed", priority="woman"))]
    qtbot.keyClick(window.table, Qt.Key.Key_Backspace, CTRL_SHIFT)  # the shortcut
    assert window.model.filters == RegistryFilter() and _ids(window) == everyone
    assert bar.status.text() == "No filters"
    bar.state.setCurrentIndex(bar.state.findData("completed"))
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)  # and the button
    assert _ids(window) == everyone and bar.state.currentData() is None


def test_filters_and_the_search_text_narrow_together(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    filters = RegistryFilter(category="unemployed")
    someone = find_registry(store, filters=filters)[0]
    window.filters.category.setCurrentIndex(window.filters.category.findData("unemployed"))
    window.search.setText(someone["last_name"][:3])
    window.run_search()
    expected = [r["id"] for r in find_registry(store, someone["last_name"][:3], filters)]
    assert someone["id"] in _ids(window) and _ids(window) == expected


def test_nobody_matching_the_filters_is_said_plainly(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    filters = RegistryFilter(direction="4", state="refused", category="hazardous_work_allowance",
                             priority="rural_youth")
    assert count_registry(store, filters=filters) == 0
    window.filters.set_value(filters)
    assert window.model.rowCount() == 0
    assert window.found_label.text() == "Nobody matches these filters."
    assert window.filters.status.text() == "Filters: 4 active"


def test_a_header_click_sorts_by_that_column(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    header = window.table.horizontalHeader()
    assert header.sortIndicatorSection() == M.COL_SURNAME  # Kazakh alphabetical by default
    x = header.sectionViewportPosition(M.COL_BIRTH_DATE) + header.sectionSize(M.COL_BIRTH_DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert window.model.sort_column == M.COL_BIRTH_DATE
    first = header.sortIndicatorOrder()
    expected = find_registry(
        store, sort="birth_date", descending=first == Qt.SortOrder.DescendingOrder)
    assert _ids(window) == [r["id"] for r in expected]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorOrder() != first
    assert _ids(window) == [r["id"] for r in reversed(expected)]


def test_the_match_count_comes_from_the_worker(qtbot, store: Store) -> None:
    model = M(store, page_size=10)
    filters = RegistryFilter(category="unemployed")
    with qtbot.waitSignal(model.matchCountChanged, timeout=10_000) as counted:
        model.set_filters(filters)
    assert counted.args == [count_registry(store, filters=filters)]
    assert model.match_count() == counted.args[0] > model.rowCount() == 10


def test_the_bar_speaks_kazakh_and_russian(qtbot, store: Store) -> None:
    window = _window(qtbot, store)
    bar: RegistryFilterBar = window.filters
    bar.category.setCurrentIndex(bar.category.findData("orphan"))
    i18n.apply_language("kk")
    assert bar.labels["direction"].text() == "&Бағыт:"
    assert bar.status.text() == "Сүзгілер: 1 белсенді"
    assert bar.clear_button.text() == "Сүзгілерді тазалау"
    assert bar.category.currentData() == "orphan"  # the choice stays through the change
    assert bar.direction.itemText(0) == "кез келген"
    i18n.apply_language("ru")
    assert bar.status.text() == "Фильтры: активно 1"
    assert bar.priority.itemText(bar.priority.findData("rural_woman")) == (
        "сельские женщины (§4.3.1)")
    assert window.model.filters == RegistryFilter(category="orphan")


def test_a_name_search_counts_only_up_to_a_limit(
    qtbot, store: Store, monkeypatch  # noqa: ANN001
) -> None:
    """"Found: 5+" rather than a count that would hold the database while the person types."""
    from desktop.ui import applicant_model

    monkeypatch.setattr(applicant_model, "COUNT_LIMIT", 5)
    window = _window(qtbot, store)
    window.model._page_size = 3
    assert count_registry(store, "а") > 5
    with qtbot.waitSignal(window.model.matchCountChanged, timeout=10_000):
        window.search.setText("а")
        window.run_search()
    assert window.model.match_count() == 5 and window.model.match_capped()
    assert window.found_label.text() == "Found: 5+"
