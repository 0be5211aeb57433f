"""The applicant registry: the list of people narrowed by filters and sorted by a column.

Filters combine with each other and with the search text (AND):
- direction: the person has a case under that direction (§4.3.1–§4.3.4);
- state: the person has a case in that state; with a direction, the same case has both;
- category: one of the §4.3.1 groups stored in `persons.categories`;
- priority: a priority group of the eligibility rules (PRIORITY_GROUPS below).

Every query is one indexed SELECT over `persons` (see migration 0010_registry_indexes): case
filters read the cases index once into a list (never a lookup per person), a category uses its
own partial index in name order, sorting uses an index on the column, ties in Kazakh
alphabetical order. `tests/unit/test_registry.py` checks the plans with EXPLAIN QUERY PLAN.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from desktop.domain import clock
from desktop.domain.cases import CaseState
from desktop.domain.enums import Direction
from desktop.domain.names import search_query_tokens
from desktop.resources import RESOURCES
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.profile import CATEGORIES, Profile
from desktop.rules.parameters import RuleSet, load_rules
from desktop.services.applicants import ApplicantError
from desktop.storage.search import PERSON_COLUMNS
from desktop.storage.store import Store

# The priority groups the eligibility rules name (desktop/rules/eligibility: the code of each
# priority note, and where the decree gives it), as conjunctions of the same facts the rules
# read: rural (a settlement КАТО whose 5th-6th digits are not "00", as services.cases reads
# it), youth (the age bounds of the dated rule parameters), a woman, a disabled person.
# tests/unit/test_registry.py checks each group against `check_eligibility` person by person.
PRIORITY_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "rural_youth": ("§4.3.1, §4.3.3", ("rural", "youth")),
    "rural_woman": ("§4.3.1", ("rural", "female")),
    "rural_resident": ("§4.3.2", ("rural",)),
    "woman": ("§4.3.2", ("female",)),
    "disabled": ("§4.3.2", ("disabled",)),
}
# Which directions' verdicts list each group as a priority (for that cross-check and the UI).
PRIORITY_DIRECTIONS: dict[str, tuple[str, ...]] = {
    "rural_youth": ("1", "3"),
    "rural_woman": ("1",),
    "rural_resident": ("2",),
    "woman": ("2",),
    "disabled": ("2",),
}

# Column sort keys: the indexed columns, ties in name order (rowid last keeps pages stable).
SORTS: dict[str, tuple[str, ...]] = {
    "name": ("p.name_key",),
    "iin": ("p.iin",),
    "birth_date": ("p.birth_date", "p.name_key"),
    "sex": ("p.sex", "p.name_key"),
    "settlement": ("p.settlement_kato", "p.name_key"),
}
_COLUMNS = ", ".join(f"p.{c.strip()}" for c in PERSON_COLUMNS.split(","))


@dataclass(frozen=True)
class RegistryFilter:
    """What the list is narrowed to; None is "any"."""

    direction: str | None = None
    state: str | None = None
    category: str | None = None
    priority: str | None = None

    def active_count(self) -> int:
        return sum(value is not None for value in (
            self.direction, self.state, self.category, self.priority))

    def cleared(self) -> RegistryFilter:
        return replace(self, direction=None, state=None, category=None, priority=None)

    def check(self) -> None:
        """Refuse a value the registry does not know (it would otherwise match nobody)."""
        known = (
            (self.direction, {d.value for d in Direction}, "direction"),
            (self.state, {s.value for s in CaseState}, "state"),
            (self.category, set(CATEGORIES), "category"),
            (self.priority, set(PRIORITY_GROUPS), "priority"),
        )
        for value, allowed, name in known:
            if value is not None and value not in allowed:
                raise ApplicantError(
                    "Unknown filter value {value} for {name}.", value=value, name=name
                )


_rules: RuleSet | None = None


def _rule_set() -> RuleSet:
    global _rules
    if _rules is None:
        _rules = load_rules(RESOURCES / "rules")
    return _rules


def youth_birth_dates(on: date, rules: RuleSet | None = None) -> tuple[str, str]:
    """The earliest and latest birth date of a young person on `on`, asked of the rules' own
    youth fact (facts.Applicant.youth) so the bound is theirs, not a second definition."""
    rules = rules or _rule_set()

    def young(born: date) -> bool:
        return Applicant(rules, Profile(birth_date=born), on).youth.value is True

    # Youth is an interval of birth dates: find its two edges by bisection.
    twenty = on.toordinal() - 20 * 365  # young under any youth bound the rules have had
    oldest_young = _edge(on.toordinal() - 150 * 366, twenty, young)
    youngest_young = _edge(on.toordinal(), twenty, young)
    return date.fromordinal(oldest_young).isoformat(), date.fromordinal(youngest_young).isoformat()


def _edge(outside: int, inside: int, holds: Any) -> int:
    """The day nearest `outside` on which `holds` is still true, between the two (ordinals)."""
    assert holds(date.fromordinal(inside)) and not holds(date.fromordinal(outside))
    while abs(outside - inside) > 1:
        middle = (outside + inside) // 2
        if holds(date.fromordinal(middle)):
            inside = middle
        else:
            outside = middle
    return inside


def _category_condition(code: str) -> str:
    # Literally the expression of the partial index persons_category_<code> (migration 0010);
    # the code is one of CATEGORIES (checked), never user text.
    assert code in CATEGORIES
    return f"instr(p.categories, '\"{code}\"') > 0"


# A case filter matching fewer cases than this reads them from their index and sorts the few
# people they name; a broader one walks the list in its sort order and asks, person by person,
# the (person_id, direction, state) index, stopping once the page is full, unless the other
# filters or a deep page would make that walk longer than reading the cases.
NARROW_CASES = 3000
# What one person read on that walk costs against one case read and sorted (about the same).
WALK_COST = 1.0
# Counting to decide stops here (a covering index read this far costs a few milliseconds).
ESTIMATE_LIMIT = 20_000
# About which share of a village's people each fact of a priority group holds for (only to
# choose how to read: the results never depend on it).
FACT_SHARES = {"rural": 0.9, "female": 0.5, "youth": 0.25}
# The same for the name search: fewer matches than this are sorted, more are walked in order.
NARROW_MATCHES = 3000


def _share_of_others(db: Any, filters: RegistryFilter, people: int) -> float:
    """About which share of people the category and priority filters leave (1.0: none set)."""
    categories = [filters.category] if filters.category else []
    share = 1.0
    if filters.priority is not None:
        for fact in PRIORITY_GROUPS[filters.priority][1]:
            if fact == "disabled":
                categories.append("disabled_able_to_work")
            else:
                share *= FACT_SHARES[fact]
    if categories:
        for code in categories:
            counted = db.execute(
                "SELECT count(*) FROM (SELECT 1 FROM persons p WHERE p.deleted = 0 AND "
                f"{_category_condition(code)} LIMIT ?)", [ESTIMATE_LIMIT],
            ).fetchone()[0]  # the category's own partial index, read only so far
            share *= min(1.0, counted / people)
    return share


def _broad_match(db: Any, match: str) -> bool:
    """Whether the name search matches at least NARROW_MATCHES people (counted only so far)."""
    found = db.execute(
        "SELECT count(*) FROM (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ? LIMIT ?)",
        [match, NARROW_MATCHES],
    ).fetchone()[0]
    return found >= NARROW_MATCHES


def _fact_condition(fact: str, on: date, params: list[Any], sort: str | None) -> str:
    # Unary "+" keeps SQLite from driving a page by a broad condition (half the people are
    # women, a quarter young): the sort column's index, walked in order, fills a page sooner.
    # A count (sort None) may use any index.
    plus = "+" if sort is not None else ""
    if fact == "rural":
        return "substr(p.settlement_kato, 5, 2) <> '00'"
    if fact == "female":
        return f"{plus if sort != 'sex' else ''}p.sex = 'female'"
    if fact == "disabled":
        return _category_condition("disabled_able_to_work")
    if fact == "youth":
        params.extend(youth_birth_dates(on))
        return f"{plus if sort != 'birth_date' else ''}p.birth_date BETWEEN ? AND ?"
    raise AssertionError(f"unknown fact {fact}")


def _case_condition(
    db: Any, filters: RegistryFilter, sort: str | None, reach: int, params: list[Any]
) -> str | None:
    terms, values = [], []
    if filters.direction is not None:
        terms.append("direction = ?")
        values.append(filters.direction)
    if filters.state is not None:
        terms.append("state = ?")
        values.append(filters.state)
    if not terms:
        return None
    where = " AND ".join(terms)
    params.extend(values)
    if sort is not None and db is not None:
        # Which costs less: reading the `found` matching cases and sorting their people, or
        # walking the list in order until `reach` rows (the page and those before it) match,
        # about reach / (found / people × what the other filters leave) people read. `found`
        # is counted from the covering index, only up to ESTIMATE_LIMIT.
        found = db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM cases WHERE deleted = 0 AND {where} LIMIT ?)",
            [*values, ESTIMATE_LIMIT],
        ).fetchone()[0]
        people = db.execute("SELECT max(rowid) FROM persons").fetchone()[0] or 1
        walk_reads = reach * people / max(found * _share_of_others(db, filters, people), 1e-9)
        if found >= NARROW_CASES and walk_reads * WALK_COST <= found:
            return (f"EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id"
                    f" AND c.deleted = 0 AND {' AND '.join('c.' + t for t in terms)})")
    # Not correlated: SQLite reads the matching cases from their index once.
    return f"p.id IN (SELECT person_id FROM cases WHERE deleted = 0 AND {where})"


def _where(
    db: Any, text: str, filters: RegistryFilter, on: date | None, sort: str | None,
    reach: int = 0,
) -> tuple[str, list[Any]]:
    """The WHERE of a page (sorted by `sort`) or of a count (sort None), with its values."""
    filters.check()
    on = on or clock.today()
    conditions = ["p.deleted = 0"]
    params: list[Any] = []
    digits = text.strip().replace(" ", "")
    if len(digits) == 12 and digits.isdigit():
        conditions.append("p.iin = ?")
        params.append(digits)
    else:
        tokens = search_query_tokens(text)
        if tokens:
            # Each token quoted (no FTS syntax from the user gets through) and prefix-matched.
            match = " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)
            names = "p.rowid IN (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?)"
            if sort is not None and db is not None and _broad_match(db, match):
                # One letter matches a third of everyone: sorting them all would take a tenth
                # of a second, walking the list in order fills the page at once.
                names = "+" + names
            conditions.append(names)
            params.append(match)
    cases = _case_condition(db, filters, sort, reach, params)
    if cases is not None:
        conditions.append(cases)
    if filters.category is not None:
        conditions.append(_category_condition(filters.category))
    if filters.priority is not None:
        for fact in PRIORITY_GROUPS[filters.priority][1]:
            conditions.append(_fact_condition(fact, on, params, sort))
    return " AND ".join(conditions), params


def _order(sort: str, descending: bool) -> str:
    way = " DESC" if descending else ""
    return ", ".join(f"{column}{way}" for column in (*SORTS[sort], "p.rowid"))


def registry_query(
    db: Any, text: str = "", filters: RegistryFilter = RegistryFilter(),  # noqa: B008
    sort: str = "name", descending: bool = False, limit: int = 200, offset: int = 0,
    on: date | None = None,
) -> tuple[str, list[Any]]:
    """The SELECT behind one page of the list (the tests EXPLAIN it)."""
    if sort not in SORTS:
        raise ApplicantError("Unknown sort column {name}.", name=sort)
    where, params = _where(db, text, filters, on, sort, offset + limit)
    sql = (f"SELECT {_COLUMNS} FROM persons p WHERE {where}"
           f" ORDER BY {_order(sort, descending)} LIMIT ? OFFSET ?")
    return sql, [*params, limit, offset]


def count_query(
    text: str = "", filters: RegistryFilter = RegistryFilter(), on: date | None = None,  # noqa: B008
    limit: int | None = None,
) -> tuple[str, list[Any]]:
    """The count of the people matching; with `limit`, counting stops there."""
    where, params = _where(None, text, filters, on, None)
    if limit is None:
        return f"SELECT count(*) FROM persons p WHERE {where}", params
    return (f"SELECT count(*) FROM (SELECT 1 FROM persons p WHERE {where} LIMIT ?)",
            [*params, limit])


def find_registry(
    store: Store, text: str = "", filters: RegistryFilter = RegistryFilter(),  # noqa: B008
    sort: str = "name", descending: bool = False, limit: int = 200, offset: int = 0,
    on: date | None = None,
) -> list[dict[str, Any]]:
    """One page of the people matching the text and every filter, in the order asked."""
    sql, params = registry_query(store.db, text, filters, sort, descending, limit, offset, on)
    cursor = store.db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def count_registry(
    store: Store, text: str = "", filters: RegistryFilter = RegistryFilter(),  # noqa: B008
    on: date | None = None, limit: int | None = None,
) -> int:
    """How many people match, up to `limit` if given (run it on the worker thread: at 100k
    people an exact count reads an index of them all)."""
    sql, params = count_query(text, filters, on, limit)
    return int(store.db.execute(sql, params).fetchone()[0])
