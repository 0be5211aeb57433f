"""Fold Kazakh and Russian personal names for search, and sort them in Kazakh alphabet order.

Real-world lists spell one person many ways: "Әсел", "Асель", "АСЕЛЬ" typed with Latin A, C and E,
"Нұрлан" and "Нурлан" from a keyboard without Kazakh letters. fold_name maps all of them to one
search form; it is for matching only, never for display.
"""

from __future__ import annotations

import re
import unicodedata

# Latin letters that look like (or are typed for) Cyrillic ones, lowercase because folding
# casefolds first (so uppercase B, H, M, T, K are covered). Written as escapes because the two
# sides of each pair look identical on screen.
_LATIN_TO_CYRILLIC = {
    "a": "\u0430",  # а
    "b": "\u0432",  # в (uppercase B looks like В)
    "c": "\u0441",  # с
    "e": "\u0435",  # е
    "h": "\u043d",  # н (uppercase H looks like Н)
    "i": "\u0456",  # і (Kazakh dotted i)
    "k": "\u043a",  # к
    "m": "\u043c",  # м
    "o": "\u043e",  # о
    "p": "\u0440",  # р
    "t": "\u0442",  # т
    "x": "\u0445",  # х
    "y": "\u0443",  # у
    "\u0259": "\u04d9",  # Latin schwa ə, used for ә in some Kazakh texts
}

# Kazakh letters onto the Russian letters a person without a Kazakh keyboard types instead.
_KAZAKH_TO_RUSSIAN = str.maketrans(
    {
        "ә": "а",
        "ғ": "г",
        "қ": "к",
        "ң": "н",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "һ": "х",
        "і": "и",
        "ё": "е",
        # Kazakh spelling drops the soft and hard signs Russian spelling writes: Әсел / Асель,
        # Айгүл / Айгуль. Dropping them everywhere costs nothing for matching.
        "ь": "",
        "ъ": "",
    }
)

# Kazakh alphabet order (Cyrillic, 42 letters): the Kazakh letters right after their Russian
# neighbours, і after ы.
KAZAKH_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_ALPHABET_INDEX = {letter: index for index, letter in enumerate(KAZAKH_ALPHABET)}

_NOT_WORD = re.compile(r"[\W_]+")

# Collation groups: separators, then digits, then other scripts' letters, then Latin, then
# Cyrillic in Kazakh order; each character's weight is group * _GROUP + value.
_GROUP = 0x110000
_SEPARATOR, _DIGIT, _OTHER, _LATIN, _CYRILLIC = range(5)


def fold_name(text: str) -> str:
    """Return the search form of a name: lowercase, one script, Kazakh letters folded.

    Hyphens, apostrophes and other punctuation become spaces, whitespace is collapsed.
    """
    return " ".join(_fold_word(word) for word in _words(text))


def name_tokens(*parts: str | None) -> list[str]:
    """Return the folded words of a person's name parts, skipping empty ones."""
    tokens: list[str] = []
    for part in parts:
        if part:
            tokens.extend(fold_name(part).split())
    return tokens


def search_query_tokens(text: str) -> list[str]:
    """Return the folded words of what a user typed into a search box.

    The tokens hold only letters and digits, so the caller can quote them for an FTS prefix
    query ("token"*) without escaping anything.
    """
    return fold_name(text).split()


def kazakh_collation_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Return a sort key that orders names in the Kazakh alphabet, case-insensitively.

    Latin look-alikes inside Cyrillic words sort as the Cyrillic letters they stand for.
    Ties on letters are broken lowercase-first, then by the text itself, so sorting is stable
    across runs.
    """
    normal = unicodedata.normalize("NFC", text)
    primary: list[int] = []
    case: list[int] = []
    for word in re.split(r"(\W+)", normal):
        lower = word.lower()
        if len(lower) == len(word) and _is_cyrillic_word(lower):
            lower = "".join(_LATIN_TO_CYRILLIC.get(c, c) for c in lower)
        for original, letter in zip(word, lower, strict=False):
            primary.append(_weight(letter))
            case.append(1 if original.isupper() else 0)
    return tuple(primary), tuple(case), text


# Kazakh letters mapped above every Latin and Russian code point, in alphabet order.
_SORT_BASE = 0x3000


def kazakh_sort_text(text: str) -> str:
    """A string whose plain code-point order is the Kazakh alphabetical order of `text`.

    Stored beside a name, it lets SQLite sort with its built-in binary comparison (and an
    ordinary index) instead of calling back into Python for every comparison. Case is
    ignored; Latin look-alikes inside Cyrillic words sort as the Cyrillic letters.
    """
    out: list[str] = []
    for word in re.split(r"(\W+)", unicodedata.normalize("NFC", text)):
        lower = word.lower()
        if _is_cyrillic_word(lower):
            lower = "".join(_LATIN_TO_CYRILLIC.get(c, c) for c in lower)
        out.extend(
            chr(_SORT_BASE + _ALPHABET_INDEX[c]) if c in _ALPHABET_INDEX else c for c in lower
        )
    return "".join(out)


def _words(text: str) -> list[str]:
    normal = unicodedata.normalize("NFC", text).casefold()
    # casefold may leave combining marks (İ becomes i + dot above); they are noise for matching.
    normal = "".join(
        c for c in unicodedata.normalize("NFC", normal) if not unicodedata.combining(c)
    )
    return _NOT_WORD.sub(" ", normal).split()


def _fold_word(word: str) -> str:
    if _is_cyrillic_word(word):
        word = "".join(_LATIN_TO_CYRILLIC.get(c, c) for c in word)
    return word.translate(_KAZAKH_TO_RUSSIAN)


def _is_cyrillic_word(word: str) -> bool:
    # A word counts as Cyrillic if it has a Cyrillic letter, or if every letter is a Latin
    # look-alike ("CEPIK" typed on a Latin layout); "john" has j and n, so it stays Latin.
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    if any(_is_cyrillic(c) for c in letters):
        return True
    return all(c in _LATIN_TO_CYRILLIC for c in letters)


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def _weight(letter: str) -> int:
    if letter in _ALPHABET_INDEX:
        return _CYRILLIC * _GROUP + _ALPHABET_INDEX[letter]
    if "a" <= letter <= "z":
        return _LATIN * _GROUP + ord(letter)
    if letter.isdigit():
        return _DIGIT * _GROUP + ord(letter)
    if letter.isalpha():
        return _OTHER * _GROUP + ord(letter)
    return _SEPARATOR * _GROUP + ord(letter)
