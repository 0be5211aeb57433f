"""The monthly report's cells against an independent count made here, in plain Python.

The expected values are computed from the rows of the same demo database, read with plain
`SELECT *` and counted by the definitions of docs/monthly-report.md, never with the report's
own SQL: so a wrong join, date bound or scope filter in the service shows up as a mismatch.
"""

from __future__ import annotations

import calendar
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.domain.enums import Direction
from desktop.domain.measures import MEASURES_BY_DIRECTION, Measure, Placement
from desktop.rules.eligibility.facts import CATEGORY_NAMES
from desktop.services import session
from desktop.services.demo_data import create_demo_data
from desktop.services.monthly_report import (
    SECTIONS,
    Cell,
    MonthlyReport,
    ReportError,
    age_thresholds,
    build_monthly_report,
    days_until_due,
    report_due_date,
    report_rules,
    reporting_month,
)
from desktop.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2025, 12, 20)  # demo "today": cases applied from late 2024 through 2025
OKRUG = "634605000"
MONTHS = ("2025-02", "2025-06", "2025-11")

Row = dict[str, Any]


# -- the test database --------------------------------------------------------------------------
def _contract_history(store: Store) -> None:
    """What the demo lacks: completed contracts and amended (superseded) ones."""
    db = store.db
    finished = db.execute(
        "SELECT c.id, c.state, d.decided_on FROM cases c JOIN decisions d ON d.case_id = c.id"
        " WHERE d.kind = 'inclusion' AND c.state IN ('completed', 'in_progress')"
        " ORDER BY c.number LIMIT 60").fetchall()
    signed = db.execute(
        "SELECT * FROM social_contracts WHERE status = 'signed' ORDER BY number LIMIT 15"
    ).fetchall()
    columns = [d[0] for d in db.execute("SELECT * FROM social_contracts LIMIT 0").description]
    with store.transaction("test contracts") as tx:
        for index, (case_id, state, decided) in enumerate(finished):
            day = date.fromisoformat(decided) + timedelta(days=3)
            tx.save("social_contracts", {
                "case_id": case_id, "number": f"T-{index}", "signed_on": day,
                "valid_from": day, "valid_to": day + timedelta(days=365),
                "status": "completed" if state == "completed" else "signed",
                "ended_on": day + timedelta(days=100) if state == "completed" else None,
            })
        for values in signed:
            old = dict(zip(columns, values, strict=True))
            day = date.fromisoformat(old["signed_on"]) + timedelta(days=40)
            # The amendment ends on the same day as it is signed, so both new-version rules
            # (not a new contract; the old version's end not counted) are exercised.
            tx.save("social_contracts", {
                "case_id": old["case_id"], "number": old["number"], "version": 2,
                "supersedes_id": old["id"], "signed_on": day, "valid_from": day,
                "status": "completed", "ended_on": day + timedelta(days=30),
            })
            tx.save("social_contracts", {"status": "amended", "ended_on": day}, old["id"])


@pytest.fixture(scope="module")
def report_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("report") / "qadam.db"
    store = session.create(path, "admin", "Әкімшілік Маман", PASSPHRASE, FAST_KDF)
    create_demo_data(store, 900, seed=11, today=TODAY)
    _contract_history(store)
    yield store
    store.close()


# -- the independent count ----------------------------------------------------------------------
def _rows(store: Store, table: str) -> list[Row]:
    return [row for row in store.db[table].rows if not row["deleted"]]


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text[:10])


def _months_old(born: date, on: date) -> int:
    """Whole months of age; a birthday missing from a month falls on its last day."""
    months = (on.year - born.year) * 12 + on.month - born.month
    return months - (on.day < min(born.day, calendar.monthrange(on.year, on.month)[1]))


