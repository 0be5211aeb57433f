"""The one build step pyproject.toml cannot declare: compile the translations into the wheel.

The .qm files are build products (not committed): `build_py` compiles them from
desktop/resources/translations/<lang>/*.ts with Qt's lrelease, from the PySide6-Essentials wheel
that pyproject.toml lists as a build requirement. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "desktop" / "resources"))
from compile_translations import LANGUAGES, compile_translations  # noqa: E402


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        translations = Path("desktop", "resources", "translations")
        # An editable install serves the package data from the source tree itself.
        target = ROOT / translations if self.editable_mode else Path(self.build_lib) / translations
        for qm in compile_translations(target):
            self.announce(f"compiled {qm}", level=2)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        translations = Path(self.build_lib, "desktop", "resources", "translations")
        qm_files = [str(translations / f"qadam_{lang}.qm") for lang in LANGUAGES]
        return [*super().get_outputs(include_bytecode), *qm_files]


setup(cmdclass={"build_py": BuildPyWithTranslations})
