"""The bundled font (DejaVu Sans, with every Kazakh letter) registered as the app font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication

from desktop.resources import RESOURCES

FONTS_DIR = RESOURCES / "fonts"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FAMILY = "DejaVu Sans"
POINT_SIZE = 10
# The letters Kazakh adds to Russian Cyrillic: a font without them shows boxes.
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


def register_fonts() -> str:
    """Register the bundled files with Qt (once) and return their family name."""
    family = FAMILY
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(FONTS_DIR / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def use_app_font(app: QApplication) -> QFont:
    """Make the bundled family the font of every widget, so Kazakh shows the same everywhere."""
    font = QFont(register_fonts(), POINT_SIZE)
    app.setFont(font)
    return font


def missing_kazakh_letters(font: QFont) -> str:
    """The Kazakh letters the font cannot draw (empty when it has them all)."""
    raw = QRawFont.fromFont(font)
    return "".join(c for c in KAZAKH_LETTERS if not raw.supportsCharacter(ord(c)))
