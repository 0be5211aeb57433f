"""The app draws Kazakh letters with the bundled font: a box instead of "қ" is a bug."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from desktop.ui import fonts


def test_the_bundled_font_and_its_licence_are_shipped() -> None:
    for name in fonts.FONT_FILES:
        assert (fonts.FONTS_DIR / name).stat().st_size > 100_000
    assert "Bitstream" in (fonts.FONTS_DIR / "LICENSE").read_text(encoding="utf-8")


def test_the_app_font_is_the_bundled_family(qapp: QApplication) -> None:
    assert QFontInfo(qapp.font()).family() == fonts.FAMILY


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("letter", list(fonts.KAZAKH_LETTERS))
def test_the_app_font_has_every_kazakh_letter(qapp: QApplication, letter: str, bold: bool) -> None:
    font = QFont(qapp.font())
    font.setBold(bold)
    assert QFontMetrics(font).inFontUcs4(ord(letter))
    assert fonts.missing_kazakh_letters(font) == ""


def test_a_label_uses_the_app_font(qapp: QApplication) -> None:
    label = QLabel("Қадам: әғқңөұүһі")
    assert QFontInfo(label.font()).family() == fonts.FAMILY
