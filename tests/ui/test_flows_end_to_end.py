"""The daily flows end to end, keyboard only: each test unlocks a real encrypted database file
through `desktop.app.run_gui` (the real unlock dialog, typed into), then works as the person
would: keys go to the focused widget, windows are reached by shortcuts and mnemonics.

Only two things are not typed: the window manager activating a newly opened window (offscreen
Qt has none, so `_active` asks for it), and the file chosen in "Save as PDF…" (the native file
dialog is answered with a path)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop import app as qadam_app
from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.rules.deadlines import visit_deadline
from desktop.services import contracts, deadlines, session
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.cases import case_details, move_case, open_case, save_case_plan
from desktop.services.contracts import ContractTerms
from desktop.storage.keys import KdfParams
from desktop.ui import file_dialogs, i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.applicant_model import ApplicantTableModel, format_date
from desktop.ui.case_form import CaseForm
from desktop.ui.contract_window import ContractWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.monitoring_dialogs import VisitDialog
from desktop.ui.monitoring_window import MonitoringWindow
from desktop.ui.unlock_dialog import UnlockDialog
from tests.ui.conftest import Database
from tests.ui.test_applicant_card import type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
IIN = make_iin(date(2002, 1, 15), "female", 731)
VILLAGE, VILLAGE_PASSPHRASE = "aigul", "Айгүл Серікқызы 2026"
DISTRICT, DISTRICT_PASSPHRASE = "dana", "Дана ЦЗН Көкпекті 2026"
WAIT = 10_000
KATO = "634603100"  # Кокпекты


# -- keyboard helpers -------------------------------------------------------------------------
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """One key (with modifiers) to whatever has the focus, as a keyboard would send it; then
    what the event loop does between two keys of a person (queued shows, repaints)."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def write(text: str) -> None:
    """Type `text` (any letters) where the focus is."""
    type_text(focused(), text)


def tab_to(qtbot, target: QWidget, limit: int = 80) -> int:  # noqa: ANN001
    """Press Tab until `target` has the focus; fails if the tab order never reaches it."""
    for presses in range(limit):
        if focused() is target:
            return presses
        press(qtbot, Qt.Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target!r}; stopped at {focused()!r}"
    return limit


