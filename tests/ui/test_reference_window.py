"""The reference data window, the district's edit dialog and matching vacancies, offscreen
over a real encrypted demo database (its employers, vacancies and education organisations)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain import clock
from desktop.domain.enums import Role
from desktop.domain.iin import make_bin
from desktop.services import reference_data
from desktop.services.applicants import applicant_details, find_applicants
from desktop.services.matching import matching_vacancies
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.main_window import MainWindow
from desktop.ui.matching_dialog import MatchingDialog
from desktop.ui.reference_model import (
    EDUCATION,
    EMPLOYERS,
    KINDS,
    MATCHES,
    SETTLEMENTS,
    VACANCIES,
    ReferenceFilterModel,
    ReferenceTableModel,
)
from desktop.ui.reference_window import ReferenceWindow
from desktop.ui.tasks import wait_for_background

DISPLAY = Qt.ItemDataRole.DisplayRole


def _as(store: Store, role: Role) -> Store:
    return Store(store.opened, replace(store.actor, role=role), store.clock)


@pytest.fixture
def open_window(qtbot, store: Store) -> Iterator:  # noqa: ANN001
    """Opens reference windows for a role and waits until their lists are read."""
    windows: list[ReferenceWindow] = []

    def opened(role: Role = Role.DISTRICT_SPECIALIST) -> ReferenceWindow:
        window = ReferenceWindow(_as(store, role))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window.loading, timeout=20_000)
        windows.append(window)
        return window

    yield opened
    for window in windows:
        if window.edit_dialog is not None:
            window.edit_dialog.done(0)
    wait_for_background()


def type_text(widget, text: str) -> None:  # noqa: ANN001
    """Type any letters, one key event each (QTest.keyClicks asserts on non-ASCII text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def column(page, key: str) -> list[str]:  # noqa: ANN001
    number = page.model.column_of(key)
    return [page.proxy.index(r, number).data(DISPLAY) for r in range(page.proxy.rowCount())]


def select(page, row: int = 0) -> None:  # noqa: ANN001
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(row, 0))


# -- models ---------------------------------------------------------------------------------
def _rows(store: Store, kind: str) -> list[dict]:
    lists = reference_data.reference_lists(store, clock.today())
    if kind == MATCHES:
        person = next(p["id"] for p in find_applicants(store, "", 200)
                      if matching_vacancies(store, p["id"], clock.today()))
        return matching_vacancies(store, person, clock.today())
    return {
        VACANCIES: lists.vacancies, EDUCATION: lists.education_organisations,
        SETTLEMENTS: lists.settlements, EMPLOYERS: lists.employers,
    }[kind]


@pytest.mark.parametrize("kind", KINDS)
def test_every_model_keeps_qts_contract(qtmodeltester, store: Store, kind: str) -> None:  # noqa: ANN001
    model = ReferenceTableModel(kind)
    model.set_rows(_rows(store, kind))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("kind", KINDS)
def test_every_filter_model_keeps_qts_contract(qtmodeltester, store: Store, kind: str) -> None:  # noqa: ANN001
    model = ReferenceTableModel(kind)
    model.set_rows(_rows(store, kind))
    proxy = ReferenceFilterModel(model)
    proxy.set_search("а")
    proxy.sort(0)
    assert 0 < proxy.rowCount() <= model.rowCount()
    qtmodeltester.check(proxy, force_py=True)


# -- the window -----------------------------------------------------------------------------
def test_tabs_show_each_list_with_its_count(open_window) -> None:  # noqa: ANN001
    window = open_window()
    titles = [window.tabs.tabText(n) for n in range(window.tabs.count())]
    assert titles == ["&Vacancies (13)", "E&ducation organisations (3)", "&Settlements (15)",
                      "E&mployers (7)"]
    vacancies = window.page(VACANCIES)
    assert vacancies.count.text() == "In the list: 13"
    statuses = column(vacancies, "status")
    assert statuses.count("closed") == 2
    greyed = [vacancies.proxy.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
              for r in range(vacancies.proxy.rowCount())]
    assert greyed == [status == "closed" for status in statuses]  # closed ones are greyed
    assert "Тракторист-машинист" in column(vacancies, "specialty")


def test_search_filters_as_you_type_folded_like_names(qtbot, open_window) -> None:  # noqa: ANN001
    window = open_window()
    page = window.show_tab(VACANCIES)
    type_text(page.search, "ТРАКТ")
    assert sorted(column(page, "specialty")) == ["Тракторист", "Тракторист-машинист"]
    assert page.count.text() == "Shown: 2 of 13"
    page.search.setText("тракт самар")  # every word must be in the row
    assert page.proxy.rowCount() == 0
    assert page.count.text().startswith("Nothing found among 13")
    QTest.keyClick(page.search, Qt.Key.Key_Escape)  # clears the filter, keeps the window
    assert page.search.text() == "" and page.proxy.rowCount() == 13 and window.isVisible()

    settlements = window.show_tab(SETTLEMENTS, "кокпекты")  # Russian typing, Kazakh name
    assert column(settlements, "kato") == ["634603100"]


