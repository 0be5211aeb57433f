"""The parameter files of the calculations: complete, referenced, dated, and used by name."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from calc_support import rules

from desktop.resources import RESOURCES
from desktop.rules.asp_link import asp_link
from desktop.rules.housing import housing
from desktop.rules.infrastructure import infrastructure
from desktop.rules.microcredit import microcredit
from desktop.rules.parameters import ParameterError, load_rules
from desktop.rules.relocation import relocation
from desktop.rules.social_job import social_job
from desktop.rules.youth_practice import youth_practice

ROOT = Path(__file__).resolve().parents[2]
RULE_FILES = sorted((RESOURCES / "rules").glob("*.yaml"))
CALC_FILES = [p for p in RULE_FILES if p.name not in ("eligibility.yaml",)]
CALC_MODULES = ["youth_practice", "social_job", "relocation", "microcredit", "housing",
                "infrastructure", "asp_link"]


def test_the_loader_refuses_a_date_before_the_first_value() -> None:
    with pytest.raises(ParameterError, match="no value before 2011-01-01"):
        rules().value("mrp", date(2010, 12, 31))
    with pytest.raises(ParameterError, match="no value before 2013-01-01"):
        rules().value("social_job_tier_1_cap", date(2012, 12, 31))
    assert rules().value("social_job_tier_1_cap", date(2013, 1, 1)) == Decimal(26000)


@pytest.mark.parametrize("path", CALC_FILES, ids=[p.name for p in CALC_FILES])
def test_every_parameter_has_description_unit_reference_and_dated_values(path: Path) -> None:
    for name, body in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        for key in ("description", "unit", "reference"):
            assert str(body.get(key, "")).strip(), f"{path.name}: {name} lacks {key}"
        assert body["values"] and all(isinstance(d, date) for d in body["values"]), name


@pytest.mark.parametrize("path", CALC_FILES, ids=[p.name for p in CALC_FILES])
def test_decimals_are_written_as_text_never_as_floats(path: Path) -> None:
    for name, body in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        for value in body["values"].values():
            assert not isinstance(value, float), f"{path.name}: {name} has a float {value}"


def test_the_decree_values_of_the_2013_edition() -> None:
    on = date(2013, 1, 1)
    expected = {
        "youth_practice_months": "6", "youth_practice_mrp_multiple": "17.2",
        "social_job_months": "12",
        "social_job_tier_1_max_share": "0.50", "social_job_tier_1_cap": "26000",
        "social_job_tier_2_max_share": "0.30", "social_job_tier_2_cap": "15600",
        "social_job_tier_3_max_share": "0.15", "social_job_tier_3_cap": "7800",
        "relocation_head_mrp_within_district": "10", "relocation_member_mrp_within_district": "5",
        "relocation_head_mrp_within_region": "25", "relocation_member_mrp_within_region": "15",
        "relocation_head_mrp_other_region": "50", "relocation_member_mrp_other_region": "35",
        "microcredit_max_amount": "3000000", "microcredit_max_term_months": "60",
        "microcredit_grace_term_divisor": "3",
        "housing_area_per_member_m2": "18", "housing_area_per_family_m2": "100",
        "housing_max_price_per_m2_regions": "80000",
        "housing_max_price_per_m2_astana_almaty": "120000",
        "housing_pilot_employer_min_share": "0.10",
        "infrastructure_cap_per_participant": "3000000",
    }
    for name, value in expected.items():
        assert rules().value(name, on) == Decimal(value), name
    assert rules().value("housing_price_cap_contracts_from", on) == date(2013, 1, 1)
    assert rules().value("microcredit_forbidden_purposes", on) == [
        "consumer", "refinancing", "housing"]


def test_direction_4_co_financing_starts_in_2014() -> None:
    for name in ("direction4_local_min_share", "direction4_entrepreneur_min_share"):
        assert rules().value(name, date(2013, 12, 31)) == 0
        assert rules().value(name, date(2014, 1, 1)) == Decimal("0.10")


def test_the_mid_year_mrp_changes() -> None:
    assert rules().value("mrp", date(2020, 3, 31)) == 2651
    assert rules().value("mrp", date(2020, 4, 1)) == 2778
    assert rules().value("mrp", date(2022, 3, 31)) == 3063
    assert rules().value("mrp", date(2022, 4, 1)) == 3180  # the benefits value


def test_each_result_carries_the_rules_version() -> None:
    r = rules()
    on = date(2024, 1, 1)
    results = [
        youth_practice(r, on), social_job(r, Decimal(90000), on),
        relocation(r, "within-region", 2, on),
        microcredit(r, Decimal(100000), 12, 0, Decimal(6), "annuity", "start", on),
        housing(r, 3, "region", on), infrastructure(r, on, cost=Decimal(1)),
        asp_link(r, "refused", on),
    ]
    assert {result.rules_version for result in results} == {r.version}
    assert r.version.startswith("rules-")


def test_the_version_changes_with_any_parameter(tmp_path: Path) -> None:
    for path in RULE_FILES:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    before = load_rules(tmp_path).version
    target = tmp_path / "social_job.yaml"
    target.write_text(target.read_text(encoding="utf-8").replace('"26000"', '"26001"'),
                      encoding="utf-8")
    assert load_rules(tmp_path).version != before


@pytest.mark.parametrize("module", CALC_MODULES)
def test_no_amount_of_the_decree_is_a_literal_in_code(module: str) -> None:
    """Amounts, rates, caps and durations come from the parameters, never from the code."""
    allowed = {0, 1, 12, 100}  # nothing; one; months a year; percent
    source = (ROOT / "desktop" / "rules" / f"{module}.py").read_text(encoding="utf-8")
    literals = [
        node.value for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float)
        and not isinstance(node.value, bool) and node.value not in allowed
    ]
    decimals = [
        node.args[0].value for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Decimal"
        and node.args and isinstance(node.args[0], ast.Constant)
        and node.args[0].value not in (0, "0", "0.01")
    ]
    assert literals == [] and decimals == []
