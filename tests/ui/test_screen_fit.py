"""Every window fits a 1366×768 laptop at 150 % scaling (≈910×465 logical pixels of contents).

The bound is `screen_fit.SMALL_SCREEN`: at 150 % a 1366×768 screen is 910×512 logical pixels;
the taskbar and a title bar take about 47 more, so every window's *minimum* size must fit in
910×465 (a maximised window gets about that too, so there is no separate bound for it). Real
widgets over the demo database, in Kazakh (the longest labels) and Russian.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from desktop.app import build_main_window
from desktop.storage.store import Store
from desktop.ui import i18n, screen_fit
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.autosave import restore_prompt
from desktop.ui.case_form import CaseForm
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.lock_dialog import LockDialog
from desktop.ui.report_window import DashboardWindow, ReportWindow
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.switch_user import SwitchUserDialog
from desktop.ui.tasks import wait_for_background
from desktop.ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import Database

FIT = screen_fit.SMALL_SCREEN
LANGUAGES = ["kk", "ru"]


def _person(store: Store) -> str:
    return store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]


def _windows(store: Store, database: Database) -> dict[str, Callable[[], QWidget]]:
    """Every top-level window and dialog of the app, built as the app builds it."""
    person = _person(store)
    case = store.db.execute(
        "SELECT id FROM cases WHERE person_id = ? LIMIT 1", [person]).fetchone()[0]
    return {
        "main window": lambda: build_main_window(store),
        "applicant card": lambda: ApplicantCard(store, person),
        "new applicant card": lambda: ApplicantCard(store),
        "new case form": lambda: CaseForm(store, person, today=date(2026, 3, 2)),
        "case form": lambda: CaseForm(store, person, case, today=date(2026, 3, 2)),
        "monthly report": lambda: ReportWindow(store),
        "dashboard": lambda: DashboardWindow(store),
        "Excel import": lambda: ImportDialog(store),
        "first-run setup": lambda: SetupDialog(database.path.parent / "new.db"),
        "unlock": lambda: UnlockDialog(database.path),
        "lock": lambda: LockDialog(database.path, "admin"),
        "switch user": lambda: SwitchUserDialog(database.path, "admin"),
        "restore prompt": lambda: restore_prompt(
            None, "Unsaved input from 14:32 was found. Restore it?"),  # type: ignore[arg-type]
    }


@pytest.fixture
def shown() -> Iterator[list[QWidget]]:
    widgets: list[QWidget] = []
    yield widgets
    wait_for_background()
    for widget in reversed(widgets):
        if shiboken6.isValid(widget):
            widget.hide()
            shiboken6.delete(widget)


def _fits(size: QSize) -> bool:
    return size.width() <= FIT.width() and size.height() <= FIT.height()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_window_fits_a_small_screen_at_150_percent(
    qtbot, store: Store, database: Database, shown: list[QWidget], code: str  # noqa: ANN001
) -> None:
    i18n.apply_language(code, remember=False)
    too_big = {}
    for name, make in _windows(store, database).items():
        widget = make()
        shown.append(widget)
        widget.show()
        qtbot.waitExposed(widget)
        QApplication.processEvents()
        minimum = widget.minimumSize().expandedTo(widget.minimumSizeHint())
        if not _fits(minimum):
            too_big[name] = (minimum.width(), minimum.height())
        widget.hide()
    assert too_big == {}, f"minimum larger than {FIT.width()}×{FIT.height()}: {too_big}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_long_forms_scroll_down_but_never_sideways(
    qtbot, store: Store, shown: list[QWidget], code: str  # noqa: ANN001
) -> None:
    """Scrolling down a long form is fine; a field cut off at the side is not."""
    i18n.apply_language(code, remember=False)
    card = ApplicantCard(store, _person(store))
    form = CaseForm(store, _person(store), today=date(2026, 3, 2))
    shown.extend([card, form])
    for widget in (card, form):
        widget.show()
        qtbot.waitExposed(widget)
        widget.resize(FIT)  # after show: the offscreen screen itself is only 800 px wide
    QApplication.processEvents()
    assert card.scroll_area.horizontalScrollBar().maximum() == 0
    for direction in ("1", "2", "3", "4"):
        form.direction.setCurrentIndex(form.direction.findData(direction))
        QApplication.processEvents()
        bar = form.scroll_area.horizontalScrollBar()
        assert bar.maximum() == 0, f"direction {direction}: {bar.maximum()} px cut off"
    assert form.scroll_area.verticalScrollBar().maximum() > 0  # long: it scrolls down


def test_save_stays_in_view_and_tab_order_survives_the_scroll_area(
    qtbot, store: Store, shown: list[QWidget]  # noqa: ANN001
) -> None:
    card = ApplicantCard(store)
    shown.append(card)
    card.resize(FIT)
    card.show()
    qtbot.waitExposed(card)
    assert card.buttons.parent() is card  # below the scroll area, never scrolled away
    assert card.save_button.isVisible()
    card.iin.setFocus()
    order = [card.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(card.focusWidget(), Qt.Key.Key_Tab)
        order.append(card.focusWidget())
    assert order == [card.iin, card.last_name, card.first_name, card.patronymic,
                     card.citizenship]
    card.done(0)


def test_a_window_bigger_than_the_screen_is_shrunk_onto_it(
    qtbot, store: Store, shown: list[QWidget]  # noqa: ANN001
) -> None:
    card = ApplicantCard(store)
    shown.append(card)
    card.resize(1200, 800)
    card.move(300, 200)
    screen_fit.fit(card, QRect(0, 0, 910, 485))
    assert card.width() <= 910 and card.height() <= 485
    assert QRect(0, 0, 910, 485).contains(card.frameGeometry())


def test_shown_windows_fit_the_screen_they_open_on(
    qtbot, store: Store, shown: list[QWidget]  # noqa: ANN001
) -> None:
    """The filter installed by configure(): the offscreen screen is smaller than 1180×720."""
    available = QApplication.primaryScreen().availableGeometry()
    form = CaseForm(store, _person(store), today=date(2026, 3, 2))
    shown.append(form)
    assert form.width() > available.width() or form.height() > available.height()
    form.show()
    qtbot.waitExposed(form)
    assert form.width() <= available.width() and form.height() <= available.height()


# -- Qt's own dialogs in the chosen language ---------------------------------------------------
QT_BUTTONS = {
    "kk": {QMessageBox.StandardButton.Cancel: "Бас тарту",
           QMessageBox.StandardButton.Discard: "Елемеу"},
    "ru": {QMessageBox.StandardButton.Cancel: "Отмена",
           QMessageBox.StandardButton.Discard: "Отклонить"},
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_standard_buttons_are_in_the_chosen_language(qtbot, code: str) -> None:  # noqa: ANN001
    i18n.apply_language(code, remember=False)
    box = QMessageBox()
    qtbot.addWidget(box)
    for button, text in QT_BUTTONS[code].items():
        assert box.addButton(button).text().replace("&", "") == text


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_file_dialog_is_in_the_chosen_language(
    qtbot, tmp_path: Path, code: str  # noqa: ANN001
) -> None:
    i18n.apply_language(code, remember=False)
    dialog = QFileDialog(None, "", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as offscreen uses
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = {w.text().replace("&", "") for w in dialog.findChildren(QWidget)
             if hasattr(w, "text") and isinstance(w.text(), str) and w.text()}
    english = {"Look in:", "File name:", "Files of type:", "Open", "Cancel"}
    assert not texts & english, f"English left in the file dialog: {texts & english}"
    expected = {"kk": "Бас тарту", "ru": "Отмена"}[code]
    assert expected in texts
    dialog.reject()
