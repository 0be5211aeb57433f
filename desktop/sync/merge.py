"""Field-level last-writer-wins with conflict detection (pure, shared with the server).

Every replica decides the same way: a field holds the value with the greatest (HLC, device id).
A pushed field that meets a different value from another device that the pusher had not seen
when it wrote is a conflict: both values are kept for a person, whichever wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain.hlc import Hlc, receive

# A device clock more than this ahead of the server is not allowed to win by it: the server
# re-stamps such entries with its own HLC.
MAX_FUTURE_MS = 5 * 60 * 1000
# Beyond this offset from the server the user is told to fix the computer's clock.
WARN_SKEW_MS = 3 * 60 * 1000


@dataclass(frozen=True)
class Stamp:
    """Who wrote a field's value and when: what last-writer-wins compares."""

    hlc: str
    device_id: str

    def order(self) -> tuple[str, str]:
        return (self.hlc, self.device_id)  # fixed-width HLC text sorts like the clock


def wins(incoming: Stamp, stored: Stamp | None) -> bool:
    """Does the incoming write replace the stored one?"""
    return stored is None or incoming.order() > stored.order()


def is_conflict(
    incoming: Stamp,
    incoming_value: Any,
    incoming_seen: int | None,
    stored: Stamp | None,
    stored_value: Any,
    stored_seq: int | None,
) -> bool:
    """Were these two writes concurrent edits of one field with different values?

    Concurrent: from different devices, and the incoming writer had not pulled the stored
    value when it wrote (its `seen` cursor is before the stored value's sequence number).
    """
    if stored is None or stored.device_id == incoming.device_id:
        return False
    if incoming_value == stored_value:
        return False
    if stored_seq is None:
        return False
    return incoming_seen is None or incoming_seen < stored_seq


def sane_stamp(incoming: Hlc, server_last: Hlc, server_now_ms: int) -> tuple[Hlc, bool]:
    """The HLC the server stores for an incoming write, and whether it had to re-stamp it.

    A timestamp from too far in the future (a laptop with a wrong clock) is replaced by the
    server's own next HLC, so it cannot beat every honest write for days.
    """
    if incoming.wall_ms > server_now_ms + MAX_FUTURE_MS:
        return receive(server_last, Hlc(server_now_ms, 0), server_now_ms), True
    return incoming, False


def skew_warning(offset_ms: int) -> bool:
    """Should the user be told the computer's clock is wrong? (offset = server - device)."""
    return abs(offset_ms) > WARN_SKEW_MS


__all__ = ["MAX_FUTURE_MS", "WARN_SKEW_MS", "Stamp", "is_conflict", "sane_stamp",
           "skew_warning", "wins"]
