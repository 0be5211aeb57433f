"""The life of a case (an application under one direction) as a pure state machine.

States follow the mechanism of §4.3.1: application → ЦЗН decision (inclusion or refusal) →
social contract (step 5) → participation, monitored (step 7) → completion, or termination when
the participant breaks the contract (§6). Only the transitions listed here are possible.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.errors import CodedInputError


class CaseState(StrEnum):
    DRAFT = "draft"  # being filled in at the akimat, not yet sent
    SUBMITTED = "submitted"  # sent to the employment centre (ЦЗН)
    INCLUDED = "included"  # ЦЗН decided to include the applicant
    REFUSED = "refused"  # ЦЗН refused, with reasons
    CONTRACTED = "contracted"  # social contract signed
    IN_PROGRESS = "in_progress"  # participating: training, job, practice, move
    COMPLETED = "completed"
    TERMINATED = "terminated"  # contract broken or withdrawn (§6 sanctions)
    WITHDRAWN = "withdrawn"  # applicant withdrew before a decision


TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.DRAFT: frozenset({CaseState.SUBMITTED, CaseState.WITHDRAWN}),
    CaseState.SUBMITTED: frozenset({CaseState.INCLUDED, CaseState.REFUSED, CaseState.WITHDRAWN}),
    # Placement on an existing vacancy without training needs no contract (§4.3.1 step 5).
    CaseState.INCLUDED: frozenset(
        {CaseState.CONTRACTED, CaseState.IN_PROGRESS, CaseState.WITHDRAWN}
    ),
    CaseState.CONTRACTED: frozenset({CaseState.IN_PROGRESS, CaseState.TERMINATED}),
    CaseState.IN_PROGRESS: frozenset({CaseState.COMPLETED, CaseState.TERMINATED}),
    CaseState.REFUSED: frozenset(),
    CaseState.COMPLETED: frozenset(),
    CaseState.TERMINATED: frozenset(),
    CaseState.WITHDRAWN: frozenset(),
}


class CaseTransitionError(CodedInputError):
    """A case cannot move from one state to another."""

    def __init__(self, current: CaseState, wanted: CaseState) -> None:
        super().__init__(
            "transition",
            "A case in state {current} cannot move to {wanted}.",
            {"current": current.value, "wanted": wanted.value},
        )


def check_transition(current: CaseState, wanted: CaseState) -> CaseState:
    if wanted not in TRANSITIONS[current]:
        raise CaseTransitionError(current, wanted)
    return wanted


def path_to(state: CaseState) -> list[CaseState]:
    """The shortest path of states from DRAFT to `state` (demo data walks cases along it)."""
    frontier: list[list[CaseState]] = [[CaseState.DRAFT]]
    while frontier:
        path = frontier.pop(0)
        if path[-1] == state:
            return path
        frontier.extend([*path, nxt] for nxt in sorted(TRANSITIONS[path[-1]]) if nxt not in path)
    raise ValueError(state)
