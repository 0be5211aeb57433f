"""Direction 3, labour mobility (§4.3.3): who may move, the criteria and their exemptions.

The three selection criteria (category, matching vocational education, three years in a listed
low-potential settlement) bind those moving from low- to high-potential settlements, except
ethnic Kazakh immigrants, orphans under 23, youth, those whose move and job an employer arranged,
and those moving to another region. Each criterion is one rule that is met when it holds or when
an exemption waives it, so an exemption can only help. The youth hostel (общежитие для
молодежи) has its own three criteria, checked apart (direction "3-hostel").
"""

from __future__ import annotations

from desktop.rules.eligibility.common import verdict
from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.logic import Fact, all_of, any_of, flag, no, unknown, yes
from desktop.rules.eligibility.verdict import Note, Reason, Verdict
from desktop.rules.text import Text

REF = "§4.3.3"
PILOT_REF = "§4.3.3.1"
CODES = (
    "d3_citizenship",
    "d3_participant_group",
    "d3_family_employment",
    "d3_housing_costs",
    "d3_criterion_category",
    "d3_criterion_education",
    "d3_criterion_residence",
)
HOSTEL_CODES = ("hostel_age", "hostel_contract", "hostel_savings")

_DECIDED_BY = {
    "within-district": Text.of("the district (city) commission recommends inclusion or refusal"),
    "within-region": Text.of("the regional commission recommends inclusion or refusal"),
    "other-region": Text.of("the operator decides on employers' applications put forward by the "
                            "regional commission"),
}
# A move that is not to another region, as the exemption's reason says it.
_MOVING = {
    "within-district": Text.of("moving within-district"),
    "within-region": Text.of("moving within-region"),
}


def exemptions(a: Applicant) -> list[tuple[str, Text, Fact]]:
    """The groups the criteria do not bind: (code, label, whether the applicant is one)."""
    orphan_limit = a.years("eligibility_orphan_age_limit")
    other_region = a.profile.move_type
    moving = (
        unknown("move_type not given", "move_type") if other_region is None
        else yes("moving to another region") if other_region == "other-region"
        else no(_MOVING[other_region])
    )
    return [
        ("oralman_immigrant", Text.of("Ethnic Kazakh immigrant in the quota, now a citizen"),
         a.quota_immigrant),
        ("orphan_under_23", Text.of("Orphan under {limit}", limit=orphan_limit),
         a.orphan_under_limit),
        ("youth", Text.of("Youth"), a.youth),
        ("employer_arranged_move", Text.of("Move and job arranged by an employer"),
         flag(a.profile.employer_arranged_move, "employer_arranged_move",
              "an employer arranged the move and the job", "no employer-arranged move")),
        ("other_region_move", Text.of("Moving to another region"), moving),
    ]


