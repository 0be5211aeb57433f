"""Render the app's windows in Kazakh and Russian to PNG files, offscreen.

Setup, unlock, the home screen (today's work), the main window (with search, and with the
registry's filters), the lock screen, the applicant card (with data, with a mistyped ИИН, its
Household and Documents tabs), the case form (new, labour mobility, and one with deadlines),
the monthly report, the dashboard, the Excel import preview, the reference data tabs with a
district correction, the vacancies matching an applicant, monitoring, the contract papers, the
restore-a-draft prompt and the switch-user dialog, sync with the district (the status bar with
a wrong clock, the Sync window's four tabs, Sync now's progress and summary, the district
server dialog, the first run's enrolment step), the forgotten-passphrase dialog, the unlock
dialog restoring a lost key file from a backup, the status bar two days before the report is
due; then, in a child process with QT_SCALE_FACTOR=1.5, the main window, card, case form and
Sync window as on a 1366×768 laptop at 150 %.

    python -m desktop.ui.screenshots [output folder]    (default: docs/screenshots)

A throwaway database with demo applicants is made in a temporary folder; settings go there
too, so nothing of the person running it is read or changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from desktop.domain.enums import Role
from desktop.services import imports, monitoring, session
from desktop.services.applicants import find_applicants
from desktop.services.demo_data import create_demo_data
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store
from desktop.sync.errors import BadEnrolmentCode
from desktop.ui import i18n, screen_fit
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.autolock import AutoLock
from desktop.ui.case_form import CaseForm
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.matching_dialog import MatchingDialog
from desktop.ui.monitoring_window import MonitoringWindow
from desktop.ui.reference_window import ReferenceWindow
from desktop.ui.report_window import DashboardWindow, ReportWindow
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.tasks import wait_for_background
from desktop.ui.unlock_dialog import UnlockDialog

DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
PASSPHRASE = "Алтай таулары 2020"
SCREEN = (1366, 740)  # a 1366×768 laptop less the taskbar
SAMPLE = {
    "kk": ("Нұрланова Әйгерім Серікқызы", "Нұрл"),
    "ru": ("Нурланова Айгерим Сериковна", "Нурл"),
}


def _settle(widget: QWidget, until=None, seconds: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if until is None or until():
            break
        time.sleep(0.01)
    widget.repaint()
    QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def sample_list(store: Store, path: Path) -> Path:
    """An applicants list from an older spreadsheet, with the mistakes such lists have."""
    import openpyxl

    from desktop.domain.iin import make_iin

    known = find_applicants(store, "", 1)[0]
    first, second = (make_iin(date(1994, 5, 17), "female", n) for n in (41, 42))
    third = make_iin(date(1988, 11, 2), "male", 43)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Тізім 2019"
    sheet.append(["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Азаматтығы", "Елді мекен ҚАТО", "Ескерту"])
    sheet.append([first, "Серікбаева", "Әйгерім", "Нұрланқызы", "азамат", "634603100", None])
    sheet.append(
        [
            third[:-1] + str((int(third[-1]) + 1) % 10),
            "Жұмабаев",
            "Ерұлан",
            None,
            "азамат",
            "634603100",
            "тексеру",
        ]
    )
    sheet.append([second, "Ғалымова", "Гүлнұр", None, "қандас", "634603999", None])
    sheet.append([first, "Серікбаева", "Әйгерім", "Нұрланқызы", "азамат", "634603100", None])
    sheet.append(
        [
            known["iin"],
            known["last_name"],
            known["first_name"],
            known["patronymic"],
            "азамат",
            known["settlement_kato"],
            None,
        ]
    )
    sheet.append(
        [
            make_iin(date(2001, 1, 9), "male", 44),
            '=UPPER("қасымов")',
            "Дәулет",
            None,
            "азамат",
            "634603100",
            None,
        ]
    )
    book.save(path)
    return path


def _render_cards(store: Store, output: Path, code: str) -> list[Path]:
    """The card of an applicant with a case, and a new card with a mistyped ИИН."""
    person_id = store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]
    card = ApplicantCard(store, person_id)
    card.show()
    _settle(card)
    saved = [_save(card, output / f"applicant_card_{code}.png")]
    card.done(0)

    card = ApplicantCard(store)
    card.show()
    known = find_applicants(store, "", 1)[0]["iin"]
    card.iin.setText(known[:-1] + str((int(known[-1]) + 1) % 10))
    card.last_name.setText(SAMPLE[code][0].split()[0])
    _settle(card)
    saved.append(_save(card, output / f"applicant_card_iin_error_{code}.png"))
    card.done(0)
    return saved


def _render_card_tabs(store: Store, output: Path, code: str) -> list[Path]:
    """The card's Household tab (a member being added) and Documents tab, full screen."""
    from desktop.domain.iin import make_iin

    person_id = store.db.execute(
        "SELECT m.person_id FROM household_members m"
        " JOIN person_documents d ON d.person_id = m.person_id AND d.received_on IS NOT NULL"
        " WHERE m.deleted = 0 AND m.household_id IN (SELECT id FROM households WHERE low_income)"
        " AND m.household_id IN (SELECT household_id FROM household_members"
        "   WHERE deleted = 0 GROUP BY household_id HAVING count(*) >= 3)"
        " ORDER BY m.relation != 'head', m.person_id LIMIT 1"
    ).fetchone()[0]
    card = ApplicantCard(store, person_id)
    card.resize(*SCREEN)
    card.show()
    card.tabs.setCurrentWidget(card.household_tab)
    tab = card.household_tab
    tab.iin.setText(make_iin(date(2016, 4, 9), "female", 61))
    tab.last_name.setText(SAMPLE[code][0].split()[0])
    tab.first_name.setText("Аружан")
    tab.table.selectRow(1)
    _settle(card)
    saved = [_save(card, output / f"applicant_card_household_{code}.png")]
    card.tabs.setCurrentWidget(card.documents_tab)
    card.documents_tab.table.selectRow(0)
    _settle(card)
    saved.append(_save(card, output / f"applicant_card_documents_{code}.png"))
    card.done(0)
    return saved


