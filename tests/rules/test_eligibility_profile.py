"""Reading profiles strictly, and the small pieces under the checks (dates, three-valued logic)."""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.enums import Citizenship, SettlementPotential, Sex
from desktop.resources import RESOURCES
from desktop.rules.eligibility import (
    CATEGORIES,
    PROFILE_FIELDS,
    RULE_CODES,
    ProfileError,
    check_eligibility,
    load_profile_json,
    parse_profile,
)
from desktop.rules.eligibility.dates import add_months, reached, whole_years
from desktop.rules.eligibility.logic import all_of, any_of, no, unknown, yes
from desktop.rules.parameters import load_rules

IIN_1985_FEMALE = "850310401234"


def error_field(data: object) -> str:
    with pytest.raises(ProfileError) as caught:
        parse_profile(data)
    return caught.value.field


def test_a_full_profile_reads_every_field() -> None:
    profile = parse_profile({
        "birth_date": "1990-02-03", "sex": "female", "citizenship": "oralman",
        "oralman_in_quota": True, "acquired_citizenship": True,
        "categories": ["unemployed", "low_income"], "school_graduation_year": 2008,
        "settlement": {"kato": "634030100", "potential": "low", "rural": True,
                       "support_settlement": False},
        "residence_years_in_settlement": 2.9, "vocational_education_matches_vacancy": True,
        "employer_arranged_move": False, "move_type": "other-region",
        "family_member_employed_after_move": True, "family_can_pay_rent_and_utilities": True,
        "labour_or_social_contract": True, "housing_savings_participant": False,
        "business_intent": True, "business_location": "small_town", "has_business_plan": True,
        "household": {"members": [{"working_age": True, "disabled": False,
                                   "socially_significant_disease": True}]},
        "pilot_region": True, "pilot_2011_2012_housing_with_employer_job": False,
    })
    assert profile.sex is Sex.FEMALE and profile.citizenship is Citizenship.ORALMAN
    assert profile.categories == {"unemployed", "low_income"}
    assert profile.settlement.potential is SettlementPotential.LOW
    assert profile.residence_years_in_settlement == Decimal("2.9")  # never a float
    assert profile.on_low_potential_list is True
    assert profile.household is not None and profile.household[0].socially_significant_disease


def test_null_reads_as_not_stated() -> None:
    assert parse_profile({"birth_date": None, "categories": None}).birth_date is None


@pytest.mark.parametrize(("data", "field"), [
    ({"categores": []}, "categores"),
    ({"settlement": {"ruarl": True}}, "settlement.ruarl"),
    ({"household": {"members": [{"disabled": True, "age": 3}]}}, "household.members[0].age"),
    ({"household": {"size": 3}}, "household.size"),
])
def test_an_unknown_field_is_refused_by_name(data: dict, field: str) -> None:
    assert error_field(data) == field


@pytest.mark.parametrize(("data", "field"), [
    ({"birth_date": "2013-02-30"}, "birth_date"),
    ({"birth_date": "01.02.1990"}, "birth_date"),
    ({"birth_date": "19900201"}, "birth_date"),
    ({"residence_since": 2010}, "residence_since"),
    ({"sex": "m"}, "sex"),
    ({"citizenship": "foreigner"}, "citizenship"),
    ({"rural": True}, "rural"),
    ({"settlement": {"rural": "yes"}}, "settlement.rural"),
    ({"settlement": {"potential": "very low"}}, "settlement.potential"),
    ({"settlement": []}, "settlement"),
    ({"categories": ["farmer"]}, "categories"),
    ({"categories": "unemployed"}, "categories"),
    ({"employer_arranged_move": 1}, "employer_arranged_move"),
    ({"move_type": "abroad"}, "move_type"),
    ({"business_location": "Almaty"}, "business_location"),
    ({"residence_years_in_settlement": -1}, "residence_years_in_settlement"),
    ({"residence_years_in_settlement": "three"}, "residence_years_in_settlement"),
    ({"residence_years_in_settlement": True}, "residence_years_in_settlement"),
    ({"school_graduation_year": "2013"}, "school_graduation_year"),
    ({"household": {"members": [{"disabled": "no"}]}}, "household.members[0].disabled"),
    ({"iin": "850310401235"}, "iin"),
    ({"iin": 850310401234}, "iin"),
])
def test_a_malformed_field_is_refused_by_name(data: dict, field: str) -> None:
    assert error_field(data) == field


def test_a_profile_must_be_an_object() -> None:
    assert error_field([1, 2]) == "the profile"