def check_mobility(applicant: Applicant) -> Verdict:
    """The verdict for direction 3, with the youth hostel check alongside."""
    a = applicant
    exempt_list = exemptions(a)
    exempt = _waiver(any_of(*(fact for _, _, fact in exempt_list)))
    pilot = _pilot_waiver(a)
    category = a.in_any_group(
        a.category("self_employed"),
        a.category("unemployed"),
        all_of(a.category("low_income"), a.working_age),
    )
    education = flag(
        a.profile.vocational_education_matches_vacancy, "vocational_education_matches_vacancy",
        "vocational education matches vacancies at the destination",
        "vocational education does not match vacancies at the destination",
    )
    years = a.years("eligibility_low_potential_residence_years")
    orphan_limit = a.years("eligibility_orphan_age_limit")
    reasons = [
        Reason.of("d3_citizenship", "Citizen of Kazakhstan (an oralman once a citizen)", REF,
                  a.citizen),
        Reason.of("d3_participant_group", Text.of(
                  "Self-employed, unemployed, low-income, orphan under {limit}, youth, or an "
                  "ethnic Kazakh immigrant in the quota", limit=orphan_limit), REF,
                  a.in_any_group(
                      a.category("self_employed"), a.category("unemployed"),
                      a.category("low_income"), a.orphan_under_limit, a.youth,
                      a.quota_immigrant)),
        Reason.of("d3_family_employment", "A family member productively employed after the move",
                  REF, flag(a.profile.family_member_employed_after_move,
                            "family_member_employed_after_move", "stated", "not assured")),
        Reason.of("d3_housing_costs", "The family can pay utilities and rent and will live in "
                  "the housing provided", REF,
                  flag(a.profile.family_can_pay_rent_and_utilities,
                       "family_can_pay_rent_and_utilities", "stated", "not assured")),
        Reason.of("d3_criterion_category", "Criterion: self-employed, unemployed or working-age "
                  "low-income (unless exempt)", REF, any_of(category, exempt)),
        Reason.of("d3_criterion_education", "Criterion: vocational education matching vacancies "
                  "at the destination (unless exempt)", REF, any_of(education, exempt)),
        Reason.of("d3_criterion_residence", Text.of(
                  "Criterion: permanent residence for the last {years} years in low-potential "
                  "settlements of the approved list (unless exempt)", years=years), REF,
                  any_of(a.low_potential_residence, exempt, *pilot)),
    ]
    applied = [Note(code, Text.of("{exemption}: the three criteria do not apply ({why})",
                                  exemption=label, why=fact.why), REF)
               for code, label, fact in exempt_list if fact.value is True]
    if pilot:
        applied.append(Note("pilot_2011_2012_housing", "Pilot: housing built in 2011-2012 with "
                            "an employer giving a permanent job, from a settlement of any "
                            "potential: the residence criterion does not apply", PILOT_REF))
    priority = [("rural_youth", Text.of("Rural youth: priority"), REF,
                 all_of(a.rural, a.youth))]
    return verdict(a, "3", reasons, exemptions=applied, priority=priority,
                   notes=_notes(a), youth_hostel=check_youth_hostel(a))


def check_youth_hostel(applicant: Applicant) -> Verdict:
    """A room in a youth hostel: age, a labour or social contract, housing savings (§4.3.3)."""
    a = applicant
    limit = a.years("eligibility_hostel_age_max")
    age = a.age_between(None, "eligibility_hostel_age_max", inclusive=True)
    reasons = [
        Reason.of("hostel_age", Text.of("Not older than {limit}", limit=limit), REF, age),
        Reason.of("hostel_contract", "A valid labour contract or social contract", REF,
                  flag(a.profile.labour_or_social_contract, "labour_or_social_contract",
                       "has one", "has none")),
        Reason.of("hostel_savings", "Takes part in the housing construction savings system "
                  "(жилстройсбережения)", REF,
                  flag(a.profile.housing_savings_participant, "housing_savings_participant",
                       "takes part", "does not take part")),
    ]
    notes = [Note("hostel_any_previous_residence", "Youth hostel rooms are given whatever the "
                  "previous place of residence, regional centres and the capital included", REF)]
    return verdict(a, "3-hostel", reasons, notes=notes, asp=False)


def _waiver(exempt: Fact) -> Fact:
    if exempt.value is True:
        return yes(Text.of("does not apply, exempt: {why}", why=exempt.why))
    if exempt.value is False:
        return no(Text.of("no exemption applies ({why})", why=exempt.why))
    return Fact(None, Text.of("an exemption may apply ({why})", why=exempt.why), exempt.missing)


def _pilot_waiver(a: Applicant) -> list[Fact]:
    """The §4.3.3.1 waiver of the residence criterion, when claimed (absent fields: not claimed)."""
    claimed = a.profile.pilot_region and a.profile.pilot_2011_2012_housing_with_employer_job
    if claimed and a.rules.value("eligibility_pilot_employer_housing", a.on):
        return [yes("pilot: 2011-2012 housing with an employer's permanent job, any settlement "
                    "potential (§4.3.3.1)")]
    return []


def _notes(a: Applicant) -> list[Note]:
    notes = []
    if a.profile.move_type is not None:
        notes.append(Note("d3_decided_by", Text.of(
            "After the employment centre checks the criteria, {decided}; the centre of the "
            "destination then decides and signs the social contract",
            decided=_DECIDED_BY[a.profile.move_type]), REF))
    if a.profile.pilot_region and a.rules.value("eligibility_pilot_employer_housing", a.on):
        notes.append(Note(
            "pilot_employer_housing",
            "Pilot region: service housing is built or bought with employers' co-financing (its "
            "minimum share is a housing parameter), and inclusion is on those employers' referral",
            PILOT_REF,
        ))
    return notes
