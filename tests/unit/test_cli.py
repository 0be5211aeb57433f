"""The headless commands: documented, never taking a passphrase as an argument."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__
from desktop.cli import COMMANDS, build_parser
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices
    assert set(COMMANDS) <= set(commands)
    missing = [name for name in commands if f"`{name}" not in readme]
    assert missing == []


def test_no_command_accepts_a_passphrase_argument() -> None:
    parser = build_parser()
    options = [a.option_strings for a in parser._actions]
    for sub in parser._subparsers._group_actions[0].choices.values():
        options += [a.option_strings for a in sub._actions]
    flat = [o for group in options for o in group]
    assert not [o for o in flat if "passphrase" in o and "file" not in o]


def test_init_demo_data_and_verify_audit_end_to_end(tmp_path: Path) -> None:
    database = str(tmp_path / "q.db")
    env = {"QADAM_PASSPHRASE": PASSPHRASE}
    init = run("--database", database, "init", "--full-name", "Әкімші",
               "--kdf-memory-kib", "19456", env=env)
    assert init.returncode == 0, init.stderr
    demo = run("--database", database, "demo-data", "--applicants", "40", env=env)
    assert demo.returncode == 0, demo.stderr
    assert "Added 40 demo applicants" in demo.stdout
    audit = run("--database", database, "verify-audit", env=env)
    assert audit.returncode == 0 and "intact" in audit.stdout


def test_passphrase_from_a_file(tmp_path: Path) -> None:
    database, secret = str(tmp_path / "q.db"), tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    assert run("--database", database, "--passphrase-file", str(secret), "init",
               "--full-name", "Әкімші", "--kdf-memory-kib", "19456").returncode == 0
    assert run("--database", database, "--passphrase-file", str(secret),
               "verify-audit").returncode == 0


def test_no_passphrase_and_no_terminal_is_a_clear_error(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "QADAM_PASSPHRASE"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--database", str(tmp_path / "q.db"), "init",
         "--full-name", "X"], capture_output=True, text=True, env=env,
        stdin=subprocess.DEVNULL, timeout=60,
    )
    assert result.returncode == 2 and "No passphrase" in result.stderr


@pytest.mark.parametrize("memory", ["1024"])
def test_weak_kdf_settings_are_refused(tmp_path: Path, memory: str) -> None:
    result = run("--database", str(tmp_path / "q.db"), "init", "--full-name", "X",
                 "--kdf-memory-kib", memory, env={"QADAM_PASSPHRASE": PASSPHRASE})
    assert result.returncode == 2 and "at least" in result.stderr
    assert not (tmp_path / "q.db").exists()


def test_the_readme_run_command_makes_a_demo_database_that_opens(tmp_path: Path) -> None:
    """`python3 dev.py run` builds its demo database this way before opening the window."""
    import importlib.util

    from desktop.services import session

    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    database = tmp_path / "demo" / "qadam-demo.db"
    dev.create_demo_database(Path(sys.executable), database)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert dev.DEMO_PASSPHRASE in readme and f"**`{dev.DEMO_USER}`**" in readme
    store = session.unlock(database, dev.DEMO_USER, dev.DEMO_PASSPHRASE)
    assert store.db["persons"].count == 300
    store.close()


@pytest.mark.parametrize(
    "number, valid, code, birth, sex",
    [
        ("900315400017", True, None, "1990-03-15", "female"),
        ("900315 400017", True, None, "1990-03-15", "female"),
        ("880101300010", True, None, "1988-01-01", "male"),
        ("900315400018", False, "check_digit", None, None),  # last digit mistyped
        ("90031540001", False, "length", None, None),
        ("9003154000ab", False, "not_digits", None, None),
        ("900231400017", False, "date", None, None),  # 31 February
        ("900315000017", False, "century", None, None),
    ],
)
def test_iin_command(number: str, valid: bool, code: str | None, birth: str | None,
                     sex: str | None) -> None:
    import json

    result = run("iin", number)
    assert result.returncode == 0 and result.stderr == ""
    answer = json.loads(result.stdout)
    assert (answer["valid"], answer["code"], answer["birth_date"], answer["sex"]) == (
        valid, code, birth, sex)
    assert (answer["reason"] is None) == valid


def test_every_command_and_option_is_in_the_cli_reference() -> None:
    """docs/cli.md must name every (sub)command and every option `--help` shows."""
    import argparse

    reference = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing: list[str] = []

    def walk(parser: argparse.ArgumentParser, name: str) -> None:
        for action in parser._actions:
            missing.extend(o for o in action.option_strings if o not in reference)
            if isinstance(action, argparse._SubParsersAction):
                for sub, subparser in action.choices.items():
                    if f"## {name} {sub}" not in reference:
                        missing.append(f"{name} {sub}")
                    walk(subparser, f"{name} {sub}")

    walk(build_parser(), "qadam")
    assert missing == []
