"""The monthly consolidated report (decree No. 316 item 3, §4.2): every indicator of one month.

Events are counted by their legal dates (applied, decided, signed, placed, ended, paid), never
by when they were typed in, so any past month is rebuilt as it stood: records dated after the
month do not change it. Each indicator has two values, "in the month" and "since the start of
the year to the month's end". The counting is done by SQLite (GROUP BY over date ranges that
the indexes cover); Python only assembles the rows. Definitions: docs/monthly-report.md.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any, Literal

from desktop.domain.enums import Direction, Sex
from desktop.domain.kato import KatoError, parse_kato
from desktop.domain.measures import MEASURES_BY_DIRECTION, Measure, Placement
from desktop.resources import RESOURCES
from desktop.rules.eligibility.dates import months_of, reached
from desktop.rules.eligibility.facts import CATEGORY_NAMES, Applicant
from desktop.rules.eligibility.profile import Profile
from desktop.rules.money import to_tiyn
from desktop.rules.parameters import ParameterError, RuleSet, load_rules
from desktop.services.demo_data import load_territory
from desktop.storage.store import Store

Unit = Literal["units", "people", "tenge", "percent"]
Value = int | Decimal | None
Language = Literal["kk", "ru"]

# Stable codes of the sections, in the order of the form.
SECTIONS = ("applications", "participants", "placements", "contracts", "asp", "amounts",
            "coverage")
# §4.2 coverage groups: the category of persons.categories each one counts, and its target.
COVERAGE_GROUPS = {
    "self_employed": ("self_employed", "report_coverage_self_employed"),
    "unemployed": ("unemployed", "report_coverage_unemployed"),
    "low_income_working_age": ("low_income", "report_coverage_low_income_working_age"),
}
DUE_DAY = "report_due_day_of_next_month"
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
_PERCENT = Decimal("0.01")
# The oldest birth date the threshold search considers: nobody is 150.
_MAX_AGE_DAYS = 150 * 366


class ReportError(ValueError):
    """A report asked for with bad input; `message` is the translation source."""

    def __init__(self, message: str, **params: object) -> None:
        self.message, self.params = message, params
        super().__init__(message.format(**params))


@dataclass(frozen=True)
class Scope:
    """Whose numbers a column holds: an okrug or the whole district."""

    kato: str  # 9-digit КАТО ("" when the district's code cannot be told from the data)
    level: Literal["okrug", "district"]
    name_kk: str | None = None
    name_ru: str | None = None

    def name(self, language: Language) -> str | None:
        return self.name_kk if language == "kk" else self.name_ru


@dataclass(frozen=True)
class Cell:
    """One indicator for one scope: the month's value and the value since 1 January."""

    month: Value
    ytd: Value


@dataclass(frozen=True)
class Row:
    """One line of the form. `unit` None marks a heading line with no values."""

    section: str
    code: str  # indicator: "participants", "amount_paid", "coverage_share", ...
    breakdown: str  # "" (total), "direction:1", "measure:social_job", "sex:female", ...
    unit: Unit | None
    level: int  # 0 indicator, 1 "of which", 2 nested "of which"
    cells: tuple[Cell, ...]  # one per MonthlyReport.scopes, in that order


@dataclass(frozen=True)
class MonthlyReport:
    month: str  # YYYY-MM
    period_start: date
    period_end: date
    year_start: date
    due_on: date
    scope: Scope  # the report's own scope (an okrug, or the district)
    scopes: tuple[Scope, ...]  # the value columns: (scope,) or (district, okrug, okrug, ...)
    rows: tuple[Row, ...]
    rules_version: str
    youth_age_max: int  # the youth bound in force at the month's end (labels show it)

    def row(self, code: str, breakdown: str = "") -> Row:
        for row in self.rows:
            if row.code == code and row.breakdown == breakdown and row.unit is not None:
                return row
        raise KeyError((code, breakdown))

    def cell(self, code: str, breakdown: str = "", scope_kato: str | None = None) -> Cell:
        """A value by indicator, breakdown and column (the report's own scope by default)."""
        row = self.row(code, breakdown)
        if scope_kato is None:
            return row.cells[0]
        for index, scope in enumerate(self.scopes):
            if scope.kato == scope_kato:
                return row.cells[index]
        raise KeyError(scope_kato)

    def section_rows(self, section: str) -> list[Row]:
        return [row for row in self.rows if row.section == section]