def _active(qtbot, window: QWidget) -> None:  # noqa: ANN001
    """The window manager's part: a window just opened becomes the active one."""
    qtbot.waitUntil(window.isVisible, timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def _opened(qtbot, find: Callable[[], QWidget | None]) -> QWidget:  # noqa: ANN001
    """The window a key just opened, once it is shown and active."""
    qtbot.waitUntil(lambda: find() is not None and find().isVisible(), timeout=WAIT)
    window = find()
    _active(qtbot, window)
    return window


# -- the app, as run_gui composes it ----------------------------------------------------------
def unlock_as(qtbot, username: str, passphrase: str) -> Callable[[UnlockDialog], None]:  # noqa: ANN001
    """Type into the unlock dialog: pick the user from the list, the passphrase, Enter."""

    def keys(dialog: UnlockDialog) -> None:
        assert focused() is dialog.passphrase  # the dialog opens ready for the passphrase
        press(qtbot, Qt.Key.Key_U, ALT)  # &User
        assert focused() is dialog.user
        write(username)  # a list's type-ahead picks the name
        assert dialog.user.currentText() == username
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.passphrase
        write(passphrase)
        press(qtbot, Qt.Key.Key_Return)  # the default button: Unlock

    return keys


def run_app(monkeypatch: pytest.MonkeyPatch, qtbot, path: Path,  # noqa: ANN001
            unlock: Callable[[UnlockDialog], None],
            flow: Callable[[MainWindow], None], language: str | None = "en") -> None:
    """`qadam` as it starts: the real unlock dialog (its modal loop runs; `unlock` types into
    it), then the main window, where `flow` stands in for the person at the keyboard.
    `language`: the one chosen last time (None: none yet, the app starts in Kazakh)."""
    if language is not None:
        i18n.settings().setValue(i18n.LANGUAGE_KEY, language)
    failures: list[BaseException] = []
    flows_ran: list[bool] = []

    def exec_(dialog: UnlockDialog) -> int:
        def drive() -> None:
            try:
                _active(qtbot, dialog)
                unlock(dialog)
            except BaseException as error:  # noqa: BLE001 - re-raised after the loop
                failures.append(error)
                QDialog.done(dialog, 0)

        QTimer.singleShot(0, drive)
        code = QDialog.exec(dialog)
        if failures:
            raise failures[0]
        return code

    def event_loop() -> int:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        _active(qtbot, window)
        flow(window)
        flows_ran.append(True)
        return 0

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert qadam_app.run_gui(path) == 0
    assert flows_ran == [True], "the unlock did not lead to the main window"


def add_users(database: Database) -> None:
    store = session.unlock(database.path, database.username, database.passphrase)
    try:
        for username, name, role, passphrase in (
            (VILLAGE, "Айгүл Серікқызы", Role.VILLAGE_SPECIALIST, VILLAGE_PASSPHRASE),
            (DISTRICT, "Дана Бекова", Role.DISTRICT_SPECIALIST, DISTRICT_PASSPHRASE),
        ):
            session.add_user(store, database.passphrase, username, name, role, passphrase,
                             KdfParams())
    finally:
        store.close()


def find_and_open(qtbot, window: MainWindow, text: str) -> ApplicantCard:  # noqa: ANN001
    """Ctrl+F, type, Down into the list, Enter: the applicant's card."""
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert focused() is window.search
    write(text)
    qtbot.waitUntil(lambda: window.model.search_text == text and window.model.rowCount() == 1,
                    timeout=WAIT)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is window.table and window.table.currentIndex().row() == 0
    press(qtbot, Qt.Key.Key_Return)
    return _opened(qtbot, lambda: window.applicant_card)


def open_first_case(qtbot, card: ApplicantCard) -> CaseForm:  # noqa: ANN001
    """Ctrl+1: the card's cases; Enter opens the selected one."""
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert focused() is card.cases_table
    assert card.cases_table.currentRow() == 0  # the newest case is ready for Enter
    press(qtbot, Qt.Key.Key_Return)
    return _opened(qtbot, lambda: card.case_form)


def close_with_esc(qtbot, window: QWidget) -> None:  # noqa: ANN001
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)


def pdf_text(path: Path) -> str:
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def tenge(amount: object) -> str:
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",") + " ₸"


