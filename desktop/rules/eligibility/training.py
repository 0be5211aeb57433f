"""Direction 1, training and employment assistance (§4.3.1), with its pilot (§4.3.1.1)."""

from __future__ import annotations

from desktop.rules.eligibility.common import verdict
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.logic import all_of, flag
from desktop.rules.eligibility.verdict import Note, Reason, Verdict
from desktop.rules.text import Text

REF = "§4.3.1"
CODES = ("d1_citizenship", "d1_working_age", "d1_category")


def check_training(applicant: Applicant) -> Verdict:
    """Citizens and oralmans of working age in one of the nine groups of §4.3.1."""
    a = applicant
    reasons = [
        Reason.of("d1_citizenship", "Citizen of Kazakhstan or oralman", REF, a.citizen_or_oralman),
        Reason.of("d1_working_age", "Of working age", REF, a.working_age),
        Reason.of("d1_category", "In a group of §4.3.1", REF,
                  a.in_any_group(*a.programme_categories())),
    ]
    employer = flag(a.profile.employer_arranged_move, "employer_arranged_move",
                    "an employer arranged the move and the job", "no employer-arranged move")
    priority = [
        ("rural_youth", Text.of("Youth in a rural area: priority"), REF,
         all_of(a.rural, a.youth)),
        ("rural_woman", Text.of("Woman in a rural area: priority"), REF,
         all_of(a.rural, a.female)),
        # §4.3.3: citizens whose move and job an employer arranged join direction 1 with priority.
        ("employer_arranged_move", Text.of("Included in direction 1 with priority"), "§4.3.3",
         employer),
    ]
    notes = []
    if a.profile.pilot_region and a.rules.value("eligibility_pilot_employer_led_training", a.on):
        notes.append(Note(
            "pilot_employer_led_training",
            "Pilot region: for training, the employer selects the candidate, the specialty and "
            "the training organisation and guarantees a job afterwards; employer and school "
            "join the social contract by accession notices",
            "§4.3.1.1",
        ))
    return verdict(a, "1", reasons, priority=priority, notes=notes)