def test_broken_json_says_where() -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile_json('{"sex": "male",\n "categories": [}')
    assert caught.value.code == "json" and "line 2" in str(caught.value)


def test_the_iin_gives_birth_date_and_sex() -> None:
    profile = parse_profile({"iin": "8503 1040 1234"})
    assert (profile.birth_date, profile.sex, profile.iin) == (
        date(1985, 3, 10), Sex.FEMALE, IIN_1985_FEMALE)


def test_the_iin_must_agree_with_a_stated_birth_date_and_sex() -> None:
    assert parse_profile({"iin": IIN_1985_FEMALE, "birth_date": "1985-03-10"}).sex is Sex.FEMALE
    assert error_field({"iin": IIN_1985_FEMALE, "birth_date": "1985-03-11"}) == "birth_date"
    assert error_field({"iin": IIN_1985_FEMALE, "sex": "male"}) == "sex"


def test_residence_is_given_one_way_only() -> None:
    data = {"residence_since": "2010-01-01", "residence_years_in_settlement": 3}
    assert error_field(data) == "residence_years_in_settlement"


def test_the_low_potential_list_must_agree_with_the_potential() -> None:
    data = {"settlement": {"potential": "high"}, "settlement_on_low_potential_list": True}
    assert error_field(data) == "settlement_on_low_potential_list"
    assert parse_profile({"settlement": {"potential": "medium"}}).on_low_potential_list is False
    assert parse_profile({"settlement_on_low_potential_list": True}).on_low_potential_list


def test_a_birth_date_after_the_check_date_is_refused(tmp_path) -> None:
    shutil.copy(RESOURCES / "rules" / "eligibility.yaml", tmp_path)
    rules = load_rules(tmp_path)
    with pytest.raises(ProfileError) as caught:
        check_eligibility(rules, parse_profile({"birth_date": "2014-01-01"}), "1",
                          date(2013, 6, 1))
    assert caught.value.field == "birth_date"


def test_an_unknown_direction_is_refused(tmp_path) -> None:
    shutil.copy(RESOURCES / "rules" / "eligibility.yaml", tmp_path)
    with pytest.raises(ValueError, match="3-hostel"):
        check_eligibility(load_rules(tmp_path), parse_profile({}), "5", date(2013, 6, 1))


# --- dates: terms in months end on the same day, or the last day of a short month ---

def test_a_birthday_on_29_february_is_reached_on_28_february() -> None:
    assert add_months(date(2000, 2, 29), 12 * 13) == date(2013, 2, 28)
    assert whole_years(date(2000, 2, 29), date(2013, 2, 27)) == 12
    assert whole_years(date(2000, 2, 29), date(2013, 2, 28)) == 13
    assert whole_years(date(2000, 2, 29), date(2016, 2, 29)) == 16


def test_three_years_are_complete_on_the_same_day() -> None:
    assert not reached(date(2010, 6, 2), 36, date(2013, 6, 1))
    assert reached(date(2010, 6, 1), 36, date(2013, 6, 1))
    assert add_months(date(2010, 8, 31), 6) == date(2011, 2, 28)


def test_whole_years_is_never_negative() -> None:
    assert whole_years(date(2013, 6, 2), date(2013, 6, 1)) == 0


# --- three-valued logic ---

def test_any_of_is_true_as_soon_as_one_part_is() -> None:
    assert any_of(unknown("?", "a"), yes("y")).value is True
    assert any_of(no("n"), unknown("?", "a"), unknown("?", "b", "a")).missing == ("a", "b")
    assert any_of(no("n"), no("m")).value is False


def test_all_of_is_false_as_soon_as_one_part_is() -> None:
    assert all_of(unknown("?", "a"), no("n")).value is False
    assert all_of(yes("y"), unknown("?", "a")).missing == ("a",)
    assert all_of(yes("y"), yes("z")).value is True


# --- the documentation stays in step with the code ---

DOC = Path(__file__).resolve().parents[2] / "docs" / "eligibility.md"


def test_the_documented_example_profile_is_valid() -> None:
    text = DOC.read_text(encoding="utf-8")
    example = text.split("```json", 1)[1].split("```", 1)[0]
    assert load_profile_json(example).birth_date == date(1985, 3, 10)


def test_every_field_category_and_rule_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    names = [*PROFILE_FIELDS, *CATEGORIES, *(c for codes in RULE_CODES.values() for c in codes)]
    assert [n for n in names if f"`{n}`" not in text] == []