# -- dates --------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def report_rules() -> RuleSet:
    return load_rules(RESOURCES / "rules")


def parse_month(month: str) -> date:
    """The first day of a "YYYY-MM" month; ReportError otherwise."""
    found = _MONTH.fullmatch(month.strip()) if isinstance(month, str) else None
    if found is None:
        raise ReportError("A report month must be written YYYY-MM, not {month}.", month=month)
    return date(int(found[1]), int(found[2]), 1)


def month_end(start: date) -> date:
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def report_due_date(month: str) -> date:
    """The day the month's report is due: the 10th of the next month (decree item 3)."""
    following = month_end(parse_month(month)) + timedelta(days=1)
    return following.replace(day=int(report_rules().value(DUE_DAY, following)))


def days_until_due(today: date, month: str) -> int:
    """Days from `today` to the month's due date; negative once it has passed."""
    return (report_due_date(month) - today).days


def reporting_month(today: date) -> str:
    """The month whose report falls due in `today`'s month (the one the home screen counts)."""
    previous = today.replace(day=1) - timedelta(days=1)
    return f"{previous.year:04d}-{previous.month:02d}"


# -- ages as the eligibility rules count them ---------------------------------------------------
def _latest_birth(on: date, has_reached: Callable[[date], bool]) -> date:
    """The latest birth date for which `has_reached(birth)` holds on `on` (older ones do too)."""
    low, high = on.toordinal() - _MAX_AGE_DAYS, on.toordinal()
    if has_reached(date.fromordinal(high)):
        return date.fromordinal(high)
    while high - low > 1:  # invariant: reached at low, not at high
        middle = (low + high) // 2
        if has_reached(date.fromordinal(middle)):
            low = middle
        else:
            high = middle
    return date.fromordinal(low)


def _years_param(rules: RuleSet, name: str, on: date) -> int:
    parameter = rules.parameter(name)
    # Ages before the rules' first date (2013) take the first value, as facts.py does.
    return months_of(parameter.at(max(on, parameter.dates[0])), name)


def age_thresholds(rules: RuleSet, on: date) -> dict[str, str]:
    """Birth-date bounds, so SQL compares dates instead of computing ages row by row.

    youth_after: youth (age ≤ eligibility_youth_age_max on `on`) iff born after it.
    adult_by / men_retired_by / women_retired_by: working age iff born on or before adult_by
    and after the retirement bound of the person's sex (facts.Applicant.working_age's rule).
    """
    youth_months = _years_param(rules, "eligibility_youth_age_max", on) + 12
    adult_months = _years_param(rules, "eligibility_working_age_min", on)

    def retired(sex: Sex) -> Callable[[date], bool]:
        def check(born: date) -> bool:
            person = Applicant(rules, Profile(birth_date=born, sex=sex), on)
            return person.pension_reached_on(sex) <= on
        return check

    return {
        "youth_after": _latest_birth(on, lambda b: reached(b, youth_months, on)).isoformat(),
        "adult_by": _latest_birth(on, lambda b: reached(b, adult_months, on)).isoformat(),
        "men_retired_by": _latest_birth(on, retired(Sex.MALE)).isoformat(),
        "women_retired_by": _latest_birth(on, retired(Sex.FEMALE)).isoformat(),
    }


# -- SQL ----------------------------------------------------------------------------------------
# Every query returns (scope key, family, key, month value, year-to-date value). Each base row
# is read once and, through `levels`, counted for the whole report (scope '') and, with
# per-okrug columns, once more for its okrug (the 6-digit КАТО prefix). CROSS JOIN keeps the
# rows outermost, so SQLite never reads them once per scope.
_IN_SCOPE = "CROSS JOIN levels AS l"
_SCOPE = "CASE WHEN l.whole THEN '' ELSE b.okrug END"
_OKRUG = "substr(c.settlement_kato, 1, 6)"
_WORKING_AGE = """(p.birth_date <= :adult_by AND CASE p.sex
    WHEN 'male' THEN p.birth_date > :men_retired_by
    WHEN 'female' THEN p.birth_date > :women_retired_by ELSE 0 END)"""
_CATEGORIES = "CASE WHEN json_valid(p.categories) THEN p.categories ELSE '[]' END"
_TIYN = "CAST(round({} * 100) AS INTEGER)"  # amounts are stored rounded to tiyn (to_tiyn)

