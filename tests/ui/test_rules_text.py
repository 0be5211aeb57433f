"""The rules' texts in Kazakh and Russian: every template translated, values per locale."""

from __future__ import annotations

import ast
import string
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from desktop.resources import RESOURCES
from desktop.rules.eligibility import PROFILE_FIELDS, check_eligibility, parse_profile
from desktop.rules.eligibility.fields import FIELD_LABELS
from desktop.rules.microcredit import PURPOSE_LABELS
from desktop.rules.parameters import load_rules
from desktop.rules.relocation import relocation
from desktop.rules.social_job import social_job
from desktop.rules.text import Tenge, Text
from desktop.rules.youth_practice import youth_practice
from desktop.ui import i18n, rules_text
from tests.rules.rules_templates import produced_fields, produced_templates, static_scan

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "desktop" / "resources" / "translations"
LANGUAGES = ("kk", "ru")
RULES = load_rules(RESOURCES / "rules")


def _translator(code: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(f"qadam_{code}", str(TRANSLATIONS)), f"qadam_{code}.qm missing"
    return translator


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _sources() -> set[str]:
    """What rules.ts must translate: every template of desktop/rules and every field label."""
    return set(static_scan()[0]) | set(FIELD_LABELS.values()) | set(PURPOSE_LABELS.values())


def _needs_words(template: str) -> bool:
    """Only English words need translating: "{rule}: {why}" or "ИИН" may stay as they are."""
    bare = string.Formatter().parse(template)
    return any(any(c.isascii() and c.isalpha() for c in literal) for literal, _, _, _ in bare)


def test_the_source_scan_finds_every_text_the_rules_produce() -> None:
    templates, formatted = static_scan()
    assert not formatted, f"an f-string cannot be translated; use Text.of(...): {formatted}"
    produced = produced_templates()
    assert len(produced) > 150  # every hand-worked case of tests/rules was run
    assert produced <= templates, sorted(produced - templates)
    assert "Total for {months} months: {total}." in produced


def test_every_field_a_verdict_asks_for_has_a_label() -> None:
    assert produced_fields() <= set(FIELD_LABELS), sorted(produced_fields() - set(FIELD_LABELS))
    assert set(PROFILE_FIELDS) <= set(FIELD_LABELS)
    assert {"birth_date", "citizenship", "categories", "move_type"} <= produced_fields()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_rules_text_is_translated_with_its_placeholders(code: str) -> None:
    translator = _translator(code)
    missing, changed = [], []
    for source in sorted(_sources()):
        translated = translator.translate("Rules", source)
        if not translated or (translated == source and _needs_words(source)):
            missing.append(source)
        elif _placeholders(translated) != _placeholders(source):
            changed.append(source)
    assert not missing, f"add to desktop/resources/translations/{code}/rules.ts: {missing}"
    assert not changed, f"{code}/rules.ts changes the {{placeholders}} of: {changed}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_rules_ts_holds_no_text_the_rules_no_longer_write(code: str) -> None:
    root = ET.parse(TRANSLATIONS / code / "rules.ts").getroot()
    assert [c.findtext("name") for c in root] == ["Rules"]
    kept = {m.findtext("source") for m in root.iter("message")}
    assert kept - _sources() == set()


def test_youth_practice_breakdown_in_kazakh_uses_аек_and_kazakh_tenge() -> None:
    i18n.apply_language("kk", remember=False)
    group = QLocale().groupSeparator()
    lines = [rules_text.breakdown_line(line)
             for line in youth_practice(RULES, date(2020, 2, 1)).breakdown]
    assert lines[1] == (f"1–2-айлар (02.2020 – 03.2020): 17,2 АЕК × 2{group}651 = айына "
                        f"45{group}597,20\u00a0₸. (4.3.1\u2011тармақ)")
    assert lines[-1] == f"6 айға барлығы: 282{group}320,80\u00a0₸. (4.3.1\u2011тармақ)"
    assert not any("МРП" in line or "Month" in line for line in lines)


def test_youth_practice_breakdown_in_russian_cites_the_decree_its_way() -> None:
    i18n.apply_language("ru", remember=False)
    group = QLocale().groupSeparator()
    lines = [rules_text.breakdown_line(line)
             for line in youth_practice(RULES, date(2020, 2, 1)).breakdown]
    assert lines[2] == (f"Месяцы 3–6 (04.2020 – 07.2020): 17,2 МРП × 2{group}778 = "
                        f"47{group}781,60\u00a0₸ в месяц. (п.\u00a04.3.1)")
    assert lines[-1] == f"Итого за 6 мес.: 282{group}320,80\u00a0₸. (п.\u00a04.3.1)"


def test_social_job_shares_caps_and_sub_items_in_russian() -> None:
    i18n.apply_language("ru", remember=False)
    result = social_job(RULES, Decimal("123456.78"), date(2024, 1, 1), [Decimal(40)])
    first = rules_text.breakdown_line(result.breakdown[0])
    assert first.startswith("Месяцы 1–6 (01.2024 – 06.2024): 40 % от 123\u00a0456,78\u00a0₸")
    assert "(Согласованная доля; постановление допускает до 50 %.)" in first
    assert first.endswith("(подп.\u00a01\u00a0п.\u00a04.3.1)")


def test_every_microcredit_purpose_the_rules_know_has_a_label() -> None:
    known = set(RULES.value("microcredit_allowed_purposes", date(2026, 1, 1)))
    known |= set(RULES.value("microcredit_forbidden_purposes", date(2026, 1, 1)))
    assert known == set(PURPOSE_LABELS)


def test_dates_follow_the_locales_short_format() -> None:
    line = relocation(RULES, "within-region", 2, date(2026, 3, 1)).breakdown[0]
    i18n.apply_language("ru", remember=False)
    russian = rules_text.breakdown_line(line)
    assert "на 01.03.2026" in russian and "в пределах одной области" in russian
    i18n.apply_language("kk", remember=False)
    assert "01.03.2026 күнгі АЕК" in rules_text.breakdown_line(line)  # kk_KZ short: 01.03.26


def test_tenge_is_formatted_from_the_decimal_never_a_float() -> None:
    i18n.apply_language("ru", remember=False)
    # 17 significant digits: a float would already have lost the last tiyn.
    amount = rules_text.render(Text.of("{x}", x=Tenge(Decimal("123456789012345.67"))))
    assert amount == "123\u00a0456\u00a0789\u00a0012\u00a0345,67\u00a0₸"
    i18n.apply_language("en", remember=False)
    assert rules_text.tenge(Decimal("-1234.5")) == "-1,234.50\u00a0₸"


def test_missing_information_is_asked_for_in_kazakh() -> None:
    verdict = check_eligibility(RULES, parse_profile({"categories": ["low_income"]}), "1",
                                date(2026, 3, 2))
    assert verdict.status == "needs_more_information"
    i18n.apply_language("kk", remember=False)
    lines = [rules_text.reason_line(r, "?") for r in verdict.reasons]
    assert ("? Еңбекке қабілетті жаста: туған күні (немесе ЖСН) көрсетілмеген (4.3.1\u2011тармақ)"
            in lines)
    assert ("? Қазақстан азаматы немесе оралман: азаматтығы көрсетілмеген (4.3.1\u2011тармақ)"
            in lines)
    assert {rules_text.field_label(f) for f in verdict.missing} == {"азаматтығы", "туған күні"}


def test_nested_reasons_are_translated_all_the_way_down() -> None:
    profile = parse_profile({"citizenship": "citizen", "birth_date": "1960-05-01", "sex": "male",
                             "categories": ["unemployed"]})
    verdict = check_eligibility(RULES, profile, "1", date(2026, 3, 2))
    i18n.apply_language("ru", remember=False)
    line = rules_text.reason_line(verdict.reason("d1_working_age"), "✗")
    assert line == ("✗ Трудоспособного возраста: возраст 65 на 02.03.2026; трудоспособный "
                    "возраст — с 16 лет до пенсионного возраста мужчин, который наступил "
                    "01.05.2023 (п.\u00a04.3.1)")


def test_a_broken_translation_falls_back_to_english() -> None:
    # An unknown template has no translation: the English source, values still formatted.
    i18n.apply_language("ru", remember=False)
    text = Text.of("Not translated {x}", x=Tenge(Decimal("1000")))
    assert rules_text.render(text) == "Not translated 1\u00a0000,00\u00a0₸"


def _profile_error_messages() -> set[str]:
    """The English messages of every ProfileError the eligibility profile can raise."""
    found = set()
    for path in (ROOT / "desktop" / "rules" / "eligibility").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ProfileError"
                    and len(node.args) > 1 and isinstance(node.args[1], ast.Constant)):
                found.add(node.args[1].value)
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_profile_error_is_translated(code: str) -> None:
    messages = _profile_error_messages()
    assert "{field} must be a number of years" in messages and len(messages) > 15
    translator = _translator(code)
    missing = [m for m in sorted(messages) if translator.translate("Errors", m) in ("", m)
               and _needs_words(m)]
    assert not missing, f"add to desktop/resources/translations/{code}/errors.ts: {missing}"
    for message in messages:
        translated = translator.translate("Errors", message) or message
        assert _placeholders(translated) == _placeholders(message), message
