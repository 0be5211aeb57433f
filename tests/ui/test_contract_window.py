"""The contract window, the akim's conclusion and the accession notices over a real encrypted
database, and their PDFs read back in Kazakh and Russian; one run from unlock to the PDF."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from desktop import app as qadam_app
from desktop.domain.cases import CaseState
from desktop.domain.enums import Role
from desktop.domain.iin import make_iin
from desktop.services import contracts, session
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.cases import case_details, move_case, open_case, save_case_plan
from desktop.services.contracts import ContractTerms
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.accession_dialog import AccessionDialog
from desktop.ui.case_form import CaseForm
from desktop.ui.conclusion_dialog import ConclusionDialog
from desktop.ui.contract_window import ContractWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.obligation_model import ObligationModel
from desktop.ui.tasks import wait_for_background
from desktop.ui.unlock_dialog import UnlockDialog

IIN = make_iin(date(2002, 1, 15), "female", 44)
KATO = "634603100"
START = date(2026, 3, 2)
TODAY = date(2026, 3, 10)
KAZAKH = "әғқңөұүі"  # һ is rare (loanwords): the contract text has none


def pdf_text(path: Path) -> str:
    """The PDF's text with the layout's tabs and line breaks as single spaces."""
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def pdf_fonts(path: Path) -> set[str]:
    reader = PdfReader(str(path))
    fonts: set[str] = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            for descendant in font.get("/DescendantFonts", []):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, "the font is embedded, not referenced"
    return fonts


def _case(store: Store, direction: str = "1", measure: str = "youth_practice") -> str:
    person = register_applicant(store, ApplicantInput(
        IIN, "Қасымова", "Гүлнұр", patronymic="Өмірқызы", settlement_kato=KATO)).record_id
    case_id = open_case(store, person, direction, measure, date(2026, 3, 1)).record_id
    if measure == "youth_practice":
        plan = contracts.benefit(measure, ContractTerms(START), START)
        save_case_plan(store, case_id, plan.amount, plan.rules_version)
    move_case(store, case_id, CaseState.SUBMITTED)
    move_case(store, case_id, CaseState.INCLUDED)
    return case_id


def _activate(qtbot, window) -> None:  # noqa: ANN001
    """Shortcuts reach only the active window (offscreen Qt activates it on request)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def _window(qtbot, store: Store, case_id: str) -> ContractWindow:  # noqa: ANN001
    window = ContractWindow(store, case_id, today=START)
    qtbot.addWidget(window, before_close_func=lambda w: w.done(0))
    window.show()
    qtbot.waitExposed(window)
    _activate(qtbot, window)
    return window


def _keys(qtbot, widget, key, modifier) -> None:  # noqa: ANN001
    qtbot.keyClick(widget, key, modifier)


def _write(qtbot, window: ContractWindow, action) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.changed, timeout=10000):
        action()


def _pdf(qtbot, output, save, path: Path) -> Path:  # noqa: ANN001
    save(path)
    qtbot.waitUntil(lambda: output.last_pdf == path or not output.error.isHidden(),
                    timeout=15000)
    assert output.error.isHidden(), output.error.text()
    return path


def test_draft_then_pdf_in_kazakh_and_russian(qtbot, store: Store, tmp_path: Path) -> None:
    case_id = _case(store)
    window = _window(qtbot, store, case_id)
    assert window.buttons["draft"].isVisibleTo(window)
    _write(qtbot, window, window.buttons["draft"].click)
    contract = window.shown
    assert contract is not None and contract.status == "draft"
    assert window.model.rowCount() == len(contract.obligations) > 4
    planned = case_details(store, case_id)["planned_amount"]

    texts = {}
    for language in ("kk", "ru"):
        window.language.setCurrentIndex(window.language.findData(language))
        path = _pdf(qtbot, window.output, window.save_pdf, tmp_path / f"c-{language}.pdf")
        texts[language] = pdf_text(path)
        assert any("DejaVuSans" in name for name in pdf_fonts(path))
    kk, ru = texts["kk"], texts["ru"]
    for text in (kk, ru):
        assert "Қасымова Гүлнұр Өмірқызы" in text
        assert contract.number in text
        assert "74 390,00 ₸" in text.replace("\u00a0", " ")
        assert f"{planned:,.2f}".replace(",", " ").replace(".", ",") in \
            text.replace("\u00a0", " ")
    assert "ӘЛЕУМЕТТІК КЕЛІСІМШАРТ" in kk and "СОЦИАЛЬНЫЙ КОНТРАКТ" in ru
    assert "жастар практикасынан өту" in kk
    assert "Пройти молодёжную практику у работодателя в течение 6 месяцев" in ru
    assert "(§6)" in ru and "(§6)" in kk
    assert set(KAZAKH) <= set(kk)
    assert "ЖОБА" in kk and "ПРОЕКТ" in ru  # a draft says so on paper