def _render_registry_filters(window: MainWindow, output: Path, code: str) -> Path:
    """The list narrowed by a direction, a category and a priority group, by birth date."""
    from PySide6.QtCore import Qt

    from desktop.services.registry import RegistryFilter

    window.search.clear()
    window.run_search()
    window.filters.set_value(
        RegistryFilter(direction="1", category="unemployed", priority="rural_woman"))
    window.table.sortByColumn(window.model.COL_BIRTH_DATE, Qt.SortOrder.AscendingOrder)
    window.table.selectRow(0)
    _settle(window, until=lambda: window.model.match_count() is not None)
    saved = _save(window, output / f"main_filters_{code}.png")
    window.filters.clear()
    window.table.sortByColumn(window.model.COL_SURNAME, Qt.SortOrder.AscendingOrder)
    return saved


def _render_case_form(store: Store, output: Path, code: str) -> Path:
    """A new youth-practice case: eligibility with its reasons, the amount and schedule."""
    person_id = store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]
    form = CaseForm(store, person_id, today=date(2026, 3, 2))
    form.resize(*SCREEN)
    form.show()
    form.measure.setCurrentIndex(form.measure.findData("youth_practice"))
    form.category_checks["unemployed"].setChecked(True)
    _settle(form)
    saved = _save(form, output / f"case_form_{code}.png")
    form.done(0)
    return saved


def _render_case_deadlines(store: Store, output: Path, code: str) -> Path:
    """A direction 2 case whose akim's conclusion is overdue, and its notice to come."""
    person_id, case_id = store.db.execute(
        "SELECT person_id, id FROM cases WHERE deleted = 0 AND conclusion_requested_on IS NOT"
        " NULL ORDER BY conclusion_requested_on LIMIT 1").fetchone()
    form = CaseForm(store, person_id, case_id)
    form.resize(*SCREEN)
    form.show()
    _settle(form)
    saved = _save(form, output / f"case_deadlines_{code}.png")
    form.done(0)
    return saved


def _render_case_form_mobility(store: Store, output: Path, code: str) -> Path:
    """A labour-mobility case: seven reasons, some still undecided, and the relocation subsidy."""
    person_id = store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]
    form = CaseForm(store, person_id, today=date(2026, 3, 2))
    form.resize(*SCREEN)
    form.show()
    form.direction.setCurrentIndex(form.direction.findData("3"))
    form.category_checks["unemployed"].setChecked(True)
    move = form.answers["move_type"]
    move.setCurrentIndex(move.findData("within-region"))
    form.members.setValue(2)
    _settle(form)
    saved = _save(form, output / f"case_form_mobility_{code}.png")
    form.done(0)
    return saved


_PAPERS: dict[str, str] = {}


