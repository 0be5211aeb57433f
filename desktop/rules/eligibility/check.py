"""check_eligibility: one entry point for every direction and the youth hostel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop.domain.enums import Direction
from desktop.rules.eligibility import entrepreneurship, mobility, rural, training
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.profile import Profile
from desktop.rules.eligibility.verdict import Verdict
from desktop.rules.parameters import RuleSet

YOUTH_HOSTEL = "3-hostel"

_CHECKS: dict[str, Callable[[Applicant], Verdict]] = {
    Direction.TRAINING_AND_EMPLOYMENT.value: training.check_training,
    Direction.ENTREPRENEURSHIP.value: entrepreneurship.check_entrepreneurship,
    Direction.LABOUR_MOBILITY.value: mobility.check_mobility,
    Direction.RURAL_DEVELOPMENT.value: rural.check_rural,
    YOUTH_HOSTEL: mobility.check_youth_hostel,
}

DIRECTIONS: tuple[str, ...] = tuple(_CHECKS)

# The rules each check applies, in the order its verdict lists them.
RULE_CODES: dict[str, tuple[str, ...]] = {
    "1": training.CODES,
    "2": entrepreneurship.CODES,
    "3": mobility.CODES,
    "4": rural.CODES,
    YOUTH_HOSTEL: mobility.HOSTEL_CODES,
}


def check_eligibility(
    rules: RuleSet, profile: Profile, direction: Direction | str, on_date: date
) -> Verdict:
    """The verdict for `profile` in `direction` ("1"–"4" or "3-hostel") on `on_date`.

    Raises ValueError for an unknown direction, ParameterError for a date the rules do not
    cover, and ProfileError when the profile contradicts the date (born after it).
    """
    key = direction.value if isinstance(direction, Direction) else str(direction)
    if key not in _CHECKS:
        raise ValueError(f"unknown direction {key!r}: use one of {', '.join(DIRECTIONS)}")
    return _CHECKS[key](Applicant(rules, profile, on_date))
