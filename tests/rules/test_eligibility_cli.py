"""The `eligibility` command's contract: JSON on stdout and exit 0, or stderr and exit 2."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli_eligibility import add_eligibility_command, main

ROOT = Path(__file__).resolve().parents[2]

ELIGIBLE = {"birth_date": "1980-05-01", "sex": "male", "citizenship": "citizen",
            "categories": ["unemployed"], "settlement": {"rural": True, "potential": "low"}}
NOT_ELIGIBLE = {**ELIGIBLE, "categories": []}


def harness() -> argparse.ArgumentParser:
    """A parser mounting the command the way desktop/cli.py does."""
    parser = argparse.ArgumentParser(prog="qadam")
    add_eligibility_command(parser.add_subparsers(dest="command"))
    return parser


def run_harness(*argv: str) -> int:
    args = harness().parse_args(["eligibility", *argv])
    return args.func(args)


@pytest.fixture
def profile_file(tmp_path: Path):
    def write(content: object, name: str = "profile.json") -> str:
        path = tmp_path / name
        text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


@pytest.mark.parametrize(("profile", "status"), [
    (ELIGIBLE, "eligible"), (NOT_ELIGIBLE, "not_eligible"),
    ({"sex": "male"}, "needs_more_information"),
])
def test_any_verdict_is_json_with_exit_0(profile_file, capsys, profile, status: str) -> None:
    code = run_harness("--profile", profile_file(profile), "--direction", "1",
                       "--date", "2013-06-01")
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert code == 0 and err == ""
    assert data["status"] == status and data["direction"] == "1"
    assert data["date"] == "2013-06-01" and data["rules_version"].startswith("rules-")
    assert {"reasons", "exemptions", "priority", "missing"} <= set(data)
    assert all(set(r) == {"code", "text", "ref", "met"} for r in data["reasons"])


def test_the_youth_hostel_is_a_direction(profile_file, capsys) -> None:
    path = profile_file({"birth_date": "1990-01-01", "labour_or_social_contract": True,
                         "housing_savings_participant": True})
    assert run_harness("--profile", path, "--direction", "3-hostel", "--date", "2013-06-01") == 0
    assert json.loads(capsys.readouterr().out)["status"] == "eligible"


def test_direction_3_carries_the_hostel_check(profile_file, capsys) -> None:
    assert run_harness("--profile", profile_file(ELIGIBLE), "--direction", "3",
                       "--date", "2013-06-01") == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in data["youth_hostel"]["reasons"]] == [
        "hostel_age", "hostel_contract", "hostel_savings"]


@pytest.mark.parametrize(("content", "direction", "day", "named"), [
    ('{"sex": "male",', "1", "2013-06-01", "--profile"),
    ({"categores": ["unemployed"]}, "1", "2013-06-01", "categores"),
    ({"birth_date": "1980-13-01"}, "1", "2013-06-01", "birth_date"),
    ({"settlement": {"rural": "yes"}}, "1", "2013-06-01", "settlement.rural"),
    ([1, 2], "1", "2013-06-01", "the profile"),
    (ELIGIBLE, "1", "2013-02-30", "--date"),
    (ELIGIBLE, "1", "01.06.2013", "--date"),
    (ELIGIBLE, "1", "2012-06-01", "--date"),  # before the rules' first values
    (ELIGIBLE, "5", "2013-06-01", "--direction"),
    (ELIGIBLE, "hostel", "2013-06-01", "--direction"),
    ({"birth_date": "2014-01-01"}, "1", "2013-06-01", "birth_date"),
])
def test_bad_input_gives_stderr_and_exit_2(
    profile_file, capsys, content, direction: str, day: str, named: str
) -> None:
    code = run_harness("--profile", profile_file(content), "--direction", direction,
                       "--date", day)
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert named in err and err.startswith("qadam eligibility: ")


def test_a_missing_profile_file_is_named(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nobody.json"
    assert run_harness("--profile", str(missing), "--direction", "1", "--date", "2013-06-01") == 2
    out, err = capsys.readouterr()
    assert out == "" and "--profile" in err and str(missing) in err


def test_a_profile_that_is_not_utf8_is_named(tmp_path: Path, capsys) -> None:
    path = tmp_path / "cp1251.json"
    path.write_bytes('{"sex": "ж"}'.encode("cp1251"))
    assert run_harness("--profile", str(path), "--direction", "1", "--date", "2013-06-01") == 2
    assert "UTF-8" in capsys.readouterr().err


def test_a_byte_order_mark_is_accepted(tmp_path: Path, capsys) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(ELIGIBLE).encode())
    assert run_harness("--profile", str(path), "--direction", "1", "--date", "2013-06-01") == 0


def test_every_option_has_help() -> None:
    parser = harness()
    command = parser._subparsers._group_actions[0].choices["eligibility"]
    options = [a for a in command._actions if a.option_strings and a.dest != "help"]
    assert {a.dest for a in options} >= {"profile", "direction", "date"}
    assert all(a.help for a in options)
    text = command.format_help()
    for word in ("--profile", "--direction", "--date", "3-hostel"):
        assert word in text


def test_a_missing_option_is_an_argparse_error_with_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--direction", "1", "--date", "2013-06-01"])
    assert caught.value.code == 2 and "--profile" in capsys.readouterr().err


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, encoding="utf-8", timeout=120,
        cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, stdin=subprocess.DEVNULL,
    )


def test_the_module_runs_alone(profile_file) -> None:
    ok = run("-m", "desktop.cli_eligibility", "--profile", profile_file(ELIGIBLE),
             "--direction", "3", "--date", "2013-06-01")
    assert ok.returncode == 0 and json.loads(ok.stdout)["direction"] == "3"
    bad = run("-m", "desktop.cli_eligibility", "--profile", profile_file("{"),
              "--direction", "3", "--date", "2013-06-01")
    assert bad.returncode == 2 and bad.stdout == "" and "--profile" in bad.stderr


def _wired() -> bool:
    from desktop.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    return "eligibility" in commands


@pytest.mark.skipif(not _wired(), reason="desktop/cli.py does not mount `eligibility` yet")
@pytest.mark.parametrize(("profile", "direction", "code"), [
    (ELIGIBLE, "1", 0), (NOT_ELIGIBLE, "1", 0), ('{"a": ', "1", 2), (ELIGIBLE, "5", 2),
    ({"unknown_field": 1}, "1", 2),
])
def test_main_py_eligibility(profile_file, profile, direction: str, code: int) -> None:
    result = run(str(ROOT / "main.py"), "eligibility", "--profile", profile_file(profile),
                 "--direction", direction, "--date", "2013-06-01")
    assert result.returncode == code, result.stderr
    if code == 0:
        assert json.loads(result.stdout)["status"] in ("eligible", "not_eligible")
    else:
        assert result.stdout == "" and result.stderr


@pytest.mark.skipif(not _wired(), reason="desktop/cli.py does not mount `eligibility` yet")
def test_main_py_eligibility_bad_date() -> None:
    result = run(str(ROOT / "main.py"), "eligibility", "--profile", "x.json", "--direction", "1",
                 "--date", "2013-13-01")
    assert result.returncode == 2 and result.stdout == "" and "--date" in result.stderr
