"""Reference lists, the district's corrections and vacancy matching, on a real encrypted database.

Vacancies arrive as the district sends them, through the Excel import; applicants are saved
through the applicants service, as the card saves them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from fixtures_xlsx import KATO, KATO_2, applicant, bin_number, write_xlsx

from desktop.domain.enums import Role
from desktop.domain.iin import IinError
from desktop.domain.kato import KatoError
from desktop.domain.specialties import MatchLevel, Proximity, VacancyStatus
from desktop.services import imports, reference_data
from desktop.services.applicants import (
    ApplicantError,
    ApplicantInput,
    applicant_details,
    correct_applicant,
    register_applicant,
)
from desktop.services.demo_data import load_territory, write_settlements
from desktop.services.imports import apply_import, preview_import
from desktop.services.matching import matching_vacancies
from desktop.services.reference_data import OrganisationInput, SettlementInput
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Store

TODAY = date(2026, 3, 10)
SAME_OKRUG = "634603200"  # Ақсу, in Көкпекті's okrug
SAME_DISTRICT = "634613100"  # Самар, another okrug of the district
HEADINGS = ["БИН работодателя", "Работодатель", "Специальность", "КАТО", "Заработная плата",
            "Количество мест", "Дата размещения", "Дата окончания"]


@pytest.fixture
def settled(store: Store) -> Store:
    with store.transaction() as tx:
        write_settlements(tx, load_territory())
    return store


@pytest.fixture
def vacancies(settled: Store, tmp_path: Path) -> Store:
    """The district's vacancy list, imported from its spreadsheet."""
    rows = [
        HEADINGS,
        [bin_number(1), "ТОО «Агро»", "Тракторист-машинист", KATO, "150 000", 2, "01.03.2026",
         "30.04.2026"],
        [bin_number(2), "КХ «Береке»", "Тракторист", KATO, 120000, 1, "01.03.2026", None],
        [bin_number(3), "ТОО «Самар»", "ТРАКТОРИСТ", SAME_DISTRICT, 130000, 1, None, None],
        [bin_number(4), "КХ «Ақсу»", "тракторист", SAME_OKRUG, 125000, 1, None, "10.03.2026"],
        [bin_number(1), "ТОО «Агро»", "Бухгалтер", KATO, 140000, 1, None, None],
        [bin_number(5), "ТОО «Старое»", "Тракторист", KATO, 100000, 1, "01.01.2026",
         "09.03.2026"],  # closed yesterday
        [bin_number(6), "ТОО «Заполнено»", "Тракторист", KATO, 110000, 1, None, None],
    ]
    result = apply_import(settled, preview_import(settled, write_xlsx(tmp_path / "v.xlsx", rows),
                                                  imports.KIND_VACANCIES))
    assert result.new == 7
    filled = settled.db.execute(
        "SELECT v.id FROM vacancies v JOIN employers e ON e.id = v.employer_id"
        " WHERE e.name = 'ТОО «Заполнено»'"
    ).fetchone()[0]
    with settled.transaction() as tx:  # the district marks its one place taken
        tx.save("vacancies", {"places": 0}, record_id=filled)
    return settled


def tractor_driver(store: Store, specialty: str | None = "тракторист", kato: str = KATO) -> str:
    row = applicant(1, kato)
    return register_applicant(store, ApplicantInput(
        iin=row[0], last_name=row[1], first_name=row[2], settlement_kato=kato,
        specialty=specialty,
    )).record_id


def footprint(store: Store) -> tuple[int, int]:
    return tuple(store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("change_log", "audit_log"))


# -- matching -------------------------------------------------------------------------------
def test_matching_ranks_by_fit_then_by_where_and_leaves_out_closed_vacancies(
    vacancies: Store,
) -> None:
    person = tractor_driver(vacancies)
    found = matching_vacancies(vacancies, person, TODAY)
    assert [(v["employer_name"], v["level"], v["proximity"]) for v in found] == [
        ("КХ «Береке»", MatchLevel.EXACT, Proximity.SAME_SETTLEMENT),
        ("КХ «Ақсу»", MatchLevel.EXACT, Proximity.SAME_OKRUG),  # its last day is today
        ("ТОО «Самар»", MatchLevel.EXACT, Proximity.SAME_DISTRICT),
        ("ТОО «Агро»", MatchLevel.CLOSE, Proximity.SAME_SETTLEMENT),
    ]
    names = {v["employer_name"] for v in found}
    assert "ТОО «Старое»" not in names and "ТОО «Заполнено»" not in names  # closed
    assert found[3]["specialty"] == "Тракторист-машинист"
    assert found[0]["wage"] == Decimal("120000")


