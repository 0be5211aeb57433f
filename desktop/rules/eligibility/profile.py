"""The applicant profile an eligibility check reads, parsed strictly from JSON.

Every field is optional: a check that needs an absent field answers "needs more information"
and names it. A field that is present must be well formed, and a field the schema does not know
is refused by name, so a typo ("categores") never silently reads as "not stated". The schema is
documented in docs/eligibility.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.domain.enums import Citizenship, SettlementPotential, Sex
from desktop.domain.errors import CodedInputError
from desktop.domain.iin import IinError, parse_iin
from desktop.domain.json_depth import nests_deeper_than

# The groups of §4.3.1 (repeated in §4.3.2), plus one for the other "target groups" of the Law on
# Employment of Population that direction 4 (§4.3.4) admits.
CATEGORIES: tuple[str, ...] = (
    "partially_employed",  # частично занятые
    "unemployed",  # безработные
    "self_employed",  # самостоятельно занятые
    "low_income",  # малообеспеченные
    "school_graduate_current_year",  # выпускники школ 11 классов текущего календарного года
    "disabled_able_to_work",  # сохранившие трудоспособность инвалиды
    "orphan",  # воспитанники детских домов, дети-сироты, оставшиеся без попечения родителей
    "early_pensioner",  # пенсионеры, вышедшие на пенсию до общеустановленного возраста
    "hazardous_work_allowance",  # тяжёлые, вредные, опасные работы; спецпособие
    "other_target_group",  # иные целевые группы населения (направление 4)
)

# Where a direction-2 business would be (§4.3.2): rural settlements, small towns and settlements
# classed as urban; "other" is any other town or city.
BUSINESS_LOCATIONS: tuple[str, ...] = (
    "rural_settlement", "small_town", "urban_settlement", "other",
)

# Direction-3 move types (§4.3.3), spelled as the relocation calculation spells them.
MOVE_TYPES: tuple[str, ...] = ("within-district", "within-region", "other-region")

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ProfileError(CodedInputError):
    """A profile that cannot be read; `field` names the offending field (dotted for nesting)."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(code, message, params)
        self.field = str(params.get("field", ""))

    def __str__(self) -> str:
        return self.message.format(**self.params)


@dataclass(frozen=True)
class Settlement:
    """The settlement of permanent residence: КАТО, МВК potential, rural, support (опорный)."""

    kato: str | None = None
    potential: SettlementPotential | None = None
    rural: bool | None = None
    support_settlement: bool | None = None


@dataclass(frozen=True)
class HouseholdMember:
    """Another member of the applicant's family, as far as the АСП link (§6) cares."""

    working_age: bool | None = None
    disabled: bool | None = None
    socially_significant_disease: bool | None = None


@dataclass(frozen=True)
class Profile:
    """What a specialist knows about an applicant; None means "not stated"."""

    iin: str | None = None
    birth_date: date | None = None
    sex: Sex | None = None
    citizenship: Citizenship | None = None
    oralman_in_quota: bool | None = None
    acquired_citizenship: bool | None = None
    categories: frozenset[str] | None = None
    school_graduation_year: int | None = None
    settlement: Settlement = field(default_factory=Settlement)
    settlement_on_low_potential_list: bool | None = None
    residence_since: date | None = None
    residence_years_in_settlement: Decimal | None = None
    vocational_education_matches_vacancy: bool | None = None
    employer_arranged_move: bool | None = None
    move_type: str | None = None
    family_member_employed_after_move: bool | None = None
    family_can_pay_rent_and_utilities: bool | None = None
    labour_or_social_contract: bool | None = None
    housing_savings_participant: bool | None = None
    business_intent: bool | None = None
    business_location: str | None = None
    has_business_plan: bool | None = None
    household: tuple[HouseholdMember, ...] | None = None
    pilot_region: bool | None = None
    pilot_2011_2012_housing_with_employer_job: bool | None = None

    @property
    def on_low_potential_list(self) -> bool | None:
        """On the МВК list of low-potential settlements: stated, or read from the potential."""
        if self.settlement_on_low_potential_list is not None:
            return self.settlement_on_low_potential_list
        if self.settlement.potential is None:
            return None
        return self.settlement.potential is SettlementPotential.LOW


