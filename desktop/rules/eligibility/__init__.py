"""Eligibility for the programme's directions (§4.3.1–§4.3.4): verdicts with reasons and sections.

    verdict = check_eligibility(rules, parse_profile(data), "3", date(2013, 6, 1))
    verdict.status     # "eligible" | "not_eligible" | "needs_more_information"
    verdict.to_json()  # every rule with its section, exemptions, priority, missing fields
"""

from desktop.rules.eligibility.check import DIRECTIONS, RULE_CODES, YOUTH_HOSTEL, check_eligibility
from desktop.rules.eligibility.profile import (
    BUSINESS_LOCATIONS,
    CATEGORIES,
    MOVE_TYPES,
    PROFILE_FIELDS,
    Profile,
    ProfileError,
    load_profile_json,
    parse_profile,
)
from desktop.rules.eligibility.verdict import Note, Reason, Verdict

__all__ = [
    "BUSINESS_LOCATIONS",
    "CATEGORIES",
    "DIRECTIONS",
    "MOVE_TYPES",
    "PROFILE_FIELDS",
    "RULE_CODES",
    "YOUTH_HOSTEL",
    "Note",
    "Profile",
    "ProfileError",
    "Reason",
    "Verdict",
    "check_eligibility",
    "load_profile_json",
    "parse_profile",
]
