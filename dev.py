#!/usr/bin/env python3
"""Set up and run Qadam, or its test suite, on a machine that has only Python 3.11+.

    python3 dev.py run    # install into .venv, create the demo database, open the app
    python3 dev.py test   # install into .venv (with test tools), lint, run every test
    python3 dev.py translations   # refresh the .ts files from the code (then translate them)

Nothing else needs to be installed first: the script makes its own virtual environment in
.venv and reinstalls only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "desktop" / "resources"))
from compile_translations import compile_translations  # noqa: E402  (standard library only)

VENV = ROOT / ".venv"
DEMO_DIR = ROOT / ".demo"
DEMO_DATABASE = DEMO_DIR / "qadam-demo.db"
# Shown in the README: the demo database is for trying the app, never for real data.
DEMO_PASSPHRASE = "qadam-demo-2026"
DEMO_USER = "admin"
TRANSLATIONS = ROOT / "desktop" / "resources" / "translations"
LOCALES = {"kk": "kk_KZ", "ru": "ru_RU"}  # English is the source language: no file
# Everything a developer runs: the app, the district server (extra "district") and the tests.
RUN_EXTRAS = "district"
TEST_EXTRAS = "test,district"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_environment(extras: str) -> Path:
    """Create .venv and install the project (editable) unless the same install is there."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py must explain, not crash, on old Pythons
        sys.exit("Qadam needs Python 3.11 or newer; this is " + sys.version.split()[0])
    python = venv_python()
    if not python.exists():
        print("Creating a virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    # The stamp lists "<hash of pyproject.toml and setup.py>:<extras>" per install; an install
    # with more extras covers a command that needs fewer (run after test reinstalls nothing).
    digest = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + (ROOT / "setup.py").read_bytes()
    ).hexdigest()
    stamp = VENV / ".qadam-installed"
    installed = stamp.read_text().split() if stamp.exists() else []
    if not installed_covers(installed, digest, extras):
        print(f"Installing Qadam and its dependencies ({extras or 'app'}) ...", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True
        )
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT, check=True
        )
        stamp.write_text(" ".join([*installed, f"{digest}:{extras}"]))
    build_translations(python)
    return python


def installed_covers(installed: list[str], digest: str, extras: str) -> bool:
    wanted = {e for e in extras.split(",") if e}
    for entry in installed:
        done, _, have = entry.partition(":")
        if done == digest and wanted <= {e for e in have.split(",") if e}:
            return True
    return False


def _qt_tool(python: Path, name: str) -> str:
    folder = python.parent
    found = [p for p in folder.glob(f"pyside6-{name}*") if p.stem == f"pyside6-{name}"]
    return str(found[0] if found else folder / f"pyside6-{name}")


def translation_sources() -> list[Path]:
    """The modules whose tr() strings people see: one .ts per module and language."""
    return [ROOT / "desktop" / "app.py", *sorted((ROOT / "desktop" / "ui").glob("*.py"))]


def build_translations(python: Path) -> None:
    """Compile desktop/resources/translations/<lang>/*.ts into qadam_<lang>.qm (not committed).

    One .ts per module keeps each screen's strings apart, so two people translating two
    screens never edit the same file; `errors.ts` holds the messages of errors (by hand).
    The wheel's build step (setup.py) and the bundle's spec compile them the same way.
    """
    compile_translations(TRANSLATIONS, lrelease=_qt_tool(python, "lrelease"))


def update_translations(python: Path) -> int:
    """lupdate each UI module into its own .ts (new strings arrive untranslated)."""
    for lang, locale in LOCALES.items():
        for module in translation_sources():
            ts = TRANSLATIONS / lang / f"{module.stem}.ts"
            subprocess.run(
                [_qt_tool(python, "lupdate"), str(module), "-silent", "-no-obsolete",
                 "-source-language", "en", "-target-language", locale, "-ts", str(ts)],
                check=True,
            )
            if "<context>" not in ts.read_text(encoding="utf-8"):
                ts.unlink()  # a module with no visible strings needs no file
    build_translations(python)
    print("Updated desktop/resources/translations/*/*.ts; translate the entries marked unfinished.")
    return 0


def create_demo_database(python: Path, database: Path) -> None:
    """An encrypted demo database with demo applicants, made with the app's own commands."""
    database.parent.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QADAM_PASSPHRASE=DEMO_PASSPHRASE)
    main = [str(python), str(ROOT / "main.py"), "--database", str(database), "--user", DEMO_USER]
    subprocess.run([*main, "init", "--full-name", "Демо Әкімшісі"], env=env, check=True)
    subprocess.run([*main, "demo-data", "--applicants", "300"], env=env, check=True)


def run_app(args: list[str]) -> int:
    python = ensure_environment(RUN_EXTRAS)
    if not DEMO_DATABASE.exists():
        print("Creating the demo database (encrypted) with demo applicants ...", flush=True)
        create_demo_database(python, DEMO_DATABASE)
    print(f"Opening Qadam. Demo user: {DEMO_USER}, passphrase: {DEMO_PASSPHRASE}", flush=True)
    return subprocess.call(
        [str(python), str(ROOT / "main.py"), "--database", str(DEMO_DATABASE), *args]
    )


def run_tests(args: list[str]) -> int:
    python = ensure_environment(TEST_EXTRAS)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    lint = subprocess.call([str(python), "-m", "ruff", "check", "."], cwd=ROOT, env=env)
    if lint != 0:
        print("ruff found problems (above); fix them before the tests count.", flush=True)
        return lint
    return subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT, env=env)


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test", "translations"}:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "translations":
        return update_translations(ensure_environment(TEST_EXTRAS))
    return run_app(rest) if command == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main())
