"""Match an applicant's specialty against the specialties of the district's vacancies.

The vacancy database (§4.3 "база вакансий и перспективных рабочих мест") is typed by many
people: "Тракторист-машинист", "ТРАКТОРИСТ", "тракторист" typed with Latin letters, Kazakh
"тракторшы" for Russian "тракторист". Specialties are folded like names (`domain.names`: case,
ё/е, Latin look-alikes, Kazakh letters), split into words, common Kazakh words are mapped to
their Russian counterparts, and two specialties are compared word by word: the same word, one
word the start of the other ("бухгалтер" / "бухгалтерия"), the same stem with another
ending ("водитель" / "водителя"), or the end of a compound ("сварщик" / "электрогазосварщик").

Pure: no storage, no Qt. The services rank vacancies with `match_score` and `proximity`.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum, StrEnum

from desktop.domain.names import fold_name

# Words that say nothing about the trade ("и", "по", "және", "бойынша").
_STOP_WORDS = frozenset(
    fold_name(word)
    for word in ("и", "по", "в", "на", "с", "со", "для", "или", "және", "мен", "бойынша",
                 "немесе")
)

# Common rural trades named in Kazakh, mapped to the Russian word a vacancy may use instead.
# Kept small on purpose: the words specialists actually meet in village lists.
_KAZAKH_TO_RUSSIAN = {
    fold_name(kazakh): fold_name(russian)
    for kazakh, russian in (
        ("мұғалім", "учитель"),
        ("оқытушы", "преподаватель"),
        ("жүргізуші", "водитель"),
        ("аспаз", "повар"),
        ("есепші", "бухгалтер"),
        ("сатушы", "продавец"),
        ("медбике", "медсестра"),
        ("тракторшы", "тракторист"),
        ("дәнекерлеуші", "сварщик"),
        ("күзетші", "сторож"),
        ("тігінші", "швея"),
        ("құрылысшы", "строитель"),
        ("малшы", "животновод"),
        ("сауыншы", "дояр"),
        ("тәрбиеші", "воспитатель"),
        ("дәрігер", "врач"),
        ("электрші", "электрик"),
        ("жұмысшы", "рабочий"),
    )
}

# Two-word names that mean a one-word trade ("медицинская сестра" is a "медсестра").
_PHRASES = {
    fold_name(phrase): fold_name(word)
    for phrase, word in (
        ("медицинская сестра", "медсестра"),
        ("медициналық бике", "медсестра"),
        ("мал дәрігері", "ветеринар"),
        ("социальный работник", "соцработник"),
    )
}

EXACT_WORD = 1.0
PREFIX_WORD = 0.8  # "бухгалтер" and "бухгалтерия": one word begins the other
STEM_WORD = 0.7  # "водитель" and "водителя": the same stem, another ending
COMPOUND_WORD = 0.7  # "сварщик" ends "электрогазосварщик"
MIN_PREFIX = 4  # shorter words ("газ", "ит") must match exactly
MIN_STEM = 5
MIN_SUFFIX = 6
# How much of the applicant's specialty the vacancy covers counts more than the reverse:
# "тракторист" fits "тракторист-машинист" well, though the vacancy says more.
APPLICANT_WEIGHT = 0.7


class MatchLevel(IntEnum):
    """How well a vacancy fits, best first (the value is the rank)."""

    EXACT = 0  # every word of both specialties matches exactly
    CLOSE = 1  # most of the applicant's specialty is in the vacancy's
    PARTIAL = 2  # some word in common
    NONE = 3


CLOSE_SCORE = 0.6


class Proximity(IntEnum):
    """Where the vacancy is, seen from the applicant's settlement, nearest first."""

    SAME_SETTLEMENT = 0
    SAME_OKRUG = 1
    SAME_DISTRICT = 2
    ELSEWHERE = 3


class VacancyStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


def specialty_words(text: str | None) -> list[str]:
    """The folded words of a specialty, Kazakh trade words in their Russian form."""
    folded = f" {fold_name(text or '')} "
    for phrase, word in _PHRASES.items():
        folded = folded.replace(f" {phrase} ", f" {word} ")
    words = []
    for word in folded.split():
        if len(word) < 2 or word in _STOP_WORDS:
            continue
        words.append(_KAZAKH_TO_RUSSIAN.get(word, word))
    return words


def word_similarity(first: str, second: str) -> float:
    """1 for the same folded word, less for a prefix or a shared stem, 0 for different words."""
    if first == second:
        return EXACT_WORD
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) >= MIN_PREFIX and longer.startswith(shorter):
        return PREFIX_WORD
    common = 0
    for a, b in zip(shorter, longer, strict=False):
        if a != b:
            break
        common += 1
    # The same stem: all but the last two letters of the shorter word ("водитель"/"водителя").
    if common >= MIN_STEM and common >= len(shorter) - 2:
        return STEM_WORD
    if len(shorter) >= MIN_SUFFIX and longer.endswith(shorter):
        return COMPOUND_WORD
    return 0.0


def _coverage(words: list[str], other: list[str]) -> float:
    """How much of `words` is found in `other`: the mean of each word's best match."""
    if not words or not other:
        return 0.0
    return sum(max(word_similarity(w, o) for o in other) for w in words) / len(words)


def match_score(applicant_specialty: str | None, vacancy_specialty: str | None) -> float:
    """0 (nothing in common) to 1 (the same specialty, however it was typed)."""
    mine, theirs = specialty_words(applicant_specialty), specialty_words(vacancy_specialty)
    if not mine or not theirs:
        return 0.0
    score = (APPLICANT_WEIGHT * _coverage(mine, theirs)
             + (1 - APPLICANT_WEIGHT) * _coverage(theirs, mine))
    return round(score, 4)  # no float noise in rankings or tests


def match_level(score: float) -> MatchLevel:
    if score >= 1.0:
        return MatchLevel.EXACT
    if score >= CLOSE_SCORE:
        return MatchLevel.CLOSE
    if score > 0:
        return MatchLevel.PARTIAL
    return MatchLevel.NONE


def proximity(applicant_kato: str | None, vacancy_kato: str | None) -> Proximity:
    """Same settlement, same rural okrug (first 6 КАТО digits), same district (first 4)."""
    if not applicant_kato or not vacancy_kato:
        return Proximity.ELSEWHERE
    if applicant_kato == vacancy_kato:
        return Proximity.SAME_SETTLEMENT
    if applicant_kato[:6] == vacancy_kato[:6]:
        return Proximity.SAME_OKRUG
    if applicant_kato[:4] == vacancy_kato[:4]:
        return Proximity.SAME_DISTRICT
    return Proximity.ELSEWHERE


def vacancy_status(places: int | None, closes_on: date | str | None, today: date) -> VacancyStatus:
    """Open while it has places and its closing date (if any) is not past."""
    if places is not None and places <= 0:
        return VacancyStatus.CLOSED
    if closes_on:
        closes = date.fromisoformat(closes_on) if isinstance(closes_on, str) else closes_on
        if closes < today:
            return VacancyStatus.CLOSED
    return VacancyStatus.OPEN