@dataclass
class Expected:
    """The report's definitions, written out plainly over the rows."""

    store: Store
    month: str
    okrug: str | None = None

    def __post_init__(self) -> None:
        year, month = map(int, self.month.split("-"))
        self.start = date(year, month, 1)
        self.end = date(year, month, calendar.monthrange(year, month)[1])
        self.year_start = date(year, 1, 1)
        self.persons = {p["id"]: p for p in _rows(self.store, "persons")}
        self.cases = {c["id"]: c for c in _rows(self.store, "cases")
                      if self.in_scope(c["settlement_kato"])}
        self.decisions = [d for d in _rows(self.store, "decisions") if d["case_id"] in self.cases]
        self.contracts = [c for c in _rows(self.store, "social_contracts")
                          if c["case_id"] in self.cases]
        self.payments = [p for p in _rows(self.store, "payments") if p["case_id"] in self.cases]
        self.rules = report_rules()

    def in_scope(self, kato: str | None) -> bool:
        return self.okrug is None or (kato or "")[:6] == self.okrug[:6]

    def periods(self) -> tuple[tuple[date, date], tuple[date, date]]:
        return (self.start, self.end), (self.year_start, self.end)

    def pair(self, count: Callable[[date, date], int | Decimal]) -> Cell:
        (a, b), (c, d) = self.periods()
        return Cell(count(a, b), count(c, d))

    @staticmethod
    def within(text: str | None, low: date, high: date) -> bool:
        day = _day(text)
        return day is not None and low <= day <= high

    # events
    def applications(self, direction: str | None = None) -> Cell:
        return self.pair(lambda a, b: sum(
            1 for c in self.cases.values() if self.within(c["applied_on"], a, b)
            and direction in (None, c["direction"])))

    def decided(self, kind: str) -> Cell:
        def count(a: date, b: date) -> int:
            return len({d["case_id"] for d in self.decisions if d["kind"] == kind
                        and self.within(d["decided_on"], a, b)
                        and (kind != "sanction" or d["asp_suspended"])})
        return self.pair(count)

    def contracts_signed(self) -> Cell:
        return self.pair(lambda a, b: sum(
            1 for c in self.contracts if c["supersedes_id"] is None
            and self.within(c["signed_on"], a, b)))

    def contracts_ended(self, terminated: bool) -> Cell:
        superseded = {c["supersedes_id"] for c in self.contracts if c["supersedes_id"]}
        return self.pair(lambda a, b: sum(
            1 for c in self.contracts if c["id"] not in superseded
            and self.within(c["ended_on"], a, b)
            and (c["status"] == "terminated") == terminated))

    def placements(self, placement: str | None = None, after_training: bool = False) -> Cell:
        return self.pair(lambda a, b: len({
            c["person_id"] for c in self.cases.values() if c["placement"]
            and self.within(c["placed_on"], a, b) and placement in (None, c["placement"])
            and (c["after_training"] or not after_training)}))

    def paid(self, measure: str | None = None) -> Cell:
        def total(a: date, b: date) -> Decimal:
            return sum((Decimal(p["amount"]) for p in self.payments
                        if f"{a:%Y-%m}" <= p["month"] <= f"{b:%Y-%m}"
                        and measure in (None, self.cases[p["case_id"]]["measure"])),
                       Decimal("0.00"))
        return self.pair(total)

    # participants
    def joined(self) -> dict[str, date]:
        days: dict[str, date] = {}
        events = [(d["case_id"], d["decided_on"]) for d in self.decisions
                  if d["kind"] == "inclusion"]
        events += [(c["case_id"], c["signed_on"]) for c in self.contracts if c["signed_on"]]
        for case_id, text in events:
            day = date.fromisoformat(text)
            days[case_id] = min(day, days.get(case_id, day))
        return days

    def participant_cases(self, low: date, high: date) -> list[Row]:
        return [self.cases[case_id] for case_id, day in self.joined().items()
                if low <= day <= high and self.cases[case_id]["person_id"] in self.persons]

    def participants(self, keep: Callable[[Row, Row], bool] = lambda case, person: True) -> Cell:
        return self.pair(lambda a, b: len({
            c["person_id"] for c in self.participant_cases(a, b)
            if keep(c, self.persons[c["person_id"]])}))

    def planned(self, measure: str | None = None) -> Cell:
        return self.pair(lambda a, b: sum(
            (Decimal(c["planned_amount"]) for c in self.participant_cases(a, b)
             if c["planned_amount"] and measure in (None, c["measure"])), Decimal("0.00")))

    def youth(self, case: Row, person: Row) -> bool:
        limit = self.rules.value("eligibility_youth_age_max", self.end)
        return _months_old(date.fromisoformat(person["birth_date"]), self.end) // 12 <= limit

    def working_age(self, person: Row) -> bool:
        months = _months_old(date.fromisoformat(person["birth_date"]), self.end)
        sex = "men" if person["sex"] == "male" else "women"
        pension = self.rules.value(f"eligibility_pension_age_{sex}", self.end)
        adult = self.rules.value("eligibility_working_age_min", self.end)
        return adult * 12 <= months < pension * 12

    def registered(self, category: str) -> int:
        applied = {c["person_id"]: c["applied_on"] for c in _rows(self.store, "cases")
                   if c["applied_on"] <= f"{self.end}"}
        return sum(
            1 for p in self.persons.values() if self.in_scope(p["settlement_kato"])
            and category in json.loads(p["categories"] or "[]")
            and (category != "low_income" or self.working_age(p))
            and (_day(p["created_at"]) <= self.end or p["id"] in applied))


