"""The case form reads its reasons and breakdown out in the language chosen, switched live."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.domain.iin import make_iin
from desktop.services import reference
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.case_form import CaseForm

IIN = make_iin(date(2001, 7, 9), "male", 78)
TODAY = date(2026, 3, 2)


@pytest.fixture
def form(qtbot, store: Store) -> CaseForm:  # noqa: ANN001
    kato = sorted(reference.settlement_names(store, "ru"))[0]
    person_id = register_applicant(store, ApplicantInput(IIN, "Омаров", "Ерлан",
                                                         settlement_kato=kato)).record_id
    form = CaseForm(store, person_id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.measure.setCurrentIndex(form.measure.findData("youth_practice"))
    form.category_checks["unemployed"].setChecked(True)
    return form


def test_switching_to_kazakh_retranslates_reasons_and_breakdown(form: CaseForm) -> None:
    assert "✓ Of working age: aged 24 on 02/03/2026" in form.reasons.text()
    assert "МРП" in form.breakdown.text() and "(§4.3.1)" in form.breakdown.text()

    i18n.apply_language("kk", remember=False)  # the form is open: LanguageChange redraws it
    group = QLocale().groupSeparator()
    reasons, breakdown = form.reasons.text(), form.breakdown.text()
    assert "✓ Қазақстан азаматы немесе оралман: Қазақстан азаматы (4.3.1\u2011тармақ)" in reasons
    assert "✓ Еңбекке қабілетті жаста: 02.03.2026 күні 24 жаста" in reasons
    assert "✓ 4.3.1-тармақтағы топтардың біріне жатады: жұмыссыз (4.3.1\u2011тармақ)" in reasons
    assert "Of working age" not in reasons and "§" not in reasons
    assert (f"17,2 АЕК × 4{group}325 = айына 74{group}390,00\u00a0₸. (4.3.1\u2011тармақ)"
            in breakdown)
    assert f"6 айға барлығы: 446{group}340,00\u00a0₸." in breakdown
    assert "МРП" not in breakdown and "Total" not in breakdown
    assert form.schedule.item(0, 0).text() == "03.2026"


def test_switching_to_russian_and_back(form: CaseForm) -> None:
    i18n.apply_language("ru", remember=False)
    assert "✓ Трудоспособного возраста: возраст 24 на 02.03.2026" in form.reasons.text()
    assert "Итого за 6 мес.: 446\u00a0340,00\u00a0₸. (п.\u00a04.3.1)" in form.breakdown.text()
    i18n.apply_language("en", remember=False)
    assert "Total for 6 months: 446,340.00\u00a0₸. (§4.3.1)" in form.breakdown.text()


def test_fields_still_needed_are_named_in_the_language(form: CaseForm) -> None:
    # Direction 3 asks for answers the form has no question for: it names them.
    form.direction.setCurrentIndex(form.direction.findData("3"))
    i18n.apply_language("ru", remember=False)
    assert form.verdict.status == "needs_more_information"
    text = form.reasons.text()
    assert "? Член семьи продуктивно занят после переезда: не указано: будет ли у члена семьи " \
           "работа после переезда (п.\u00a04.3.3)" in text


def test_long_russian_reasons_scroll_instead_of_being_cut(form: CaseForm) -> None:
    form.resize(1366, 768)
    form.direction.setCurrentIndex(form.direction.findData("3"))
    i18n.apply_language("ru", remember=False)
    QApplication.processEvents()  # let the layout follow the longer text
    label = form.reasons
    area = label.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    # Every line of the label is laid out (nothing cut off) and the box scrolls to it.
    assert label.height() >= label.heightForWidth(label.width()) > area.viewport().height()
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_mistyped_years_of_residence_are_explained_in_kazakh(form: CaseForm) -> None:
    form.direction.setCurrentIndex(form.direction.findData("3"))
    form.years.setText("үш")
    assert not form.error.isHidden()
    assert "residence_years_in_settlement must be a number of years" in form.error.text()
    i18n.apply_language("kk", remember=False)
    assert form.error.text() == ("Елді мекенде тұрған жылдары: жыл санын цифрмен жазыңыз, "
                                 "мысалы 3 немесе 2,5")
    assert form.years.text() == "үш"  # what was typed stays
    form.years.setText("3")
    assert form.error.isHidden() and form.verdict is not None
