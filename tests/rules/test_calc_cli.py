"""The `qadam calc` contract of issue 3: JSON shape, two-place amounts, exit codes, help, docs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from calc_support import calc_parser, rules, run_calc

from desktop.cli_calc import CALCULATIONS

ROOT = Path(__file__).resolve().parents[2]
TWO_PLACES = re.compile(r"-?\d+\.\d{2}")
CORE_KEYS = ["calculation", "amount", "currency", "schedule", "breakdown", "rules_version"]
# One good call per calculation (the examples, dates fixed where one is optional).
EXAMPLES = {
    "youth-practice": ["--start", "2020-02-01", "--mrp-policy", "monthly"],
    "social-job": ["--wage", "90000", "--start", "2024-01-01", "--pct-1-6", "50",
                   "--pct-7-9", "30", "--pct-10-12", "15"],
    "relocation": ["--move", "within-region", "--members", "3", "--date", "2024-05-01"],
    "microcredit": ["--amount", "2000000", "--term-months", "36", "--grace-months", "12",
                    "--rate", "6", "--method", "annuity", "--purpose", "start",
                    "--date", "2024-01-15"],
    "housing": ["--members", "4", "--location", "astana", "--contract-date", "2014-03-01"],
    "infrastructure": ["--cost", "2500000", "--project-cost", "10000000", "--date", "2014-05-01"],
    "asp": ["--situation", "refused", "--date", "2024-01-01"],
}
BAD = {
    "youth-practice": (["--start", "2020-02-30"], "--start"),
    "social-job": (["--wage", "90000", "--start", "2024-01-01", "--pct-1-6", "60"], "--pct-1-6"),
    "relocation": (["--move", "moon", "--members", "1", "--date", "2024-05-01"], "--move"),
    "microcredit": (["--amount", "5000000", "--term-months", "36", "--rate", "6",
                     "--purpose", "start"], "--amount"),
    "housing": (["--members", "4", "--location", "paris", "--contract-date", "2014-03-01"],
                "--location"),
    "infrastructure": (["--cost", "lots", "--date", "2014-05-01"], "--cost"),
    "asp": (["--situation", "refused", "--date", "yesterday"], "--date"),
}


def test_every_calculation_has_an_example_and_a_bad_input() -> None:
    assert set(EXAMPLES) == set(CALCULATIONS) == set(BAD)


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_json_shape(name: str) -> None:
    run = run_calc("calc", name, *EXAMPLES[name])
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    result = json.loads(run.stdout)
    assert list(result)[:6] == CORE_KEYS
    assert result["calculation"] == name
    assert result["currency"] == "KZT"
    assert result["rules_version"] == rules().version
    assert TWO_PLACES.fullmatch(result["amount"])
    for row in result["schedule"]:
        assert re.fullmatch(r"\d{4}-\d{2}", row["month"])
        assert TWO_PLACES.fullmatch(row["amount"])
    assert result["breakdown"]
    for line in result["breakdown"]:
        assert set(line) == {"text", "ref", "values"}
        assert line["text"] and line["ref"].startswith("§")
        assert isinstance(line["values"], dict)


def test_microcredit_rows_split_principal_and_interest() -> None:
    result = json.loads(run_calc("calc", "microcredit", *EXAMPLES["microcredit"]).stdout)
    assert len(result["schedule"]) == 36
    for row in result["schedule"]:
        assert set(row) == {"month", "amount", "principal", "interest"}
        assert TWO_PLACES.fullmatch(row["principal"]) and TWO_PLACES.fullmatch(row["interest"])
    assert result["effective_annual_rate_pct"] == "6.17"


def test_housing_reports_the_area_and_the_price_limit() -> None:
    result = json.loads(run_calc("calc", "housing", *EXAMPLES["housing"]).stdout)
    assert result["max_area_m2"] == "72.00"
    assert result["max_price_per_m2"] == "120000.00"
    assert result["amount"] == "8640000.00"


def test_amounts_never_use_exponents_or_more_places() -> None:
    run = run_calc("calc", "infrastructure", "--project-cost", "3000000", "--date", "2014-05-01")
    result = json.loads(run.stdout)
    for key in ("amount", "local_min", "entrepreneur_min", "republican_max"):
        assert TWO_PLACES.fullmatch(result[key]), result[key]


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_exits_2_with_a_message_and_nothing_on_stdout(name: str) -> None:
    argv, option = BAD[name]
    run = run_calc("calc", name, *argv)
    assert run.code == 2
    assert run.stdout == ""
    assert option in run.stderr and "§" in run.stderr
    assert "Traceback" not in run.stderr
    assert run.stderr.startswith(f"qadam calc {name}: ")


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_missing_required_options_are_named(name: str) -> None:
    run = run_calc("calc", name)
    assert run.code == 2 and run.stdout == ""
    assert re.search(r"--[a-z]", run.stderr) and "§" in run.stderr


def test_calc_without_a_calculation_exits_2() -> None:
    run = run_calc("calc")
    assert run.code == 2 and run.stdout == ""
    assert "youth-practice" in run.stderr


def test_an_unknown_option_is_refused_by_argparse() -> None:
    run = run_calc("calc", "relocation", "--mooove", "x")
    assert run.code == 2 and run.stdout == ""
    assert "--mooove" in run.stderr


def _calc_subparsers():
    parser = calc_parser()
    calc = parser._subparsers._group_actions[0].choices["calc"]
    return calc._subparsers._group_actions[0].choices


def test_every_option_has_help_text() -> None:
    subparsers = _calc_subparsers()
    assert set(subparsers) == set(CALCULATIONS)
    for name, sub in subparsers.items():
        assert sub.description, name
        for action in sub._actions:
            if action.option_strings and action.dest != "help":
                assert action.help and len(action.help) > 10, (name, action.option_strings)
        sub.format_help()  # a stray % in a help text would raise here


def test_every_calc_option_is_documented() -> None:
    docs = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    missing = [
        f"{name} {option}"
        for name, sub in _calc_subparsers().items()
        for action in sub._actions
        for option in action.option_strings
        if option.startswith("--") and option != "--help" and f"`{option}" not in docs
    ]
    missing += [name for name in CALCULATIONS if f"calc {name}" not in docs]
    assert missing == []


# --- through main.py, as district staff script it --------------------------------------------

def _wired() -> bool:
    from desktop.cli import build_parser

    return "calc" in build_parser()._subparsers._group_actions[0].choices


needs_wiring = pytest.mark.skipif(
    not _wired(), reason="`calc` is not wired into desktop/cli.py yet (add_calc_command)"
)


def _main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
        timeout=120, cwd=ROOT, env={**os.environ}, stdin=subprocess.DEVNULL,
    )


@needs_wiring
def test_main_py_prints_the_json() -> None:
    done = _main("calc", "social-job", "--wage", "90000", "--start", "2024-01-01")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["amount"] == "226200.00" and len(result["schedule"]) == 12


@needs_wiring
def test_main_py_bad_input_exits_2_with_nothing_on_stdout() -> None:
    done = _main("calc", "microcredit", "--amount", "2000000", "--term-months", "36",
                 "--grace-months", "13", "--rate", "6", "--purpose", "start")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "--grace-months" in done.stderr and "§4.3.2" in done.stderr


@needs_wiring
def test_main_py_help_lists_the_calculations() -> None:
    done = _main("calc", "--help")
    assert done.returncode == 0
    for name in CALCULATIONS:
        assert name in done.stdout
