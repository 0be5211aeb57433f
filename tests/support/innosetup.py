"""Inno Setup's compiler and the installers it makes, run under wine on Linux.

Needs Debian's `wine` (with `wine32:i386`: ISCC.exe is a 32-bit program), `xvfb-run` (a setup
program draws its wizard window even when silent, and wine needs an X display for that) and
the npm package `innosetup`, which carries ISCC.exe and its language files. `.ci/run` installs
all three; the compiler is looked for in QADAM_INNOSETUP (a folder holding ISCC.exe) or in
CI's cache folder. Missing: the tests fail in CI (env `CI` set) and are skipped elsewhere,
saying why, as the PostgreSQL tests do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest

ENV_FOLDER = "QADAM_INNOSETUP"
# Where .ci/run unpacks `npm pack innosetup` (keep in step with it).
CI_CACHE = Path.home() / ".cache" / "qadam-ci" / "innosetup" / "package" / "bin"


def windows_path(path: Path) -> str:
    """wine maps the Linux root to drive Z:."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


@dataclass(frozen=True)
class InnoSetup:
    iscc: Path
    prefix: Path  # a wine prefix of this test session's own

    @property
    def compiler_folder(self) -> Path:
        return self.iscc.parent

    def env(self) -> dict[str, str]:
        # No Mono or Gecko install prompts: a setup program needs neither.
        return dict(os.environ, WINEPREFIX=str(self.prefix), WINEDEBUG="-all",
                    WINEDLLOVERRIDES="mscoree,mshtml=")

    def compile(self, script: Path, **defines: str) -> subprocess.CompletedProcess[str]:
        args = [f"/D{name}={value}" for name, value in defines.items()]
        return subprocess.run(
            ["wine", str(self.iscc), "/Q", *args, windows_path(script)], env=self.env(),
            capture_output=True, text=True, timeout=600)

    def run_windows_program(self, program: Path, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a setup or uninstall program with a virtual display; wait for all it started
        (the uninstaller copies itself to a temporary folder and exits at once)."""
        command = " ".join(["wine", _quote(windows_path(program)), *map(_quote, args)])
        return subprocess.run(
            ["xvfb-run", "-a", "sh", "-c", f"{command}; status=$?; wineserver -w; exit $status"],
            env=self.env(), capture_output=True, text=True, timeout=600)

    def user_folder(self, name: str) -> Path:
        """A folder of the wine user's profile, e.g. 'AppData/Local'."""
        users = [p for p in (self.prefix / "drive_c" / "users").iterdir()
                 if p.name.lower() != "public"]
        assert len(users) == 1, users
        return users[0] / name


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def find_iscc() -> Path | None:
    for folder in (os.environ.get(ENV_FOLDER), CI_CACHE):
        if folder and (Path(folder) / "ISCC.exe").is_file():
            return Path(folder) / "ISCC.exe"
    return None


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"Inno Setup under wine is required in CI: {reason}", pytrace=False)
    pytest.skip(f"no Inno Setup under wine here: {reason} (see .ci/run for the install)")


def inno_setup(prefix: Path) -> InnoSetup:
    missing = [tool for tool in ("wine", "wineserver", "xvfb-run") if shutil.which(tool) is None]
    if missing:
        _unavailable(f"{', '.join(missing)} not found (Debian: wine wine32:i386 xvfb)")
    iscc = find_iscc()
    if iscc is None:
        _unavailable(f"ISCC.exe not in ${ENV_FOLDER} nor {CI_CACHE} (npm pack innosetup)")
    return InnoSetup(iscc=iscc, prefix=prefix)
