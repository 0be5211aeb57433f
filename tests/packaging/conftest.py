"""Packaging fixtures: the wheel, a fresh venv it is installed into, the frozen bundle.

Each is built once per test session (minutes, not seconds) in a temporary folder outside the
source tree, and every program runs with its working directory there, with no PYTHONPATH, and
with HOME and the XDG folders in the temporary folder: what runs is what was installed, never
the checkout. Every test here carries the `packaging` marker (run them alone with
`-m packaging`); CI runs them like any other test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.support.packaging import run

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.packaging)


@pytest.fixture(scope="session")
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder outside the source tree (the programs run from here)."""
    folder = tmp_path_factory.mktemp("outside")
    assert ROOT not in folder.parents
    return folder


def source_copy(target: Path) -> Path:
    """The files git knows or would add (not build/, .venv, .qm...): a clean tree to build from.

    Building in the checkout itself would reuse its build/ folder, where setuptools keeps
    files of earlier builds (a deleted module would still reach the wheel).
    """
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel` builds from the sources (setup.py compiles the translations)."""
    source = source_copy(tmp_path_factory.mktemp("source"))
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
         str(source)], cwd=out, env=dict(os.environ), timeout=600)
    (built,) = out.glob("qadam-*.whl")
    return built


@pytest.fixture(scope="session")
def wheel_venv(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """A fresh venv with only the wheel and its dependencies (no extras); returns its bin/.

    pip takes the dependencies from its cache (the dev venv installed the same ones), so this
    costs an unpacking, not a download.
    """
    folder = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True).create(folder)
    bin_dir = folder / ("Scripts" if os.name == "nt" else "bin")
    run([str(bin_dir / "python"), "-m", "pip", "install", "--quiet", str(wheel)],
        cwd=folder, env=dict(os.environ), timeout=900)
    return bin_dir


@pytest.fixture(scope="session")
def frozen_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The one-folder bundle installer/qadam.spec freezes (the Linux twin of the Windows one)."""
    work = tmp_path_factory.mktemp("freeze")
    run([sys.executable, "-m", "PyInstaller", str(ROOT / "installer" / "qadam.spec"),
         "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build")], cwd=work, env=dict(os.environ), timeout=900)
    bundle = work / "dist" / "Qadam"
    assert (bundle / "qadam-cli").exists() and (bundle / "Qadam").exists()
    return bundle
