"""Direction 2, entrepreneurship (§4.3.2): the §4.3.1 groups and oralmans starting a business."""

from __future__ import annotations

from desktop.rules.eligibility.common import verdict
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.logic import Fact, flag, no, unknown, yes
from desktop.rules.eligibility.verdict import Note, Reason, Verdict
from desktop.rules.text import Text

REF = "§4.3.2"
CODES = ("d2_citizenship", "d2_category", "d2_business_intent", "d2_business_location")

_PLACES = {
    "rural_settlement": Text.of("business in a rural settlement"),
    "small_town": Text.of("business in a small town"),
    "urban_settlement": Text.of("business in a settlement classed as urban"),
}


def check_entrepreneurship(applicant: Applicant) -> Verdict:
    """Wishing and able to start or expand a business in a rural settlement or small town."""
    a = applicant
    reasons = [
        Reason.of("d2_citizenship", "Citizen of Kazakhstan or oralman", REF, a.citizen_or_oralman),
        Reason.of("d2_category", "In a group of §4.3.2 or an oralman", REF,
                  a.in_any_group(*a.programme_categories(), a.oralman)),
        Reason.of("d2_business_intent", "Wishes and is able to start or expand own business", REF,
                  flag(a.profile.business_intent, "business_intent",
                       "wishes to start or expand a business", "no business intended")),
        Reason.of("d2_business_location", "The business is in a rural settlement, a small town "
                  "or a settlement classed as urban", REF, _location(a.profile.business_location)),
    ]
    support = flag(a.profile.settlement.support_settlement, "settlement.support_settlement",
                   "the settlement is a support (опорный) rural settlement",
                   "the settlement is not a support rural settlement")
    priority = [
        ("rural_resident", Text.of("Rural resident: priority"), REF, a.rural),
        ("woman", Text.of("Woman: priority"), REF, a.female),
        ("disabled", Text.of("Disabled person: priority"), REF,
         a.category("disabled_able_to_work")),
        ("support_settlement", Text.of("Priority settlement for direction 2"), REF, support),
    ]
    notes = [Note(
        "d2_akim_conclusion",
        "The employment centre asks the akim of the rural okrug (settlement) where the business "
        "would be for a conclusion on the project's feasibility or a reasoned refusal, due "
        "within the deadline of the mechanism's item 3",
        "§4.3.2",
    )]
    if a.profile.has_business_plan is False:
        notes.append(Note("d2_business_plan_help", "No business plan yet: not a condition; help "
                          "in preparing one is part of the support", REF))
    return verdict(a, "2", reasons, priority=priority, notes=notes)


def _location(location: str | None) -> Fact:
    if location is None:
        return unknown("business_location not given", "business_location")
    if location in _PLACES:
        return yes(_PLACES[location])
    return no("business in another town or city")
