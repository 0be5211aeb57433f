"""Vacancies for an applicant: open ones whose specialty fits theirs, the nearest first.

§4.3.1 lists «поиск подходящих вакансий и содействие трудоустройству» (finding suitable
vacancies and help into work) among the first direction's support. The village specialist
sees here what the district's vacancy list holds for the person in front of them: open
vacancies (places left, closing date not past), ranked by how well the specialty fits
(`domain.specialties`), then by where the work is (same settlement, same rural okrug, same
district), then by the closing date, soonest first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.domain.names import fold_name
from desktop.domain.specialties import (
    MatchLevel,
    VacancyStatus,
    match_level,
    match_score,
    proximity,
)
from desktop.services.applicants import applicant_details
from desktop.services.reference_data import list_vacancies
from desktop.storage.store import Store


def rank_vacancies(
    specialty: str | None, settlement_kato: str | None, vacancies: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Open vacancies that fit `specialty`, each with `score`, `level` and `proximity`."""
    found = []
    for vacancy in vacancies:
        if vacancy["status"] is not VacancyStatus.OPEN:
            continue
        score = match_score(specialty, vacancy["specialty"])
        level = match_level(score)
        if level is MatchLevel.NONE:
            continue
        found.append({**vacancy, "score": score, "level": level,
                      "proximity": proximity(settlement_kato, vacancy["settlement_kato"])})
    found.sort(key=lambda v: (v["level"], v["proximity"], -v["score"],
                              v["closes_on"] or "9999-12-31", fold_name(v["specialty"]), v["id"]))
    return found


def matching_vacancies(store: Store, person_id: str, today: date) -> list[dict[str, Any]]:
    """The applicant's matching open vacancies, best first; none without a specialty."""
    person = applicant_details(store, person_id)
    if not (person.get("specialty") or "").strip():
        return []
    return rank_vacancies(person["specialty"], person.get("settlement_kato"),
                          list_vacancies(store, today))
