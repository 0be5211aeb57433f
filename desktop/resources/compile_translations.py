"""Compile translations/<lang>/*.ts into translations/qadam_<lang>.qm with Qt's lrelease.

One function for the three places that build the .qm files: `dev.py` (into the source tree),
the wheel's build step (setup.py, into the wheel) and the PyInstaller spec (into the bundle).
Standard library only: the build environment and dev.py's own Python have no Qt loaded; the
lrelease program comes from the PySide6-Essentials wheel (a build requirement, pyproject.toml).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("kk", "ru")  # English is the source language: no file


def pyside_lrelease() -> Path:
    """lrelease inside the PySide6 package of this Python, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 is needed to compile the translations (pip install PySide6)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


def compile_translations(target: Path, lrelease: Path | str | None = None,
                         sources: Path = TRANSLATIONS) -> list[Path]:
    """Write qadam_<lang>.qm for each language into `target`; returns the files written."""
    program = str(lrelease or pyside_lrelease())
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        ts_files = sorted(str(p) for p in (sources / lang).glob("*.ts"))
        if not ts_files:
            raise FileNotFoundError(f"no .ts files in {sources / lang}")
        qm = target / f"qadam_{lang}.qm"
        subprocess.run([program, "-silent", *ts_files, "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    compile_translations(Path(sys.argv[1]) if len(sys.argv) > 1 else TRANSLATIONS)
