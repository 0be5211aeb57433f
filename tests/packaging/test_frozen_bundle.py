"""The frozen one-folder bundle (installer/qadam.spec) runs: the Linux twin of the Windows one.

PyInstaller cannot cross-freeze, so CI freezes the same spec on Linux: this proves the spec
collects the data files, both translation catalogues (ours and Qt's qtbase_kk.qm) and the
SQLCipher native module. The Windows bundle itself is smoke-tested by
.github/workflows/windows-installer.yml.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.packaging import SMOKE_STEPS, Installed


@pytest.fixture(scope="session")
def installed_bundle(frozen_bundle: Path, outside: Path) -> Installed:
    cli = str(frozen_bundle / "qadam-cli")
    return Installed(cli=[cli], self_test=[cli, "--self-test"], home=outside / "bundle")


@pytest.mark.parametrize(("name", "step"), SMOKE_STEPS, ids=[name for name, _ in SMOKE_STEPS])
def test_the_frozen_bundle_passes_the_smoke_test(
        installed_bundle: Installed, name: str, step: Callable[[Installed], object]) -> None:
    step(installed_bundle)


def test_the_windowed_program_shares_the_bundle(installed_bundle: Installed,
                                                frozen_bundle: Path) -> None:
    """`Qadam` (the Start-menu program) runs over the same _internal folder, in Russian too."""
    windowed = Installed(cli=[str(frozen_bundle / "Qadam")],
                         self_test=[str(frozen_bundle / "Qadam"), "--self-test"],
                         home=installed_bundle.home.parent / "windowed")
    report = windowed.window("1", "ru")
    assert report["passed"] and report["qt_cancel"] == "Отмена", report


def test_the_bundle_carries_the_licences_and_only_our_languages(frozen_bundle: Path) -> None:
    internal = frozen_bundle / "_internal"
    for notice in ("LICENSE", "THIRD_PARTY_NOTICES.md", "licenses/LGPL-3.0.txt",
                   "desktop/resources/fonts/LICENSE"):
        assert (internal / notice).is_file(), notice
    qt_translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*")}
    assert {"qtbase_kk.qm", "qtbase_ru.qm"} <= qt_translations
    assert not [n for n in qt_translations if n.startswith("qtbase_") and
                n not in {"qtbase_kk.qm", "qtbase_ru.qm"}]
    # The district server is not part of the village app.
    assert not list(internal.glob("fastapi*")) and not list(internal.glob("uvicorn*"))
