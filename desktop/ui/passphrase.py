"""A plain-language hint about how strong a new passphrase is (advice, not a rule)."""

from __future__ import annotations

from enum import Enum

from desktop.storage.keys import MIN_PASSPHRASE_LENGTH


class Strength(Enum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    FAIR = "fair"
    STRONG = "strong"


def strength(passphrase: str) -> Strength:
    """Length matters most; mixing kinds of characters helps a shorter one."""
    if not passphrase:
        return Strength.EMPTY
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return Strength.TOO_SHORT
    kinds = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
        )
    )
    words = len(passphrase.split())
    if len(passphrase) >= 16 or words >= 3 or (len(passphrase) >= 12 and kinds >= 3):
        return Strength.STRONG
    return Strength.FAIR
