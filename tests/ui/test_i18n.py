"""Every error a person can meet, and every UI string, has Kazakh and Russian text."""

from __future__ import annotations

import ast
import inspect
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from desktop.domain import iin, kato
from desktop.domain.cases import CaseState, CaseTransitionError
from desktop.domain.enums import Role
from desktop.services import applicants, documents, households, sync
from desktop.storage import errors
from desktop.storage.errors import NotQadamDatabase, WeakPassphrase, WrongPassphrase
from desktop.storage.store import Store
from desktop.sync import bundle
from desktop.sync import errors as sync_errors
from desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "desktop" / "resources" / "translations"
LANGUAGES = ("kk", "ru")
BIN = Path(sys.executable).parent


def _translator(code: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"qadam_{code}", str(TRANSLATIONS)), f"qadam_{code}.qm missing"
    return translator


def _literal_calls(path: Path, callee: str) -> set[str]:
    """First string arguments of calls to `callee` (a name or an attribute) in a module."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        first = node.args[0]
        if name == callee and isinstance(first, ast.Constant) and isinstance(first.value, str):
            found.add(first.value)
    return found


def _keyword_literals(folder: Path, keyword: str) -> set[str]:
    found = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for kw in getattr(node, "keywords", []) if isinstance(node, ast.Call) else []:
                value = kw.value
                if kw.arg == keyword and isinstance(value, ast.Constant):
                    found.update([value.value] if isinstance(value.value, str) else [])
    return found


def error_messages() -> set[str]:
    """The English sources of every error of storage, ИИН/БИН, КАТО and applicants."""
    messages = {
        cls.message
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, errors.StorageError)
    }
    for module in (iin, kato):
        messages |= {v for k, v in vars(module).items() if k.startswith("MSG_")}
    for service in (applicants, households, documents):
        messages |= _literal_calls(Path(service.__file__), "ApplicantError")
    messages.add(CaseTransitionError(CaseState.DRAFT, CaseState.DRAFT).message)
    messages |= set(bundle.MESSAGES.values())  # offline USB bundles refused on import
    messages |= {cls.message for cls in sync_errors.ALL_ERRORS}
    return messages


def error_parameters() -> set[str]:
    """Parameter values shown inside messages: reasons, roles, refused actions."""
    desktop = ROOT / "desktop"
    values = _keyword_literals(desktop / "storage", "reason")
    values |= _keyword_literals(desktop / "services", "action")
    for path in (desktop / "services").rglob("*.py"):
        values |= _literal_calls(path, "transaction")
    values |= {role.value for role in Role}
    values.add(inspect.signature(Store.transaction).parameters["action"].default)
    values |= {sync.ACTION_SYNC, sync.ACTION_ENROL}
    return values


def test_the_error_modules_are_found() -> None:
    messages = error_messages()
    assert WrongPassphrase.message in messages
    assert iin.MSG_CHECK_DIGIT in messages and kato.MSG_LENGTH in messages
    assert "Surname and first name are required." in messages
    assert len(messages) >= 25


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_error_message_is_translated(code: str) -> None:
    translator = _translator(code)
    untranslated = [
        m for m in sorted(error_messages()) if translator.translate("Errors", m) in ("", m)
    ]
    assert not untranslated, f"add to {TRANSLATIONS / code}/errors.ts: {untranslated}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_error_parameter_is_translated(code: str) -> None:
    translator = _translator(code)
    untranslated = [
        v for v in sorted(error_parameters()) if translator.translate("Errors", v) in ("", v)
    ]
    assert not untranslated, f"add to {TRANSLATIONS / code}/errors.ts: {untranslated}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_the_placeholders(code: str) -> None:
    translator = _translator(code)
    for message in error_messages():
        translated = translator.translate("Errors", message)
        assert _placeholders(translated) == _placeholders(message), message


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_ui_string_is_translated(code: str, tmp_path: Path) -> None:
    """lupdate finds the strings of desktop/ui; each must have a translation in the .qm."""
    ts = tmp_path / "extracted.ts"
    sources = [str(ROOT / "desktop" / "app.py"), *map(str, (ROOT / "desktop/ui").glob("*.py"))]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-silent", "-ts", str(ts)], check=True)
    translator = _translator(code)
    missing = []
    for context in ET.parse(ts).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source")
            if not translator.translate(name, source):
                missing.append(f"{name}: {source}")
    assert not missing, f"python3 dev.py translations, then translate {code}/*.ts: {missing}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_translations_match_their_sources(code: str, tmp_path: Path) -> None:
    """The .qm the app loads is the one the setup command builds from today's .ts files."""
    built = tmp_path / f"qadam_{code}.qm"
    sources = sorted(str(p) for p in (TRANSLATIONS / code).glob("*.ts"))
    assert any(p.endswith("errors.ts") for p in sources) and len(sources) > 5
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", *sources, "-qm", str(built)], check=True
    )
    installed = TRANSLATIONS / f"qadam_{code}.qm"
    assert built.read_bytes() == installed.read_bytes(), "run python3 dev.py translations"


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_ui_module_keeps_its_strings_in_its_own_file(code: str) -> None:
    """One .ts per module (dev.py translations): a module's strings are not elsewhere."""
    for ts in (TRANSLATIONS / code).glob("*.ts"):
        if ts.stem == "errors":
            continue
        for location in ET.parse(ts).getroot().iter("location"):
            assert Path(location.get("filename")).stem == ts.stem, (ts, location.get("filename"))


