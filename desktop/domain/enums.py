"""Closed vocabularies of the programme, shared by storage, services and UI."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """Who a user is; what they may do is decided in services (see `can_write`)."""

    VILLAGE_SPECIALIST = "village_specialist"  # специалист аппарата акима
    DISTRICT_SPECIALIST = "district_specialist"  # специалист ЦЗН
    ADMINISTRATOR = "administrator"
    AUDITOR = "auditor"  # read-only

    @property
    def can_write(self) -> bool:
        return self is not Role.AUDITOR

    @property
    def can_manage_users(self) -> bool:
        return self is Role.ADMINISTRATOR


class Direction(StrEnum):
    """The programme's four directions (§4.3.1–§4.3.4)."""

    TRAINING_AND_EMPLOYMENT = "1"
    ENTREPRENEURSHIP = "2"
    LABOUR_MOBILITY = "3"
    RURAL_DEVELOPMENT = "4"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class Citizenship(StrEnum):
    CITIZEN = "citizen"
    ORALMAN = "oralman"  # оралман: ethnic Kazakh immigrant (§4.3.1)


class SettlementPotential(StrEnum):
    """Development potential of a settlement, from the МВК lists (§4.3.3)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class DecisionKind(StrEnum):
    INCLUSION = "inclusion"
    REFUSAL = "refusal"
    SANCTION = "sanction"  # e.g. suspension of targeted social assistance (§6)
    SANCTION_LIFTED = "sanction_lifted"  # ends a sanction: a new decision, never an edit
    AKIM_CONCLUSION = "akim_conclusion"  # feasibility conclusion, direction 2 step 3
