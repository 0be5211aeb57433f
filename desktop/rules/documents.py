"""Which documents an applicant brings for a direction (desktop/resources/rules/documents.yaml).

The checklist is a dated rule parameter like any other (`documents_checklist`), so a later
edition of the programme can bring its own list and the rule-set version says which list was in
force. Some documents are asked only of people they fit: the proof of a §4.3.1 category (a
low-income certificate for the low-income) or the oralman certificate for oralmans.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.rules.parameters import RuleSet

PARAMETER = "documents_checklist"
DIRECTIONS = ("1", "2", "3", "4")
BASES = ("decree", "practice")
LANGUAGES = ("kk", "ru", "en")


@dataclass(frozen=True)
class Document:
    code: str
    names: dict[str, str]  # by language code: kk, ru, en
    directions: tuple[str, ...]
    basis: str  # "decree": the decree names it; "practice": implied by its requirements
    reference: str  # the section (and what the document proves)
    category: str | None = None  # asked only of people in this §4.3.1 category
    citizenship: str | None = None  # asked only of people with this citizenship
    proves: str | None = None  # for a practice document: the requirement it proves (English)

    def name(self, language: str) -> str:
        return self.names.get(language) or self.names["en"]

    def fits(self, categories: Iterable[str], citizenship: str | None) -> bool:
        if self.category is not None and self.category not in set(categories):
            return False
        return self.citizenship is None or self.citizenship == citizenship


def all_documents(rules: RuleSet, on: date) -> tuple[Document, ...]:
    """Every document of the checklist in force on `on`, in the file's order."""
    return tuple(_document(raw) for raw in rules.value(PARAMETER, on))


def documents_for(
    rules: RuleSet, direction: str, on: date, categories: Iterable[str] = (),
    citizenship: str | None = None,
) -> tuple[Document, ...]:
    """The documents a person of these categories and citizenship brings for `direction`."""
    chosen = tuple(categories)
    return tuple(
        d for d in all_documents(rules, on)
        if direction in d.directions and d.fits(chosen, citizenship)
    )


def _document(raw: Any) -> Document:
    """One entry of the YAML list, checked: a broken rule file must fail loudly, not hide."""
    if not isinstance(raw, dict) or not raw.get("code"):
        raise ValueError(f"{PARAMETER}: every document needs a code: {raw!r}")
    code = str(raw["code"])
    names = {lang: str(raw.get(lang) or "") for lang in LANGUAGES}
    directions = tuple(str(d) for d in raw.get("directions") or ())
    when = raw.get("when") or {}
    problems = [f"no {lang} name" for lang, name in names.items() if not name]
    if not directions or not set(directions) <= set(DIRECTIONS):
        problems.append(f"directions must be some of {', '.join(DIRECTIONS)}")
    if raw.get("basis") not in BASES:
        problems.append(f"basis must be one of {', '.join(BASES)}")
    if not raw.get("reference"):
        problems.append("no reference")
    if set(when) - {"category", "citizenship"}:
        problems.append("when may name only a category or a citizenship")
    if problems:
        raise ValueError(f"{PARAMETER}: document {code}: {'; '.join(problems)}")
    return Document(
        code=code, names=names, directions=directions, basis=str(raw["basis"]),
        reference=str(raw["reference"]), category=when.get("category"),
        citizenship=when.get("citizenship"), proves=raw.get("proves"),
    )