def test_obligation_model_passes_the_model_tester(qtbot, qtmodeltester, store: Store) -> None:
    case_id = _case(store)
    contract_id = contracts.draft_contract(store, case_id, ContractTerms(START)).record_id
    model = ObligationModel()
    model.set_obligations(contracts.contract_details(store, contract_id).obligations, "kk")
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "4.1"
    assert "Қатысушы" not in model.index(0, 1).data()  # party is in the interface language
    assert "қатысу" in model.index(0, 2).data()


def test_signing_makes_the_window_read_only_and_amend_makes_version_two(
        qtbot, store: Store) -> None:
    case_id = _case(store)
    window = _window(qtbot, store, case_id)
    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    _write(qtbot, window, lambda: _keys(qtbot, window.start, Qt.Key.Key_S, ctrl))  # Ctrl+S
    window.signed_on.setDate(window.signed_on.date().addDays(-1))
    _write(qtbot, window, lambda: _keys(qtbot, window.signed_on, Qt.Key.Key_R, alt))
    assert window.shown.status == "signed"
    assert not window.start.isEnabled() and not window.buttons["save"].isVisibleTo(window)
    assert "can no longer be changed" in window.info.text()
    assert case_details(store, case_id)["state"] == CaseState.CONTRACTED

    window.buttons["amend"].click()
    assert window.start.isEnabled()
    _write(qtbot, window, lambda: _keys(qtbot, window.start, Qt.Key.Key_S, ctrl))
    assert (window.shown.version, window.shown.status) == (2, "draft")
    assert window.history.count() == 2


def test_a_village_specialist_sees_no_signing_and_the_service_refuses(
        qtbot, store: Store) -> None:
    case_id = _case(store)
    village = Store(store.opened, replace(store.actor, role=Role.VILLAGE_SPECIALIST),
                    store.clock)
    window = _window(qtbot, village, case_id)
    _write(qtbot, window, window.buttons["draft"].click)
    assert not window.buttons["sign"].isVisibleTo(window)
    i18n.apply_language("ru", remember=False)
    window.record_signing()  # even if asked directly
    qtbot.waitUntil(lambda: not window.error.isHidden(), timeout=5000)
    assert "не позволяет" in window.error.text()
    assert window.shown.status == "draft"


def test_a_wrong_wage_is_a_message_and_the_typing_stays(qtbot, store: Store) -> None:
    person = register_applicant(store, ApplicantInput(
        IIN, "Қасымова", "Гүлнұр", settlement_kato=KATO)).record_id
    case_id = open_case(store, person, "1", "social_job", date(2026, 3, 1)).record_id
    window = _window(qtbot, store, case_id)
    window.wage.setText("сто тысяч")
    window.buttons["draft"].click()
    assert not window.error.isHidden()
    assert window.wage.text() == "сто тысяч" and window.shown is None


def test_esc_asks_before_losing_typed_terms(qtbot, store: Store) -> None:
    case_id = _case(store, measure="vocational_training")
    window = _window(qtbot, store, case_id)
    window.end.setDate(window.end.date().addMonths(3))
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible() and window.discard_box is not None
    window.discard_box.done(0)