def categories_of(person: Row) -> list[str]:
    return json.loads(person["categories"] or "[]")


# -- the cells ----------------------------------------------------------------------------------
@pytest.mark.parametrize("okrug", [None, OKRUG], ids=["district", "okrug"])
@pytest.mark.parametrize("month", MONTHS)
def test_event_cells_match_an_independent_count(
    report_store: Store, month: str, okrug: str | None
) -> None:
    report = build_monthly_report(report_store, month, okrug_kato=okrug)
    expected = Expected(report_store, month, okrug)
    assert report.cell("applications") == expected.applications()
    for direction in Direction:
        assert report.cell("applications", f"direction:{direction}") == \
            expected.applications(direction.value)
    assert report.cell("inclusions") == expected.decided("inclusion")
    assert report.cell("refusals") == expected.decided("refusal")
    assert report.cell("asp_suspensions") == expected.decided("sanction")
    assert report.cell("contracts_signed") == expected.contracts_signed()
    assert report.cell("contracts_completed") == expected.contracts_ended(terminated=False)
    assert report.cell("contracts_terminated") == expected.contracts_ended(terminated=True)
    assert report.cell("placements") == expected.placements()
    assert report.cell("placements", "after_training") == expected.placements(None, True)
    for placement in Placement:
        assert report.cell("placements", f"placement:{placement}") == \
            expected.placements(placement.value)
        assert report.cell("placements", f"placement:{placement}/after_training") == \
            expected.placements(placement.value, True)


@pytest.mark.parametrize("okrug", [None, OKRUG], ids=["district", "okrug"])
@pytest.mark.parametrize("month", MONTHS)
def test_participant_cells_match_an_independent_count(
    report_store: Store, month: str, okrug: str | None
) -> None:
    report = build_monthly_report(report_store, month, okrug_kato=okrug)
    expected = Expected(report_store, month, okrug)
    assert report.cell("participants") == expected.participants()
    assert report.cell("participants").ytd > 0
    for direction in Direction:
        assert report.cell("participants", f"direction:{direction}") == expected.participants(
            lambda c, p, d=direction.value: c["direction"] == d)
        for measure in MEASURES_BY_DIRECTION[direction]:
            assert report.cell("participants", f"measure:{measure}") == expected.participants(
                lambda c, p, m=measure.value: c["measure"] == m)
    for category in CATEGORY_NAMES:
        assert report.cell("participants", f"category:{category}") == expected.participants(
            lambda c, p, k=category: k in categories_of(p))
    for sex in ("female", "male"):
        assert report.cell("participants", f"sex:{sex}") == expected.participants(
            lambda c, p, s=sex: p["sex"] == s)
    assert report.cell("participants", "youth") == expected.participants(expected.youth)
    assert report.cell("participants", "rural") == expected.participants(
        lambda c, p: (c["settlement_kato"] or "0000")[4:6] not in ("", "00"))


