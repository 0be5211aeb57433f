"""Every item model of the app keeps Qt's model contract (pytest-qt's qtmodeltester).

The test finds the QAbstractItemModel subclasses in desktop/ui by itself: a new model fails
`test_every_model_has_a_check` until a factory for it is added to FACTORIES below.
"""

from __future__ import annotations

import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

import desktop.ui
from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.iin import make_iin
from desktop.reports.imports.problems import RowProblem
from desktop.services import contracts, deadlines, documents, households, monitoring
from desktop.services import reference as settlements
from desktop.services import sync as sync_service
from desktop.services.applicants import ApplicantInput, find_applicants, register_applicant
from desktop.services.cases import move_case, open_case, save_case_plan
from desktop.services.matching import matching_vacancies
from desktop.services.monitoring import SanctionInput, VisitInput
from desktop.services.monthly_report import build_monthly_report
from desktop.services.reference_data import reference_lists
from desktop.services.registry import RegistryFilter
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_model import ApplicantTableModel
from desktop.ui.documents_tab import DocumentsModel
from desktop.ui.due_model import DueItemsModel
from desktop.ui.household_tab import HouseholdModel
from desktop.ui.import_model import Duplicate, DuplicateTableModel, ProblemTableModel
from desktop.ui.list_model import ListTableModel
from desktop.ui.monitoring_model import (
    ObligationTableModel,
    RecordTableModel,
    SanctionTableModel,
    VisitTableModel,
)
from desktop.ui.obligation_model import ObligationModel
from desktop.ui.reference_model import (
    EDUCATION,
    EMPLOYERS,
    MATCHES,
    SETTLEMENTS,
    VACANCIES,
    ReferenceFilterModel,
    ReferenceTableModel,
)
from desktop.ui.report_model import ReportTableModel
from desktop.ui.sync_models import ConflictsModel, NoticesModel, RejectedChangesModel
from desktop.ui.tasks import wait_for_background

TODAY = date(2026, 3, 16)  # monitoring and deadlines are seen on this day


def _models_in_desktop_ui() -> set[type]:
    found = set()
    for info in pkgutil.iter_modules(desktop.ui.__path__):
        if info.name == "screenshots":
            continue
        module = importlib.import_module(f"desktop.ui.{info.name}")
        for _name, value in inspect.getmembers(module, inspect.isclass):
            if (issubclass(value, QAbstractItemModel) and value.__module__ == module.__name__
                    and not value.__name__.startswith("_")):
                found.add(value)
    return found