# -- 1. the village specialist registers an applicant and sends a case -------------------------
def test_village_specialist_registers_and_sends_a_case_by_keyboard(
        monkeypatch: pytest.MonkeyPatch, qtbot, database: Database) -> None:  # noqa: ANN001
    add_users(database)
    seen: dict[str, object] = {}

    def flow(window: MainWindow) -> None:
        assert window.windowTitle() == f"Qadam — {VILLAGE}"
        press(qtbot, Qt.Key.Key_N, CTRL)  # File → New applicant
        card = _opened(qtbot, lambda: window.applicant_card)
        assert card.person_id is None and focused() is card.iin
        write(IIN)
        assert card.iin_info.text() == f"Born {format_date('2002-01-15')}, female"  # from the ИИН
        for field, text in ((card.last_name, "Қасымова"), (card.first_name, "Гүлнұр"),
                            (card.patronymic, "Өмірқызы")):
            press(qtbot, Qt.Key.Key_Tab)
            assert focused() is field
            write(text)
        press(qtbot, Qt.Key.Key_T, ALT)  # Se&ttlement
        assert focused() is card.settlement
        press(qtbot, Qt.Key.Key_Home)  # "—", then down the sorted list to Кокпекты
        for _ in range(card.settlement.findData(KATO)):
            press(qtbot, Qt.Key.Key_Down)
        assert card.settlement.currentData() == KATO
        press(qtbot, Qt.Key.Key_Return)  # Enter saves the card
        qtbot.waitUntil(lambda: window.applicant_card is None, timeout=WAIT)

        _active(qtbot, window)
        card = find_and_open(qtbot, window, "Қасымова Гүлнұр")
        assert card.windowTitle() == "Applicant: Қасымова Гүлнұр"
        press(qtbot, Qt.Key.Key_N, ALT)  # &New case…
        form = _opened(qtbot, lambda: card.case_form)
        assert focused() is form.direction and form.direction.currentData() == "1"
        press(qtbot, Qt.Key.Key_M, ALT)  # &Measure
        assert focused() is form.measure
        write("youth")
        assert form.measure.currentData() == "youth_practice"
        # The check runs as the form is filled: no category of §4.3.1 yet, so not eligible.
        assert form.status.text() == "Not eligible"
        assert "✗ In a group of §4.3.1" in form.reasons.text()
        tab_to(qtbot, form.category_checks["unemployed"])
        press(qtbot, Qt.Key.Key_Space)
        assert form.status.text() == "Eligible"
        assert "Youth in a rural area" in form.reasons.text()  # a priority group
        assert form.amount.text().endswith("₸")  # the youth practice is calculated at once
        with qtbot.waitSignal(form.saved, timeout=WAIT):
            press(qtbot, Qt.Key.Key_S, ALT)  # &Save: the draft case
        number = form.case["number"]
        assert form.info.text() == f"Saved as case {number}."
        assert form.state_label.text() == "draft"
        tab_to(qtbot, form.move_buttons["submitted"])
        with qtbot.waitSignal(form.saved, timeout=WAIT):
            press(qtbot, Qt.Key.Key_Space)
        assert form.state_label.text() == "sent to the employment centre"
        assert form.isAncestorOf(focused())  # the keyboard is still in the form
        close_with_esc(qtbot, form)

        _active(qtbot, card)
        row = [card.cases_table.item(0, c).text() for c in range(card.cases_table.columnCount())]
        assert row[0] == number and row[3] == "sent to the employment centre"
        assert card.tabs.tabText(0) == "&Cases (1)"
        close_with_esc(qtbot, card)
        model = window.model
        assert model.data(model.index(0, ApplicantTableModel.COL_SURNAME)) == "Қасымова"
        assert model.data(model.index(0, ApplicantTableModel.COL_IIN)) == IIN
        seen["number"] = number

    run_app(monkeypatch, qtbot, database.path,
            unlock_as(qtbot, VILLAGE, VILLAGE_PASSPHRASE), flow)
    store = session.unlock(database.path, database.username, database.passphrase)
    try:
        state = store.db.execute("SELECT state, measure FROM cases WHERE number = ?",
                                 [seen["number"]]).fetchone()
    finally:
        store.close()
    assert tuple(state) == (CaseState.SUBMITTED.value, "youth_practice")


# -- 2. the district specialist includes, contracts, signs and prints --------------------------
def _submitted_case(database: Database) -> str:
    """A village specialist's youth practice case, sent to the employment centre."""
    store = session.unlock(database.path, database.username, database.passphrase)
    try:
        person = register_applicant(store, ApplicantInput(
            IIN, "Қасымова", "Гүлнұр", patronymic="Өмірқызы",
            settlement_kato=KATO)).record_id
        case_id = open_case(store, person, "1", "youth_practice", clock.today()).record_id
        plan = contracts.benefit("youth_practice", ContractTerms(clock.today()), clock.today())
        save_case_plan(store, case_id, plan.amount, plan.rules_version)
        move_case(store, case_id, CaseState.SUBMITTED)
        return case_id
    finally:
        store.close()