# A real profile nests four levels (profile, household, members, member); the C parser
# recurses once per level, so 2,000 `[` were a RecursionError, not a message.
MAX_PROFILE_DEPTH = 16
# Years and dates need four digits; Python refuses to read an integer of 4,300+ digits
# with a bare ValueError, so a long number is refused here first, with a message.
MAX_NUMBER_DIGITS = 30


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise ProfileError("json_number", "a number in the profile has more than {limit} digits",
                           limit=MAX_NUMBER_DIGITS)
    return int(text)


def load_profile_json(text: str) -> Profile:
    """Parse a profile from JSON text, or raise ProfileError naming what is wrong."""
    too_deep = ProfileError("json_depth", "the profile nests deeper than {limit} levels",
                            limit=MAX_PROFILE_DEPTH)
    try:
        data = json.loads(text, parse_int=_bounded_int)
    except RecursionError:
        raise too_deep from None
    except json.JSONDecodeError as error:
        raise ProfileError(
            "json", "the profile is not valid JSON: {detail} (line {line}, column {column})",
            detail=error.msg, line=error.lineno, column=error.colno,
        ) from None
    if nests_deeper_than(data, MAX_PROFILE_DEPTH):
        raise too_deep
    return parse_profile(data)


def parse_profile(data: Any) -> Profile:
    """Build a Profile from decoded JSON (a mapping), or raise ProfileError naming the field."""
    values = _fields(data, _PROFILE_FIELDS, "")
    if values.get("residence_since") and values.get("residence_years_in_settlement") is not None:
        raise ProfileError(
            "conflict", "{field}: give residence_since or residence_years_in_settlement, not both",
            field="residence_years_in_settlement",
        )
    _agree_with_iin(values)
    profile = Profile(**values)
    _agree_on_potential(profile)
    return profile


def _agree_with_iin(values: dict[str, Any]) -> None:
    iin = values.get("iin")
    if iin is None:
        return
    try:
        parsed = parse_iin(iin)
    except IinError as error:
        raise ProfileError("iin", "{field}: {reason}", field="iin", reason=error.message) from None
    for name, implied in (("birth_date", parsed.birth_date), ("sex", Sex(parsed.sex))):
        given = values.get(name)
        if given is not None and given != implied:
            raise ProfileError(
                "conflict", "{field}: {given} does not agree with the ИИН, which says {implied}",
                field=name, given=str(given), implied=str(implied),
            )
        values[name] = implied
    values["iin"] = parsed.value


def _agree_on_potential(profile: Profile) -> None:
    stated, potential = profile.settlement_on_low_potential_list, profile.settlement.potential
    if stated is None or potential is None:
        return
    if stated != (potential is SettlementPotential.LOW):
        raise ProfileError(
            "conflict", "{field}: {stated} contradicts settlement.potential {potential}",
            field="settlement_on_low_potential_list", stated=str(stated).lower(),
            potential=potential.value,
        )


# --- field readers: each takes (value, field name) and returns the parsed value or raises ---

Reader = Callable[[Any, str], Any]


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise ProfileError("type", "{field} must be true or false", field=name)
    return value


def _date(value: Any, name: str) -> date:
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ProfileError("type", "{field} must be a real date written YYYY-MM-DD", field=name)


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProfileError("type", "{field} must be a non-empty string", field=name)
    return value.strip()


def _choice(options: tuple[str, ...], convert: Callable[[str], Any] = str) -> Reader:
    def read(value: Any, name: str) -> Any:
        if value not in options:
            raise ProfileError(
                "choice", "{field} must be one of {options}", field=name,
                options=", ".join(options),
            )
        return convert(value)

    return read


