"""The applicant registry's filters and sorting over a real encrypted demo database.

Each expectation is computed apart from the registry's SQL: from the raw rows in Python, and
for priority groups from the eligibility rules' own verdicts, person by person.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date

import pytest

from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.iin import make_iin
from desktop.domain.names import kazakh_collation_key
from desktop.resources import RESOURCES
from desktop.rules.eligibility import check_eligibility
from desktop.rules.eligibility.profile import CATEGORIES
from desktop.rules.parameters import load_rules
from desktop.services import registry as registry_service
from desktop.services import session
from desktop.services.applicants import ApplicantError, ApplicantInput, register_applicant
from desktop.services.cases import eligibility_profile
from desktop.services.demo_data import create_demo_data
from desktop.services.registry import (
    PRIORITY_DIRECTIONS,
    PRIORITY_GROUPS,
    SORTS,
    RegistryFilter,
    count_query,
    count_registry,
    find_registry,
    registry_query,
)
from desktop.storage.migrations import REGISTRY_CATEGORIES
from desktop.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = clock.today()


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The demo okrug plus people the demo lacks: town dwellers (not rural), one without a
    settlement, young women, a disabled woman in town. Read only: shared by the module."""
    path = tmp_path_factory.mktemp("registry") / "qadam.db"
    demo_store = session.create(path, "admin", "Әкімшілік Маман", PASSPHRASE, FAST_KDF)
    create_demo_data(demo_store, 120, seed=7)
    extra = [
        ("Әлиева", "Дана", date(TODAY.year - 22, 3, 1), "female", "634600000", ["unemployed"]),
        ("Иванова", "Ольга", date(TODAY.year - 40, 6, 2), "female", "634600000",
         ["disabled_able_to_work"]),
        ("Ұлықбеков", "Ерлан", date(TODAY.year - 25, 1, 9), "male", None, ["low_income"]),
        ("Сейітова", "Айым", date(TODAY.year - 19, 8, 8), "female", "634603100",
         ["orphan", "unemployed"]),
    ]
    for serial, (last, first, born, sex, kato, categories) in enumerate(extra, 500):
        register_applicant(demo_store, ApplicantInput(
            iin=make_iin(born, sex, serial), last_name=last, first_name=first,
            settlement_kato=kato, categories=categories,
        ))
    yield demo_store
    demo_store.close()


def people(store: Store) -> dict[str, dict]:
    """Every live person, read plainly, with their categories and cases."""
    rows = store.db.execute(
        "SELECT id, iin, name_key, birth_date, sex, settlement_kato, categories FROM persons"
        " WHERE deleted = 0"
    ).fetchall()
    found = {
        r[0]: {"id": r[0], "iin": r[1], "name_key": r[2], "birth_date": r[3], "sex": r[4],
               "kato": r[5], "categories": set(json.loads(r[6] or "[]")), "cases": []}
        for r in rows
    }
    for person_id, direction, state in store.db.execute(
        "SELECT person_id, direction, state FROM cases WHERE deleted = 0"
    ).fetchall():
        found[person_id]["cases"].append((direction, state))
    return found


def ids(store: Store, text: str = "", filters: RegistryFilter = RegistryFilter()) -> set[str]:  # noqa: B008
    rows = find_registry(store, text, filters, limit=10_000)
    assert len(rows) == count_registry(store, text, filters)
    return {r["id"] for r in rows}


@pytest.mark.parametrize("direction", ["1", "2", "3", "4"])
def test_a_direction_finds_exactly_the_people_with_such_a_case(registry: Store, direction):
    everyone = people(registry)
    expected = {p["id"] for p in everyone.values() if any(d == direction for d, _ in p["cases"])}
    assert expected and expected != set(everyone)
    assert ids(registry, filters=RegistryFilter(direction=direction)) == expected


@pytest.mark.parametrize("state", [s.value for s in CaseState])
def test_a_case_state_finds_exactly_the_people_with_a_case_in_it(registry: Store, state):
    everyone = people(registry)
    expected = {p["id"] for p in everyone.values() if any(s == state for _, s in p["cases"])}
    assert ids(registry, filters=RegistryFilter(state=state)) == expected


def test_direction_and_state_together_mean_one_case_with_both(registry: Store) -> None:
    everyone = people(registry)
    for direction in "1234":
        for state in ("draft", "in_progress", "completed"):
            expected = {p["id"] for p in everyone.values() if (direction, state) in p["cases"]}
            found = ids(registry, filters=RegistryFilter(direction=direction, state=state))
            assert found == expected, (direction, state)


@pytest.mark.parametrize("category", CATEGORIES)
def test_a_category_finds_exactly_its_group(registry: Store, category: str) -> None:
    everyone = people(registry)
    expected = {p["id"] for p in everyone.values() if category in p["categories"]}
    assert ids(registry, filters=RegistryFilter(category=category)) == expected


def test_a_category_name_inside_another_does_not_match(registry: Store) -> None:
    """"employed" is part of "partially_employed" and "self_employed": each is its own."""
    everyone = people(registry)
    partial = ids(registry, filters=RegistryFilter(category="partially_employed"))
    assert all("partially_employed" in everyone[i]["categories"] for i in partial)
    assert len(partial) < len(everyone)