APPLICATIONS_SQL = f"""
WITH {{levels}}, b AS (
    SELECT c.direction AS key, c.applied_on >= :month_start AS in_month, {_OKRUG} AS okrug
    FROM cases AS c
    WHERE c.deleted = 0 AND c.applied_on >= :year_start AND c.applied_on < :next_month
      {{case_filter}}
)
SELECT {_SCOPE} AS scope, 'applications', b.key, sum(b.in_month), count(*)
FROM b {_IN_SCOPE} GROUP BY scope, b.key
"""

# Decisions count cases: a case decided twice in the period counts once.
DECISIONS_SQL = f"""
WITH {{levels}}, b AS (
    SELECT family, max(in_month) AS in_month, okrug FROM (
        SELECT CASE d.kind WHEN 'inclusion' THEN 'inclusions' WHEN 'refusal' THEN 'refusals'
                   ELSE 'asp_suspensions' END AS family,
               d.case_id, d.decided_on >= :month_start AS in_month, {_OKRUG} AS okrug
        FROM decisions AS d JOIN cases AS c ON c.id = d.case_id
        WHERE d.deleted = 0 AND c.deleted = 0
          AND d.decided_on >= :year_start AND d.decided_on < :next_month
          AND (d.kind IN ('inclusion', 'refusal')
               OR (d.kind = 'sanction' AND d.asp_suspended = 1))
          {{case_filter}}
    ) GROUP BY family, case_id
)
SELECT {_SCOPE} AS scope, b.family, '', sum(b.in_month), count(*)
FROM b {_IN_SCOPE} GROUP BY scope, b.family
"""

# A contract amended by a new version is one contract: signed = first versions, ended = the
# version nobody supersedes.
CONTRACTS_SQL = f"""
WITH {{levels}}, b AS (
    SELECT 'contracts_signed' AS family, sc.signed_on >= :month_start AS in_month,
           {_OKRUG} AS okrug
    FROM social_contracts AS sc JOIN cases AS c ON c.id = sc.case_id
    WHERE sc.deleted = 0 AND c.deleted = 0 AND sc.supersedes_id IS NULL
      AND sc.signed_on >= :year_start AND sc.signed_on < :next_month {{case_filter}}
    UNION ALL
    SELECT CASE sc.status WHEN 'terminated' THEN 'contracts_terminated'
               ELSE 'contracts_completed' END,
           sc.ended_on >= :month_start, {_OKRUG}
    FROM social_contracts AS sc JOIN cases AS c ON c.id = sc.case_id
    WHERE sc.deleted = 0 AND c.deleted = 0
      AND sc.ended_on >= :year_start AND sc.ended_on < :next_month {{case_filter}}
      AND sc.id NOT IN (SELECT supersedes_id FROM social_contracts
                        WHERE deleted = 0 AND supersedes_id IS NOT NULL)
)
SELECT {_SCOPE} AS scope, b.family, '', sum(b.in_month), count(*)
FROM b {_IN_SCOPE} GROUP BY scope, b.family
"""

_DISTINCT = "count(DISTINCT CASE WHEN in_month THEN person END), count(DISTINCT person)"

PLACEMENTS_SQL = f"""
WITH {{levels}}, b AS (
    SELECT c.person_id AS person, c.placement, c.after_training,
           c.placed_on >= :month_start AS in_month, {_OKRUG} AS okrug
    FROM cases AS c
    WHERE c.deleted = 0 AND c.placed_on IS NOT NULL AND c.placement IS NOT NULL
      AND c.placed_on >= :year_start AND c.placed_on < :next_month {{case_filter}}
), scoped AS MATERIALIZED (SELECT {_SCOPE} AS scope, b.* FROM b {_IN_SCOPE})
SELECT scope, 'placements', '', {_DISTINCT} FROM scoped GROUP BY scope
UNION ALL SELECT scope, 'placements', placement, {_DISTINCT} FROM scoped
    GROUP BY scope, placement
UNION ALL SELECT scope, 'placements_after_training', '', {_DISTINCT} FROM scoped
    WHERE after_training GROUP BY scope
UNION ALL SELECT scope, 'placements_after_training', placement, {_DISTINCT} FROM scoped
    WHERE after_training GROUP BY scope, placement
"""