def _paper_cases(store: Store) -> dict[str, str]:
    """A signed youth-practice contract and a refused direction-2 project (made once)."""
    if _PAPERS:
        return _PAPERS
    from desktop.domain.iin import make_iin
    from desktop.services import conclusions, contracts
    from desktop.services.applicants import ApplicantInput, register_applicant
    from desktop.services.cases import move_case, open_case, save_case_plan

    person = register_applicant(store, ApplicantInput(
        make_iin(date(2003, 5, 14), "female", 61), "Серікова", "Дана", patronymic="Асқарқызы",
        settlement_kato="634603100", address="Абай көшесі, 12",
        phone="+7 701 555 12 34")).record_id
    start = date(2026, 3, 2)
    case_id = open_case(store, person, "1", "youth_practice", date(2026, 2, 16)).record_id
    plan = contracts.benefit("youth_practice", contracts.ContractTerms(start), start)
    save_case_plan(store, case_id, plan.amount, plan.rules_version)
    move_case(store, case_id, "submitted")
    move_case(store, case_id, "included")
    contract = contracts.draft_contract(store, case_id, contracts.ContractTerms(start))
    contracts.record_signing(store, contract.record_id, date(2026, 2, 27))
    business = open_case(store, person, "2", "microcredit", date(2026, 2, 16)).record_id
    decision = conclusions.record_conclusion(
        store, business, "refused", date(2026, 2, 24),
        "Ет өнімдерін өндіру цехы / цех по переработке мяса",
        "Жер учаскесі бөлінбеген; электр желісі жоқ. / Не выделен земельный участок; нет "
        "электросети.")
    training = open_case(store, person, "1", "vocational_training", date(2026, 2, 16)).record_id
    move_case(store, training, "submitted")
    move_case(store, training, "included")
    notice_contract = contracts.draft_contract(
        store, training, contracts.ContractTerms(start, end=date(2026, 6, 30))).record_id
    _PAPERS.update(case=case_id, business=business, decision=decision.record_id,
                   training_contract=notice_contract)
    return _PAPERS


def _render_contract_papers(store: Store, output: Path, code: str) -> list[Path]:
    """The contract window, the akim's conclusion, and page 1 of each printed form."""
    from PySide6.QtWidgets import QDialog

    from desktop.ui.accession_dialog import AccessionDialog
    from desktop.ui.conclusion_dialog import ConclusionDialog
    from desktop.ui.contract_window import ContractWindow
    from desktop.ui.printing import render_page_image

    papers = _paper_cases(store)
    saved = []
    window = ContractWindow(store, papers["case"], today=date(2026, 3, 2))
    window.resize(*SCREEN)
    window.show()
    _settle(window)
    saved.append(_save(window, output / f"contract_window_{code}.png"))
    form = window.build_form()
    path = output / f"contract_pdf_page1_{code}.png"
    render_page_image(form, 0, dpi=100).save(str(path))
    saved.append(path)
    window.done(0)

    dialog = ConclusionDialog(store, papers["business"], today=date(2026, 3, 2))
    dialog.resize(1100, 560)
    dialog.show()
    _settle(dialog)
    saved.append(_save(dialog, output / f"conclusion_dialog_{code}.png"))
    path = output / f"conclusion_pdf_page1_{code}.png"
    render_page_image(dialog.build_form(), 0, dpi=100).save(str(path))
    saved.append(path)
    dialog.done(0)

    notice = AccessionDialog(store, papers["training_contract"], today=date(2026, 3, 2))
    notice.resize(900, 520)
    for key, value in (("employer", "«Алтай Құрылыс» ЖШС"), ("employer_bin", "120340012345"),
                       ("specialty", "Дәнекерлеуші / электрогазосварщик"),
                       ("education_organisation", "Көкпекті аграрлық-техникалық колледжі"),
                       ("practice_place", "Көкпекті ауылы, «Алтай Құрылыс» шеберханасы"),
                       ("employer_official", "Бекенов Ә. Т., директор")):
        notice.set_value(key, value)
    notice.show()
    _settle(notice)
    saved.append(_save(notice, output / f"accession_dialog_{code}.png"))
    path = output / f"accession_pdf_page1_{code}.png"
    render_page_image(notice.build_form(), 0, dpi=100).save(str(path))
    saved.append(path)
    QDialog.done(notice, 0)
    return saved


def _render_reports(store: Store, output: Path, code: str, sample: Path) -> list[Path]:
    saved = []
    report = ReportWindow(store)
    report.resize(*SCREEN)
    report.show()
    _settle(report, until=lambda: not report.busy.running)
    report.scope.setCurrentIndex(report.scope.count() - 1)  # per okrug on a district device
    _settle(report, until=lambda: not report.busy.running)
    saved.append(_save(report, output / f"report_{code}.png"))
    report.close()

    dashboard = DashboardWindow(store)
    dashboard.resize(SCREEN[0], 600)
    dashboard.show()
    _settle(dashboard, until=lambda: not dashboard.busy.running)
    saved.append(_save(dashboard, output / f"dashboard_{code}.png"))
    dashboard.close()

    dialog = ImportDialog(store)
    dialog.resize(1100, 640)
    dialog.show()
    dialog.set_choice(sample, imports.KIND_APPLICANTS)
    dialog.run_preview()
    _settle(dialog, until=lambda: not dialog.busy.running)
    saved.append(_save(dialog, output / f"import_preview_{code}.png"))
    dialog.close()
    return saved


