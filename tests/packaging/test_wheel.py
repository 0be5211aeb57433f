"""The wheel, installed into a fresh venv outside the tree, works with nothing but itself.

Built by `pip wheel` (setup.py compiles the translations into it), installed without extras
(a village laptop: no FastAPI, uvicorn or psycopg), run from a temporary folder.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.packaging import SMOKE_STEPS, Installed, clean_env, run


@pytest.fixture(scope="session")
def installed_wheel(wheel_venv: Path, outside: Path) -> Installed:
    python = str(wheel_venv / "python")
    return Installed(cli=[str(wheel_venv / "qadam")],
                     self_test=[python, "-m", "desktop.ui.self_test"], home=outside / "wheel")


@pytest.mark.parametrize(("name", "step"), SMOKE_STEPS, ids=[name for name, _ in SMOKE_STEPS])
def test_the_installed_wheel_passes_the_smoke_test(
        installed_wheel: Installed, name: str, step: Callable[[Installed], object]) -> None:
    step(installed_wheel)


def test_the_wheel_carries_the_run_time_files_and_the_licences(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = "desktop/resources/"
    for needed in ("rules/youth_practice.yaml", "forms/labels.yaml", "demo/names.yaml",
                   "fonts/DejaVuSans.ttf", "fonts/LICENSE", "translations/qadam_kk.qm",
                   "translations/qadam_ru.qm"):
        assert resources + needed in names, needed
    licences = {Path(n).name for n in names if ".dist-info/licenses/" in n}
    assert {"LICENSE", "THIRD_PARTY_NOTICES.md", "LGPL-3.0.txt"} <= licences
    # Sources of the build step stay out of the installed package.
    assert not [n for n in names if n.endswith(".ts")]


def test_the_village_app_needs_none_of_the_district_servers_libraries(
        wheel_venv: Path, outside: Path) -> None:
    """Every desktop module imports in the venv that has no FastAPI, uvicorn or psycopg."""
    script = (
        "import importlib, importlib.util, pkgutil, desktop\n"
        "for lib in ('fastapi', 'uvicorn', 'psycopg', 'starlette', 'pydantic'):\n"
        "    assert importlib.util.find_spec(lib) is None, lib\n"
        "names = [m.name for m in pkgutil.walk_packages(desktop.__path__, 'desktop.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names))\n"
    )
    env = clean_env(outside / "imports")
    done = run([str(wheel_venv / "python"), "-c", script], cwd=outside, env=env)
    assert int(done.stdout) > 50  # really walked the package


def test_qadam_district_without_the_extra_says_what_to_install(
        wheel_venv: Path, outside: Path) -> None:
    done = run([str(wheel_venv / "qadam-district"), "--help"], cwd=outside,
               env=clean_env(outside / "district"), check=False)
    assert done.returncode == 2
    assert 'pip install "qadam[district]"' in done.stderr
    assert "Traceback" not in done.stderr


def test_the_self_test_fails_when_a_translation_is_missing(
        wheel_venv: Path, outside: Path) -> None:
    """Control for the window step: without our Kazakh catalogue the self-test says so."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop.ui import i18n, self_test\n"
        "i18n.TRANSLATIONS_DIR = Path('/nonexistent')\n"
        "sys.exit(self_test.main(['0', 'kk']))\n"
    )
    done = run([str(wheel_venv / "python"), "-c", script], cwd=outside,
               env=clean_env(outside / "control"), check=False)
    assert done.returncode == 1
    assert '"passed": false' in done.stdout