# A case joins the programme on the earlier of its inclusion decision and its first signed
# contract; it is a participant of the year (and month) in which it joined. People are
# counted once: `people` holds one row per scope and person (in_month: any of their cases
# joined in the month), so the breakdowns are plain sums, not DISTINCT counts.
PARTICIPANTS_SQL = f"""
WITH {{levels}}, joined AS MATERIALIZED (
    SELECT case_id, min(day) AS joined_on FROM (
        SELECT case_id, decided_on AS day FROM decisions
        WHERE deleted = 0 AND kind = 'inclusion' AND decided_on < :next_month
        UNION ALL
        SELECT case_id, signed_on FROM social_contracts
        WHERE deleted = 0 AND signed_on < :next_month
    ) GROUP BY case_id HAVING min(day) >= :year_start
), b AS (
    SELECT p.rowid AS person, c.direction, c.measure, p.sex,
           j.joined_on >= :month_start AS in_month, {_OKRUG} AS okrug,
           coalesce(substr(c.settlement_kato, 5, 2), '00') != '00' AS rural,
           p.birth_date > :youth_after AS youth, {_WORKING_AGE} AS working_age,
           {_CATEGORIES} AS categories, {_TIYN.format("c.planned_amount")} AS planned
    FROM joined AS j JOIN cases AS c ON c.id = j.case_id JOIN persons AS p ON p.id = c.person_id
    WHERE c.deleted = 0 AND p.deleted = 0 {{case_filter}}
), scoped AS MATERIALIZED (
    SELECT {_SCOPE} AS scope, b.* FROM b {_IN_SCOPE}
), people AS MATERIALIZED (
    -- sex, youth, working_age and categories belong to the person: any of their rows will do
    SELECT scope, person, max(in_month) AS in_month, max(in_month AND rural) AS rural_month,
           max(rural) AS rural, sex, youth, working_age, categories
    FROM scoped GROUP BY scope, person
), kinds AS MATERIALIZED (
    SELECT DISTINCT scope, person, cat.value AS category, in_month, working_age
    FROM people, json_each(people.categories) AS cat
)
SELECT scope, 'participants', '', sum(in_month), count(*) FROM people GROUP BY scope
UNION ALL SELECT scope, 'participants_sex', sex, sum(in_month), count(*) FROM people
    GROUP BY scope, sex
UNION ALL SELECT scope, 'participants_youth', '', sum(in_month), count(*) FROM people
    WHERE youth GROUP BY scope
UNION ALL SELECT scope, 'participants_rural', '', sum(rural_month), sum(rural) FROM people
    GROUP BY scope
UNION ALL SELECT scope, 'participants_category', category, sum(in_month), count(*) FROM kinds
    GROUP BY scope, category
UNION ALL SELECT scope, 'coverage_participants', category, sum(in_month), count(*) FROM kinds
    WHERE category IN ('self_employed', 'unemployed')
       OR (category = 'low_income' AND working_age)
    GROUP BY scope, category
UNION ALL SELECT scope, 'participants_direction', direction, sum(in_month), count(*) FROM (
    SELECT scope, direction, person, max(in_month) AS in_month FROM scoped
    GROUP BY scope, direction, person) GROUP BY scope, direction
UNION ALL SELECT scope, 'participants_measure', measure, sum(in_month), count(*) FROM (
    SELECT scope, measure, person, max(in_month) AS in_month FROM scoped
    GROUP BY scope, measure, person) GROUP BY scope, measure
UNION ALL SELECT scope, 'amount_planned', measure,
    coalesce(sum(CASE WHEN in_month THEN planned END), 0), coalesce(sum(planned), 0)
    FROM scoped GROUP BY scope, measure
"""

PAYMENTS_SQL = f"""
WITH {{levels}}, b AS (
    SELECT c.measure AS key, pm.month = :month AS in_month, {_OKRUG} AS okrug,
           {_TIYN.format("pm.amount")} AS tiyn
    FROM payments AS pm JOIN cases AS c ON c.id = pm.case_id
    WHERE pm.deleted = 0 AND c.deleted = 0
      AND pm.month >= :first_month AND pm.month <= :month {{case_filter}}
)
SELECT {_SCOPE} AS scope, 'amount_paid', b.key,
       coalesce(sum(CASE WHEN b.in_month THEN b.tiyn END), 0), coalesce(sum(b.tiyn), 0)
FROM b {_IN_SCOPE} GROUP BY scope, b.key
"""

