"""Findings about one applicant on one date, shared by the rules of every direction.

Each method answers one question ("is she of working age?", "is he an orphan under 23?") as a
three-valued Fact, reading age limits from the dated rule parameters, never from literals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

from desktop.domain.enums import Citizenship, SettlementPotential, Sex
from desktop.rules.eligibility.dates import add_months, months_of, reached, whole_years
from desktop.rules.eligibility.logic import Fact, all_of, any_of, flag, joined, no, unknown, yes
from desktop.rules.eligibility.profile import Profile, ProfileError
from desktop.rules.parameters import RuleSet
from desktop.rules.text import Category, Joined, Text

CATEGORY_NAMES = {
    "partially_employed": Text.of("partially employed"),
    "unemployed": Text.of("unemployed"),
    "self_employed": Text.of("self-employed"),
    "low_income": Text.of("low-income"),
    "school_graduate_current_year": Text.of("11-grade school graduate of the current year"),
    "disabled_able_to_work": Text.of("disabled person able to work"),
    "orphan": Text.of("orphanage pupil, orphan or child left without parental care"),
    "early_pensioner": Text.of("retired before the general pension age"),
    "hazardous_work_allowance": Text.of(
        "in heavy, harmful or dangerous work with a special allowance"),
    "other_target_group": Text.of("member of another target group"),
}


@dataclass(frozen=True)
class Applicant:
    """A profile seen on a date, with the rule parameters in force on that date."""

    rules: RuleSet
    profile: Profile
    on: date

    def __post_init__(self) -> None:
        born = self.profile.birth_date
        if born is not None and born > self.on:
            raise ProfileError(
                "range", "{field} {born} is after the check date {on}",
                field="birth_date", born=born.isoformat(), on=self.on.isoformat(),
            )

    def years(self, name: str) -> Decimal:
        return self.rules.value(name, self.on)

    def months(self, name: str) -> int:
        return months_of(self.years(name), name)

    # --- age ---

    @cached_property
    def age(self) -> int | None:
        born = self.profile.birth_date
        return None if born is None else whole_years(born, self.on)

    def has_reached(self, months: int) -> bool | None:
        born = self.profile.birth_date
        return None if born is None else reached(born, months, self.on)

    def _age_text(self) -> Text:
        return Text.of("aged {age} on {date}", age=self.age, date=self.on)

    def age_between(self, low_param: str | None, high_param: str, inclusive: bool) -> Fact:
        """Age from `low_param` reached up to `high_param` (its whole year if inclusive)."""
        if self.profile.birth_date is None:
            return unknown("birth date (or ИИН) not given", "birth_date")
        low = 0 if low_param is None else self.months(low_param)
        high = self.months(high_param) + (12 if inclusive else 0)
        inside = bool(self.has_reached(low)) and not self.has_reached(high)
        return yes(self._age_text()) if inside else no(self._age_text())

    @cached_property
    def working_age(self) -> Fact:
        """From the minimum age until the day the person first reaches the pension age.

        The women's pension age rises over the years, so "reached" is judged against the age in
        force on each day: a woman who reached 58 in 2017 stays past working age in 2018 even
        though the age was then 58.5.
        """
        born = self.profile.birth_date
        if born is None:
            return unknown("birth date (or ИИН) not given", "birth_date")
        low = self.months("eligibility_working_age_min")
        if not self.has_reached(low):
            return no(Text.of("{age}: below {limit}", age=self._age_text(), limit=_years(low)))
        ends = {sex: self.pension_reached_on(sex) for sex in Sex}
        sex = self.profile.sex
        if sex is None:
            # Sex matters only between the two days the pension ages are reached.
            if self.on < min(ends.values()):
                return yes(Text.of("{age}: before either pension age", age=self._age_text()))
            if self.on >= max(ends.values()):
                return no(Text.of("{age}: past either pension age", age=self._age_text()))
            return unknown(Text.of("{age}: the pension age depends on sex", age=self._age_text()),
                           "sex")
        end = ends[sex]
        values = {"age": self._age_text(), "low": _years(low), "date": end}
        # Four sentences rather than pieces ("was"/"is", "men's"/"women's"), so each language
        # can word them as it needs.
        if sex is Sex.MALE:
            text = (Text.of("{age}; working age runs from {low} until the men's pension age, "
                            "which was reached on {date}", **values) if end <= self.on else
                    Text.of("{age}; working age runs from {low} until the men's pension age, "
                            "which is reached on {date}", **values))
        else:
            text = (Text.of("{age}; working age runs from {low} until the women's pension age, "
                            "which was reached on {date}", **values) if end <= self.on else
                    Text.of("{age}; working age runs from {low} until the women's pension age, "
                            "which is reached on {date}", **values))
        return no(text) if end <= self.on else yes(text)

    def pension_reached_on(self, sex: Sex) -> date:
        """The first day on which the person is as old as the pension age then in force."""
        name = f"eligibility_pension_age_{'men' if sex is Sex.MALE else 'women'}"
        parameter = self.rules.parameter(name)
        born = self.profile.birth_date
        assert born is not None
        starts, values = parameter.dates, parameter.values
        for index, value in enumerate(values):
            when = add_months(born, months_of(value, name))
            # The first value also governs the years before it: earlier ages are not encoded.
            if index:
                when = max(when, starts[index])
            if index + 1 == len(values) or when < starts[index + 1]:
                return when
        raise AssertionError("unreachable: the last value has no end")

    @cached_property
    def youth(self) -> Fact:
        fact = self.age_between("eligibility_youth_age_min", "eligibility_youth_age_max", True)
        low, high = self.years("eligibility_youth_age_min"), self.years("eligibility_youth_age_max")
        return _reword(fact, Text.of("youth ({low}–{high})", low=low, high=high))

    # --- categories ---

    def category(self, name: str) -> Fact:
        categories = self.profile.categories
        label = CATEGORY_NAMES[name]
        if categories is None:
            return unknown("categories not given", "categories")
        return yes(label) if name in categories else no(Text.of("not {category}", category=label))

    @cached_property
    def orphan_under_limit(self) -> Fact:
        """An orphan (or pupil, or without parental care) still under the age limit (§4.3.1)."""
        orphan = self.category("orphan")
        if orphan.value is not True:
            return orphan
        limit = self.months("eligibility_orphan_age_limit")
        if self.profile.birth_date is None:
            return unknown("orphan, but birth date (or ИИН) not given", "birth_date")
        if self.has_reached(limit):
            return no(Text.of("orphan, but {age}: not under {limit}", age=self._age_text(),
                              limit=_years(limit)))
        return yes(Text.of("orphan under {limit} ({age})", limit=_years(limit),
                           age=self._age_text()))

    @cached_property
    def school_graduate(self) -> Fact:
        """An 11-grade graduate of the calendar year of the check date."""
        stated = self.category("school_graduate_current_year")
        year = self.profile.school_graduation_year
        if stated.value is True and year is not None and year != self.on.year:
            return no(Text.of("school graduate of {year}, not of the current year {current}",
                              year=year, current=self.on.year))
        return stated

    def programme_categories(self) -> list[Fact]:
        """The nine groups of §4.3.1 (and §4.3.2), with their age and year conditions."""
        plain = ("partially_employed", "unemployed", "self_employed", "low_income")
        later = ("disabled_able_to_work",)
        last = ("early_pensioner", "hazardous_work_allowance")
        return [
            *(self.category(c) for c in plain),
            self.school_graduate,
            *(self.category(c) for c in later),
            self.orphan_under_limit,
            *(self.category(c) for c in last),
        ]

    def in_any_group(self, *groups: Fact) -> Fact:
        """Any of the groups; when none applies, say which were stated and why they fail."""
        result = any_of(*groups)
        if result.value is not False:
            return result
        # "not unemployed" for each unstated group is noise; keep the informative failures
        # (an orphan past the age limit, a graduate of another year, an age outside youth).
        kept = [g.why for g in groups if not g.why.english().startswith("not ")]
        names = tuple(Category(c) for c in sorted(self.profile.categories or ()))
        stated = Text.of("categories given: {categories}", categories=Joined(names, ", ")) \
            if names else Text.of("categories given: none")
        return no(joined([*kept, stated]))

    # --- citizenship ---

    @cached_property
    def citizen_or_oralman(self) -> Fact:
        status = self.profile.citizenship
        if status is None:
            return unknown("citizenship not given", "citizenship")
        if status is Citizenship.CITIZEN:
            return yes("citizen of Kazakhstan")
        return yes("oralman (ethnic Kazakh immigrant)")

    @cached_property
    def oralman(self) -> Fact:
        status = self.profile.citizenship
        if status is None:
            return unknown("citizenship not given", "citizenship")
        return yes("oralman") if status is Citizenship.ORALMAN else no("not an oralman")

    @cached_property
    def citizen(self) -> Fact:
        """A citizen of Kazakhstan, including an oralman who has acquired citizenship."""
        status = self.profile.citizenship
        if status is None:
            return unknown("citizenship not given", "citizenship")
        if status is Citizenship.CITIZEN:
            return yes("citizen of Kazakhstan")
        return flag(
            self.profile.acquired_citizenship, "acquired_citizenship",
            "oralman who has acquired citizenship of Kazakhstan",
            "oralman who has not acquired citizenship of Kazakhstan",
        )

    @cached_property
    def quota_immigrant(self) -> Fact:
        """An ethnic Kazakh immigrant included in the oralman quota and now a citizen (§4.3.3)."""
        if self.oralman.value is not True:
            return self.oralman
        quota = flag(
            self.profile.oralman_in_quota, "oralman_in_quota",
            "included in the oralman immigration quota", "not in the oralman immigration quota",
        )
        return all_of(quota, self.citizen)

    # --- place ---

    @cached_property
    def rural(self) -> Fact:
        return flag(
            self.profile.settlement.rural, "settlement.rural",
            "lives in a rural settlement", "does not live in a rural settlement",
        )

    @cached_property
    def female(self) -> Fact:
        sex = self.profile.sex
        if sex is None:
            return unknown("sex not given", "sex")
        return yes("woman") if sex is Sex.FEMALE else no("man")

    @cached_property
    def medium_or_high_potential(self) -> Fact:
        potential = self.profile.settlement.potential
        if potential is None:
            return unknown("settlement potential not given", "settlement.potential")
        text = POTENTIALS[potential]
        return no(text) if potential is SettlementPotential.LOW else yes(text)

    @cached_property
    def low_potential_residence(self) -> Fact:
        """Permanent residence for the last N years in listed low-potential settlements."""
        listed = self.profile.on_low_potential_list
        if listed is None:
            on_list = unknown(
                "whether the settlement is on the low-potential list is not given",
                "settlement_on_low_potential_list",
            )
        elif listed:
            on_list = yes("settlement on the approved low-potential list")
        else:
            on_list = no("settlement not on the approved low-potential list")
        return all_of(on_list, self._residence_years())

    def _residence_years(self) -> Fact:
        needed = self.months("eligibility_low_potential_residence_years")
        since, years = self.profile.residence_since, self.profile.residence_years_in_settlement
        if since is not None:
            if reached(since, needed, self.on):
                return yes(Text.of("resident since {since}", since=since))
            return no(Text.of("resident since {since}: not yet {limit} on {date}", since=since,
                              limit=_duration(needed), date=self.on))
        if years is not None:
            if years * 12 >= needed:
                return yes(Text.of("resident for {years} years", years=years))
            return no(Text.of("resident for {years} years: under {limit}", years=years,
                              limit=_duration(needed)))
        return unknown(
            "residence_since (or residence_years_in_settlement) not given", "residence_since"
        )

    # --- the АСП household ---

    @cached_property
    def household_has_limited_abilities(self) -> Fact:
        """A family member (the applicant too) disabled or with a socially significant disease."""
        own = self.category("disabled_able_to_work")
        members = self.profile.household
        if members is None:
            others = unknown("household not given", "household")
        elif any(m.disabled or m.socially_significant_disease for m in members):
            others = yes("a family member is disabled or has a socially significant disease")
        else:
            others = no("no family member is disabled or has a socially significant disease")
        return any_of(own, others)

    @cached_property
    def household_working_age(self) -> Fact:
        """Anyone of working age in the family, the applicant included."""
        members = self.profile.household or ()
        if any(m.working_age for m in members):
            return yes("another family member is of working age")
        return self.working_age


def _years(months: int) -> Text:
    """An age ("16 years"): Kazakh says жас, Russian a genitive after младше/до."""
    years, rest = divmod(months, 12)
    if not rest:
        return Text.of("{years} years", years=years)
    return Text.of("{years} years {months} months", years=years, months=rest)


def _duration(months: int) -> Text:
    """A length of time ("3 years" of residence). Its own templates (placeholder `count`, the
    English the same) because Kazakh words a duration (жыл) unlike an age (жас)."""
    years, rest = divmod(months, 12)
    if not rest:
        return Text.of("{count} years", count=years)
    return Text.of("{count} years {months} months", count=years, months=rest)


def _reword(fact: Fact, label: Text) -> Fact:
    if fact.value is None:
        return fact
    if fact.value:
        return Fact(True, Text.of("{why}: {label}", why=fact.why, label=label))
    return Fact(False, Text.of("{why}: not {label}", why=fact.why, label=label))


# The МВК potential of a settlement, as a reason says it.
POTENTIALS = {
    SettlementPotential.LOW: Text.of("settlement of low potential"),
    SettlementPotential.MEDIUM: Text.of("settlement of medium potential"),
    SettlementPotential.HIGH: Text.of("settlement of high potential"),
}