def sample_monitoring(store: Store) -> str:
    """A running case with visits, checked obligations, a lifted and an active sanction."""
    today = monitoring.today(store)
    case_id, contract_id, signed = store.db.execute(
        "SELECT c.id, sc.id, sc.signed_on FROM cases c JOIN social_contracts sc"
        " ON sc.case_id = c.id WHERE c.deleted = 0 AND c.state = 'in_progress'"
        " AND sc.signed_on <= ? ORDER BY sc.signed_on DESC LIMIT 1",
        [(today - timedelta(days=120)).isoformat()],
    ).fetchone()
    signed = date.fromisoformat(signed)
    with store.transaction("change records") as tx:  # the contracts slice drafts these
        for text, days in (("Пройти курс «Сварщик» в колледже, не пропуская занятий", 60),
                           ("Отработать на социальном рабочем месте 12 месяцев", 365)):
            tx.save("obligations", {"contract_id": contract_id, "party": "participant",
                                    "description": text, "due_on": signed + timedelta(days),
                                    "status": "open"})
    visits = (
        (10, "home", "Дома, документы на курс собраны, готов к занятиям", "compliant", False),
        (40, "training_organisation", "На занятиях, посещаемость 90 %", "compliant", False),
        (70, "workplace", "Дважды опоздал на смену, предупреждён", "partly", False),
        (100, "workplace", "Не выходит на работу вторую неделю, на звонки не отвечает",
         "breach", True),
    )
    for days, place, findings, compliance, proposed in visits:
        monitoring.record_visit(store, case_id, monitoring.VisitInput(
            signed + timedelta(days), place, findings, compliance,
            sanction_proposed=proposed))
    course, _, job = monitoring.list_obligations(store, case_id)  # by due date
    monitoring.check_obligation(store, course["id"], "fulfilled", signed + timedelta(55),
                                "Свидетельство об окончании курса")
    monitoring.check_obligation(store, job["id"], "broken", signed + timedelta(100),
                                "Не выходит на работу с " + (signed + timedelta(92)).strftime(
                                    "%d.%m.%Y"))
    earlier = monitoring.impose_sanction(store, case_id, monitoring.SanctionInput(
        signed + timedelta(72), "non_fulfilment", "Опоздания на смену без причины")).record_id
    monitoring.lift_sanction(store, earlier, signed + timedelta(86),
                             "Объяснительная принята, нарушений больше нет")
    proposal = monitoring.sanction_proposals(store, case_id)[0]["id"]
    monitoring.impose_sanction(store, case_id, monitoring.SanctionInput(
        signed + timedelta(104), "non_fulfilment", "Не выходит на социальное рабочее место",
        visit_id=proposal))
    return case_id


def _render_monitoring(store: Store, output: Path, code: str, case_id: str) -> list[Path]:
    """The monitoring window on each tab, and the sanction dialog with its §6 text."""
    window = MonitoringWindow(store, case_id)
    window.resize(*SCREEN)
    window.show()
    saved = []
    for index, name in enumerate(("visits", "obligations", "sanctions")):
        window.tabs.setCurrentIndex(index)
        _settle(window)
        saved.append(_save(window, output / f"monitoring_{name}_{code}.png"))
    window.impose_sanction()
    dialog = window.dialog
    dialog.reason.setPlainText("Не выходит на социальное рабочее место")
    _settle(dialog)
    saved.append(_save(dialog, output / f"monitoring_sanction_{code}.png"))
    dialog.done(0)
    window.done(0)
    return saved


def _render_reference(store: Store, output: Path, code: str) -> list[Path]:
    """Each reference tab as a village specialist sees it (read-only), a district correction
    with a mistyped БИН, and the vacancies matching a tractor driver."""
    village = Store(store.opened, replace(store.actor, role=Role.VILLAGE_SPECIALIST))
    window = ReferenceWindow(village)
    window.resize(*SCREEN)
    window.show()
    _settle(window, until=lambda: not window.loading)
    saved = []
    for kind, search in (("vacancies", None), ("education_organisations", None),
                         ("settlements", None), ("employers", None)):
        window.show_tab(kind, search)
        _settle(window)
        saved.append(_save(window, output / f"reference_{kind}_{code}.png"))
    window.close()

    district = ReferenceWindow(store)
    district.resize(*SCREEN)
    district.show()
    _settle(district, until=lambda: not district.loading)
    page = district.show_tab("employers")
    page.table.setFocus()
    page.table.selectRow(0)
    dialog = district.edit_current()
    if dialog is not None:
        bin_value = dialog.bin.text()
        dialog.bin.setText(bin_value[:-1] + str((int(bin_value[-1]) + 1) % 10))
        dialog.submit()
        _settle(dialog, until=lambda: dialog.error.isVisible())
        saved.append(_save(dialog, output / f"reference_edit_bad_bin_{code}.png"))
        dialog.done(0)
    district.close()

    person_id = store.db.execute(
        "SELECT id FROM persons WHERE specialty = 'тракторист' AND deleted = 0 LIMIT 1"
    ).fetchone()[0]
    matches = MatchingDialog(store, person_id)
    matches.show()
    _settle(matches, until=lambda: matches.loaded)
    saved.append(_save(matches, output / f"matching_vacancies_{code}.png"))
    matches.done(0)
    return saved