def test_the_kazakh_word_typed_with_latin_letters_finds_the_same_vacancies(
    vacancies: Store,
) -> None:
    russian = [v["id"] for v in matching_vacancies(vacancies, tractor_driver(vacancies), TODAY)]
    other = applicant(2, KATO)
    kazakh = register_applicant(vacancies, ApplicantInput(
        iin=other[0], last_name=other[1], first_name=other[2], settlement_kato=KATO,
        specialty="TPAKTOPШЫ",  # Latin T, P, A, K, O for Cyrillic, the Kazakh ending
    )).record_id
    assert [v["id"] for v in matching_vacancies(vacancies, kazakh, TODAY)] == russian


def test_an_applicant_elsewhere_sees_the_nearest_first(vacancies: Store) -> None:
    person = tractor_driver(vacancies, kato=SAME_DISTRICT)
    exact = [v for v in matching_vacancies(vacancies, person, TODAY)
             if v["level"] is MatchLevel.EXACT]
    assert exact[0]["employer_name"] == "ТОО «Самар»"
    assert exact[0]["proximity"] is Proximity.SAME_SETTLEMENT


def test_no_specialty_or_another_trade_finds_nothing(vacancies: Store) -> None:
    assert matching_vacancies(vacancies, tractor_driver(vacancies, None), TODAY) == []
    other = applicant(3, KATO)
    nurse = register_applicant(vacancies, ApplicantInput(
        iin=other[0], last_name=other[1], first_name=other[2], specialty="медсестра",
    )).record_id
    assert matching_vacancies(vacancies, nurse, TODAY) == []


def test_a_vacancy_closes_when_its_date_passes(vacancies: Store) -> None:
    person = tractor_driver(vacancies)
    later = [v["employer_name"] for v in matching_vacancies(vacancies, person, date(2026, 3, 11))]
    assert "КХ «Ақсу»" not in later and "КХ «Береке»" in later


# -- the specialty on the applicant ---------------------------------------------------------
def test_the_specialty_is_saved_corrected_and_cleared(settled: Store) -> None:
    person = tractor_driver(settled, "  Тракторист-машинист ")
    assert applicant_details(settled, person)["specialty"] == "Тракторист-машинист"
    details = applicant_details(settled, person)
    data = ApplicantInput(iin=details["iin"], last_name=details["last_name"],
                          first_name=details["first_name"], settlement_kato=KATO,
                          specialty="водитель")
    correct_applicant(settled, person, data)
    assert applicant_details(settled, person)["specialty"] == "водитель"
    correct_applicant(settled, person, replace(data, specialty=None))  # an import knows none
    assert applicant_details(settled, person)["specialty"] == "водитель"
    correct_applicant(settled, person, replace(data, specialty=""))  # the card emptied it
    assert applicant_details(settled, person)["specialty"] is None


# -- the lists ------------------------------------------------------------------------------
def test_lists_carry_names_money_and_status(vacancies: Store) -> None:
    lists = reference_data.reference_lists(vacancies, TODAY)
    by_employer = {v["employer_name"]: v for v in lists.vacancies}
    assert len(lists.vacancies) == 7
    assert by_employer["ТОО «Агро»"]["settlement_ru"] == "село Кокпекты"
    assert by_employer["ТОО «Старое»"]["status"] is VacancyStatus.CLOSED
    assert by_employer["ТОО «Заполнено»"]["status"] is VacancyStatus.CLOSED
    assert by_employer["КХ «Береке»"]["status"] is VacancyStatus.OPEN
    assert isinstance(by_employer["ТОО «Самар»"]["wage"], Decimal)
    assert len(lists.employers) == 6
    assert {s["kato"] for s in lists.settlements} >= {KATO, KATO_2}
    assert all(isinstance(s["support"], bool) for s in lists.settlements)


# -- the district's corrections -------------------------------------------------------------
def employer(store: Store) -> dict:
    return next(e for e in reference_data.list_employers(store) if e["name"] == "ТОО «Агро»")


def test_a_district_role_corrects_an_employer(vacancies: Store) -> None:
    row = employer(vacancies)
    change = reference_data.save_employer(vacancies, row["id"], OrganisationInput(
        name=" ТОО «Көкпекті Агро» ", bin=f" {bin_number(9)} ", settlement_kato=KATO_2))
    assert set(change.fields) == {"name", "bin", "settlement_kato"}
    again = next(e for e in reference_data.list_employers(vacancies) if e["id"] == row["id"])
    assert (again["name"], again["bin"], again["settlement_kato"]) == (
        "ТОО «Көкпекті Агро»", bin_number(9), KATO_2)
    audit = vacancies.db.execute(
        "SELECT action FROM audit_log WHERE record_id = ? ORDER BY seq DESC", [row["id"]]
    ).fetchone()
    assert audit == ("update",)