# The coverage denominator: people registered in this database by the month's end, by where
# they live. Registered = recorded (created_at, UTC) or applied (a case) by then. NOT INDEXED:
# reading the whole table in order is four times faster than through the partial name index
# the planner would pick for `deleted = 0`.
REGISTERED_SQL = f"""
WITH {{levels}}, b AS (
    SELECT p.rowid AS person, cat.value AS category, {_WORKING_AGE} AS working_age,
           substr(p.settlement_kato, 1, 6) AS okrug
    FROM persons AS p NOT INDEXED, json_each({_CATEGORIES}) AS cat
    WHERE p.deleted = 0 AND cat.value IN ('self_employed', 'unemployed', 'low_income')
      {{person_filter}}
      AND (p.created_at < :next_month OR EXISTS (
          SELECT 1 FROM cases AS c WHERE c.person_id = p.id AND c.deleted = 0
            AND c.applied_on < :next_month))
)
SELECT {_SCOPE} AS scope, 'coverage_registered', b.category, count(DISTINCT b.person),
       count(DISTINCT b.person)
FROM b {_IN_SCOPE} WHERE b.category != 'low_income' OR b.working_age
GROUP BY scope, b.category
"""

QUERIES = (APPLICATIONS_SQL, DECISIONS_SQL, CONTRACTS_SQL, PLACEMENTS_SQL, PARTICIPANTS_SQL,
           PAYMENTS_SQL, REGISTERED_SQL)

Counts = dict[tuple[str, str], dict[str, tuple[int, int]]]


def _run_queries(store: Store, params: dict[str, Any], per_okrug: bool,
                 okrug6: str | None) -> Counts:
    fill = {
        "levels": f"levels(whole) AS (VALUES {'(1), (0)' if per_okrug else '(1)'})",
        "case_filter": "",
        "person_filter": "",
    }
    if okrug6 is not None:
        params = {**params, "okrug6": okrug6}
        fill["case_filter"] = f"AND {_OKRUG} = :okrug6"
        fill["person_filter"] = "AND substr(p.settlement_kato, 1, 6) = :okrug6"
    counts: Counts = {}
    for template in QUERIES:
        for scope, family, key, month, ytd in store.db.execute(
            template.format(**fill), params
        ).fetchall():
            if scope is None:
                continue  # per okrug, a case with no settlement has no okrug column
            bucket = counts.setdefault((family, "" if key is None else str(key)), {})
            bucket[scope] = (int(month or 0), int(ytd or 0))
    return counts


# -- scopes -------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _shipped_names() -> dict[str, tuple[str, str]]:
    territory = load_territory()
    items = [territory.get("district"), territory.get("region"), *territory.get("okrugs", [])]
    return {str(i["kato"]): (i["name_kk"], i["name_ru"]) for i in items if i}


def _territory_names(store: Store) -> dict[str, tuple[str, str]]:
    """Names of okrugs and districts by КАТО, for the form's title and column heads.

    The database has no table of okrugs yet: the names come from the territory list shipped
    in resources, and a `settlements` row whose КАТО is the okrug's own code overrides it.
    """
    names = dict(_shipped_names())
    for kato, name_kk, name_ru in store.db.execute(
        "SELECT kato, name_kk, name_ru FROM settlements WHERE deleted = 0 AND kato LIKE '%000'"
    ).fetchall():
        names[kato] = (name_kk, name_ru)
    return names


def _is_okrug_prefix(prefix: object) -> bool:
    return isinstance(prefix, str) and len(prefix) == 6 and prefix.isdigit() \
        and prefix[4:6] != "00"


def _listed_okrugs(store: Store) -> set[str]:
    """The okrugs of the settlement list, as 6-digit КАТО prefixes."""
    rows = store.db.execute("SELECT DISTINCT substr(kato, 1, 6) FROM settlements"
                            " WHERE deleted = 0").fetchall()
    return {p for (p,) in rows if _is_okrug_prefix(p)}


def _district_kato(store: Store, okrugs: set[str]) -> str:
    """The district's КАТО, when all okrugs (or, lacking a settlement list, cases) agree."""
    districts = {p[:4] for p in okrugs}
    if not districts:
        rows = store.db.execute("SELECT DISTINCT substr(settlement_kato, 1, 4) FROM cases"
                                " WHERE deleted = 0 AND settlement_kato IS NOT NULL").fetchall()
        districts = {d for (d,) in rows if d}
    return f"{districts.pop()}00000" if len(districts) == 1 else ""