def test_district_specialist_includes_signs_and_saves_the_contract_pdf(
        monkeypatch: pytest.MonkeyPatch, qtbot, database: Database,  # noqa: ANN001
        tmp_path: Path) -> None:
    add_users(database)
    case_id = _submitted_case(database)
    pdf = tmp_path / "out" / "contract.pdf"
    pdf.parent.mkdir()
    asked: list[str] = []

    def save_file_name(_parent, _caption, start, _filter):  # noqa: ANN001, ANN202
        asked.append(Path(start).name)  # the dialog would offer the contract's own name
        return str(pdf), "PDF (*.pdf)"

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_file_name)
    seen: dict[str, object] = {}

    def flow(window: MainWindow) -> None:
        card = find_and_open(qtbot, window, IIN)
        form = open_first_case(qtbot, card)
        assert form.case_id == case_id and form.state_label.text() == (
            "sent to the employment centre")
        tab_to(qtbot, form.move_buttons["included"])
        with qtbot.waitSignal(form.saved, timeout=WAIT):
            press(qtbot, Qt.Key.Key_Space)
        assert form.state_label.text() == "included"
        assert form.isAncestorOf(focused())

        press(qtbot, Qt.Key.Key_C, ALT)  # Social &contract…
        contract = _opened(qtbot, lambda: getattr(form, "contract_window", None))
        assert isinstance(contract, ContractWindow)
        with qtbot.waitSignal(contract.changed, timeout=WAIT):
            press(qtbot, Qt.Key.Key_D, ALT)  # &Draft contract
        assert contract.shown is not None and contract.shown.status == "draft"
        assert focused() is contract.signed_on  # the next step: the date of signing
        with qtbot.waitSignal(contract.changed, timeout=WAIT):
            press(qtbot, Qt.Key.Key_R, ALT)  # &Record signing
        assert contract.shown.status == "signed"
        assert "can no longer be changed" in contract.info.text()
        assert focused() is contract.buttons["pdf"]  # signed: what is left is the paper
        press(qtbot, Qt.Key.Key_F, ALT)  # Save as PD&F…
        qtbot.waitUntil(lambda: contract.output.last_pdf == pdf
                        or not contract.error.isHidden(), timeout=15_000)
        assert contract.error.isHidden(), contract.error.text()
        seen["number"] = contract.shown.number
        close_with_esc(qtbot, contract)
        _active(qtbot, form)
        assert form.state_label.text() == "contract signed"
        close_with_esc(qtbot, form)
        _active(qtbot, card)
        close_with_esc(qtbot, card)

    run_app(monkeypatch, qtbot, database.path,
            unlock_as(qtbot, DISTRICT, DISTRICT_PASSPHRASE), flow)
    [offered] = asked  # the file dialog was asked once, offering the contract's own name
    assert offered.startswith(f"contract-{seen['number']}-v1-") and offered.endswith(".pdf")
    text = pdf_text(pdf).replace("\u00a0", " ")
    store = session.unlock(database.path, database.username, database.passphrase)
    try:
        planned = case_details(store, case_id)["planned_amount"]
        assert case_details(store, case_id)["state"] == CaseState.CONTRACTED
    finally:
        store.close()
    assert "Қасымова Гүлнұр Өмірқызы" in text
    assert str(seen["number"]) in text
    assert tenge(planned) in text


# -- 3. monitoring: a visit by keyboard, and the next visit on Home ---------------------------
def _supported_case(database: Database, signed_on: date) -> tuple[str, str]:
    """A direction 2 case in progress, its contract signed on `signed_on`: (case id, number)."""
    store = session.unlock(database.path, database.username, database.passphrase)
    try:
        person = register_applicant(store, ApplicantInput(
            IIN, "Қасымова", "Гүлнұр", settlement_kato=KATO)).record_id
        case_id = open_case(store, person, "2", "business_training",
                            signed_on - timedelta(days=20)).record_id
        for state in (CaseState.SUBMITTED, CaseState.INCLUDED, CaseState.CONTRACTED,
                      CaseState.IN_PROGRESS):
            move_case(store, case_id, state)
        with store.transaction("change records") as tx:
            tx.save("social_contracts", {
                "case_id": case_id, "number": "634603-K-77", "signed_on": signed_on,
                "valid_from": signed_on, "valid_to": signed_on + timedelta(days=365),
                "status": "signed"})
        return case_id, case_details(store, case_id)["number"]
    finally:
        store.close()