def test_columns_sort_by_their_values(open_window) -> None:  # noqa: ANN001
    window = open_window()
    page = window.page(VACANCIES)
    wage = page.model.column_of("wage")
    page.table.sortByColumn(wage, Qt.SortOrder.AscendingOrder)
    wages = [page.proxy.index(r, wage).data(ReferenceTableModel.RecordRole)["wage"]
             for r in range(page.proxy.rowCount())]
    assert wages == sorted(wages) and wages[0] == Decimal("95000")
    page.table.sortByColumn(wage, Qt.SortOrder.DescendingOrder)
    assert page.proxy.index(0, wage).data(ReferenceTableModel.RecordRole)["wage"] == (
        Decimal("210000"))
    settlements = window.page(SETTLEMENTS)
    settlements.table.sortByColumn(settlements.model.column_of("potential"),
                                   Qt.SortOrder.DescendingOrder)
    assert column(settlements, "potential")[0] == "high"


def test_money_dates_and_names_follow_the_language(open_window) -> None:  # noqa: ANN001
    window = open_window()
    i18n.apply_language("kk", remember=False)
    page = window.page(VACANCIES)
    page.search.setText("Механизатор")
    wage = column(page, "wage")[0]
    group = QLocale().groupSeparator()
    assert wage == f"160{group}000,00 ₸"
    assert column(page, "settlement") == ["Көкпекті ауылы"]
    assert window.tabs.tabText(0).startswith("&Бос жұмыс орындары")
    i18n.apply_language("ru", remember=False)
    assert column(page, "settlement") == ["село Кокпекты"]
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "Специальность"


@pytest.mark.parametrize("role", [Role.VILLAGE_SPECIALIST, Role.AUDITOR])
def test_a_village_device_reads_but_never_edits(open_window, role: Role) -> None:  # noqa: ANN001
    window = open_window(role)
    assert window.note.isVisible()
    assert "Maintained by the district employment centre" in window.note.text()
    for kind in (EMPLOYERS, EDUCATION, SETTLEMENTS, VACANCIES):
        page = window.show_tab(kind)
        select(page)
        assert page.current_record() is not None
        assert not window.edit_action.isEnabled()
        assert not window.edit_button.isVisible()
        QTest.keyClick(page.table, Qt.Key.Key_F2)
        QTest.keyClick(page.table, Qt.Key.Key_Return)
        assert window.edit_dialog is None
        assert window.edit_current() is None


def test_a_district_role_edits_but_not_the_vacancies(open_window) -> None:  # noqa: ANN001
    window = open_window(Role.DISTRICT_SPECIALIST)
    assert window.note.isHidden()
    page = window.show_tab(VACANCIES)
    select(page)
    assert not window.edit_action.isEnabled()  # vacancies come with the district's database
    page = window.show_tab(EMPLOYERS)
    select(page)
    assert window.edit_action.isEnabled() and window.edit_button.isVisible()