def _scope(kato: str, level: Literal["okrug", "district"],
           names: dict[str, tuple[str, str]]) -> Scope:
    name_kk, name_ru = names.get(kato, (None, None))
    return Scope(kato, level, name_kk, name_ru)


def _okrug_of(okrug_kato: str) -> str:
    try:
        kato = parse_kato(okrug_kato)
    except KatoError as error:
        raise ReportError("{kato} is not a КАТО code of an okrug.", kato=okrug_kato) from error
    if kato.level not in ("okrug", "settlement"):
        raise ReportError("{kato} is not a КАТО code of an okrug.", kato=okrug_kato)
    return kato.okrug_code


# -- the report ---------------------------------------------------------------------------------
def build_monthly_report(
    store: Store, month: str, okrug_kato: str | None = None, per_okrug: bool = False
) -> MonthlyReport:
    """The consolidated report of `month` (YYYY-MM) for an okrug or the whole district.

    okrug_kato: a village device's okrug (any КАТО inside it is accepted); its cases are those
    whose settlement lies in the okrug. None: every case in the database (the district).
    per_okrug: with okrug_kato None, one more column per okrug after the district's total:
    the okrugs of the settlement list and any other okrug the cases name.
    """
    start = parse_month(month)
    end = month_end(start)
    rules = report_rules()
    okrug = _okrug_of(okrug_kato) if okrug_kato is not None else None
    per_okrug = per_okrug and okrug is None
    params = {
        "year_start": start.replace(month=1).isoformat(),
        "month_start": start.isoformat(),
        "next_month": (end + timedelta(days=1)).isoformat(),
        "month": month.strip(),
        "first_month": f"{start.year:04d}-01",
        **age_thresholds(rules, end),
    }
    counts = _run_queries(store, params, per_okrug, okrug[:6] if okrug else None)
    names = _territory_names(store)
    listed = _listed_okrugs(store)
    if okrug is not None:
        scope = _scope(okrug, "okrug", names)
        okrugs: list[str] = []
    else:
        scope = _scope(_district_kato(store, listed), "district", names)
        seen = {key for bucket in counts.values() for key in bucket if _is_okrug_prefix(key)}
        okrugs = sorted(listed | seen) if per_okrug else []
    scopes = (scope, *(_scope(f"{p}000", "okrug", names) for p in okrugs))
    # The query's keys: '' for the report's own scope, then each okrug's 6-digit prefix.
    rows = _Rows(counts, ["", *okrugs], rules, end).build()
    return MonthlyReport(
        month=month.strip(), period_start=start, period_end=end,
        year_start=start.replace(month=1), due_on=report_due_date(month), scope=scope,
        scopes=scopes, rows=tuple(rows), rules_version=rules.version,
        youth_age_max=_years_param(rules, "eligibility_youth_age_max", end) // 12,
    )