@pytest.mark.parametrize("okrug", [None, OKRUG], ids=["district", "okrug"])
@pytest.mark.parametrize("month", MONTHS)
def test_money_cells_are_exact_decimal_sums(
    report_store: Store, month: str, okrug: str | None
) -> None:
    report = build_monthly_report(report_store, month, okrug_kato=okrug)
    expected = Expected(report_store, month, okrug)
    assert report.cell("amount_paid") == expected.paid()
    assert report.cell("amount_planned") == expected.planned()
    assert report.cell("amount_paid").ytd > 0
    for measure in Measure:
        assert report.cell("amount_paid", f"measure:{measure}") == expected.paid(measure.value)
        assert report.cell("amount_planned", f"measure:{measure}") == \
            expected.planned(measure.value)
    cell = report.cell("amount_paid")
    assert isinstance(cell.month, Decimal) and cell.month.as_tuple().exponent == -2


@pytest.mark.parametrize("okrug", [None, OKRUG], ids=["district", "okrug"])
@pytest.mark.parametrize("month", MONTHS)
def test_coverage_against_people_registered_here(
    report_store: Store, month: str, okrug: str | None
) -> None:
    report = build_monthly_report(report_store, month, okrug_kato=okrug)
    expected = Expected(report_store, month, okrug)
    groups = {"self_employed": "self_employed", "unemployed": "unemployed",
              "low_income_working_age": "low_income"}
    for group, category in groups.items():
        breakdown = f"group:{group}"
        registered = expected.registered(category)
        assert report.cell("coverage_registered", breakdown) == Cell(registered, registered)
        covered = expected.participants(
            lambda c, p, k=category: k in categories_of(p)
            and (k != "low_income" or expected.working_age(p)))
        assert report.cell("coverage_participants", breakdown) == covered
        share = report.cell("coverage_share", breakdown)
        assert share.ytd == (Decimal(covered.ytd) * 100 / registered).quantize(Decimal("0.01"))
    # The 2013 edition's targets run to 2015; the 2015 value stays in force after it.
    assert report.cell("coverage_target", "group:unemployed") == Cell(Decimal("25.00"),
                                                                       Decimal("25.00"))


def test_targets_of_each_year_and_none_before_the_first(store: Store) -> None:
    expected = {"2012-05": ("0.90", "15.10", "17.00"), "2014-12": ("1.50", "22.00", "19.00")}
    for month, targets in expected.items():
        report = build_monthly_report(store, month)
        got = [report.cell("coverage_target", f"group:{g}").ytd
               for g in ("self_employed", "unemployed", "low_income_working_age")]
        assert got == [Decimal(t) for t in targets]
        # An empty database: no one registered, so no share (not a zero share).
        assert report.cell("coverage_share", "group:unemployed") == Cell(None, None)
    before = build_monthly_report(store, "2011-12")
    assert before.cell("coverage_target", "group:unemployed") == Cell(None, None)