def _render_drafts(store: Store, output: Path, code: str, database: Path) -> list[Path]:
    """The restore prompt over a card, and the switch-user dialog after a wrong passphrase."""
    from desktop.services import drafts
    from desktop.ui.autosave import AutosaveText, restore_prompt, when_text
    from desktop.ui.switch_user import SwitchUserDialog

    card = ApplicantCard(store)
    card.show()
    drafts.save_draft(store, drafts.APPLICANT, "new:screenshot", card.draft_values())
    draft = drafts.load_draft(store, drafts.APPLICANT, "new:screenshot")
    box = restore_prompt(card, AutosaveText(card).new_applicant(when_text(draft)))
    box.show()
    _settle(box)
    saved = [_save(box, output / f"restore_draft_{code}.png")]
    box.done(0)
    card.done(0)
    drafts.delete_draft(store, drafts.APPLICANT, "new:screenshot")

    dialog = SwitchUserDialog(database, "aigerim")
    dialog.show()
    dialog.passphrase.setText("бота")
    dialog.submit()
    _settle(dialog, until=lambda: not dialog.busy.running)
    saved.append(_save(dialog, output / f"switch_user_{code}.png"))
    dialog.done(0)
    # Deleted here, on the GUI thread: a dialog in a reference cycle (its messages hold
    # lambdas over it) must never be left to a garbage collection on the worker thread.
    shiboken6.delete(dialog)
    return saved


def sample_sync(store: Store) -> str:
    """This computer as if enrolled and synced an hour ago, with what a sync leaves behind:
    a rejected save, two conflicts and a notice. Written straight into the throwaway
    database's sync tables (there is no district server here); returns the person."""
    import json

    from desktop.services import sync as sync_service
    from desktop.storage.connection import set_meta
    from desktop.sync import signing

    db = store.db
    people = [row[0] for row in db.execute(
        "SELECT id FROM persons WHERE deleted = 0 ORDER BY last_name LIMIT 3").fetchall()]
    keys = signing.DeviceKeys.generate()
    an_hour_ago = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(time.time() - 3600))
    with db.atomic():
        for key, value in (
                (sync_service.K_URL, "https://qadam.karatal.kz"),
                (sync_service.K_SIGNING, signing.b64(keys.signing_private)),
                (sync_service.K_ENCRYPTION, signing.b64(keys.encryption_private)),
                (sync_service.K_SCOPE, "village"),
                (sync_service.K_OKRUG, json.dumps({"kato": "634603000", "name": "Үштөбе"})),
                (sync_service.K_DISTRICT, json.dumps({"kato": "634600000", "name": "Қаратал"})),
                (sync_service.K_LAST_SYNC, an_hour_ago)):
            set_meta(db, key, value)
        db.execute("UPDATE change_log SET status = 'accepted' WHERE record_id NOT IN (?, ?)",
                   people[:2])
        db.execute("UPDATE change_log SET status = 'rejected', reason = 'out_of_scope'"
                   " WHERE record_id = ?", [people[0]])
        for n, (field, theirs, mine) in enumerate((("phone", "+7 701 555 12 34",
                                                     "+7 705 111 22 33"),
                                                    ("address", "Абай к-сі, 12",
                                                     "Абай көшесі, 12, 3-пәтер"))):
            db.execute(
                "INSERT INTO sync_conflicts (id, table_name, record_id, field, winner_value,"
                " loser_value, winner_device, loser_device, received_at) VALUES"
                " (?, 'persons', ?, ?, ?, ?, 'district-pc', ?, ?)",
                [f"c{n}", people[1 + n], field, json.dumps(theirs, ensure_ascii=False),
                 json.dumps(mine, ensure_ascii=False), store.device_id, an_hour_ago])
        db.execute(
            "INSERT INTO sync_notices (id, kind, table_name, record_id, data, received_at)"
            " VALUES ('n1', 'duplicate_iin', 'persons', ?, ?, ?)",
            [people[2], json.dumps({"other_okrug_name": "Жолбарыс"}, ensure_ascii=False),
             an_hour_ago])
    return people[0]


