"""The case state machine: only the programme's own steps are possible."""

from __future__ import annotations

import pytest

from desktop.domain.cases import CaseState, CaseTransitionError, check_transition, path_to


def test_a_case_follows_the_programme_steps() -> None:
    assert path_to(CaseState.COMPLETED) == [
        CaseState.DRAFT, CaseState.SUBMITTED, CaseState.INCLUDED, CaseState.IN_PROGRESS,
        CaseState.COMPLETED,
    ]
    assert CaseState.CONTRACTED in path_to(CaseState.TERMINATED)


@pytest.mark.parametrize(
    "current, wanted",
    [
        (CaseState.DRAFT, CaseState.INCLUDED),  # only the employment centre decides
        (CaseState.REFUSED, CaseState.INCLUDED),  # a refusal is final; apply again
        (CaseState.COMPLETED, CaseState.IN_PROGRESS),
    ],
)
def test_impossible_steps_are_refused_with_a_reason(
    current: CaseState, wanted: CaseState
) -> None:
    with pytest.raises(CaseTransitionError) as raised:
        check_transition(current, wanted)
    assert raised.value.params == {"current": current.value, "wanted": wanted.value}
    assert "{current}" in raised.value.message


def test_every_state_is_reachable_from_a_draft() -> None:
    for state in CaseState:
        assert path_to(state)[0] is CaseState.DRAFT
