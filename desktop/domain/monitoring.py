"""Monitoring of the social contract: the closed vocabularies of visits, obligations, sanctions.

The employment centre (ЦЗН) controls that participants fulfil the social contract (§4.3.1
step 7, §5); project support in direction 2 includes consultations at the participant's home
at least once every two months (§4.3.2 step 9). Refusing to take part, or not fulfilling the
contract, leads to sanctions: the payment of targeted social assistance (АСП) to that person is
suspended while the family keeps its right to it (§6). Pure: no storage, no Qt.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.cases import CaseState


class VisitPlace(StrEnum):
    """Where the participant was seen."""

    HOME = "home"  # по месту жительства (§4.3.2 step 9)
    WORKPLACE = "workplace"
    TRAINING_ORGANISATION = "training_organisation"
    AKIMAT = "akimat"
    OTHER = "other"  # then a note says where


class Compliance(StrEnum):
    """What the visit found about the participant's obligations.

    The stored values are those of `monitoring_visits.outcome` (demo data writes them too).
    """

    COMPLIES = "compliant"
    PARTLY = "partly"
    BREACH = "breach"


class ObligationStatus(StrEnum):
    """An obligation of the social contract: not yet checked, fulfilled, or not fulfilled."""

    OPEN = "open"
    FULFILLED = "fulfilled"
    BROKEN = "broken"


class SanctionGround(StrEnum):
    """The two grounds §6 names for a sanction."""

    REFUSAL = "refusal"  # refused to take part in active employment measures
    NON_FULFILMENT = "non_fulfilment"  # did not fulfil the social contract


# The employment centre applies the sanctions (§7, task 3 of the ЦЗН).
SANCTION_AUTHORITY = "employment_centre"

# A case is monitored once its social contract is signed, while the person takes part, and
# when it ended because the contract was broken (a sanction often follows the termination).
MONITORED_STATES = frozenset({CaseState.CONTRACTED, CaseState.IN_PROGRESS, CaseState.TERMINATED})

# A visit that found these may carry a village specialist's proposal of a sanction.
PROPOSAL_COMPLIANCE = frozenset({Compliance.PARTLY, Compliance.BREACH})
