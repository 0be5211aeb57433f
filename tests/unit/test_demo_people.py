"""Demo applicants: realistic, valid and reproducible from a seed."""

from __future__ import annotations

import datetime
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop.domain.demo_people import generate_people, load_name_seeds
from desktop.domain.iin import parse_iin
from desktop.domain.kato import is_within, parse_kato

DEMO = Path(__file__).resolve().parents[2] / "desktop" / "resources" / "demo"
TODAY = datetime.date(2013, 6, 1)
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture(scope="module")
def names() -> dict[str, Any]:
    return load_name_seeds(DEMO / "names.yaml")


@pytest.fixture(scope="module")
def territory() -> dict[str, Any]:
    return yaml.safe_load((DEMO / "settlements.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def people(names: dict[str, Any], territory: dict[str, Any]) -> list[dict[str, Any]]:
    rng = random.Random(42)
    return list(generate_people(rng, 2000, territory["settlements"], TODAY, names=names))


def test_seed_lists_are_big_enough(names: dict[str, Any]) -> None:
    for key, minimum in [
        ("kazakh_male", 40),
        ("kazakh_female", 40),
        ("kazakh_surname_stems", 40),
        ("russian_male", 20),
        ("russian_female", 20),
        ("russian_surnames", 20),
    ]:
        assert len(set(names[key])) >= minimum, key


def test_missing_seed_list_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "names.yaml"
    broken.write_text("kazakh_male: [Нұрлан]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="kazakh_female"):
        load_name_seeds(broken)


def test_settlements_have_consistent_kato_codes(territory: dict[str, Any]) -> None:
    district = territory["district"]["kato"]
    okrugs = {o["kato"] for o in territory["okrugs"]}
    settlements = territory["settlements"]
    assert len(okrugs) >= 5
    assert len(settlements) >= 12
    assert len({s["kato"] for s in settlements}) == len(settlements)
    for s in settlements:
        kato = parse_kato(s["kato"])
        assert kato.level == "settlement"
        assert kato.region == "63"
        assert s["okrug_kato"] in okrugs
        assert kato.okrug_code == s["okrug_kato"]
        assert is_within(s["kato"], district)
        assert s["potential"] in {"low", "medium", "high"}
        assert isinstance(s["support"], bool)
        assert s["name_kk"] and s["name_ru"]


def test_count_and_fields(people: list[dict[str, Any]]) -> None:
    assert len(people) == 2000
    expected = {
        "iin",
        "last_name",
        "first_name",
        "patronymic",
        "birth_date",
        "sex",
        "citizenship",
        "phone",
        "settlement_kato",
        "language",
    }
    for person in people:
        assert set(person) == expected
        assert person["sex"] in {"male", "female"}
        assert person["citizenship"] in {"citizen", "oralman"}
        assert person["language"] in {"kk", "ru"}
        assert re.fullmatch(r"\+7 7\d\d \d{3} \d\d \d\d", person["phone"])


def test_iins_are_valid_unique_and_match_the_person(people: list[dict[str, Any]]) -> None:
    assert len({p["iin"] for p in people}) == len(people)
    # 2000 people over ~48 years of birthdays: many share one, which the serials must separate.
    assert len({p["birth_date"] for p in people}) < len(people)
    for person in people:
        iin = parse_iin(person["iin"])
        assert iin.birth_date == person["birth_date"]
        assert iin.sex == person["sex"]


def test_ages_are_mostly_working_age(people: list[dict[str, Any]]) -> None:
    ages = [_age(p["birth_date"]) for p in people]
    assert min(ages) >= 16
    assert max(ages) <= 63
    youths = sum(1 for age in ages if age < 18)
    assert 0 < youths < len(ages) * 0.2


def test_mostly_kazakh_names_with_kazakh_letters(people: list[dict[str, Any]]) -> None:
    with_kazakh_letters = [
        p for p in people if KAZAKH_LETTERS & set(p["first_name"] + p["last_name"])
    ]
    assert len(with_kazakh_letters) > len(people) * 0.4
    kk = sum(1 for p in people if p["language"] == "kk")
    assert 0.5 < kk / len(people) < 0.75


def test_some_russian_names(people: list[dict[str, Any]], names: dict[str, Any]) -> None:
    russian_names = set(names["russian_male"]) | set(names["russian_female"])
    russian = [p for p in people if p["first_name"] in russian_names]
    assert 0.18 < len(russian) / len(people) < 0.32
    assert all(p["patronymic"] for p in russian)


def test_about_five_percent_oralmans(people: list[dict[str, Any]]) -> None:
    oralmans = [p for p in people if p["citizenship"] == "oralman"]
    assert 0.02 < len(oralmans) / len(people) < 0.08
    assert all(p["language"] == "kk" for p in oralmans)


def test_surnames_and_patronymics_agree_in_gender(people: list[dict[str, Any]]) -> None:
    for person in people:
        last, patronymic = person["last_name"], person["patronymic"]
        if person["sex"] == "female":
            assert last.endswith(("а", "қызы")), last
            assert patronymic is None or patronymic.endswith(("на", "қызы")), patronymic
        else:
            assert last.endswith(("ов", "ев", "ёв", "ин", "ұлы")), last
            assert patronymic is None or patronymic.endswith(("ич", "ұлы")), patronymic


def test_kazakh_patronymic_styles_all_appear(people: list[dict[str, Any]]) -> None:
    patronymics = [p["patronymic"] for p in people]
    assert None in patronymics
    assert any(p and p.endswith("ұлы") for p in patronymics)
    assert any(p and p.endswith("қызы") for p in patronymics)
    assert any(p["last_name"].endswith("қызы") and p["patronymic"] is None for p in people)
    assert "Ахметова" in {p["last_name"] for p in people}


def test_people_live_only_in_listed_settlements(
    people: list[dict[str, Any]], territory: dict[str, Any]
) -> None:
    listed = {s["kato"] for s in territory["settlements"]}
    used = {p["settlement_kato"] for p in people}
    assert used <= listed
    assert len(used) == len(listed)


def test_same_seed_same_people(names: dict[str, Any], territory: dict[str, Any]) -> None:
    def run(seed: int) -> list[dict[str, Any]]:
        rng = random.Random(seed)
        return list(generate_people(rng, 200, territory["settlements"], TODAY, names=names))

    assert run(5) == run(5)
    assert run(5) != run(6)


def _age(birth_date: datetime.date) -> int:
    before_birthday = (TODAY.month, TODAY.day) < (birth_date.month, birth_date.day)
    return TODAY.year - birth_date.year - before_birthday
