"""The main window's status bar on every kind of day: the urgent report countdown is never
hidden or cut off, at the default size and the smallest, in English, Kazakh and Russian.

Each window gets its own `today` (an injected clock), so these run the same on any date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.services.sync import SyncStatus
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import wait_for_background

DEFAULT = (1280, 720)  # MainWindow's own size at start
SMALLEST = (720, 420)  # its minimum size: 1366×768 at 150 %
LANGUAGES = ("en", "kk", "ru")

# (today, days left to the report's due date, urgent?) around December 2026's due date
DAYS = [
    (date(2026, 12, 1), 9, False),
    (date(2026, 12, 7), 3, True),
    (date(2026, 12, 8), 2, True),
    (date(2026, 12, 9), 1, True),
    (date(2026, 12, 10), 0, True),
    (date(2026, 12, 11), 30, False),  # November's is in: December's, due 10 January
    (date(2026, 12, 31), 10, False),
]


def _settled(window: MainWindow) -> None:
    """Layouts run from posted events: let them all run before measuring."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _cut_off(widget: QWidget) -> bool:
    """A shown widget narrower than its text asks for shows that text cut off."""
    return widget.isVisible() and widget.width() < widget.sizeHint().width()


def _check_nothing_is_cut_off(window: MainWindow) -> None:
    sync = window.sync_status
    labels = [sync.clock, sync.last, sync.pending, sync.rejected, sync.conflicts]
    widgets = [window.found_label, sync, window.due_label, window.total_label,
               window.backups.label, *labels]
    for widget in widgets:
        name = widget.text() if isinstance(widget, QLabel) else type(widget).__name__
        assert not _cut_off(widget), f"cut off: {name!r} {widget.width()} px"
    right = max(w.geometry().right() for w in (sync, window.due_label, window.total_label)
                if w.isVisible())
    assert right < window.statusBar().width()  # nothing runs past the window's edge


def _window(qtbot, store: Store, day: date) -> MainWindow:  # noqa: ANN001
    window = MainWindow(store, today=lambda: day)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize(("today", "days_left", "urgent"), DAYS, ids=lambda v: str(v))
def test_the_urgent_countdown_always_shows_whole(
    qtbot, store: Store, today: date, days_left: int, urgent: bool  # noqa: ANN001
) -> None:
    window = _window(qtbot, store, today)
    due = window.due_label
    assert due.days_left == days_left and due.urgent is urgent
    for code in LANGUAGES:
        i18n.apply_language(code, remember=False)
        for size in (DEFAULT, SMALLEST):
            window.resize(*size)
            _settled(window)
            where = f"{today} {code} {size}"
            _check_nothing_is_cut_off(window)
            if urgent:
                assert due.isVisible(), where
                assert str(days_left) in due.text() or days_left < 2, where
                if due.compact:  # the short form: the whole sentence on hover
                    assert due.toolTip() and due.toolTip() != due.text(), where
            if size == DEFAULT and code != "kk":
                assert due.isVisible() and not due.compact, where  # room for it all
            if urgent and size == DEFAULT:
                assert not due.compact, where  # the total gives way first
    window.resize(*DEFAULT)
    _settled(window)
    assert window.total_label.isVisible() or urgent  # a wide window brings it back


def test_a_busy_sync_state_and_the_urgent_countdown_share_the_smallest_window(
    qtbot, store: Store  # noqa: ANN001
) -> None:
    """Rejected changes, conflicts and a wrong clock all at once: the sync state drops its
    last-sync time and the clock badge (the banner above the tabs says it whole); the counts
    and the countdown stay."""
    window = _window(qtbot, store, date(2026, 12, 9))
    synced = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    busy = SyncStatus(
        enrolled=True, server_url="https://district.example", scope="okrug",
        okrug_kato="634603000", last_sync_at=synced, pending=12, sent=0, rejected=3,
        staged=0, open_conflicts=2, notices=0, clock_offset_ms=-7 * 86_400_000,
        clock_warning=True,
    )
    for code in LANGUAGES:
        i18n.apply_language(code, remember=False)
        for size in (DEFAULT, SMALLEST):
            window.resize(*size)
            wait_for_background()  # the window's own read of the sync state comes first
            _settled(window)
            window.sync.status_changed.emit(busy)  # as SyncController announces it
            _settled(window)
            _check_nothing_is_cut_off(window)
            assert window.due_label.isVisible(), f"{code} {size}"
            sync = window.sync_status
            assert sync.rejected.isVisible() and sync.conflicts.isVisible()
            assert sync.pending.isVisible()
            assert sync.clock.isVisible() or window.clock_banner.isVisible()


def test_the_short_countdown_in_kazakh_and_russian(qtbot, store: Store) -> None:  # noqa: ANN001
    window = _window(qtbot, store, date(2026, 12, 8))
    window.resize(*SMALLEST)
    i18n.apply_language("kk", remember=False)
    _settled(window)
    assert window.due_label.text() == "Қараша есебі: 2 күн қалды"
    assert "2026 ж. 10 желтоқсан" in window.due_label.toolTip()
    i18n.apply_language("ru", remember=False)
    _settled(window)
    assert window.due_label.text() == "Отчёт за ноябрь: осталось 2 дня"
    i18n.apply_language("en", remember=False)
    _settled(window)
    assert window.due_label.text() == "November report: 2 days left"
    assert window.due_label.toolTip() == (
        "Report for November 2026 is due by 10 December 2026: 2 days left")


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_week_without_a_backup_stays_in_the_smallest_window_a_fresh_one_gives_way(
    qtbot, store: Store, code: str  # noqa: ANN001
) -> None:
    """The red "no backup" warning outranks the total and a far-off countdown; the quiet
    "Backed up today" is the first to go when room is short."""
    window = _window(qtbot, store, date(2026, 12, 1))  # the report is 9 days off
    i18n.apply_language(code, remember=False)
    label = window.backups.label
    now = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    label.show_age(None, now)  # never backed up
    window.resize(*SMALLEST)
    _settled(window)
    _check_nothing_is_cut_off(window)
    assert label.overdue and label.isVisible(), label.text()
    assert not window.total_label.isVisible()  # the total went before the warning
    label.show_age(now - timedelta(hours=2), now)
    window.resize(*SMALLEST)
    _settled(window)
    assert not label.overdue
    if not window.total_label.isVisible() or not window.due_label.isVisible():
        assert not label.isVisible()  # it went first
    window.resize(*DEFAULT)
    _settled(window)
    _check_nothing_is_cut_off(window)