def test_monitoring_a_visit_by_keyboard_moves_the_next_visit_on_home(
        monkeypatch: pytest.MonkeyPatch, qtbot, database: Database) -> None:  # noqa: ANN001
    today = clock.today()
    signed_on, visited_on = today - timedelta(days=100), today - timedelta(days=50)
    case_id, number = _supported_case(database, signed_on)
    rules = deadlines.rules()
    overdue, next_due = (visit_deadline(rules, signed_on).due_on,
                         visit_deadline(rules, visited_on).due_on)
    assert overdue < today <= next_due <= today + timedelta(days=deadlines.UPCOMING_DAYS)

    def visits_on_home(window: MainWindow) -> list[date | None]:
        return [item.due_on for item in window.home.model.items
                if item.case_id == case_id and item.kind == deadlines.DueKind.VISIT]

    def flow(window: MainWindow) -> None:
        qtbot.waitUntil(lambda: visits_on_home(window) == [overdue], timeout=WAIT)
        card = find_and_open(qtbot, window, "Қасымова")
        form = open_first_case(qtbot, card)
        assert form.state_label.text() == "in progress"
        press(qtbot, Qt.Key.Key_O, ALT)  # M&onitoring…
        monitoring = _opened(qtbot, lambda: form.monitoring_button.window_)
        assert isinstance(monitoring, MonitoringWindow)
        press(qtbot, Qt.Key.Key_N, CTRL)  # Add visit
        dialog = _opened(qtbot, lambda: monitoring.dialog)
        assert isinstance(dialog, VisitDialog) and focused() is dialog.visited_on
        qtbot.keyClicks(focused(), visited_on.strftime("%d%m%Y"))  # each section fills
        assert dialog.visited_on.date().toString("yyyy-MM-dd") == visited_on.isoformat()
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is dialog.place
        press(qtbot, Qt.Key.Key_Down)  # at the workplace
        press(qtbot, Qt.Key.Key_F, ALT)  # &Findings
        assert focused() is dialog.findings
        write("Оқу курсына қатысты, журнал толтырылған")
        press(qtbot, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: monitoring.visits.rowCount() == 1, timeout=WAIT)
        assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # saved and closed
        assert monitoring.tabs.tabText(0) == "&Visits (1)"
        _active(qtbot, monitoring)
        close_with_esc(qtbot, monitoring)
        _active(qtbot, form)
        close_with_esc(qtbot, form)
        _active(qtbot, card)
        close_with_esc(qtbot, card)
        _active(qtbot, window)
        press(qtbot, Qt.Key.Key_1, CTRL)  # Home
        assert window.tabs.currentWidget() is window.home
        qtbot.waitUntil(lambda: visits_on_home(window) == [next_due], timeout=WAIT)
        row = next(r for r, item in enumerate(window.home.model.items)
                   if item.case_id == case_id)
        shown = [window.home.model.index(row, c).data()
                 for c in range(window.home.model.columnCount())]
        assert number in shown

    run_app(monkeypatch, qtbot, database.path,
            unlock_as(qtbot, database.username, database.passphrase), flow)