def _render_sync(store: Store, output: Path, code: str, database: Path) -> list[Path]:
    """The status bar with a clock a week ahead, the Sync window's tabs, Sync now's
    progress and summary, the district server dialog and the first run's enrolment step."""
    from desktop.services import sync as sync_service
    from desktop.storage.connection import set_meta
    from desktop.ui.server_dialog import ServerDialog
    from desktop.ui.sync_window import SyncProgressDialog

    saved: list[Path] = []
    set_meta(store.db, sync_service.K_OFFSET, str(-7 * 24 * 3600 * 1000))
    window = MainWindow(store)
    window.sync.stop_background()  # no server here: nothing may try to reach one
    window.resize(*SCREEN)
    window.show()
    _settle(window, until=lambda: window.sync.status is not None and not window.home.loading)
    saved.append(_save(window, output / f"sync_status_clock_{code}.png"))
    set_meta(store.db, sync_service.K_OFFSET, "0")
    window.sync.refresh_status()

    sync_window = window.open_sync_window()
    _settle(sync_window, until=lambda: not sync_window.loading and not window.sync.reading)
    for n, name in enumerate(("status", "rejected", "conflicts", "notices")):
        sync_window.show_tab(n)
        _settle(sync_window)
        saved.append(_save(sync_window, output / f"sync_{name}_{code}.png"))
    sync_window.conflicts_view.selectRow(0)
    box = sync_window.ask_resolve(mine=True)
    _settle(box)
    saved.append(_save(box, output / f"sync_keep_mine_{code}.png"))
    box.done(0)
    sync_window.hide()

    window.sync.running = True  # shown as if a sync ran: no server is reachable here
    progress = SyncProgressDialog(window.sync, window)
    progress.show()
    progress._progress("push", 400, 1130)
    _settle(progress)
    saved.append(_save(progress, output / f"sync_progress_{code}.png"))
    window.sync.running = False
    progress._finished(sync_service.SyncReport(pushed=1130, accepted=1127, rejected=3,
                                               pulled=245, applied=980, conflicts=2), False)
    _settle(progress)
    saved.append(_save(progress, output / f"sync_summary_{code}.png"))
    progress.done(0)

    # The Sync menu (Sync now, the window, the USB stick, the server), as Alt+S opens it.
    window.show()
    window.sync_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    _settle(window.sync_menu)
    saved.append(_save(window.sync_menu, output / f"sync_menu_{code}.png"))
    window.sync_menu.hide()

    # By USB stick: the export's message, and a refused file.
    from desktop.services.bundles import BundleExport
    from desktop.sync.bundle import BundleError

    window.bundles._exported(BundleExport("b1", 1130, 0, 412_000),
                             Path("E:/qadam-2026-12-02.qadam"))
    _settle(window.bundles.box)
    saved.append(_save(window.bundles.box, output / f"sync_usb_export_{code}.png"))
    window.bundles.box.done(0)
    window.bundles.show_refusal(BundleError("bad_signature", bundle_id="5f0c2a1e"))
    _settle(window.bundles.box)
    saved.append(_save(window.bundles.box, output / f"sync_usb_refused_{code}.png"))
    window.bundles.box.done(0)

    server = ServerDialog(store, window)
    server.show()
    _settle(server)
    server.form.code.setText("K7QD-93XM")
    server.form.device_name.setText("Үштөбе округі, 2-кабинет")
    server.form.error.show_error(BadEnrolmentCode())
    server.fit()
    _settle(server)
    saved.append(_save(server, output / f"sync_server_{code}.png"))
    server.done(0)

    setup = SetupDialog(database.parent / "new.db", offer_enrolment=True)
    setup.pages.setCurrentWidget(setup.enrol_page)
    setup.enrol_form.url.setText("https://qadam.karatal.kz")
    setup.show()
    _settle(setup)
    saved.append(_save(setup, output / f"setup_enrol_{code}.png"))
    setup.done(0)
    window.close()
    for widget in (setup, server, progress, window):
        shiboken6.delete(widget)
    return saved


def _render_help_and_crash(store: Store, output: Path, code: str) -> list[Path]:
    """The Help menu (the log folder, diagnostics) and the unexpected-error dialog."""
    from desktop.ui.crash_dialog import CrashDialog
    from desktop.ui.help_actions import install_help_actions

    window = MainWindow(store)
    install_help_actions(window)
    window.resize(*SCREEN)
    window.show()
    _settle(window)
    window.help_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    _settle(window.help_menu)
    saved = [_save(window.help_menu, output / f"help_menu_{code}.png")]
    window.help_menu.hide()
    crash = CrashDialog(KeyError("x"), lambda: store, window)
    crash.again()
    crash.show()
    _settle(crash)
    saved.append(_save(crash, output / f"crash_dialog_{code}.png"))
    crash.done(0)
    window.close()
    shiboken6.delete(crash)
    shiboken6.delete(window)
    return saved


