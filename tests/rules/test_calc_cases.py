"""The hand-worked cases of calculation_cases.yaml, run through `qadam calc` (in-process)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from calc_support import argv_of, run_calc

CASES_FILE = Path(__file__).with_name("calculation_cases.yaml")
CASES: list[dict[str, Any]] = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
CALCULATIONS = ("youth-practice", "social-job", "relocation", "microcredit", "housing",
                "infrastructure", "asp")


def test_the_table_is_large_and_complete() -> None:
    assert len(CASES) >= 60
    assert {case["calc"] for case in CASES} == set(CALCULATIONS)
    for case in CASES:
        assert case["ref"].startswith("§") and case["why"], case["name"]
        assert ("expect" in case) != ("error" in case), case["name"]
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_case(case: dict[str, Any]) -> None:
    run = run_calc(*argv_of(case["calc"], case["args"]))
    if "error" in case:
        assert run.code == 2, run.stdout
        assert run.stdout == ""
        # The first option the message names is the one at fault.
        assert re.search(r"--[a-z0-9-]+", run.stderr).group(0) == case["error"], run.stderr
        assert "§" in run.stderr, run.stderr
        return
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    expect = case["expect"]
    assert result["calculation"] == case["calc"]
    if "amount" in expect:
        assert result["amount"] == expect["amount"]
    if "schedule" in expect:
        assert [row["amount"] for row in result["schedule"]] == expect["schedule"]
    if "months" in expect:
        assert [row["month"] for row in result["schedule"]] == expect["months"]
    for number, fields in (expect.get("rows") or {}).items():
        row = result["schedule"][int(number) - 1]
        assert {k: row.get(k) for k in fields} == fields, f"row {number}"
    for key, value in (expect.get("fields") or {}).items():
        assert result[key] == value, key
    assert any(line["ref"].startswith(case["ref"]) for line in result["breakdown"])
