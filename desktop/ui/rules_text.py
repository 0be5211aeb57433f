"""The rules' texts (breakdown lines, eligibility reasons) in the interface language.

The rules return templates with typed values (desktop/rules/text.py). Here each template is
translated in context "Rules" (desktop/resources/translations/<lang>/rules.ts, kept by hand: lupdate
cannot see templates that live in desktop/rules) and each value is written the locale's way:
tenge with the locale's grouping and two decimals from the Decimal itself, never a float
("12 345,67 ₸"), dates in the locale's short format, percentages with the locale's decimal
point. Nested templates (a reason inside a reason) are translated the same way, all the way down.
"""

from __future__ import annotations

import string
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea

from desktop.rules.eligibility.facts import CATEGORY_NAMES
from desktop.rules.eligibility.fields import FIELD_LABELS
from desktop.rules.eligibility.verdict import Note, Reason
from desktop.rules.microcredit import PURPOSE_LABELS
from desktop.rules.money import plain, to_tiyn
from desktop.rules.result import BreakdownLine
from desktop.rules.text import (
    Category,
    Exact,
    Field,
    Joined,
    Month,
    Number,
    Percent,
    Purpose,
    Tenge,
    Text,
    ref_text,
)

CONTEXT = "Rules"
CURRENCY_SIGN = "₸"
NO_BREAK_SPACE = "\u00a0"
NO_BREAK_HYPHEN = "\u2011"  # DejaVu Sans, the bundled font, draws it


def translate(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def render(value: Any) -> str:
    """Any value a rule text can hold, translated and formatted for the current locale."""
    if isinstance(value, Text):
        params = {name: render(param) for name, param in value.params}
        try:
            return translate(value.template).format(**params)
        except (KeyError, IndexError, ValueError):
            # A broken translation must not hide the reason: fall back to the English source.
            return string.Formatter().vformat(value.template, (), params)
    if isinstance(value, Tenge):
        return tenge(value.value)
    if isinstance(value, Number):
        return _decimal(value.value, grouped=True)
    if isinstance(value, Exact):
        return _decimal(value.value, strip=False)
    if isinstance(value, Percent):
        return f"{_decimal(value.share * 100)} %"
    if isinstance(value, Month):
        return month(value.day)
    if isinstance(value, Field):
        return field_label(value.name)
    if isinstance(value, Category):
        label = CATEGORY_NAMES.get(value.code)
        return value.code if label is None else render(label)
    if isinstance(value, Purpose):
        label = PURPOSE_LABELS.get(value.code)
        return value.code if label is None else translate(label)
    if isinstance(value, Joined):
        return value.separator.join(render(item) for item in value.items)
    if isinstance(value, Decimal):
        return _decimal(value)
    if isinstance(value, date):
        return short_date(value)
    return str(value)


def tenge(amount: Decimal) -> str:
    """12 345,67 ₸ in Kazakh and Russian, 12,345.67 ₸ in English: exact, from the Decimal.

    A no-break space before the sign, so a wrapped line never leaves ₸ alone at its start.
    """
    return f"{_decimal(to_tiyn(amount), grouped=True, strip=False)}{NO_BREAK_SPACE}{CURRENCY_SIGN}"


def short_date(day: date) -> str:
    """The locale's short date (order, separators), always with the full year: a pension age
    reached on 15.11.44 would be ambiguous, 15.11.2044 is not (kk_KZ's short year has 2 digits).
    """
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def month(day: date) -> str:
    """A schedule month, numeric in the locale's date order: 03.2020 (kk, ru), 03/2020 (en)."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    separator = next((c for c in short if not c.isalpha()), ".")
    return f"{day.month:02d}{separator}{day.year:04d}"


def field_label(name: str) -> str:
    """A profile field as a person reads it ("date of birth"); an unknown one as named."""
    label = FIELD_LABELS.get(name)
    return name if label is None else translate(label)


def ref(reference: str) -> str:
    """A decree reference in the decree's own style for the language: п. 4.3.1, 4.3.1-тармақ.

    Kept on one line when a long reason wraps (no-break space and hyphen), so a line never
    ends in "4.3.1-" or "п."; several references still break after their commas.
    """
    text = render(ref_text(reference))
    return text.replace("-", NO_BREAK_HYPHEN).replace(" ", NO_BREAK_SPACE).replace(
        "," + NO_BREAK_SPACE, ", ")


def reason_line(reason: Reason, mark: str) -> str:
    return f"{mark} {render(reason.message)} ({ref(reason.ref)})"


def note_line(note: Note) -> str:
    return f"{render(note.message)} ({ref(note.ref)})"


def breakdown_line(line: BreakdownLine) -> str:
    return f"{render(line.message)} ({ref(line.ref)})"


def scrolling(label: QLabel) -> QScrollArea:
    """A wrapped label of reasons or breakdown lines that scrolls when it is longer than its
    box: Kazakh and Russian reasons run longer than English and must never be cut off at
    1366×768. The area takes keyboard focus, so the arrows and Page Down read on."""
    area = QScrollArea(label.parentWidget())
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(label)
    # Keep the group box's own background: the scroll area would paint the base colour.
    area.viewport().setAutoFillBackground(False)
    label.setAutoFillBackground(False)
    return area


def _decimal(value: Decimal, grouped: bool = False, strip: bool = True) -> str:
    """A Decimal in the locale's digits: its own places (or none to spare), never via float."""
    locale = QLocale()
    text = plain(value) if strip else format(value, "f")
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    if grouped:
        whole = f"{int(whole):,}".replace(",", locale.groupSeparator())
    return sign + whole + (locale.decimalPoint() + fraction if fraction else "")