def _years(value: Any, name: str) -> Decimal:
    # Through str, never float arithmetic: 2.9 years stays 2.9.
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ProfileError("type", "{field} must be a number of years", field=name)
    try:
        years = Decimal(str(value))
    except InvalidOperation:
        raise ProfileError("type", "{field} must be a number of years", field=name) from None
    if not years.is_finite() or years < 0:
        raise ProfileError("range", "{field} must be zero or more years", field=name)
    return years


def _year(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2100:
        raise ProfileError("type", "{field} must be a year such as 2013", field=name)
    return value


def _categories(value: Any, name: str) -> frozenset[str]:
    if not isinstance(value, list):
        raise ProfileError("type", "{field} must be a list", field=name)
    for item in value:
        if item not in CATEGORIES:
            raise ProfileError(
                "choice", "{field}: unknown category {value!r}; known: {options}",
                field=name, value=item, options=", ".join(CATEGORIES),
            )
    return frozenset(value)


def _settlement(value: Any, name: str) -> Settlement:
    return Settlement(**_fields(value, _SETTLEMENT_FIELDS, name + "."))


def _household(value: Any, name: str) -> tuple[HouseholdMember, ...]:
    if not isinstance(value, Mapping):
        raise ProfileError("type", "{field} must be an object with a members list", field=name)
    unknown = sorted(set(value) - {"members"})
    if unknown:
        raise ProfileError("unknown_field", "unknown field {field}", field=f"{name}.{unknown[0]}")
    members = value.get("members", [])
    if not isinstance(members, list):
        raise ProfileError("type", "{field} must be a list", field=f"{name}.members")
    return tuple(
        HouseholdMember(**_fields(member, _MEMBER_FIELDS, f"{name}.members[{i}]."))
        for i, member in enumerate(members)
    )


def _fields(data: Any, readers: Mapping[str, Reader], prefix: str) -> dict[str, Any]:
    if not isinstance(data, Mapping):
        where = prefix.rstrip(".") or "the profile"
        raise ProfileError("type", "{field} must be a JSON object", field=where)
    values: dict[str, Any] = {}
    for key, raw in data.items():
        name = prefix + str(key)
        if key not in readers:
            raise ProfileError("unknown_field", "unknown field {field}", field=name)
        if raw is not None:  # null reads as "not stated"
            values[key] = readers[key](raw, name)
    return values


_SETTLEMENT_FIELDS: dict[str, Reader] = {
    "kato": _text,
    "potential": _choice(tuple(p.value for p in SettlementPotential), SettlementPotential),
    "rural": _bool,
    "support_settlement": _bool,
}

_MEMBER_FIELDS: dict[str, Reader] = {
    "working_age": _bool,
    "disabled": _bool,
    "socially_significant_disease": _bool,
}

_PROFILE_FIELDS: dict[str, Reader] = {
    "iin": _text,
    "birth_date": _date,
    "sex": _choice(tuple(s.value for s in Sex), Sex),
    "citizenship": _choice(tuple(c.value for c in Citizenship), Citizenship),
    "oralman_in_quota": _bool,
    "acquired_citizenship": _bool,
    "categories": _categories,
    "school_graduation_year": _year,
    "settlement": _settlement,
    "settlement_on_low_potential_list": _bool,
    "residence_since": _date,
    "residence_years_in_settlement": _years,
    "vocational_education_matches_vacancy": _bool,
    "employer_arranged_move": _bool,
    "move_type": _choice(MOVE_TYPES),
    "family_member_employed_after_move": _bool,
    "family_can_pay_rent_and_utilities": _bool,
    "labour_or_social_contract": _bool,
    "housing_savings_participant": _bool,
    "business_intent": _bool,
    "business_location": _choice(BUSINESS_LOCATIONS),
    "has_business_plan": _bool,
    "household": _household,
    "pilot_region": _bool,
    "pilot_2011_2012_housing_with_employer_job": _bool,
}

PROFILE_FIELDS: tuple[str, ...] = tuple(_PROFILE_FIELDS)