@pytest.mark.parametrize("group", list(PRIORITY_GROUPS))
def test_a_priority_group_is_who_the_eligibility_rules_give_that_priority(
    registry: Store, group: str
) -> None:
    """The rules' verdict for each person is the expectation: no second definition."""
    rules = load_rules(RESOURCES / "rules")
    expected = set()
    for person_id in people(registry):
        profile = eligibility_profile(registry, person_id)
        for direction in PRIORITY_DIRECTIONS[group]:
            verdict = check_eligibility(rules, profile, direction, TODAY)
            if group in {note.code for note in verdict.priority}:
                expected.add(person_id)
    found = ids(registry, filters=RegistryFilter(priority=group))
    assert found == expected
    assert expected  # the demo has someone in every group
    assert len(expected) < len(people(registry))  # and someone outside it


def test_filters_combine_with_each_other_and_the_search_text(registry: Store) -> None:
    everyone = people(registry)
    combined = RegistryFilter(direction="1", category="unemployed")
    expected = {p["id"] for p in everyone.values()
                if "unemployed" in p["categories"] and any(d == "1" for d, _ in p["cases"])}
    assert ids(registry, filters=combined) == expected
    # The search narrows further: a surname prefix of someone in the combination.
    someone = sorted(expected)[0]
    surname = registry.db.execute(
        "SELECT last_name FROM persons WHERE id = ?", [someone]).fetchone()[0]
    with_text = ids(registry, surname[:3], combined)
    assert someone in with_text and with_text <= expected
    assert with_text == expected & ids(registry, surname[:3])
    # A full ИИН finds that person only if the filters hold for them.
    iin = everyone[someone]["iin"]
    assert ids(registry, iin, combined) == {someone}
    assert ids(registry, iin, RegistryFilter(direction="1", category="orphan")) == (
        {someone} if "orphan" in everyone[someone]["categories"] else set())


def test_no_filter_is_the_whole_list_and_clearing_brings_it_back(registry: Store) -> None:
    narrowed = RegistryFilter(direction="2", state="completed", priority="woman")
    assert narrowed.active_count() == 3
    assert narrowed.cleared() == RegistryFilter() and RegistryFilter().active_count() == 0
    assert ids(registry, filters=narrowed.cleared()) == set(people(registry))


def test_name_order_is_the_kazakh_alphabet_both_ways(registry: Store) -> None:
    rows = find_registry(registry, limit=10_000)
    names = [(r["last_name"], r["first_name"], r["patronymic"] or "") for r in rows]
    assert names == sorted(names, key=lambda n: tuple(kazakh_collation_key(p) for p in n))
    surnames = [n[0] for n in names]
    # Ә comes right after А (not after Я), Ұ after У: "Әлиева" before "Бекова"-like names.
    first_letters = [s[0] for s in surnames]
    assert first_letters.index("Ә") < min(i for i, c in enumerate(first_letters) if c == "Б")
    backwards = find_registry(registry, descending=True, limit=10_000)
    assert [r["id"] for r in backwards] == [r["id"] for r in reversed(rows)]


@pytest.mark.parametrize("sort, column", [
    ("iin", "iin"), ("birth_date", "birth_date"), ("sex", "sex"), ("settlement", "kato"),
])
def test_sorting_by_a_column_ties_in_name_order(registry: Store, sort: str, column: str):
    everyone = people(registry)
    rows = find_registry(registry, sort=sort, limit=10_000)
    keys = [(everyone[r["id"]][column] or "", everyone[r["id"]]["name_key"]) for r in rows]
    assert keys == sorted(keys)
    descending = find_registry(registry, sort=sort, descending=True, limit=10_000)
    assert [r["id"] for r in descending] == [r["id"] for r in reversed(rows)]


def test_pages_follow_each_other_without_gaps_or_repeats(registry: Store) -> None:
    filters = RegistryFilter(category="unemployed")
    whole = [r["id"] for r in find_registry(registry, "", filters, "birth_date", limit=10_000)]
    paged = []
    for offset in range(0, len(whole) + 7, 7):
        paged += [r["id"] for r in find_registry(
            registry, "", filters, "birth_date", limit=7, offset=offset)]
    assert paged == whole


def test_unknown_values_are_refused_with_a_message(registry: Store) -> None:
    with pytest.raises(ApplicantError) as error:
        find_registry(registry, filters=RegistryFilter(category="retired"))
    assert error.value.message == "Unknown filter value {value} for {name}."
    assert error.value.params == {"value": "retired", "name": "category"}
    with pytest.raises(ApplicantError):
        find_registry(registry, sort="phone")


def test_every_category_has_its_index() -> None:
    assert REGISTRY_CATEGORIES == CATEGORIES