def _applicants(store: Store, check: Callable[[Any], None]) -> None:
    """Checked once, then watched live (the tester stays connected) through filters, sorting,
    more pages, search, an empty result and a refresh."""
    model = ApplicantTableModel(store, page_size=20)
    check(model)
    model.set_filters(RegistryFilter(category="unemployed"))
    model.sort(ApplicantTableModel.COL_BIRTH_DATE, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    model.set_search("а")
    model.set_filters(RegistryFilter(direction="4", state="withdrawn", category="orphan"))
    model.set_filters(RegistryFilter())
    model.retranslate()
    model.refresh()
    model.fetchMore(QModelIndex())
    wait_for_background()  # the worker's counts finish before the store closes


def _report(store: Store, check: Callable[[Any], None]) -> None:
    model = ReportTableModel()
    check(model)
    month = clock.today().replace(day=1)
    model.set_report(build_monthly_report(store, f"{month.year:04d}-{month.month:02d}"))
    model.set_report(None)


def _problems(store: Store, check: Callable[[Any], None]) -> None:
    model = ProblemTableModel()
    check(model)  # empty, then watched live as rows arrive
    problem = RowProblem(row=3, column="ЖСН", code="required",
                         message="{column} is required.", params={"column": "ЖСН"})
    model.set_rows([problem, RowProblem(row=0, column="", code="x", message="Whole file.")])


def _duplicates(store: Store, check: Callable[[Any], None]) -> None:
    model = DuplicateTableModel()
    check(model)
    model.set_rows([Duplicate("900315400017", (2, 5), "Әлиева Дана"),
                    Duplicate("900315400018", (7, 9))])


def _in_languages(*models: Any) -> None:
    """Kazakh, then Russian: each model is told, as its window tells it on LanguageChange."""
    for code in ("kk", "ru"):
        i18n.apply_language(code, remember=False)
        for model in models:
            model.retranslate()
    i18n.apply_language("en", remember=False)


# -- monitoring: visits, obligations, sanctions of one case ---------------------------------
def _on_today(store: Store) -> Store:
    noon = datetime(TODAY.year, TODAY.month, TODAY.day, 12).timestamp()
    return Store(store.opened, replace(store.actor), lambda: noon)


def _monitored_case(store: Store) -> str:
    """A social-job case in progress with a signed contract and two open obligations."""
    iin = make_iin(date(1996, 8, 21), "female", 612)
    person_id = register_applicant(store, ApplicantInput(
        iin, "Серікбаева", "Әйгерім", "Нұрланқызы", categories=["unemployed"])).record_id
    case_id = open_case(store, person_id, "1", "social_job", date(2026, 1, 12)).record_id
    for state in (CaseState.SUBMITTED, CaseState.INCLUDED, CaseState.CONTRACTED,
                  CaseState.IN_PROGRESS):
        move_case(store, case_id, state)
    with store.transaction("change records") as tx:
        contract_id = tx.save("social_contracts", {
            "case_id": case_id, "number": "631020-K-7", "signed_on": date(2026, 2, 2),
            "valid_from": date(2026, 2, 2), "valid_to": date(2027, 2, 1), "status": "signed",
        }).record_id
        for text, due in (("Attend the welding course", date(2026, 4, 1)),
                          ("Work on the social job\nfor 12 months", date(2027, 2, 1))):
            tx.save("obligations", {"contract_id": contract_id, "party": "participant",
                                    "description": text, "due_on": due, "status": "open"})
    return case_id


def _visit(store: Store, case_id: str, **changes: Any) -> str:
    values: dict[str, Any] = dict(visited_on=date(2026, 3, 3), place="workplace",
                                  findings="At work", compliance="compliant")
    values.update(changes)
    return monitoring.record_visit(_on_today(store), case_id, VisitInput(**values)).record_id


def _visits(store: Store, check: Callable[[Any], None]) -> None:
    """Empty, then the case's visits; a new visit, a correction, a language change, none."""
    case_id = _monitored_case(store)
    model = VisitTableModel()
    check(model)
    first = _visit(store, case_id)
    model.set_rows(monitoring.list_visits(store, case_id))
    _visit(store, case_id, visited_on=date(2026, 3, 10), compliance="breach", place="other",
           place_note="at the market", findings="Not at work\ntwo days", sanction_proposed=True)
    model.set_rows(monitoring.list_visits(store, case_id))
    monitoring.correct_visit(_on_today(store), first, VisitInput(
        date(2026, 3, 4), "home", "Ill, at home", "partly"))
    model.set_rows(monitoring.list_visits(store, case_id))
    assert model.rowCount() == 2 and model.find(first) >= 0
    _in_languages(model)
    model.set_rows([])


def _obligations(store: Store, check: Callable[[Any], None]) -> None:
    """The contract's obligations, one checked fulfilled and one broken, in kk and ru."""
    case_id = _monitored_case(store)
    model = ObligationTableModel()
    check(model)
    model.set_rows(monitoring.list_obligations(store, case_id))
    assert model.rowCount() == 2
    now = _on_today(store)
    first, second = (row["id"] for row in model.rows())
    monitoring.check_obligation(now, first, "fulfilled", TODAY)
    model.set_rows(monitoring.list_obligations(store, case_id))
    monitoring.check_obligation(now, second, "broken", TODAY, "Left the job\nafter a week")
    model.set_rows(monitoring.list_obligations(store, case_id))
    _in_languages(model)
    model.set_rows([])


def _sanctions(store: Store, check: Callable[[Any], None]) -> None:
    """A sanction, then its lifting (two rows), across a language change, then none."""
    case_id = _monitored_case(store)
    now = _on_today(store)
    model = SanctionTableModel()
    check(model)
    proposal = _visit(store, case_id, compliance="breach", sanction_proposed=True)
    sanction = monitoring.impose_sanction(now, case_id, SanctionInput(
        TODAY - timedelta(days=2), "refusal", "Refused the vacancy", visit_id=proposal)
    ).record_id
    model.set_rows(monitoring.list_sanctions(store, case_id))
    assert len(model.active_sanctions()) == 1
    monitoring.lift_sanction(now, sanction, TODAY, "Took the vacancy")
    model.set_rows(monitoring.list_sanctions(store, case_id))
    assert model.rowCount() == 2 and not model.active_sanctions()
    _in_languages(model)
    model.set_rows([])


def _records(store: Store, check: Callable[[Any], None]) -> None:
    """The shared base on its own: rows with no columns of their own yet."""
    case_id = _monitored_case(store)
    _visit(store, case_id)
    model = RecordTableModel()
    check(model)
    model.set_rows(monitoring.list_visits(store, case_id))
    assert model.rowCount() == 1 and model.columnCount() == 0
    model.retranslate()
    model.set_rows([])
    model.retranslate()


def _list_table(store: Store, check: Callable[[Any], None]) -> None:
    """The shared base of the card's tab tables on its own: no rows, no columns."""
    model = ListTableModel()
    check(model)
    assert model.rowCount() == 0 and model.columnCount() == 0
    assert model.headerData(0, Qt.Orientation.Vertical) == 1  # rows are numbered


# -- a contract's obligations (the contract window) -----------------------------------------
def _contract_obligations(store: Store, check: Callable[[Any], None]) -> None:
    """A draft's obligations in Kazakh and Russian, redrafted from a later start, then none."""
    person = register_applicant(store, ApplicantInput(
        make_iin(date(2002, 1, 15), "female", 44), "Қасымова", "Гүлнұр",
        patronymic="Өмірқызы", settlement_kato="634603100")).record_id
    start = date(2026, 3, 2)
    case_id = open_case(store, person, "1", "youth_practice", date(2026, 3, 1)).record_id
    plan = contracts.benefit("youth_practice", contracts.ContractTerms(start), start)
    save_case_plan(store, case_id, plan.amount, plan.rules_version)
    move_case(store, case_id, CaseState.SUBMITTED)
    move_case(store, case_id, CaseState.INCLUDED)
    contract_id = contracts.draft_contract(store, case_id, contracts.ContractTerms(start)
                                           ).record_id
    model = ObligationModel()
    check(model)
    obligations = contracts.contract_details(store, contract_id).obligations
    model.set_obligations(obligations, "kk")
    assert model.rowCount() == len(obligations) > 4
    model.set_obligations(obligations, "ru")
    _in_languages(model)
    contracts.update_draft(store, contract_id, contracts.ContractTerms(date(2026, 4, 1)))
    model.set_obligations(contracts.contract_details(store, contract_id).obligations, "ru")
    model.set_obligations([], "kk")
    model.retranslate()


# -- today's work (the home screen) ---------------------------------------------------------
def _due_items(store: Store, check: Callable[[Any], None]) -> None:
    """Today's work with an overdue conclusion and a notice due soon, a week later, none."""
    kato = sorted(settlements.settlement_names(store, "ru"))[0]
    for n, last, included in ((81, "Серікбаева", False), (82, "Жұмабаева", True)):
        person = register_applicant(store, ApplicantInput(
            make_iin(date(1991, 4, 3), "female", n), last, "Әйгерім",
            settlement_kato=kato)).record_id
        case_id = open_case(store, person, "2", "microcredit", date(2026, 3, 2)).record_id
        move_case(store, case_id, CaseState.SUBMITTED, on=date(2026, 3, 2))
        if included:
            move_case(store, case_id, CaseState.INCLUDED, on=date(2026, 3, 20))
        else:
            deadlines.record_case_dates(store, case_id, date(2026, 3, 5), None, today=TODAY)
    today = date(2026, 3, 27)
    model = DueItemsModel()
    check(model)
    model.set_items(deadlines.work_due(store, today))
    assert model.counts()["overdue"] >= 1
    model.set_items(deadlines.work_due(store, today + timedelta(days=7)))
    _in_languages(model)
    model.set_items([])
    model.retranslate()


# -- the applicant card's Household and Documents tabs --------------------------------------
def _applicant(store: Store) -> str:
    return register_applicant(store, ApplicantInput(
        make_iin(date(1987, 3, 8), "female", 501), "Сейітова", "Гүлнар",
        categories=["unemployed"])).record_id


def _household(store: Store, check: Callable[[Any], None]) -> None:
    """Members added, edited in the table (relation, flags), corrected, removed; then none."""
    person_id = _applicant(store)
    model = HouseholdModel()
    check(model)
    child = households.add_member(store, person_id, households.MemberInput(
        make_iin(date(2012, 9, 1), "male", 502), "child", "Сейітов", "Нұрасыл"))
    model.set_members(households.household_of(store, person_id)["members"])
    households.add_member(store, person_id, households.MemberInput(
        make_iin(date(1960, 5, 5), "female", 503), "parent", "Сейітова", "Күләш",
        disabled=True))
    model.set_members(households.household_of(store, person_id)["members"])
    assert model.rowCount() == 3
    row = next(n for n, m in enumerate(model.members) if m["id"] == child.change.record_id)
    assert model.setData(model.index(row, HouseholdModel.COL_RELATION), "grandchild")
    assert model.setData(model.index(row, HouseholdModel.COL_DISABLED), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    households.update_member(store, child.change.record_id, relation="grandchild",
                             disabled=True)
    model.set_members(households.household_of(store, person_id)["members"])
    _in_languages(model)
    households.remove_member(store, child.change.record_id)
    model.set_members(households.household_of(store, person_id)["members"])
    assert model.rowCount() == 2
    model.set_members([])


def _documents(store: Store, check: Callable[[Any], None]) -> None:
    """The checklist per direction, ticked and unticked, in kk and ru, then none."""
    person_id = _applicant(store)
    model = DocumentsModel()
    check(model)
    model.set_items(documents.checklist(store, person_id, "1"))
    ticks: list[tuple[str, bool]] = []
    model.tick_requested.connect(lambda code, received: ticks.append((code, received)))
    assert model.setData(model.index(0, DocumentsModel.COL_DOCUMENT), Qt.CheckState.Checked,
                         Qt.ItemDataRole.CheckStateRole)
    assert ticks == [(model.items[0]["code"], True)]
    documents.mark_received(store, person_id, "1", "application", clock.today())
    model.set_items(documents.checklist(store, person_id, "1"))
    assert model.received_count() == 1
    model.set_items(documents.checklist(store, person_id, "3"))
    _in_languages(model)
    documents.mark_received(store, person_id, "1", "application", None)
    model.set_items(documents.checklist(store, person_id, "1"))
    assert model.received_count() == 0
    model.set_items([])


# -- the reference lists --------------------------------------------------------------------
def _reference_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    lists = reference_lists(store, clock.today())
    person = next(p["id"] for p in find_applicants(store, "", 200)
                  if matching_vacancies(store, p["id"], clock.today()))
    return {VACANCIES: lists.vacancies, EDUCATION: lists.education_organisations,
            SETTLEMENTS: lists.settlements, EMPLOYERS: lists.employers,
            MATCHES: matching_vacancies(store, person, clock.today())}


def _reference(store: Store, check: Callable[[Any], None]) -> None:
    """Every list: filled, re-read shorter, across a language change, emptied."""
    for kind, rows in _reference_rows(store).items():
        model = ReferenceTableModel(kind)
        check(model)
        model.set_rows(rows)
        assert model.rowCount() > 0
        model.set_rows(rows[: len(rows) // 2])
        _in_languages(model)
        model.set_rows([])
        model.retranslate()


def _reference_filter(store: Store, check: Callable[[Any], None]) -> None:
    """Search as you type and header sorting over every list, while its rows change."""
    for kind, rows in _reference_rows(store).items():
        model = ReferenceTableModel(kind)
        model.set_rows(rows)
        proxy = ReferenceFilterModel(model)
        check(proxy)
        word = model.display(0, 0).split()[0]
        proxy.set_search(word[:3])
        assert 0 < proxy.rowCount() <= model.rowCount()
        for column in range(model.columnCount()):
            proxy.sort(column, Qt.SortOrder.AscendingOrder)
            proxy.sort(column, Qt.SortOrder.DescendingOrder)
        proxy.set_search("жоқ-мұндай-сөз")
        assert proxy.rowCount() == 0
        proxy.set_search("")
        _in_languages(model)
        model.set_rows(rows[: len(rows) // 2])
        proxy.set_search(word)
        model.set_rows([])
        proxy.set_search("")


def _sync_rows(store: Store) -> str:
    """A rejected save, a conflict and a notice in the local sync tables, as a sync leaves
    them; returns the person they are about."""
    person = _applicant(store)
    with store.db.atomic():
        store.db.execute("UPDATE change_log SET status = 'rejected', reason = 'out_of_scope'"
                         " WHERE table_name = 'persons' AND record_id = ?", [person])
        for n, (mine, theirs) in enumerate([("+77010000002", "+77010000001"), (None, "x")]):
            store.db.execute(
                "INSERT INTO sync_conflicts (id, table_name, record_id, field, winner_value,"
                " loser_value, winner_device, loser_device, received_at) VALUES"
                " (?, 'persons', ?, 'phone', ?, ?, 'other', ?, '2026-03-16T08:00:00+00:00')",
                [f"c{n}", person, json.dumps(theirs), json.dumps(mine), store.device_id])
        store.db.execute(
            "INSERT INTO sync_notices (id, kind, table_name, record_id, data, received_at)"
            " VALUES ('n1', 'duplicate_iin', 'persons', ?, '{}', '2026-03-16T08:00:00+00:00')",
            [person])
    return person


def _sync_model(model: Any, rows: list[Any], person: str,
                check: Callable[[Any], None]) -> None:
    check(model)
    model.set_rows(rows, {person: "Нұрланова Әйгерім"})
    _in_languages(model)
    model.set_rows(rows[:1])
    model.set_rows([])


def _rejected(store: Store, check: Callable[[Any], None]) -> None:
    person = _sync_rows(store)
    _sync_model(RejectedChangesModel(), sync_service.rejected_changes(store), person, check)


def _conflicts(store: Store, check: Callable[[Any], None]) -> None:
    person = _sync_rows(store)
    _sync_model(ConflictsModel(store.device_id), sync_service.open_conflicts(store), person,
                check)


def _notices(store: Store, check: Callable[[Any], None]) -> None:
    person = _sync_rows(store)
    _sync_model(NoticesModel(), sync_service.notices(store), person, check)


FACTORIES: dict[type, Callable[[Store, Callable[[Any], None]], None]] = {
    RejectedChangesModel: _rejected,
    ConflictsModel: _conflicts,
    NoticesModel: _notices,
    ApplicantTableModel: _applicants,
    ReportTableModel: _report,
    ProblemTableModel: _problems,
    DuplicateTableModel: _duplicates,
    VisitTableModel: _visits,
    ObligationTableModel: _obligations,
    SanctionTableModel: _sanctions,
    RecordTableModel: _records,
    ListTableModel: _list_table,
    ObligationModel: _contract_obligations,
    DueItemsModel: _due_items,
    HouseholdModel: _household,
    DocumentsModel: _documents,
    ReferenceTableModel: _reference,
    ReferenceFilterModel: _reference_filter,
}


def test_every_model_has_a_check() -> None:
    missing = {m.__name__ for m in _models_in_desktop_ui()} - {m.__name__ for m in FACTORIES}
    assert not missing, f"add a qtmodeltester factory to tests/ui/test_models.py: {missing}"


@pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])
@pytest.mark.parametrize("model", list(FACTORIES), ids=lambda m: m.__name__)
def test_the_model_keeps_qts_contract(qtmodeltester, store: Store, model: type, force_py: bool):
    FACTORIES[model](store, lambda m: qtmodeltester.check(m, force_py=force_py))
