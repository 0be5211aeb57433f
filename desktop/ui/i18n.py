"""Interface language (Kazakh, Russian, English): translators, locale and translated errors.

Our strings come from `desktop/resources/translations/qadam_<lang>.qm`, Qt's own (standard buttons,
context menus) from `qtbase_<lang>.qm` in Qt's translations folder. English is the source
language, so it needs no translator. The choice is kept in QSettings.
"""

from __future__ import annotations

import logging
import string
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desktop.resources import RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"
ORGANIZATION = "Qadam"
APPLICATION = "Qadam"
LANGUAGE_KEY = "ui/language"
ERRORS_CONTEXT = "Errors"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Language:
    code: str
    locale: str
    native_name: str  # shown as is in every language, so people find their own


LANGUAGES: tuple[Language, ...] = (
    Language("kk", "kk_KZ", "Қазақша"),
    Language("ru", "ru_RU", "Русский"),
    # British English for day-first dates, as people in Kazakhstan write them.
    Language("en", "en_GB", "English"),
)
CODES = tuple(lang.code for lang in LANGUAGES)
DEFAULT_LANGUAGE = "kk"

_installed: list[QTranslator] = []
_current: str = "en"


def settings() -> QSettings:
    """The app's settings, always in INI format (tests redirect it with QSettings.setPath)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def saved_language() -> str:
    """The language chosen last time, or the system's if it is one of ours, or Kazakh."""
    code = settings().value(LANGUAGE_KEY, "", str)
    if code in CODES:
        return code
    system = QLocale.system().name().split("_")[0]
    return system if system in CODES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def loaded_catalogues() -> list[str]:
    """The file names of the translations in use (`--self-test` checks both are there)."""
    return [Path(translator.filePath()).name for translator in _installed]


def language(code: str) -> Language:
    return next(lang for lang in LANGUAGES if lang.code == code)


def apply_language(code: str, remember: bool = True) -> None:
    """Switch translators and locale; open windows retranslate on QEvent.LanguageChange."""
    global _current
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}")
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language(code).locale))
    _current = code
    if code != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"qtbase_{code}", qt_dir), (f"qadam_{code}", str(TRANSLATIONS_DIR))):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
            else:
                log.warning("translation %s not found in %s", name, folder)
    # Qt posts LanguageChange to windows when translators change; send one more (the locale
    # changed even when no translator did) and deliver them now, so every window is in the new
    # language when this returns.
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if remember:
        settings().setValue(LANGUAGE_KEY, code)


def translate_error(error: BaseException) -> str:
    """A person-readable error in the current language, placeholders filled in.

    Errors of storage, domain and services carry `message` (the English source) and `params`.
    String parameters that are themselves known sources (a reason, an action) are translated
    too; anything else (a path, a name) has no translation and stays as it is.
    """
    message = getattr(error, "message", None)
    params = getattr(error, "params", None)
    if not isinstance(message, str) or not isinstance(params, dict):
        return unexpected_error(error)
    filled = {
        key: QCoreApplication.translate(ERRORS_CONTEXT, value) if isinstance(value, str) else value
        for key, value in params.items()
    }
    template = QCoreApplication.translate(ERRORS_CONTEXT, message)
    try:
        text = template.format(**filled)
    except (KeyError, IndexError, ValueError):
        # A broken translation or a missing parameter must not hide the error itself.
        text = string.Formatter().vformat(message, (), _Blanks(params))
    # Sentence case for messages that begin with a word; a leading {path} stays as it is.
    return text[:1].upper() + text[1:] if template[:1].isalpha() else text


class _Blanks(dict):
    """Format mapping that shows a missing placeholder as itself instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def unexpected_error(error: BaseException) -> str:
    """For errors nobody foresaw: no traceback, but what to do and what to tell support."""
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong ({kind}). Nothing was changed. Try again; if it "
        "happens again, tell the district centre.",
    ).format(kind=type(error).__name__)