def test_akim_conclusion_refusal_needs_reasons_then_prints(qtbot, store: Store,
                                                           tmp_path: Path) -> None:
    person = register_applicant(store, ApplicantInput(
        IIN, "Қасымова", "Гүлнұр", settlement_kato=KATO)).record_id
    case_id = open_case(store, person, "2", "microcredit", date(2026, 3, 1)).record_id
    dialog = ConclusionDialog(store, case_id, today=TODAY)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    dialog.show()
    dialog.outcome_buttons["refused"].setChecked(True)
    dialog.project.setPlainText("Сүт өнімдерін өндіру цехы")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5000)
    assert "reasons" in dialog.error.text()
    assert dialog.project.toPlainText() == "Сүт өнімдерін өндіру цехы"  # nothing lost
    dialog.reason.setPlainText("Жер учаскесі бөлінбеген")
    with qtbot.waitSignal(dialog.recorded, timeout=5000):
        dialog.submit()
    assert dialog.history.count() == 1

    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    kk = pdf_text(_pdf(qtbot, dialog.output, dialog.save_pdf, tmp_path / "a-kk.pdf"))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    ru = pdf_text(_pdf(qtbot, dialog.output, dialog.save_pdf, tmp_path / "a-ru.pdf"))
    assert "ДӘЛЕЛДІ БАС ТАРТУ" in kk and "ОБОСНОВАННЫЙ ОТКАЗ" in ru
    for text in (kk, ru):
        assert "Жер учаскесі бөлінбеген" in text and "Қасымова Гүлнұр" in text
        assert "Қарабұлақ" in text or "Кокпект" in text or "Көкпекті" in text


def test_the_case_form_offers_the_conclusion_for_direction_two_only(qtbot,
                                                                     store: Store) -> None:
    case_id = _case(store)
    person = case_details(store, case_id)["person_id"]
    form = CaseForm(store, person, case_id, today=TODAY)
    qtbot.addWidget(form)
    form.show()
    assert form.contract_button.isVisible() and not form.conclusion_button.isVisible()
    assert "&" in form.contract_button.text()  # Alt+C
    form.contract_button.click()
    assert isinstance(form.contract_window, ContractWindow)
    form.contract_window.done(0)


def test_accession_notices_need_their_fields_and_print(qtbot, store: Store,
                                                       tmp_path: Path) -> None:
    case_id = _case(store, measure="vocational_training")
    contract_id = contracts.draft_contract(
        store, case_id, ContractTerms(START, end=date(2026, 6, 30))).record_id
    dialog = AccessionDialog(store, contract_id, today=TODAY)
    qtbot.addWidget(dialog, before_close_func=lambda d: QDialog.done(d, 0))
    dialog.show()
    dialog.set_value("employer", "«Алтай Құрылыс» ЖШС")
    dialog.save_pdf(tmp_path / "e.pdf")
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5000)
    assert "the specialty" in dialog.error.text()
    for key, value in (("specialty", "Дәнекерлеуші / электрогазосварщик"),
                       ("education_organisation", "Көкпекті аграрлық-техникалық колледжі"),
                       ("practice_place", "Көкпекті ауылы, шеберхана")):
        dialog.set_value(key, value)
    dialog.language.setCurrentIndex(dialog.language.findData("kk"))
    kk = pdf_text(_pdf(qtbot, dialog.output, dialog.save_pdf, tmp_path / "e-kk.pdf"))
    assert "ЖҰМЫС БЕРУШІНІҢ" in kk and "«Алтай Құрылыс» ЖШС" in kk and "12 ай" in kk

    dialog.tabs.setCurrentIndex(1)
    for key, value in (("organisation", "Көкпекті колледжі"), ("course", "Дәнекерлеуші"),
                       ("duration", "3 ай, 480 сағат"), ("cost", "185000"),
                       ("practice", "Алтай Құрылыс шеберханасы")):
        dialog.set_value(key, value)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    ru = pdf_text(_pdf(qtbot, dialog.output, dialog.save_pdf, tmp_path / "o-ru.pdf"))
    assert "ОРГАНИЗАЦИИ ОБРАЗОВАНИЯ" in ru and "185 000,00 ₸" in ru.replace("\u00a0", " ")
    assert "Қасымова Гүлнұр" in ru


