"""Every screen renders in Kazakh and Russian, and none is blank.

`desktop.ui.screenshots.render` decides which screens exist (a new screen added there is
checked here without editing this test). The PNGs land in `screenshots/latest/` at the
repository root (ignored by git) for a person to look at after the run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.ui import screenshots
from desktop.ui.tasks import wait_for_background

LATEST = Path(__file__).resolve().parents[2] / "screenshots" / "latest"
LANGUAGES = ("kk", "ru")
# Screens that must be among them whatever else is added.
REQUIRED = {"main", "main_search", "main_filters", "applicant_card", "report"}


def colours(path: Path) -> int:
    """How many distinct colours a 48×48 thumbnail of the image has (1: a blank picture)."""
    image = QImage(str(path))
    assert not image.isNull(), f"{path.name} is not a readable PNG"
    small = image.scaled(48, 48).convertToFormat(QImage.Format.Format_RGB32)
    return len({small.pixel(x, y) for x in range(48) for y in range(48)})


def test_every_screen_has_a_non_blank_png_in_kazakh_and_russian(tmp_path: Path) -> None:
    shutil.rmtree(LATEST, ignore_errors=True)
    try:
        saved = screenshots.render(LATEST, tmp_path)
    finally:
        wait_for_background()
        # render()'s windows outlive its (closed) database: delete them before the next
        # language change would ask them to translate themselves.
        for widget in QApplication.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    names = set()
    for path in saved:
        match = re.fullmatch(r"(.+)_(kk|ru)\.png", path.name)
        assert match, f"{path.name}: a screenshot is named <screen>_<kk|ru>.png"
        assert path.parent == LATEST
        names.add(match.group(1))
    assert names >= REQUIRED
    for name in sorted(names):
        for language in LANGUAGES:
            path = LATEST / f"{name}_{language}.png"
            assert path.exists(), f"{path.name} is missing"
            assert colours(path) > 1, f"{path.name} is blank"
