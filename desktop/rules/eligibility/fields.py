"""What each profile field is called when a verdict asks for it (English translation sources).

The JSON names the field as the schema spells it (`settlement.rural`); a person reads a label
("whether the settlement is rural"), translated by the UI in context "Rules".
"""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "iin": "ИИН",
    "birth_date": "date of birth",
    "sex": "sex",
    "citizenship": "citizenship",
    "oralman_in_quota": "whether the oralman is within the immigration quota",
    "acquired_citizenship": "whether the oralman has acquired citizenship",
    "categories": "categories",
    "school_graduation_year": "year of school graduation",
    "settlement": "settlement",
    "settlement.kato": "settlement's КАТО code",
    "settlement.potential": "settlement's development potential",
    "settlement.rural": "whether the settlement is rural",
    "settlement.support_settlement": "whether the settlement is a support settlement",
    "settlement_on_low_potential_list": "whether the settlement is on the low-potential list",
    "residence_since": "date since which the person lives in the settlement",
    "residence_years_in_settlement": "years of residence in the settlement",
    "vocational_education_matches_vacancy": "whether vocational education matches the vacancy",
    "employer_arranged_move": "whether an employer arranged the move and the job",
    "move_type": "move type",
    "family_member_employed_after_move": "whether a family member has a job after the move",
    "family_can_pay_rent_and_utilities": "whether the family can pay rent and utilities",
    "labour_or_social_contract": "whether there is a labour or social contract",
    "housing_savings_participant": "whether the person takes part in housing savings",
    "business_intent": "whether the person wants to start or expand a business",
    "business_location": "where the business will be",
    "has_business_plan": "whether there is a business plan",
    "household": "family members",
    "pilot_region": "whether the region is a pilot region",
    "pilot_2011_2012_housing_with_employer_job":
        "whether housing of 2011-2012 comes with an employer's permanent job",
}
