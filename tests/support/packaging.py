"""Running an installed Qadam (the wheel in a fresh venv, the frozen bundle) like a user would.

`SMOKE_STEPS` is the smoke test both installations pass, in order, one line per step: a step
gets the `Installed` program and fails by assertion. A new headless command that must work
when installed gets one more line here (e.g. a backup and a restore of `q.database`).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "Жаңа орнату 2026"
VALID_IIN = "900101300017"  # born 1990-01-01, male: the check digit is right


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a newcomer's shell: no PYTHONPATH, no venv, a home of its own."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"} and not k.startswith("QADAM_")}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), QT_QPA_PLATFORM="offscreen", **extra)
    return env


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 300,
        check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)
    if check and done.returncode != 0:
        raise AssertionError(f"{command} exited {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


@dataclass
class Installed:
    """One installed Qadam: its command line, its self-test, a home and a database of its own."""

    cli: list[str]  # [venv/bin/qadam] or [bundle/qadam-cli]
    self_test: list[str]  # the window check (desktop/ui/self_test.py) as this install runs it
    home: Path
    env: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.env = clean_env(self.home, QADAM_PASSPHRASE=PASSPHRASE)

    @property
    def database(self) -> Path:
        return self.home / "qadam.db"

    def ok(self, *args: str) -> str:
        """Run a command; it must exit 0; its standard output."""
        return run([*self.cli, *args], cwd=self.home, env=self.env).stdout

    def on_database(self, *args: str) -> str:
        return self.ok("--database", str(self.database), "--user", "admin", *args)

    def window(self, seconds: str, language: str) -> dict[str, object]:
        done = run([*self.self_test, seconds, language], cwd=self.home, env=self.env,
                   check=False)
        assert done.returncode == 0, f"self-test failed:\n{done.stdout}\n{done.stderr}"
        return json.loads(done.stdout.strip().splitlines()[-1])


def kazakh(context: str, source: str) -> str:
    """The Kazakh translation of a source string, read from the .ts file (without '&')."""
    for ts in (ROOT / "desktop" / "resources" / "translations" / "kk").glob("*.ts"):
        for ctx in ET.parse(ts).getroot():
            if ctx.findtext("name") != context:
                continue
            for message in ctx.findall("message"):
                if message.findtext("source") == source:
                    return (message.findtext("translation") or "").replace("&", "")
    raise LookupError(f"{context}: {source}")


def check_version(q: Installed) -> None:
    assert q.ok("--version").strip() == f"Qadam {__version__}"


def check_calc(q: Installed) -> None:
    calc = ["calc", "youth-practice", "--start", "2026-03-01"]
    result = json.loads(q.ok(*calc))
    # By hand: 6 months (§4.3.1) × 17.2 МРП × 4,325 ₸ (МРП of 2026) = 6 × 74,390 = 446,340 ₸.
    assert result["amount"] == "446340.00"
    assert [m["amount"] for m in result["schedule"]] == ["74390.00"] * 6
    # And the whole answer (breakdown, citations) is the source tree's, to the character.
    source = run([sys.executable, str(ROOT / "main.py"), *calc], cwd=ROOT, env=dict(os.environ))
    assert result == json.loads(source.stdout)


def check_iin(q: Installed) -> None:
    assert json.loads(q.ok("iin", VALID_IIN)) == {
        "valid": True, "reason": None, "code": None, "birth_date": "1990-01-01", "sex": "male"}
    assert json.loads(q.ok("iin", "900101300018"))["valid"] is False


def _counts(summary: str) -> str:
    """"…: 20 applicants, … audit entries." of verify-backup, without the date and author."""
    return summary.split("): ", 1)[1]


def check_backup_and_restore(q: Installed) -> None:
    """A backup onto a "stick", then more work, then the restore takes it back."""
    made = Path(q.on_database("backup", "--to", str(q.home / "usb")).strip())
    assert made.parent == q.home / "usb" and made.is_file()
    before = _counts(q.ok("--user", "admin", "verify-backup", str(made)))
    q.on_database("demo-data", "--applicants", "5", "--seed", "4")
    assert "Restored" in q.on_database("restore", str(made))
    assert list(q.database.parent.glob(f"{q.database.name}.replaced-*"))
    again = Path(q.on_database("backup", "--to", str(q.home / "usb2")).strip())
    assert _counts(q.ok("--user", "admin", "verify-backup", str(again))) == before


def check_window_in_kazakh(q: Installed) -> None:
    report = q.window("5", "kk")
    assert report["passed"] and report["window_shown"], report
    # Our catalogue (the menus) and Qt's own (qtbase_kk.qm: the standard buttons) in Kazakh.
    assert kazakh("MainWindow", "&Help") in [m.replace("&", "") for m in report["menus"]]
    assert report["qt_cancel"] == "Бас тарту"


SMOKE_STEPS: list[tuple[str, Callable[[Installed], object]]] = [
    ("version", check_version),
    ("calc", check_calc),
    ("iin", check_iin),
    ("init", lambda q: q.on_database("init", "--full-name", "Әкімші Тексеру",
                                     "--kdf-memory-kib", "19456", "--kdf-iterations", "2")),
    ("demo-data", lambda q: q.on_database("demo-data", "--applicants", "20", "--seed", "3")),
    ("verify-audit", lambda q: q.on_database("verify-audit")),
    ("backup-restore", check_backup_and_restore),
    ("window-kk", check_window_in_kazakh),
]
