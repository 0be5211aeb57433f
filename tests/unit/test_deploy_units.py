"""The systemd units in deploy/systemd: valid for systemd, hardened, and running real commands.

A unit whose ExecStart names an option the CLI does not have fails only on the district's
server, at the worst moment; here it fails in the tests. `systemd-analyze verify` checks the
units as systemd would (with the interpreter's path swapped for this one: /opt/qadam is not
installed here).
"""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from district import admin

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
INSTALLED_PYTHON = "/opt/qadam/venv/bin/python"
SERVICES = ("qadam-district.service", "qadam-district-backup.service")
HARDENING = {"NoNewPrivileges": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes",
             "UMask": "0077", "ReadWritePaths": "/var/lib/qadam-district",
             "User": "qadam-district", "EnvironmentFile": "/etc/qadam-district/district.env"}


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string((UNITS / name).read_text(encoding="utf-8"))
    return parser


def exec_start(name: str) -> list[str]:
    argv = shlex.split(unit(name)["Service"]["ExecStart"])
    assert argv[:3] == [INSTALLED_PYTHON, "-m", "district"]
    return argv[3:]


def cli_help(*argv: str) -> str:
    done = subprocess.run([sys.executable, "-m", "district", *argv, "--help"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("name", SERVICES)
def test_each_service_is_hardened_and_runs_as_its_own_user(name: str) -> None:
    service = unit(name)["Service"]
    for key, value in HARDENING.items():
        assert service.get(key) == value, key
    assert service.get("CapabilityBoundingSet") == ""  # port 8443 needs no privilege


def test_the_server_restarts_after_a_failure() -> None:
    service = unit("qadam-district.service")
    assert service["Service"]["Restart"] == "on-failure"
    assert service["Install"]["WantedBy"] == "multi-user.target"


@pytest.mark.parametrize("name", SERVICES)
def test_exec_start_uses_options_the_cli_has(name: str) -> None:
    argv = exec_start(name)
    command = argv[0]
    offered = set(re.findall(r"--[a-z][a-z-]+", cli_help(command)))
    used = {arg.split("=")[0] for arg in argv[1:] if arg.startswith("--")}
    assert used and used <= offered, used - offered
    # and the real parser accepts the whole line, values included (SystemExit if not)
    args = admin._parser().parse_args(argv)
    assert args.command == command


def test_the_server_is_served_with_tls_from_the_config_folder() -> None:
    args = admin._parser().parse_args(exec_start("qadam-district.service"))
    assert args.certfile == "/etc/qadam-district/server.crt"
    assert args.keyfile == "/etc/qadam-district/server.key"


def test_the_timer_starts_the_backup_daily_and_catches_up() -> None:
    timer = unit("qadam-district-backup.timer")["Timer"]
    assert timer["Unit"] == "qadam-district-backup.service"
    assert timer["Persistent"] == "true"
    assert re.fullmatch(r"\*-\*-\* \d\d:\d\d:\d\d", timer["OnCalendar"])
    args = admin._parser().parse_args(exec_start("qadam-district-backup.service"))
    assert args.keep and args.keep >= 7 and args.to.startswith("/var/lib/qadam-district/")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None,
                    reason="systemd-analyze is not installed (Debian: apt install systemd)")
def test_systemd_accepts_the_units(tmp_path: Path) -> None:
    names = [*SERVICES, "qadam-district-backup.timer"]
    for name in names:
        text = (UNITS / name).read_text(encoding="utf-8")
        (tmp_path / name).write_text(text.replace(INSTALLED_PYTHON, sys.executable))
    done = subprocess.run(["systemd-analyze", "verify", "--man=no",
                           *[str(tmp_path / name) for name in names]],
                          capture_output=True, text=True, timeout=120)
    # An unknown or misspelt key is only a warning to systemd: no output at all is required.
    assert done.returncode == 0 and done.stderr == "" and done.stdout == "", done.stderr