# -- 4. Home: Down and Enter open the applicant of the chosen item -----------------------------
def test_home_lists_due_items_and_enter_opens_the_applicant(
        monkeypatch: pytest.MonkeyPatch, qtbot, database: Database) -> None:  # noqa: ANN001
    opened: dict[str, object] = {}

    def flow(window: MainWindow) -> None:
        home = window.home
        assert window.tabs.currentWidget() is home
        qtbot.waitUntil(lambda: home.model.rowCount() >= 2, timeout=WAIT)
        assert focused() is home.table  # the day starts on today's work
        assert home.table.currentIndex().row() == 0
        press(qtbot, Qt.Key.Key_Down)
        assert home.table.currentIndex().row() == 1
        item = home.model.items[1]
        press(qtbot, Qt.Key.Key_Return)
        card = _opened(qtbot, lambda: window.applicant_card)
        assert card.person_id == item.person_id
        assert card.windowTitle().startswith("Applicant: ")
        assert card.windowTitle().removeprefix("Applicant: ") in item.person_name
        opened["case"] = item.case_number
        assert item.case_number in [card.cases_table.item(r, 0).text()
                                    for r in range(card.cases_table.rowCount())]
        close_with_esc(qtbot, card)
        _active(qtbot, window)
        assert focused() is home.table  # back where the person was

    run_app(monkeypatch, qtbot, database.path,
            unlock_as(qtbot, database.username, database.passphrase), flow)
    assert opened["case"]


# -- 5. bad input: a wrong passphrase, a mistyped ИИН, in Kazakh ------------------------------
def test_a_wrong_passphrase_and_a_mistyped_iin_in_kazakh_lose_nothing(
        monkeypatch: pytest.MonkeyPatch, qtbot, database: Database) -> None:  # noqa: ANN001
    mistyped = IIN[:11] + str((int(IIN[11]) + 1) % 10)
    seen: dict[str, object] = {}

    def unlock(dialog: UnlockDialog) -> None:
        assert i18n.current_language() == "kk"  # the first start speaks Kazakh
        assert dialog.language.currentText() == "Қазақша"
        assert focused() is dialog.passphrase
        write("горы Алтая 2021")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.error.isHidden() and not dialog.busy.running,
                        timeout=WAIT)
        assert dialog.isVisible() and dialog.store is None
        assert "Құпия фраза қате" in dialog.error.text()
        seen["unlock_error"] = dialog.error.text()
        assert focused() is dialog.passphrase and dialog.passphrase.hasSelectedText()
        write(database.passphrase)  # replaces the wrong one, which is selected
        press(qtbot, Qt.Key.Key_Return)

    def flow(window: MainWindow) -> None:
        press(qtbot, Qt.Key.Key_N, CTRL)
        card = _opened(qtbot, lambda: window.applicant_card)
        write(mistyped)
        assert "бақылау цифры" in card.iin_error.text().lower()  # the reason, in Kazakh
        assert not card.save_button.isEnabled()
        for text in ("Қасымова", "Гүлнұр"):
            press(qtbot, Qt.Key.Key_Tab)
            write(text)
        press(qtbot, Qt.Key.Key_S, CTRL)  # refused: nothing is saved, nothing is cleared
        assert card.isVisible() and card.iin.text() == mistyped
        assert (card.last_name.text(), card.first_name.text()) == ("Қасымова", "Гүлнұр")
        assert "бақылау цифры" in card.iin_error.text().lower()
        press(qtbot, Qt.Key.Key_Escape)  # Esc asks first; Esc again keeps the card
        box = card.discard_box
        assert box is not None and box.isVisible()
        _active(qtbot, box)
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: card.discard_box is None, timeout=WAIT)
        assert card.isVisible() and card.first_name.text() == "Гүлнұр"
        _active(qtbot, card)
        assert focused() is card.first_name
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        press(qtbot, Qt.Key.Key_Tab, SHIFT)
        assert focused() is card.iin
        press(qtbot, Qt.Key.Key_End)
        press(qtbot, Qt.Key.Key_Backspace)
        write(IIN[11])
        assert card.iin_error.isHidden() and card.save_button.isEnabled()
        press(qtbot, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: window.applicant_card is None, timeout=WAIT)
        _active(qtbot, window)
        card = find_and_open(qtbot, window, IIN)
        assert (card.last_name.text(), card.first_name.text()) == ("Қасымова", "Гүлнұр")
        close_with_esc(qtbot, card)

    run_app(monkeypatch, qtbot, database.path, unlock, flow, language=None)
    assert seen["unlock_error"]
