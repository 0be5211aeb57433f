"""Specialty matching (pure): folding, word rules, levels, where the work is, open or closed."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.specialties import (
    MatchLevel,
    Proximity,
    VacancyStatus,
    match_level,
    match_score,
    proximity,
    specialty_words,
    vacancy_status,
)


@pytest.mark.parametrize(
    "typed",
    [
        "тракторист",
        "ТРАКТОРИСТ",
        "Тракторист ",
        "TPAKTOPИCT",  # Latin T, P, A, K, O, C typed for Cyrillic letters
        "тракторшы",  # the Kazakh word
    ],
)
def test_the_same_trade_however_typed_is_an_exact_match(typed: str) -> None:
    assert match_score(typed, "Тракторист") == 1.0
    assert match_level(match_score(typed, "Тракторист")) is MatchLevel.EXACT


def test_yo_and_ye_kazakh_letters_and_soft_signs_fold_alike() -> None:
    assert specialty_words("Электромонтёр") == specialty_words("электромонтер")
    assert specialty_words("Мұғалім") == specialty_words("Учитель")
    assert specialty_words("Медицинская сестра") == specialty_words("медсестра")
    assert specialty_words("оператор и водитель") == specialty_words("оператор водитель")
    assert len(specialty_words("оператор и водитель")) == 2  # "и" says nothing


@pytest.mark.parametrize(
    ("applicant", "vacancy"),
    [
        ("тракторист", "Тракторист-машинист"),
        ("водитель", "Водитель категории С"),
        ("жүргізуші", "водитель категории С"),
        ("учитель", "Учитель математики"),
        ("мұғалім", "учитель математики"),
        ("сварщик", "Электрогазосварщик"),
        ("бухгалтер", "Бухгалтерия"),
        ("повар", "Повар-кондитер"),
    ],
)
def test_a_specialty_within_a_longer_one_is_a_close_match(applicant: str, vacancy: str) -> None:
    assert match_level(match_score(applicant, vacancy)) is MatchLevel.CLOSE


@pytest.mark.parametrize(
    ("applicant", "vacancy"),
    [
        ("бухгалтер", "тракторист"),
        ("машинист", "машиностроитель"),  # a common start is not the same stem
        ("повар", "поводырь"),
        ("", "тракторист"),
        (None, "тракторист"),
        ("тракторист", ""),
        ("и", "и"),  # stop words alone say nothing
    ],
)
def test_different_trades_do_not_match(applicant: str | None, vacancy: str) -> None:
    assert match_score(applicant, vacancy) == 0
    assert match_level(match_score(applicant, vacancy)) is MatchLevel.NONE


def test_a_shared_word_is_a_partial_match_ranked_below_a_close_one() -> None:
    partial = match_score("оператор машинного доения", "Оператор котельной")
    close = match_score("оператор машинного доения", "оператор машинного доения коров")
    assert match_level(partial) is MatchLevel.PARTIAL
    assert match_level(close) is MatchLevel.CLOSE
    assert close > partial > 0


def test_proximity_goes_from_the_settlement_to_the_district() -> None:
    home = "634603100"
    assert proximity(home, "634603100") is Proximity.SAME_SETTLEMENT
    assert proximity(home, "634603200") is Proximity.SAME_OKRUG
    assert proximity(home, "634613100") is Proximity.SAME_DISTRICT
    assert proximity(home, "631013100") is Proximity.ELSEWHERE
    assert proximity(None, "634603100") is Proximity.ELSEWHERE
    assert proximity(home, None) is Proximity.ELSEWHERE


def test_a_vacancy_closes_after_its_date_or_without_places() -> None:
    today = date(2026, 3, 10)
    assert vacancy_status(1, "2026-03-10", today) is VacancyStatus.OPEN  # its last day
    assert vacancy_status(1, "2026-03-09", today) is VacancyStatus.CLOSED
    assert vacancy_status(1, None, today) is VacancyStatus.OPEN
    assert vacancy_status(0, None, today) is VacancyStatus.CLOSED
    assert vacancy_status(2, date(2026, 4, 1), today) is VacancyStatus.OPEN