def test_translate_error_fills_placeholders_in_kazakh() -> None:
    i18n.apply_language("kk")
    text = i18n.translate_error(WeakPassphrase(minimum=10))
    assert text == "Құпия фраза кемінде 10 таңбадан тұруы керек."


def test_translate_error_translates_reasons_and_capitalises() -> None:
    i18n.apply_language("ru")
    text = i18n.translate_error(NotQadamDatabase(path="D:/q.db", reason="the file is empty"))
    assert text == "D:/q.db не является базой данных Qadam (файл пуст)."
    assert i18n.translate_error(iin.IinError("length", iin.MSG_IIN_LENGTH, {"length": 5})) == (
        "ИИН должен состоять из 12 цифр"
    )
    i18n.apply_language("kk")
    check = iin.IinError("check_digit", iin.MSG_CHECK_DIGIT, {"expected": 1, "found": 2})
    assert i18n.translate_error(check).startswith("Бақылау цифры")


def test_unexpected_errors_are_explained_without_a_traceback() -> None:
    i18n.apply_language("ru")
    text = i18n.translate_error(ZeroDivisionError("division by zero"))
    assert "ZeroDivisionError" in text and "районный центр" in text
    assert "Traceback" not in text


def test_language_choice_is_kept_in_settings_under_tmp(isolated_settings: Path) -> None:
    i18n.apply_language("ru")
    assert i18n.saved_language() == "ru"
    stored = i18n.settings()
    assert Path(stored.fileName()).is_relative_to(isolated_settings)
    assert stored.value(i18n.LANGUAGE_KEY) == "ru"
    assert QSettings.Format.IniFormat == stored.format()


def test_locale_follows_the_language() -> None:
    from PySide6.QtCore import QLocale

    i18n.apply_language("kk")
    assert QLocale().name() == "kk_KZ"
    i18n.apply_language("ru")
    assert QLocale().name() == "ru_RU"


def test_a_calculation_input_error_is_shown_translated() -> None:
    from datetime import date
    from decimal import Decimal

    from desktop.resources import RESOURCES
    from desktop.rules.errors import RuleInputError
    from desktop.rules.parameters import load_rules
    from desktop.rules.social_job import social_job

    with pytest.raises(RuleInputError) as raised:
        social_job(load_rules(RESOURCES / "rules"), Decimal("-5"), date(2024, 1, 1))
    i18n.apply_language("ru", remember=False)
    russian = i18n.translate_error(raised.value)
    i18n.apply_language("kk", remember=False)
    kazakh = i18n.translate_error(raised.value)
    assert "wage" in russian and "§4.3.1" in russian and russian != raised.value.message
    assert "§4.3.1" in kazakh and kazakh != russian


def test_a_message_starting_with_a_path_keeps_its_case() -> None:
    error = NotQadamDatabase(path="list.xlsx", reason="it is an unencrypted SQLite file")
    i18n.apply_language("en", remember=False)
    assert i18n.translate_error(error).startswith("list.xlsx")


def _mnemonics(text: str) -> int:
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_translation_keeps_its_shape(code: str) -> None:
    """A menu item keeps one Alt-key (or none), its placeholders, and no text run twice (an
    editor's replace once turned 'Аудан &сервері…' into 'Аудан Аудан &серверi…amp;сервері…')."""
    broken = []
    for ts in sorted((TRANSLATIONS / code).glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
            for translation in filter(None, forms):  # each plural form on its own
                if ("amp;" in translation or _mnemonics(translation) > 1
                        or (_mnemonics(source) == 1) != (_mnemonics(translation) == 1)
                        or _placeholders(translation) != _placeholders(source)):
                    broken.append(f"{ts.name}: {source!r} -> {translation!r}")
    assert not broken, "\n".join(broken)