# -- months as they stood -----------------------------------------------------------------------
def _later_records(store: Store, case_id: str, person_id: str) -> None:
    """Records typed in now whose legal dates fall after June 2025."""
    with store.transaction("later") as tx:
        case = tx.save("cases", {
            "number": "LATER-1", "person_id": person_id, "direction": "1",
            "measure": "social_job", "state": "contracted", "applied_on": date(2025, 7, 2),
            "settlement_kato": "634605100", "planned_amount": Decimal("312000.00"),
        }).record_id
        tx.save("decisions", {"case_id": case, "kind": "inclusion", "decided_on":
                              date(2025, 7, 10), "authority": "employment_centre"})
        tx.save("social_contracts", {"case_id": case, "number": "LATER-C", "signed_on":
                                     date(2025, 7, 12), "status": "signed"})
        tx.save("payments", {"case_id": case, "month": "2025-08", "amount": Decimal("26000.00")})
        tx.save("cases", {"placement": "permanent_job", "placed_on": date(2025, 8, 1)}, case_id)
        tx.save("decisions", {"case_id": case_id, "kind": "sanction", "decided_on":
                              date(2025, 9, 1), "authority": "employment_centre",
                              "asp_suspended": True})
        tx.save("persons", {"iin": "990101300011", "last_name": "Кейінгі", "first_name": "Адам",
                            "birth_date": date(1999, 1, 1), "sex": "male",
                            "citizenship": "citizen", "settlement_kato": "634605100",
                            "categories": json.dumps(["unemployed"])})


@pytest.fixture
def small_store(store: Store) -> Store:
    create_demo_data(store, 250, seed=5, today=TODAY)
    return store


def test_a_past_month_is_rebuilt_as_it_stood(small_store: Store) -> None:
    before = build_monthly_report(small_store, "2025-06", per_okrug=True)
    july_before = build_monthly_report(small_store, "2025-07")
    case_id, person_id = small_store.db.execute(
        "SELECT id, person_id FROM cases WHERE placed_on IS NULL ORDER BY number LIMIT 1"
    ).fetchone()
    _later_records(small_store, case_id, person_id)
    after = build_monthly_report(small_store, "2025-06", per_okrug=True)
    assert after == before
    # Control: July does see them.
    july = build_monthly_report(small_store, "2025-07")
    for code in ("applications", "inclusions", "contracts_signed", "participants"):
        assert july.cell(code).month == july_before.cell(code).month + 1, code


def test_a_record_dated_inside_the_month_changes_it(small_store: Store) -> None:
    before = build_monthly_report(small_store, "2025-06")
    person_id = small_store.db.execute("SELECT id FROM persons LIMIT 1").fetchone()[0]
    with small_store.transaction("late entry") as tx:
        tx.save("cases", {"number": "LATE-1", "person_id": person_id, "direction": "2",
                          "measure": "microcredit", "state": "submitted",
                          "applied_on": date(2025, 6, 30), "settlement_kato": "634603100"})
    after = build_monthly_report(small_store, "2025-06")
    assert after.cell("applications", "direction:2") == Cell(
        before.cell("applications", "direction:2").month + 1,
        before.cell("applications", "direction:2").ytd + 1)


def test_deleted_records_do_not_count(small_store: Store) -> None:
    before = build_monthly_report(small_store, "2025-06")
    case_id = small_store.db.execute(
        "SELECT id FROM cases WHERE applied_on BETWEEN '2025-06-01' AND '2025-06-30' LIMIT 1"
    ).fetchone()[0]
    with small_store.transaction("remove") as tx:
        tx.delete("cases", case_id)
    after = build_monthly_report(small_store, "2025-06")
    assert after.cell("applications").month == before.cell("applications").month - 1


# -- scope --------------------------------------------------------------------------------------
def test_per_okrug_columns_are_the_okrug_reports(report_store: Store) -> None:
    district = build_monthly_report(report_store, "2025-06", per_okrug=True)
    assert district.scope.level == "district" and district.scope.kato == "634600000"
    assert district.scopes[0] == district.scope
    okrugs = [s.kato for s in district.scopes[1:]]
    assert OKRUG in okrugs and len(okrugs) == 6
    for kato in okrugs:
        alone = build_monthly_report(report_store, "2025-06", okrug_kato=kato)
        assert alone.scope.kato == kato and alone.scope.name_ru
        column = [row.cells[district.scopes.index(alone.scope)] for row in district.rows]
        assert column == [row.cells[0] for row in alone.rows], kato
    # Counts of events add up over the okrugs (all demo cases lie in one of them).
    for code in ("applications", "contracts_signed", "amount_paid"):
        total = district.cell(code)
        parts = [district.cell(code, "", kato) for kato in okrugs]
        assert total.ytd == sum(p.ytd for p in parts)
    plain = build_monthly_report(report_store, "2025-06")
    assert plain.scopes == (plain.scope,)
    assert [r.cells[0] for r in plain.rows] == [r.cells[0] for r in district.rows]


