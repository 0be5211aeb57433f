"""The hand-worked eligibility cases of eligibility_cases.yaml, one test each."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop.resources import RESOURCES
from desktop.rules.eligibility import check_eligibility, parse_profile
from desktop.rules.parameters import RuleSet, load_rules

TABLE = Path(__file__).with_name("eligibility_cases.yaml")
DATA = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
CASES: list[dict[str, Any]] = DATA["cases"]


@pytest.fixture(scope="module")
def rules(tmp_path_factory: pytest.TempPathFactory) -> RuleSet:
    # Only the eligibility parameters: the cases do not depend on the other rule files.
    folder = tmp_path_factory.mktemp("rules")
    shutil.copy(RESOURCES / "rules" / "eligibility.yaml", folder)
    return load_rules(folder)


def _json_ready(value: Any) -> Any:
    """YAML reads dates and numbers natively; a profile arrives as JSON text and numbers."""
    if isinstance(value, dict):
        return {k: _json_ready(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_ready(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def test_the_table_is_large_and_well_formed() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) >= 30 and len(set(ids)) == len(ids)
    for case in CASES:
        assert case["why"] and case["ref"].startswith("§"), case["id"]
        assert case["expect"]["status"] in ("eligible", "not_eligible", "needs_more_information")


def test_the_table_covers_every_direction_and_status() -> None:
    assert {str(c["direction"]) for c in CASES} == {"1", "2", "3", "4", "3-hostel"}
    for direction in ("1", "2", "3", "3-hostel"):
        statuses = {c["expect"]["status"] for c in CASES if str(c["direction"]) == direction}
        assert statuses == {"eligible", "not_eligible", "needs_more_information"}, direction


def test_the_table_applies_every_direction_3_exemption() -> None:
    applied = {e for c in CASES for e in c["expect"].get("exemptions", [])}
    assert applied >= {"oralman_immigrant", "orphan_under_23", "youth", "employer_arranged_move",
                       "other_region_move", "pilot_2011_2012_housing"}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any], rules: RuleSet) -> None:
    on = case.get("date", DATA["date"])
    profile = parse_profile(_json_ready(case["profile"]))
    verdict = check_eligibility(rules, profile, str(case["direction"]), on)
    expect = case["expect"]
    met = {r.code: r.met for r in verdict.reasons}
    explain = f"{case['id']} ({case['ref']}): {case['why']}\n" + "\n".join(
        f"  {r.code}={r.met}: {r.text}" for r in verdict.reasons
    )
    assert verdict.status == expect["status"], explain
    for key, value in (("met", True), ("not_met", False), ("undecided", None)):
        for code in expect.get(key, []):
            assert code in met and met[code] is value, f"{code} should be {value}\n{explain}"
    assert list(verdict.missing) == expect.get("missing", []), explain
    assert sorted(e.code for e in verdict.exemptions) == sorted(expect.get("exemptions", []))
    if "priority" in expect:
        assert sorted(p.code for p in verdict.priority) == sorted(expect["priority"]), explain
    notes = {n.code for n in verdict.notes}
    assert set(expect.get("notes", [])) <= notes, explain