class _Rows:
    """Turns the query results into the form's rows, in the form's order."""

    def __init__(self, counts: Counts, scope_keys: list[str], rules: RuleSet, on: date) -> None:
        self.counts, self.keys, self.rules, self.on = counts, scope_keys, rules, on
        self.rows: list[Row] = []

    def pair(self, family: str, key: str, scope: str) -> tuple[int, int]:
        return self.counts.get((family, key), {}).get(scope, (0, 0))

    def sum_pair(self, family: str, scope: str) -> tuple[int, int]:
        pairs = [v.get(scope, (0, 0)) for (f, _), v in self.counts.items() if f == family]
        return sum(p[0] for p in pairs), sum(p[1] for p in pairs)

    def add(self, section: str, code: str, breakdown: str, unit: Unit | None, level: int,
            cells: Callable[[str], Cell] | None = None) -> None:
        values = tuple(cells(k) for k in self.keys) if cells else tuple(
            Cell(None, None) for _ in self.keys)
        self.rows.append(Row(section, code, breakdown, unit, level, values))

    def count(self, section: str, code: str, breakdown: str, unit: Unit, level: int,
              family: str, key: str = "") -> None:
        self.add(section, code, breakdown, unit, level,
                 lambda scope: Cell(*self.pair(family, key, scope)))

    def total(self, section: str, code: str, unit: Unit, family: str) -> None:
        self.add(section, code, "", unit, 0, lambda scope: Cell(*self.sum_pair(family, scope)))

    def build(self) -> list[Row]:
        self.applications()
        self.participants()
        self.placements()
        for code in ("contracts_signed", "contracts_completed", "contracts_terminated"):
            self.count("contracts", code, "", "units", 0, code)
        self.count("asp", "asp_suspensions", "", "units", 0, "asp_suspensions")
        self.amounts()
        self.coverage()
        return self.rows

    def applications(self) -> None:
        self.total("applications", "applications", "units", "applications")
        for direction in Direction:
            self.count("applications", "applications", f"direction:{direction}", "units", 1,
                       "applications", direction.value)
        self.count("applications", "inclusions", "", "units", 0, "inclusions")
        self.count("applications", "refusals", "", "units", 0, "refusals")

    def participants(self) -> None:
        code = "participants"
        self.count(code, code, "", "people", 0, code)
        self.add(code, code, "heading:direction", None, 1)
        for direction in Direction:
            self.count(code, code, f"direction:{direction}", "people", 1,
                       "participants_direction", direction.value)
            for measure in MEASURES_BY_DIRECTION[direction]:
                self.count(code, code, f"measure:{measure}", "people", 2,
                           "participants_measure", measure.value)
        self.add(code, code, "heading:category", None, 1)
        seen = {key for family, key in self.counts if family == "participants_category"}
        for category in [*CATEGORY_NAMES, *sorted(seen - set(CATEGORY_NAMES))]:
            self.count(code, code, f"category:{category}", "people", 1,
                       "participants_category", category)
        self.add(code, code, "heading:other", None, 1)
        for sex in (Sex.FEMALE, Sex.MALE):
            self.count(code, code, f"sex:{sex}", "people", 1, "participants_sex", sex.value)
        self.count(code, code, "youth", "people", 1, "participants_youth")
        self.count(code, code, "rural", "people", 1, "participants_rural")

    def placements(self) -> None:
        code = "placements"
        self.count(code, code, "", "people", 0, code)
        self.count(code, code, "after_training", "people", 1, "placements_after_training")
        for placement in Placement:
            self.count(code, code, f"placement:{placement}", "people", 1, code, placement.value)
            self.count(code, code, f"placement:{placement}/after_training", "people", 2,
                       "placements_after_training", placement.value)

    def amounts(self) -> None:
        for code in ("amount_planned", "amount_paid"):
            self.add("amounts", code, "", "tenge", 0,
                     lambda scope, c=code: _money(self.sum_pair(c, scope)))
            for measure in Measure:
                self.add("amounts", code, f"measure:{measure}", "tenge", 1,
                         lambda scope, c=code, m=measure.value: _money(self.pair(c, m, scope)))

    def coverage(self) -> None:
        for group, (category, target_name) in COVERAGE_GROUPS.items():
            breakdown = f"group:{group}"
            target = self.target(target_name)
            self.add("coverage", "coverage_group", breakdown, None, 0)
            self.count("coverage", "coverage_registered", breakdown, "people", 1,
                       "coverage_registered", category)
            self.count("coverage", "coverage_participants", breakdown, "people", 1,
                       "coverage_participants", category)
            self.add("coverage", "coverage_share", breakdown, "percent", 1,
                     lambda scope, c=category: self.share(c, scope))
            self.add("coverage", "coverage_target", breakdown, "percent", 1,
                     lambda scope, t=target: Cell(t, t))

    def share(self, category: str, scope: str) -> Cell:
        registered = self.pair("coverage_registered", category, scope)[1]
        month, ytd = self.pair("coverage_participants", category, scope)
        return Cell(_percent(month, registered), _percent(ytd, registered))

    def target(self, name: str) -> Decimal | None:
        try:
            return Decimal(self.rules.value(name, self.on)).quantize(_PERCENT)
        except ParameterError:
            return None  # a month before the first target (2012)


def _money(pair: tuple[int, int]) -> Cell:
    return Cell(to_tiyn(Decimal(pair[0]) / 100), to_tiyn(Decimal(pair[1]) / 100))


def _percent(part: int, whole: int) -> Decimal | None:
    if whole == 0:
        return None  # nobody registered: a share would be meaningless, not zero
    return (Decimal(part) * 100 / Decimal(whole)).quantize(_PERCENT, rounding=ROUND_HALF_UP)


__all__ = [
    "COVERAGE_GROUPS", "SECTIONS", "Cell", "Language", "MonthlyReport", "ReportError", "Row",
    "Scope", "Unit", "Value", "age_thresholds", "build_monthly_report", "days_until_due",
    "month_end", "parse_month", "report_due_date", "report_rules", "reporting_month",
]