def _render_backups(store: Store, output: Path, code: str) -> list[Path]:
    """The File menu's backup entries, the status bar warning of a backup 9 days old, the
    restore preview of a real backup, and a refused (damaged) backup."""
    from datetime import timedelta

    from desktop.services import backups
    from desktop.storage.errors import BackupDamaged
    from desktop.ui.backup_dialog import RestorePreviewDialog

    saved: list[Path] = []
    window = MainWindow(store)
    window.sync.stop_background()
    window.resize(*SCREEN)
    window.show()
    _settle(window, until=lambda: window.sync.status is not None and not window.home.loading)
    made = backups.back_up(store)
    now = backups.utc_now()
    window.backups.label.show_age(now - timedelta(days=9), now)
    _settle(window)
    saved.append(_save(window, output / f"backup_status_{code}.png"))
    window.file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    _settle(window.file_menu)
    saved.append(_save(window.file_menu, output / f"backup_menu_{code}.png"))
    window.file_menu.hide()
    preview = RestorePreviewDialog(backups.preview(made, store.actor.username, PASSPHRASE),
                                   window)
    preview.show()
    _settle(preview)
    saved.append(_save(preview, output / f"backup_restore_preview_{code}.png"))
    preview.done(0)
    window.backups.show_refusal(BackupDamaged(
        path="E:/Qadam/backups/…_20261201T080000000Z.qadam-backup",
        reason="its contents do not match their checksum"))
    _settle(window.backups.box)
    saved.append(_save(window.backups.box, output / f"backup_refused_{code}.png"))
    window.backups.box.done(0)
    window.close()
    for widget in (preview, window):
        shiboken6.delete(widget)
    return saved


def render_small_screen(output: Path, work: Path) -> list[Path]:
    """Main window, card and case form at 910×465, for QT_SCALE_FACTOR=1.5 (see main)."""
    from desktop.app import application
    from desktop.ui.screen_fit import SMALL_SCREEN

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    application([sys.argv[0]])
    store = session.create(work / "qadam.db", "aigerim", SAMPLE["kk"][0], PASSPHRASE,
                           KdfParams())
    create_demo_data(store, 60)
    sample_sync(store)
    person_id = store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]
    output.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    try:
        for code in ("kk", "ru"):
            i18n.apply_language(code, remember=False)
            window = MainWindow(store)
            window.sync.stop_background()
            # The Sync window first: it is the main window's child, deleted with it.
            for name, widget in (("sync", window.open_sync_window()),
                                 ("main", window),
                                 ("card", ApplicantCard(store, person_id)),
                                 ("case_form", CaseForm(store, person_id,
                                                        today=date(2026, 3, 2)))):
                widget.show()
                widget.resize(SMALL_SCREEN)  # after show: a real 910×465 at 150 %
                if isinstance(widget, CaseForm):
                    widget.measure.setCurrentIndex(widget.measure.findData("youth_practice"))
                _settle(widget)
                saved.append(_save(widget, output / f"small_screen_{name}_{code}.png"))
                widget.hide()
                shiboken6.delete(widget)
    finally:
        wait_for_background()
        store.close()
    return saved


def render_status_bar_urgent(store: Store, output: Path, code: str) -> list[Path]:
    """Two days before the report's due date: the countdown, bold and red, stays in the
    status bar, whole at the usual size and compact at the smallest (what gives way:
    desktop/ui/status_fit.py)."""
    window = MainWindow(store, today=lambda: date(2026, 12, 8))
    window.show()
    saved = []
    for size, name in ((SCREEN, "status_bar_urgent"), ((720, 420), "status_bar_urgent_small")):
        window.resize(*size)
        _settle(window, until=lambda w=window: not w.home.loading)
        bar = window.statusBar()
        saved.append(_save(bar, output / f"{name}_{code}.png"))
    window.close()
    return saved


