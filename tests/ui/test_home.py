"""The home screen over a real encrypted database: today's work, Enter opens the applicant."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.iin import make_iin
from desktop.services import reference, session
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.cases import move_case, open_case
from desktop.services.deadlines import DueKind, record_case_dates
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.due_model import OVERDUE_COLOUR, DueItemsModel
from desktop.ui.home import HomeView
from desktop.ui.main_window import MainWindow
from desktop.ui.tasks import wait_for_background

TODAY = date(2026, 3, 27)
M = DueItemsModel


def _person(store: Store, n: int, last: str) -> str:
    kato = sorted(reference.settlement_names(store, "ru"))[0]
    iin = make_iin(date(1991, 4, 3), "female", n)
    return register_applicant(store, ApplicantInput(iin, last, "Әйгерім",
                                                    settlement_kato=kato)).record_id


def _submitted(store: Store, person_id: str, applied: date) -> str:
    case_id = open_case(store, person_id, "2", "microcredit", applied).record_id
    move_case(store, case_id, CaseState.SUBMITTED, on=applied)
    return case_id


@pytest.fixture
def work(store: Store) -> dict[str, str]:
    """An overdue conclusion (due 15 March) and a notice due in 3 days (30 March)."""
    late_person = _person(store, 81, "Серікбаева")
    late = _submitted(store, late_person, date(2026, 3, 2))
    record_case_dates(store, late, date(2026, 3, 5), None, today=TODAY)
    soon_person = _person(store, 82, "Жұмабаева")
    soon = _submitted(store, soon_person, date(2026, 3, 2))
    move_case(store, soon, CaseState.INCLUDED, on=date(2026, 3, 20))
    return {"late": late, "late_person": late_person, "soon": soon, "soon_person": soon_person}


def _home(qtbot, store: Store, today: date = TODAY) -> HomeView:  # noqa: ANN001
    home = HomeView(store, today=lambda: today)
    qtbot.addWidget(home)
    home.resize(1300, 600)
    home.show()
    qtbot.waitUntil(lambda: not home.loading, timeout=10_000)
    return home


def _row(home: HomeView, case_id: str) -> int:
    rows = [r for r, item in enumerate(home.model.items) if item.case_id == case_id
            and item.kind is not DueKind.DRAFT]
    assert rows, case_id
    return rows[0]


def _cell(home: HomeView, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
    return home.model.data(home.model.index(row, column), role)


def test_home_lists_overdue_and_upcoming_work(qtbot, store: Store, work: dict) -> None:
    home = _home(qtbot, store)
    late, soon = _row(home, work["late"]), _row(home, work["soon"])
    assert late < soon  # overdue first
    assert _cell(home, late, M.COL_KIND) == "Akim's conclusion on the project"
    assert _cell(home, late, M.COL_PERSON) == "Серікбаева Әйгерім"
    assert _cell(home, late, M.COL_WHEN) == "Overdue by 12 day(s)"  # said in words...
    assert _cell(home, late, M.COL_DUE) == "15/03/2026"  # the locale's short date
    assert _cell(home, late, M.COL_REFERENCE) == "§4.3.2, step 3"
    brush = _cell(home, late, M.COL_WHEN, Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == OVERDUE_COLOUR  # ... and in colour
    assert _cell(home, late, M.COL_PERSON, Qt.ItemDataRole.FontRole).bold()
    assert _cell(home, soon, M.COL_KIND) == "Notify the applicant of the decision"
    assert _cell(home, soon, M.COL_WHEN) == "3 day(s) left"
    assert _cell(home, soon, M.COL_PERSON, Qt.ItemDataRole.FontRole) is None
    counts = home.model.counts()
    assert counts["overdue"] >= 1 and counts["due"] >= 1
    assert f"Overdue: {counts['overdue']}" in home.summary.text()
    assert "Changes not yet sent to the district" in home.sync_label.text()
    assert "Report for" in home.due_label.text()


def test_done_work_leaves_the_list_after_a_refresh(qtbot, store: Store, work: dict) -> None:
    home = _home(qtbot, store)
    record_case_dates(store, work["soon"], None, date(2026, 3, 24), today=TODAY)
    home.refresh()
    qtbot.waitUntil(lambda: not home.loading, timeout=10_000)
    assert work["soon"] not in {i.case_id for i in home.model.items}
    assert _row(home, work["late"]) >= 0


def test_enter_and_a_double_click_open_the_applicant(qtbot, store: Store, work: dict) -> None:
    home = _home(qtbot, store)
    row = _row(home, work["late"])
    home.table.setFocus()
    home.table.selectRow(row)
    with qtbot.waitSignal(home.open_applicant, timeout=2000) as opened, \
            qtbot.waitSignal(home.open_case, timeout=2000) as case:
        qtbot.keyClick(home.table, Qt.Key.Key_Return)
    assert opened.args == [work["late_person"]]
    assert case.args == [work["late_person"], work["late"]]

    row = _row(home, work["soon"])
    rect = home.table.visualRect(home.model.index(row, M.COL_PERSON))
    qtbot.mouseClick(home.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(home.open_applicant, timeout=2000) as opened:
        qtbot.mouseDClick(home.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [work["soon_person"]]


def test_home_speaks_kazakh_and_russian(qtbot, store: Store, work: dict) -> None:
    home = _home(qtbot, store)
    late = _row(home, work["late"])
    i18n.apply_language("kk", remember=False)
    assert _cell(home, late, M.COL_WHEN) == "12 күн кешікті"
    assert _cell(home, late, M.COL_REFERENCE) == "§4.3.2, 3-тармақ"
    assert home.model.headerData(M.COL_PERSON, Qt.Orientation.Horizontal) == "Өтініш беруші"
    assert home.title.text().startswith("Бүгінгі жұмыс")
    i18n.apply_language("ru", remember=False)
    assert _cell(home, late, M.COL_WHEN) == "Просрочено на 12 дней"
    assert _cell(home, late, M.COL_DUE) == "15.03.2026"
    assert _cell(home, _row(home, work["soon"]), M.COL_WHEN) == "Осталось 3 дня"
    assert home.sync_label.text().startswith("Изменения, ещё не отправленные в район")


def test_nothing_due_is_said_plainly(qtbot, database) -> None:  # noqa: ANN001
    empty = session.create(database.path.parent / "empty.db", "admin", "Әсем", "пароль 2026 ж",
                           kdf=KdfParams())
    try:
        home = _home(qtbot, empty)
        assert home.model.rowCount() == 0
        assert home.empty.isVisible() and not home.table.isVisible()
        assert home.empty.text() == "Nothing is due: no deadlines and no draft cases."
        home.close()
    finally:
        wait_for_background()
        empty.close()


def test_the_model_passes_qt_model_tester(qtmodeltester, qtbot, store: Store,
                                          work: dict) -> None:
    home = _home(qtbot, store)
    assert home.model.rowCount() > 0
    qtmodeltester.check(home.model)
    qtmodeltester.check(DueItemsModel())  # and empty


# -- in the main window --------------------------------------------------------------------
@pytest.fixture
def window(qtbot, store: Store):  # noqa: ANN001, ANN201
    built = MainWindow(store)
    qtbot.addWidget(built)
    built.resize(1366, 740)
    built.show()
    qtbot.waitExposed(built)
    qtbot.waitUntil(lambda: not built.home.loading, timeout=10_000)
    yield built
    if built.applicant_card is not None:
        built.applicant_card.done(0)
    built.hide()
    built.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _recent_notice(store: Store) -> tuple[str, str]:
    """A decision 20 days ago that nobody notified: overdue on any real today."""
    person = _person(store, 83, "Ахметова")
    decided = clock.today() - timedelta(days=20)
    case_id = _submitted(store, person, decided - timedelta(days=5))
    move_case(store, case_id, CaseState.INCLUDED, on=decided)
    return person, case_id


def test_home_is_the_first_tab_and_ctrl_1_ctrl_2_switch(qtbot, window: MainWindow) -> None:
    assert window.tabs.currentWidget() is window.home
    assert [window.tabs.tabText(n) for n in range(2)] == ["Home", "Applicants"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.home.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.keyClick(window.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.home
    qtbot.waitUntil(window.home.table.hasFocus)
    qtbot.keyClick(window.home.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1 and window.search.hasFocus()


def test_enter_on_an_item_opens_the_applicant_card_and_the_case(qtbot, store: Store) -> None:
    person, case_id = _recent_notice(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.home.loading, timeout=10_000)
    home = window.home
    row = next(r for r, i in enumerate(home.model.items) if i.case_id == case_id)
    assert home.model.items[row].overdue
    home.table.setFocus()
    home.table.selectRow(row)
    qtbot.keyClick(home.table, Qt.Key.Key_Return)
    card = window.applicant_card
    assert card is not None and card.person_id == person
    form = card.case_form  # the due item's case, over its applicant's card
    qtbot.waitUntil(form.isVisible)
    assert form.case["id"] == case_id
    form.done(0)
    # Work done while the card was open shows on the home screen once it closes.
    record_case_dates(store, case_id, None, clock.today())
    card.done(0)
    qtbot.waitUntil(lambda: not home.loading
                    and case_id not in {i.case_id for i in home.model.items}, timeout=10_000)
    window.close()


def test_with_nothing_due_the_keyboard_still_works(qtbot, database) -> None:  # noqa: ANN001
    """The list is hidden when nothing is due; the focus must not vanish with it, or Ctrl+N
    and every other shortcut would do nothing until the person clicked somewhere."""
    empty = session.create(database.path.parent / "empty.db", "admin", "Әсем", "пароль 2026 ж",
                           kdf=KdfParams())
    built = MainWindow(empty)
    qtbot.addWidget(built)
    try:
        built.show()
        qtbot.waitExposed(built)
        built.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is built, timeout=10_000)
        qtbot.waitUntil(lambda: not built.home.loading, timeout=10_000)
        assert built.home.empty.isVisible() and not built.home.table.isVisible()
        assert QApplication.focusWidget() is built.home.empty
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: built.applicant_card is not None
                        and built.applicant_card.isVisible(), timeout=10_000)
        built.applicant_card.done(0)
    finally:
        built.hide()
        built.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        wait_for_background()
        empty.close()