def test_a_bad_bin_is_explained_and_nothing_typed_is_lost(
    qtbot, open_window, store: Store  # noqa: ANN001
) -> None:
    window = open_window(Role.DISTRICT_SPECIALIST)
    i18n.apply_language("ru", remember=False)
    page = window.show_tab(EMPLOYERS, "Агро")
    select(page)
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    dialog = window.edit_dialog
    assert dialog is not None and dialog.isVisible()
    good = make_bin(date(2019, 5, 1), 4, 4242)
    mistyped = good[:-1] + str((int(good[-1]) + 1) % 10)
    dialog.name.setText("ТОО «Көкпекті Агро Плюс»")
    dialog.bin.setText(mistyped)
    QTest.keyClick(dialog.bin, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert dialog.error.text().startswith("Контрольная цифра")  # Russian, the БИН's check
    assert dialog.isVisible() and dialog.focusWidget() is dialog.bin  # to retype it
    assert dialog.name.text() == "ТОО «Көкпекті Агро Плюс»" and dialog.bin.text() == mistyped
    employer = page.current_record()
    assert next(e for e in reference_data.list_employers(store)
                if e["id"] == employer["id"])["name"] == "ТОО «Көкпекті Агро»"

    dialog.bin.setText(good)
    with qtbot.waitSignal(window.changed, timeout=10_000):
        dialog.submit()
    qtbot.waitUntil(lambda: not window.loading, timeout=10_000)
    saved = next(e for e in reference_data.list_employers(store) if e["id"] == employer["id"])
    assert (saved["name"], saved["bin"]) == ("ТОО «Көкпекті Агро Плюс»", good)
    page.search.setText("Плюс")
    assert column(page, "bin") == [good]


def test_a_settlement_edit_checks_the_okrug_kato(qtbot, open_window, store: Store) -> None:  # noqa: ANN001
    window = open_window(Role.ADMINISTRATOR)
    page = window.show_tab(SETTLEMENTS, "634603100")
    select(page)
    dialog = window.edit_current()
    assert dialog is not None and not dialog.kato.isEnabled()  # its identity stays
    dialog.okrug.setText("6346O3000")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "digits" in dialog.error.text()
    dialog.okrug.setText("634603000")
    dialog.potential.setCurrentIndex(dialog.potential.findData("low"))
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.submit()
    settlement = next(s for s in reference_data.list_settlements(store)
                      if s["kato"] == "634603100")
    assert settlement["potential"] == "low"


def test_escape_with_typed_changes_asks_first(qtbot, open_window) -> None:  # noqa: ANN001
    window = open_window(Role.DISTRICT_SPECIALIST)
    page = window.show_tab(EDUCATION)
    select(page)
    dialog = window.edit_current()
    dialog.licence.setText("KZ00")
    dialog.reject()
    assert dialog.discard_box is not None and dialog.isVisible()
    dialog.discard_box.done(0)


def test_the_main_window_opens_reference_data_from_the_menu(qtbot, store: Store) -> None:  # noqa: ANN001
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.reference_action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.reference_action in window.reports_menu.actions()
    window.reference_action.trigger()
    opened = window.reference_window
    assert opened is not None and opened.isVisible()
    qtbot.waitUntil(lambda: not opened.loading, timeout=20_000)
    assert window.open_reference() is opened  # one window, raised again
    qtbot.waitUntil(lambda: not opened.loading, timeout=20_000)
    with store.transaction() as tx:  # as an import of the district's vacancy list would
        tx.save("vacancies", {"specialty": "Агроном", "places": 1})
    window._imported(None)
    qtbot.waitUntil(lambda: not opened.loading, timeout=20_000)
    assert opened.page(VACANCIES).model.rowCount() == 14
    wait_for_background()


# -- specialty and matching -----------------------------------------------------------------
def _card(qtbot, store: Store, person_id: str | None) -> ApplicantCard:  # noqa: ANN001
    card = ApplicantCard(store, person_id)
    qtbot.addWidget(card, before_close_func=lambda c: c.done(0))
    card.show()
    qtbot.waitExposed(card)
    return card


def _tractor_driver(store: Store) -> str:
    return next(p["id"] for p in find_applicants(store, "", 200)
                if applicant_details(store, p["id"]).get("specialty") == "тракторист")


def test_the_card_saves_the_specialty(qtbot, store: Store) -> None:  # noqa: ANN001
    person = find_applicants(store, "", 1)[0]["id"]
    card = _card(qtbot, store, person)
    assert card.labels["specialty"].buddy() is card.specialty
    card.specialty.setText(" Тракторист-машинист ")
    assert card.is_dirty()
    with qtbot.waitSignal(card.saved, timeout=10_000):
        card.submit()
    assert applicant_details(store, person)["specialty"] == "Тракторист-машинист"
    again = _card(qtbot, store, person)
    assert again.specialty.text() == "Тракторист-машинист"
    again.done(0)


def test_matching_vacancies_open_from_the_card(qtbot, store: Store) -> None:  # noqa: ANN001
    assert not _card(qtbot, store, None).matching_button.isEnabled()  # not saved yet
    card = _card(qtbot, store, _tractor_driver(store))
    assert card.matching_button.isEnabled()
    card.matching_button.click()
    dialog = card.matching_dialog
    assert isinstance(dialog, MatchingDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    specialties = [dialog.proxy.index(r, 1).data(DISPLAY) for r in range(dialog.proxy.rowCount())]
    assert specialties[:2] == ["Тракторист", "Тракторист-машинист"]
    assert "Бухгалтер" not in specialties
    levels = [dialog.proxy.index(r, 0).data(DISPLAY) for r in range(dialog.proxy.rowCount())]
    assert levels[0] == "exact" and levels[1] == "close"
    assert "тракторист" in dialog.summary.text() and dialog.windowTitle().startswith(
        "Matching vacancies: ")
    QTest.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    card.done(0)


def test_matching_without_a_specialty_says_what_to_do(qtbot, store: Store) -> None:  # noqa: ANN001
    person = store.db.execute(
        "SELECT id FROM persons WHERE specialty IS NULL AND deleted = 0 LIMIT 1").fetchone()[0]
    dialog = MatchingDialog(store, person)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)
    assert dialog.model.rowCount() == 0
    assert "specialty is not filled in" in dialog.summary.text()
    i18n.apply_language("kk", remember=False)
    assert "мамандығы толтырылмаған" in dialog.summary.text()


# -- translations ---------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_services_messages_are_translated(code: str) -> None:
    i18n.apply_language(code, remember=False)
    for message in (*reference_data.MESSAGES, reference_data.EDIT_ACTION):
        translated = QCoreApplication.translate("Errors", message)
        assert translated and translated != message, message
    QApplication.processEvents()