@pytest.mark.usefixtures("qtbot")
def test_from_unlock_to_the_printed_contract(monkeypatch: pytest.MonkeyPatch, qtbot,  # noqa: ANN001
                                             database, tmp_path: Path) -> None:  # noqa: ANN001
    """Unlock through desktop.app, open an applicant from the list with the keyboard, open a
    case, draft its contract and save it as PDF; the PDF says what was drafted."""
    pdf = tmp_path / "out" / "contract.pdf"
    seen: dict[str, object] = {}

    def unlock(self) -> int:  # noqa: ANN001
        self.store = session.unlock(database.path, database.username, database.passphrase)
        return QDialog.DialogCode.Accepted.value

    def event_loop() -> int:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        window.table.setFocus()
        window.table.setCurrentIndex(window.model.index(0, 0))
        qtbot.keyClick(window.table, Qt.Key.Key_Return)
        card = window.applicant_card
        assert card is not None and card.isVisible()
        card.new_case.click()
        form = card.case_form
        form.direction.setCurrentIndex(form.direction.findData("1"))
        form.measure.setCurrentIndex(form.measure.findData("youth_practice"))
        for state in (None, "submitted", "included"):
            with qtbot.waitSignal(form.saved, timeout=10000):
                (form.save_button.click if state is None else form.move_buttons[state].click)()
        form.contract_button.click()
        contract_window = form.contract_window
        _activate(qtbot, contract_window)
        qtbot.keyClick(contract_window.start, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: contract_window.shown is not None
                        or not contract_window.error.isHidden(), timeout=10000)
        assert contract_window.error.isHidden(), contract_window.error.text()
        contract_window.save_pdf(pdf)
        qtbot.waitUntil(lambda: contract_window.output.last_pdf == pdf, timeout=15000)
        seen["number"] = contract_window.shown.number
        seen["name"] = card.details["last_name"]
        contract_window.done(0)
        form.done(0)
        card.done(0)
        return 0

    monkeypatch.setattr(UnlockDialog, "exec", unlock)
    monkeypatch.setattr(QApplication, "exec", staticmethod(event_loop))
    assert qadam_app.run_gui(database.path) == 0
    wait_for_background()
    text = pdf_text(pdf)
    assert seen["number"] in text and str(seen["name"]) in text
    assert "СОЦИАЛЬНЫЙ КОНТРАКТ" in text or "ӘЛЕУМЕТТІК КЕЛІСІМШАРТ" in text


def test_a_cost_that_is_not_an_amount_is_a_message_and_nothing_is_lost(qtbot,
                                                                      store: Store) -> None:
    case_id = _case(store, measure="vocational_training")
    contract_id = contracts.draft_contract(
        store, case_id, ContractTerms(START, end=date(2026, 6, 30))).record_id
    dialog = AccessionDialog(store, contract_id, today=TODAY)
    qtbot.addWidget(dialog, before_close_func=lambda d: QDialog.done(d, 0))
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    dialog.set_value("cost", "жүз мың")
    i18n.apply_language("kk", remember=False)
    dialog.save_pdf(Path("unused.pdf"))
    assert "жүз мың" in dialog.error.text() and "теңге" in dialog.error.text()
    assert dialog.value("cost") == "жүз мың"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # typed text: asks before closing
    assert dialog.isVisible() and dialog.discard_box is not None
    dialog.discard_box.done(0)


def test_esc_on_a_typed_conclusion_asks_first(qtbot, store: Store) -> None:
    person = register_applicant(store, ApplicantInput(
        IIN, "Қасымова", "Гүлнұр", settlement_kato=KATO)).record_id
    case_id = open_case(store, person, "2", "business_training", date(2026, 3, 1)).record_id
    dialog = ConclusionDialog(store, case_id, today=TODAY)
    qtbot.addWidget(dialog, before_close_func=lambda d: QDialog.done(d, 0))
    dialog.show()
    dialog.project.setPlainText("Наубайхана")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.discard_box is not None
    dialog.discard_box.done(0)
    assert dialog.project.toPlainText() == "Наубайхана"