def test_an_okrug_counts_only_its_own_settlements(report_store: Store) -> None:
    report = build_monthly_report(report_store, "2025-06", okrug_kato="634605100")
    assert report.scope.kato == OKRUG  # a settlement's code names its okrug
    assert report.scope.name_kk == "Қарабұлақ ауылдық округі"
    whole = build_monthly_report(report_store, "2025-06")
    assert 0 < report.cell("applications").ytd < whole.cell("applications").ytd


@pytest.mark.parametrize("code", ["634600000", "12345", "6346O5000"])
def test_an_okrug_code_is_checked(report_store: Store, code: str) -> None:
    with pytest.raises(ReportError, match="okrug"):
        build_monthly_report(report_store, "2025-06", okrug_kato=code)


@pytest.mark.parametrize("month", ["2025-13", "2025-6", "June", "", "2025-06-01"])
def test_a_bad_month_is_refused(report_store: Store, month: str) -> None:
    with pytest.raises(ReportError, match="YYYY-MM"):
        build_monthly_report(report_store, month)


# -- dates --------------------------------------------------------------------------------------
def test_due_on_the_tenth_of_the_next_month() -> None:
    assert report_due_date("2025-01") == date(2025, 2, 10)
    assert report_due_date("2025-12") == date(2026, 1, 10)
    assert report_due_date("2024-02") == date(2024, 3, 10)
    assert days_until_due(date(2025, 2, 1), "2025-01") == 9
    assert days_until_due(date(2025, 2, 10), "2025-01") == 0
    assert days_until_due(date(2025, 2, 12), "2025-01") == -2
    assert reporting_month(date(2026, 1, 5)) == "2025-12"
    assert reporting_month(date(2025, 3, 31)) == "2025-02"


def test_the_report_carries_its_due_date(store: Store) -> None:
    report: MonthlyReport = build_monthly_report(store, "2025-12")
    assert report.due_on == date(2026, 1, 10)
    assert (report.period_start, report.period_end) == (date(2025, 12, 1), date(2025, 12, 31))


def test_youth_bound_follows_the_birthday_rule() -> None:
    rules = report_rules()
    # 29 February 1996 turns 30 on 28 February 2026 (no 29th that year): no longer youth.
    assert age_thresholds(rules, date(2026, 2, 28))["youth_after"] == "1996-02-29"
    assert age_thresholds(rules, date(2026, 2, 27))["youth_after"] == "1996-02-27"
    # Working age from 16; women retire at 61 in 2025, men at 63.
    bounds = age_thresholds(rules, date(2025, 6, 30))
    assert bounds["adult_by"] == "2009-06-30"
    assert bounds["women_retired_by"] == "1964-06-30"
    assert bounds["men_retired_by"] == "1962-06-30"


def test_the_report_does_not_write(report_store: Store, tmp_path: Path) -> None:
    """Auditors (read-only connections) build reports too: the report only reads."""
    changes = report_store.db.execute("SELECT count(*) FROM change_log").fetchone()[0]
    report_store.db.execute("PRAGMA query_only = ON")
    try:
        build_monthly_report(report_store, "2025-06", per_okrug=True)
    finally:
        report_store.db.execute("PRAGMA query_only = OFF")
    assert report_store.db.execute("SELECT count(*) FROM change_log").fetchone()[0] == changes


