"""Finding people: exact ИИН lookup and name search that forgives keyboards."""

from __future__ import annotations

import pytest

from desktop.domain.iin import IinError
from desktop.services.applicants import (
    ApplicantError,
    ApplicantInput,
    correct_applicant,
    find_applicants,
    find_by_iin,
    register_applicant,
    remove_applicant,
)
from desktop.storage.store import Store


@pytest.fixture
def people(store: Store) -> dict[str, str]:
    rows = {
        "asel": ApplicantInput("900315400017", "Әбілқасымова", "Әсел", "Серікқызы"),
        "pyotr": ApplicantInput("880101300010", "Ёлкин", "Пётр", "Иванович"),
        "nurlan": ApplicantInput("750505300010", "Құрманов", "Нұрлан"),
    }
    return {k: register_applicant(store, v).record_id for k, v in rows.items()}


def surnames(store: Store, text: str) -> list[str]:
    return [r["last_name"] for r in find_applicants(store, text)]


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("әбіл", "Әбілқасымова"),
        ("АБИЛ", "Әбілқасымова"),  # no Kazakh keyboard
        ("Aбил", "Әбілқасымова"),  # a Latin "A" slipped in
        ("елкин", "Ёлкин"),  # ё typed as е
        ("курм нур", "Құрманов"),  # two prefixes: surname and first name
        ("асел", "Әбілқасымова"),  # by first name
    ],
)
def test_name_search_forgives_case_letters_and_layouts(
    store: Store, people: dict, typed: str, expected: str
) -> None:
    assert surnames(store, typed) == [expected]


def test_search_syntax_from_the_user_is_harmless(store: Store, people: dict) -> None:
    assert surnames(store, 'NEAR( "* OR') == []


def test_full_iin_finds_exactly_that_person(store: Store, people: dict) -> None:
    assert surnames(store, "900315 400017") == ["Әбілқасымова"]
    assert find_by_iin(store, "880101300010")["first_name"] == "Пётр"


def test_renamed_person_is_found_by_the_new_name_only(store: Store, people: dict) -> None:
    correct_applicant(store, people["pyotr"], ApplicantInput("880101300010", "Елкин", "Пётр"))
    assert surnames(store, "елк") == ["Елкин"]
    assert surnames(store, "иван") == []  # the patronymic was removed


def test_removed_person_is_not_found(store: Store, people: dict) -> None:
    remove_applicant(store, people["nurlan"])
    assert surnames(store, "курм") == []
    assert find_by_iin(store, "750505300010") is None


def test_mistyped_iin_is_refused_and_nothing_is_written(store: Store) -> None:
    logged = store.db["change_log"].count
    with pytest.raises(IinError) as raised:
        register_applicant(store, ApplicantInput("900315400018", "Сейтқали", "Жанар"))
    assert raised.value.code == "check_digit"
    assert store.db["persons"].count == 0 and store.db["change_log"].count == logged


def test_the_same_iin_cannot_be_registered_twice(store: Store, people: dict) -> None:
    with pytest.raises(ApplicantError, match="already registered"):
        register_applicant(store, ApplicantInput("900315400017", "Басқа", "Адам"))


def test_birth_date_and_sex_come_from_the_iin(store: Store, people: dict) -> None:
    person = find_by_iin(store, "900315400017")
    assert person["birth_date"] == "1990-03-15" and person["sex"] == "female"


def test_lists_follow_the_kazakh_alphabet(store: Store) -> None:
    for iin, surname in [("900315400017", "Әбенова"), ("880101300010", "Яхина"),
                         ("750505300010", "Абаева"), ("750505400017", "Бекова")]:
        register_applicant(store, ApplicantInput(iin, surname, "Айгүл"))
    # Ә sorts right after А, not after Я as plain code points would put it.
    assert surnames(store, "") == ["Абаева", "Әбенова", "Бекова", "Яхина"]
    assert surnames(store, "айгул") == ["Абаева", "Әбенова", "Бекова", "Яхина"]