def test_a_bad_bin_or_an_unknown_settlement_writes_nothing(vacancies: Store) -> None:
    row = employer(vacancies)
    before = footprint(vacancies)
    mistyped = bin_number(9)[:-1] + str((int(bin_number(9)[-1]) + 1) % 10)
    with pytest.raises(IinError) as bad_bin:
        reference_data.save_employer(vacancies, row["id"], OrganisationInput("Агро", mistyped))
    assert bad_bin.value.code == "check_digit"
    with pytest.raises(ApplicantError) as unknown:
        reference_data.save_employer(vacancies, row["id"], OrganisationInput(
            "Агро", None, "634699999"))
    assert unknown.value.message == reference_data.MSG_UNKNOWN_SETTLEMENT
    with pytest.raises(ApplicantError):
        reference_data.save_employer(vacancies, row["id"], OrganisationInput("  "))
    assert footprint(vacancies) == before
    assert employer(vacancies)["bin"] == bin_number(1)


@pytest.mark.parametrize("role", [Role.VILLAGE_SPECIALIST, Role.AUDITOR])
def test_a_village_device_cannot_edit_the_districts_lists(vacancies: Store, role: Role) -> None:
    village = Store(vacancies.opened, replace(vacancies.actor, role=role), vacancies.clock)
    assert not reference_data.can_edit(role)
    with pytest.raises(PermissionDenied) as refused:
        reference_data.save_employer(village, employer(vacancies)["id"],
                                     OrganisationInput("Другое"))
    assert refused.value.params["action"] == reference_data.EDIT_ACTION
    assert employer(vacancies)["name"] == "ТОО «Агро»"


def test_an_education_organisation_keeps_its_licence(store: Store) -> None:
    from desktop.services.demo_data import create_demo_data

    create_demo_data(store, 5, today=TODAY)
    college = reference_data.list_education_organisations(store)[0]
    reference_data.save_education_organisation(store, college["id"], OrganisationInput(
        college["name"], college["bin"], college["settlement_kato"], " KZ99LAA00000001 "))
    again = reference_data.list_education_organisations(store)[0]
    assert again["licence"] == "KZ99LAA00000001" and again["bin"] == college["bin"]


def _settlement(store: Store, kato: str = KATO) -> dict:
    return next(s for s in reference_data.list_settlements(store) if s["kato"] == kato)


def test_a_settlement_is_corrected_with_its_okrug_checked(settled: Store) -> None:
    row = _settlement(settled)
    data = SettlementInput(name_kk="Көкпекті ауылы", name_ru="село Кокпекты",
                           okrug_kato="634603000", potential="medium", support=False)
    reference_data.save_settlement(settled, row["id"], data)
    again = _settlement(settled)
    assert (again["potential"], again["support"]) == ("medium", False)

    before = footprint(settled)
    with pytest.raises(KatoError):
        reference_data.save_settlement(settled, row["id"], replace(data, okrug_kato="63460300O"))
    with pytest.raises(ApplicantError) as not_okrug:
        reference_data.save_settlement(settled, row["id"], replace(data, okrug_kato="634600000"))
    assert not_okrug.value.message == reference_data.MSG_NOT_OKRUG
    with pytest.raises(ApplicantError) as elsewhere:
        reference_data.save_settlement(settled, row["id"], replace(data, okrug_kato="634605000"))
    assert elsewhere.value.message == reference_data.MSG_NOT_IN_OKRUG
    with pytest.raises(ApplicantError):
        reference_data.save_settlement(settled, row["id"], replace(data, name_ru=" "))
    with pytest.raises(ApplicantError):
        reference_data.save_settlement(settled, row["id"], replace(data, potential="huge"))
    assert footprint(settled) == before


def test_a_removed_record_cannot_be_edited(vacancies: Store) -> None:
    row = employer(vacancies)
    with vacancies.transaction() as tx:
        tx.delete("employers", row["id"])
    with pytest.raises(ApplicantError) as gone:
        reference_data.save_employer(vacancies, row["id"], OrganisationInput("Агро"))
    assert gone.value.message == reference_data.MSG_GONE


def test_demo_data_has_vacancies_that_match_demo_applicants(store: Store) -> None:
    from desktop.services.demo_data import create_demo_data

    create_demo_data(store, 40, today=TODAY)
    lists = reference_data.reference_lists(store, TODAY)
    assert len(lists.vacancies) >= 10 and len(lists.education_organisations) >= 3
    assert any(v["status"] is VacancyStatus.CLOSED for v in lists.vacancies)
    people = [r[0] for r in store.db.execute(
        "SELECT id FROM persons WHERE specialty IS NOT NULL AND deleted = 0")]
    assert len(people) > 20
    assert sum(bool(matching_vacancies(store, p, TODAY)) for p in people) >= 5
