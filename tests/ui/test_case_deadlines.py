"""The case form's deadlines: dates typed, each deadline with its section, overdue said and red."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop.domain.cases import CaseState
from desktop.domain.iin import make_iin
from desktop.services import reference
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.cases import case_details, move_case, open_case
from desktop.services.deadlines import record_case_dates
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.case_deadlines import OVERDUE_STYLE
from desktop.ui.case_form import CaseForm

TODAY = date(2026, 3, 27)


@pytest.fixture
def person_id(store: Store) -> str:
    kato = sorted(reference.settlement_names(store, "ru"))[0]
    iin = make_iin(date(1988, 2, 14), "male", 91)
    return register_applicant(store, ApplicantInput(iin, "Қасымов", "Талғат",
                                                    settlement_kato=kato)).record_id


def _case(store: Store, person_id: str, direction: str = "2") -> str:
    measure = "microcredit" if direction == "2" else None
    case_id = open_case(store, person_id, direction, measure, date(2026, 3, 2)).record_id
    move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 3))
    return case_id


def _form(qtbot, store: Store, person_id: str, case_id: str | None) -> CaseForm:  # noqa: ANN001
    form = CaseForm(store, person_id, case_id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _lines(form: CaseForm) -> list[str]:
    return [label.text() for _, label in form.dates_box.shown]


def test_an_overdue_conclusion_is_said_and_red(qtbot, store: Store, person_id: str) -> None:
    case_id = _case(store, person_id)
    record_case_dates(store, case_id, date(2026, 3, 15), None, today=TODAY)
    form = _form(qtbot, store, person_id, case_id)
    box = form.dates_box
    assert box.isVisible() and box.requested.isVisible()
    assert box.requested.check.isChecked()
    assert box.requested.edit.date() == QDate(2026, 3, 15)
    assert not box.notified.check.isChecked() and not box.notified.edit.isEnabled()
    (line,) = _lines(form)
    assert line == ("Akim's conclusion on the project: by 25/03/2026 (§4.3.2, step 3)"
                    " — Overdue by 2 day(s)")
    assert box.shown[0][1].styleSheet() == OVERDUE_STYLE
    i18n.apply_language("ru", remember=False)
    assert _lines(form) == ["Заключение акима по проекту: до 25.03.2026 (§4.3.2, п. 3)"
                            " — Просрочено на 2 дня"]
    i18n.apply_language("kk", remember=False)
    assert "2 күн кешікті" in _lines(form)[0]


def test_dates_typed_in_the_form_are_saved_and_start_deadlines(
    qtbot, store: Store, person_id: str
) -> None:
    case_id = _case(store, person_id)
    move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
    form = _form(qtbot, store, person_id, case_id)
    (line,) = _lines(form)
    assert line.startswith("Notify the applicant of the decision: by 30/03/2026 (§4.3.2, step 4)")
    assert line.endswith("3 day(s) left") and form.dates_box.shown[0][1].styleSheet() == ""

    box = form.dates_box
    box.requested.check.setChecked(True)
    box.requested.edit.setDate(QDate(2026, 3, 4))
    box.notified.check.setChecked(True)
    box.notified.edit.setDate(QDate(2026, 3, 24))
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.save_button.click()
    case = case_details(store, case_id)
    assert case["conclusion_requested_on"] == "2026-03-04"
    assert case["notified_on"] == "2026-03-24"
    conclusion, notice = _lines(form)
    assert conclusion.endswith("Overdue by 13 day(s)")  # asked 4 March, nothing written yet
    assert notice.endswith("done on 24/03/2026")


def test_an_impossible_date_is_refused_and_kept(qtbot, store: Store, person_id: str) -> None:
    case_id = _case(store, person_id)
    move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
    i18n.apply_language("ru", remember=False)
    form = _form(qtbot, store, person_id, case_id)
    box = form.dates_box
    box.notified.check.setChecked(True)
    box.notified.edit.setDate(QDate(2026, 3, 18))  # before the decision
    form.save_button.click()
    qtbot.waitUntil(lambda: not form.error.isHidden(), timeout=5000)
    assert form.error.text() == ("Заявителя нельзя уведомить (18.03.2026) раньше решения"
                                 " от 20.03.2026.")
    assert box.notified.check.isChecked() and box.notified.edit.date() == QDate(2026, 3, 18)
    assert case_details(store, case_id)["notified_on"] is None


def test_direction_1_asks_no_conclusion_and_a_new_case_no_dates(
    qtbot, store: Store, person_id: str
) -> None:
    case_id = _case(store, person_id, direction="1")
    form = _form(qtbot, store, person_id, case_id)
    assert form.dates_box.isVisible() and not form.dates_box.requested.isVisible()
    assert _lines(form) == ["No deadlines run for this case yet."]
    form.done(0)
    new = _form(qtbot, store, person_id, None)
    assert not new.dates_box.isVisible()