# -- query plans ----------------------------------------------------------------------------
COMBINATIONS = [
    ("", RegistryFilter()),
    ("", RegistryFilter(direction="1")),
    ("", RegistryFilter(state="in_progress")),
    ("", RegistryFilter(direction="2", state="completed")),
    ("", RegistryFilter(category="orphan")),
    ("", RegistryFilter(priority="rural_youth")),
    ("", RegistryFilter(priority="rural_woman")),
    ("", RegistryFilter(priority="disabled")),
    ("", RegistryFilter(direction="1", category="unemployed", priority="woman")),
    ("", RegistryFilter(direction="3", state="draft", category="low_income",
                        priority="rural_youth")),
    ("ас", RegistryFilter(direction="1")),
    ("ас", RegistryFilter(category="orphan", priority="woman")),
    ("900315400017", RegistryFilter(state="draft")),
]


def plan(store: Store, sql: str, params: list) -> list[str]:
    return [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()]


def assert_indexed(lines: list[str], count: bool) -> None:
    text = "\n".join(lines)
    # persons is read through an index (searched, or walked in the sort order until the page
    # is full), never scanned as a table; cases are always searched by an index.
    assert not re.search(r"SCAN (p|persons)\b(?! USING)", text), text
    assert "SCAN cases" not in text and "SCAN c\b" not in text, text
    for line in lines:
        if line.startswith("SEARCH c") or line.startswith("SEARCH cases"):
            assert "INDEX" in line, text
    if count:
        # A count reads the matching cases once, never a case lookup for every person.
        assert "CORRELATED" not in text, text


@pytest.mark.parametrize("broad", [False, True], ids=["narrow", "broad"])
@pytest.mark.parametrize("sort", list(SORTS))
@pytest.mark.parametrize("text, filters", COMBINATIONS)
def test_every_page_query_uses_indexes(
    registry: Store, text: str, filters, sort: str, broad: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Both ways a case filter can be read: its cases first (narrow), or the list walked in
    order asking the person's cases (broad: as many matching cases as at 100,000 people)."""
    if broad:
        monkeypatch.setattr(registry_service, "NARROW_CASES", 0)
        monkeypatch.setattr(registry_service, "WALK_COST", 0.0)
        monkeypatch.setattr(registry_service, "NARROW_MATCHES", 0)
    sql, params = registry_query(registry.db, text, filters, sort)
    assert_indexed(plan(registry, sql, params), count=False)
    if broad and (filters.direction or filters.state):
        # Each person's cases are found by an index keyed by person (one probe, not a scan).
        probe = [line for line in plan(registry, sql, params) if line.startswith("SEARCH c ")]
        assert probe and "person_id=?" in probe[0], probe


def test_a_broad_name_search_gives_the_same_people_in_the_same_order(
    registry: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for text, filters in (("а", RegistryFilter()), ("с", RegistryFilter(category="unemployed")),
                          ("ас", RegistryFilter(direction="1"))):
        narrow = [r["id"] for r in find_registry(registry, text, filters, limit=10_000)]
        monkeypatch.setattr(registry_service, "NARROW_MATCHES", 0)
        sql, params = registry_query(registry.db, text, filters)
        assert "+p.rowid IN" in sql  # the walk in list order was taken
        broad = [r["id"] for r in find_registry(registry, text, filters, limit=10_000)]
        monkeypatch.undo()
        assert broad == narrow and narrow


def test_a_count_can_stop_at_a_limit(registry: Store) -> None:
    everyone = count_registry(registry)
    assert count_registry(registry, limit=10) == 10
    assert count_registry(registry, limit=everyone + 5) == everyone


def test_a_broad_case_filter_gives_the_same_people(
    registry: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for filters in (RegistryFilter(direction="1"), RegistryFilter(state="draft"),
                    RegistryFilter(direction="1", state="included")):
        narrow = [r["id"] for r in find_registry(registry, "", filters, limit=10_000)]
        monkeypatch.setattr(registry_service, "NARROW_CASES", 0)
        monkeypatch.setattr(registry_service, "WALK_COST", 0.0)
        sql, _params = registry_query(registry.db, "", filters)
        assert "EXISTS" in sql  # the walk in list order was taken
        broad = [r["id"] for r in find_registry(registry, "", filters, limit=10_000)]
        monkeypatch.undo()
        assert broad == narrow and narrow


@pytest.mark.parametrize("text, filters", COMBINATIONS)
def test_every_count_uses_indexes(registry: Store, text: str, filters) -> None:
    sql, params = count_query(text, filters)
    assert_indexed(plan(registry, sql, params), count=True)


def test_a_category_is_read_from_its_own_index_in_name_order(registry: Store) -> None:
    sql, params = registry_query(registry.db, "", RegistryFilter(category="orphan"), "name")
    lines = plan(registry, sql, params)
    assert any("persons_category_orphan" in line for line in lines), lines
    assert not any("TEMP B-TREE" in line for line in lines), lines  # no sort step


def test_a_narrow_case_filter_reads_its_cases_from_their_index(registry: Store) -> None:
    filters = RegistryFilter(direction="2", state="completed")
    sql, params = registry_query(registry.db, "", filters, "name")
    text = "\n".join(plan(registry, sql, params))
    assert "cases_registry (direction=? AND state=?)" in text, text
    assert "CORRELATED" not in text, text