def render(output: Path, work: Path) -> list[Path]:
    from desktop.app import application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    # Offscreen Qt has an 800×800 screen; these show a 1366×768 laptop, so windows keep the
    # sizes given here instead of being shrunk onto the offscreen screen.
    screen_fit.uninstall(application([sys.argv[0]]))
    database = work / "Qadam" / "qadam.db"
    store = session.create(database, "aigerim", SAMPLE["kk"][0], PASSPHRASE, KdfParams())
    create_demo_data(store, 300)
    sample = sample_list(store, work / "өтініш_берушілер_2019.xlsx")
    monitored = sample_monitoring(store)
    sample_sync(store)
    output.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    try:
        for code in ("kk", "ru"):
            i18n.apply_language(code, remember=False)
            full_name, search = SAMPLE[code]

            setup = SetupDialog(Path("C:/Users/aigerim/AppData/Local/Qadam/qadam.db"))
            setup.full_name.setText(full_name)
            setup.okrug.setText("634603000")
            setup.passphrase.setText(PASSPHRASE)
            setup.repeat.setText(PASSPHRASE)
            setup.show()
            _settle(setup)
            saved.append(_save(setup, output / f"setup_{code}.png"))
            setup.close()

            unlock = UnlockDialog(database)
            unlock.show()
            unlock.passphrase.setText("алтай таулары")
            unlock.submit()
            _settle(unlock, until=lambda dialog=unlock: not dialog.busy.running)
            saved.append(_save(unlock, output / f"unlock_wrong_passphrase_{code}.png"))
            unlock.close()

            window = MainWindow(store)
            window.resize(*SCREEN)
            window.show()
            _settle(window, until=lambda w=window: not w.home.loading)
            saved.append(_save(window, output / f"home_{code}.png"))
            window.show_applicants()
            _settle(window)
            saved.append(_save(window, output / f"main_{code}.png"))
            window.search.setText(search)
            window.run_search()
            window.table.selectRow(0)
            _settle(window)
            saved.append(_save(window, output / f"main_search_{code}.png"))
            saved.append(_render_registry_filters(window, output, code))
            lock = AutoLock(window, database, "aigerim", timeout_ms=0)
            lock.lock()
            _settle(lock.dialog)
            saved.append(_save(lock.dialog, output / f"locked_{code}.png"))
            lock.unlock()
            lock.uninstall()
            window.close()

            saved.extend(_render_cards(store, output, code))
            saved.extend(_render_card_tabs(store, output, code))
            saved.append(_render_case_form(store, output, code))
            saved.extend(_render_monitoring(store, output, code, monitored))
            saved.append(_render_case_deadlines(store, output, code))
            saved.extend(_render_contract_papers(store, output, code))
            saved.extend(_render_drafts(store, output, code, database))
            saved.append(_render_case_form_mobility(store, output, code))
            saved.extend(_render_reports(store, output, code, sample))
            saved.extend(_render_reference(store, output, code))
            saved.extend(_render_sync(store, output, code, database))
            saved.extend(_render_recovery(work, output, code))
            saved.extend(_render_key_file_restore(work, output, code))
            saved.extend(_render_help_and_crash(store, output, code))
            saved.extend(_render_backups(store, output, code))
            saved.extend(render_status_bar_urgent(store, output, code))
    finally:
        wait_for_background()
        store.close()
    return saved


def _render_recovery(work: Path, output: Path, code: str) -> list[Path]:
    """Forgot passphrase: the request saved with its code, the district's answer opened."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from desktop.ui.recovery_dialog import RecoveryDialog

    database = work / f"recovery-{code}" / "qadam.db"
    if not database.exists():  # a laptop whose data key is wrapped to a district's key
        session.create(database, "aigerim", SAMPLE["kk"][0], PASSPHRASE, KdfParams(),
                       recovery_key=X25519PrivateKey.generate().public_key()).close()
        # As an enrolled laptop's key file says it: the online buttons show.
        from desktop.storage.keys import Keyring

        keyring = Keyring.load(database)
        keyring.recovery_context["server_url"] = "https://10.0.0.5:8443"
        keyring.save(database)
    unlock = UnlockDialog(database)
    unlock.show()
    unlock.forgot_button.click()
    dialog = unlock.recovery_dialog
    assert isinstance(dialog, RecoveryDialog)
    dialog.save_request(database.parent / "qadam-recovery-request.json")
    dialog.response_path.setText("E:/qadam-recovery-response.json")
    dialog.new_passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    _settle(dialog)
    saved = [_save(dialog, output / f"recovery_{code}.png")]
    dialog.close()
    unlock.close()
    return saved


def _render_key_file_restore(work: Path, output: Path, code: str) -> list[Path]:
    """The key file lost with its copy: the unlock dialog saying so, then with a backup's
    key file chosen."""
    from datetime import UTC, datetime

    from desktop.services import backups
    from desktop.storage.keys import Keyring

    database = work / f"key-file-{code}" / "qadam.db"
    store = session.create(database, "aigerim", SAMPLE["kk"][0], PASSPHRASE, KdfParams())
    try:
        backup = backups.back_up(store, to=database.parent / "E",
                                 now=datetime(2026, 11, 30, 17, 5, tzinfo=UTC))
    finally:
        store.close()
    Keyring.path_for(database).unlink()
    Keyring.copy_path_for(database).unlink()
    unlock = UnlockDialog(database)
    unlock.show()
    _settle(unlock)
    saved = [_save(unlock, output / f"unlock_key_file_missing_{code}.png")]
    unlock.use_backup(backup)
    unlock.passphrase.setText(PASSPHRASE)
    _settle(unlock)
    saved.append(_save(unlock, output / f"unlock_key_file_backup_{code}.png"))
    unlock.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    small = "--small-screen" in args  # the child below: Qt already scaled by 150 %
    args = [a for a in args if a != "--small-screen"]
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    with tempfile.TemporaryDirectory(prefix="qadam-screenshots-") as work:
        for path in (render_small_screen if small else render)(output, Path(work)):
            print(path)
    if not small:
        # A 1366×768 laptop at 150 %: the scale factor must be set before Qt starts.
        import subprocess

        env = dict(os.environ, QT_SCALE_FACTOR="1.5")
        subprocess.run([sys.executable, "-m", "desktop.ui.screenshots", "--small-screen",
                        str(output)], env=env, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
