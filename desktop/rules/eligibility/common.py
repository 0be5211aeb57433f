"""Notes shared by every direction: the АСП link (§6) and the verdict assembly."""

from __future__ import annotations

from desktop.rules.eligibility.facts import Applicant
from desktop.rules.eligibility.logic import Fact
from desktop.rules.eligibility.verdict import Note, Reason, Verdict
from desktop.rules.text import Field, Joined, Text


def verdict(
    applicant: Applicant,
    direction: str,
    reasons: list[Reason],
    *,
    exemptions: list[Note] | None = None,
    priority: list[tuple[str, Text, str, Fact]] | None = None,
    notes: list[Note] | None = None,
    youth_hostel: Verdict | None = None,
    asp: bool = True,
) -> Verdict:
    """Assemble a verdict; a priority right is listed only when its fact is known to hold."""
    rights = [Note(code, Text.of("{right} ({why})", right=text, why=fact.why), ref)
              for code, text, ref, fact in priority or [] if fact.value is True]
    return Verdict(
        direction=direction,
        on=applicant.on,
        reasons=tuple(reasons),
        rules_version=applicant.rules.version,
        exemptions=tuple(exemptions or ()),
        priority=tuple(rights),
        notes=tuple([*(notes or []), *(asp_notes(applicant) if asp else [])]),
        youth_hostel=youth_hostel,
    )


def asp_notes(applicant: Applicant) -> list[Note]:
    """How taking part bears on a low-income applicant's targeted social assistance (АСП, §6).

    From 2012 a working-age member of a low-income family gets АСП only while taking part; on
    refusal or non-fulfilment of the social contract that person's payment is suspended and the
    family keeps its right. Families without working-age members, or with a disabled member or
    one with a socially significant disease, get АСП under the general legislation.
    """
    if applicant.category("low_income").value is not True:
        return []
    limited = applicant.household_has_limited_abilities
    if limited.value is True:
        return [Note("asp_general_rules", Text.of(
            "АСП under the general legislation, not tied to taking part: {why}",
            why=limited.why), "§6")]
    if applicant.household_working_age.value is False:
        return [Note("asp_general_rules", "АСП under the general legislation, not tied to "
                     "taking part: the family has no member of working age", "§6")]
    if applicant.working_age.value is True and limited.value is False:
        return [Note("asp_conditional", "АСП for this working-age member of a low-income family "
                     "is paid only while taking part; refusing or not fulfilling the social "
                     "contract suspends this person's payment, the family keeps its right", "§6")]
    wanted = tuple(Field(name) for name in dict.fromkeys(
        [*limited.missing, *applicant.household_working_age.missing, *applicant.working_age.missing]
    ))
    return [Note("asp_household_needed", Text.of(
        "Whether this person's АСП depends on taking part turns on working age and on family "
        "members who are disabled or have a socially significant disease: give {fields}",
        fields=Joined(wanted, ", ")), "§6")]