# -- edges, on hand-made records ----------------------------------------------------------------
def _person(tx: Any, iin: str, born: date, sex: str, categories: Any) -> str:
    return tx.save("persons", {
        "iin": iin, "last_name": "Шекаралық", "first_name": iin[-4:], "birth_date": born,
        "sex": sex, "citizenship": "citizen", "settlement_kato": "634603100",
        "categories": categories if isinstance(categories, str) else json.dumps(categories),
    }).record_id


def _included(tx: Any, person_id: str, number: str, on: date,
              settlement: str | None = "634603100") -> str:
    case_id = tx.save("cases", {
        "number": number, "person_id": person_id, "direction": "1", "measure": "consultation",
        "state": "included", "applied_on": on - timedelta(days=5), "settlement_kato": settlement,
    }).record_id
    tx.save("decisions", {"case_id": case_id, "kind": "inclusion", "decided_on": on,
                          "authority": "employment_centre"})
    return case_id


def test_edges_of_age_sanctions_and_odd_records(store: Store) -> None:
    june = date(2025, 6, 10)
    with store.transaction("edges") as tx:
        # Turns 30 on the month's last day: no longer youth. A day younger: still youth.
        thirty = _person(tx, "950630300001", date(1995, 6, 30), "male", ["unemployed"])
        youth = _person(tx, "950701300002", date(1995, 7, 1), "male", ["unemployed"])
        # 62 in 2025: past the women's pension age (61), not the men's (63).
        woman = _person(tx, "630101400003", date(1963, 1, 1), "female", ["low_income"])
        man = _person(tx, "630101300004", date(1963, 1, 1), "male", ["low_income"])
        broken = _person(tx, "900101300005", date(1990, 1, 1), "male", "not json")
        for index, person in enumerate((thirty, youth, woman, man, broken)):
            case_id = _included(tx, person, f"E-{index}", june)
        # No settlement, or a town straight under the district (okrug part 00): in the
        # district's total, not rural, in no okrug's column.
        unplaced = _person(tx, "900101300006", date(1990, 1, 1), "male", [])
        nowhere = _included(tx, unplaced, "E-8", june, settlement=None)
        _included(tx, unplaced, "E-9", june, settlement="634600100")
        tx.save("decisions", {"case_id": case_id, "kind": "sanction", "decided_on": june,
                              "authority": "employment_centre", "asp_suspended": False})
        tx.save("decisions", {"case_id": nowhere, "kind": "sanction", "decided_on": june,
                              "authority": "employment_centre", "asp_suspended": True})
    report = build_monthly_report(store, "2025-06", per_okrug=True)
    assert report.cell("participants") == Cell(6, 6)  # six people, seven cases
    assert report.cell("participants", "youth") == Cell(1, 1)
    assert report.cell("participants", "rural") == Cell(5, 5)
    assert report.cell("inclusions") == Cell(7, 7)
    assert report.cell("inclusions", "", "634603000") == Cell(5, 5)
    assert report.cell("asp_suspensions") == Cell(1, 1)  # the one that suspended АСП
    assert report.cell("asp_suspensions", "", "634603000") == Cell(0, 0)
    low_income = "group:low_income_working_age"
    assert report.cell("coverage_registered", low_income) == Cell(1, 1)  # the man
    assert report.cell("coverage_participants", low_income) == Cell(1, 1)
    assert report.cell("coverage_share", low_income) == Cell(Decimal("100.00"),
                                                             Decimal("100.00"))
    assert report.cell("participants", "category:low_income") == Cell(2, 2)
    assert report.cell("coverage_registered", "group:unemployed") == Cell(2, 2)


def test_sections_come_in_the_form_order(report_store: Store) -> None:
    report = build_monthly_report(report_store, "2025-06")
    assert list(dict.fromkeys(row.section for row in report.rows)) == list(SECTIONS)
    headings = [row for row in report.rows if row.unit is None]
    assert headings and all(cell == Cell(None, None) for row in headings for cell in row.cells)
