"""Direction 4, rural settlement development (§4.3.4): jobs on infrastructure projects."""

from __future__ import annotations

from desktop.rules.eligibility.common import verdict
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.logic import all_of
from desktop.rules.eligibility.verdict import Note, Reason, Verdict
from desktop.rules.text import Text

REF = "§4.3.4"
CODES = ("d4_citizenship", "d4_category")

# Target groups (целевые группы населения) of the Law on Employment of Population that the
# profile vocabulary names; any other target group is stated as "other_target_group".
TARGET_GROUPS = ("low_income", "disabled_able_to_work", "other_target_group")


def check_rural(applicant: Applicant) -> Verdict:
    """Self-employed, unemployed, target groups and oralmans (§4.3.4)."""
    a = applicant
    groups = a.in_any_group(
        a.category("self_employed"),
        a.category("unemployed"),
        *(a.category(c) for c in TARGET_GROUPS),
        a.orphan_under_limit,
        a.oralman,
    )
    reasons = [
        Reason.of("d4_citizenship", "Citizen of Kazakhstan or oralman", REF, a.citizen_or_oralman),
        Reason.of("d4_category", "Self-employed, unemployed, of a target group, or an oralman",
                  REF, groups),
    ]
    priority = [(
        "local_resident_share",
        Text.of("Lives in a rural settlement of medium or high potential, where direction-4 "
                "projects run: part of the jobs a project creates is reserved for participants "
                "living there (mechanism item 6)"),
        REF,
        all_of(a.rural, a.medium_or_high_potential),
    )]
    notes = [Note(
        "d4_selection",
        "The employment centre decides on inclusion by the applicant's qualification and the "
        "project employers' need for workers",
        REF,
    )]
    return verdict(a, "4", reasons, priority=priority, notes=notes)
