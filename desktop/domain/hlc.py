"""Hybrid logical clock (HLC) timestamps for the change log.

Village laptops often have wrong clocks, so the order of edits cannot rest on the wall clock
alone. An HLC keeps the physical time when it is sane and a counter when it is not: a timestamp
is never smaller than any timestamp this device has issued or seen, so field-level
last-writer-wins merges are deterministic (Kulkarni et al., "Logical Physical Clocks", 2014).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int = 0

    def encode(self) -> str:
        """A fixed-width string that sorts in the same order as the clock."""
        return f"{self.wall_ms:015d}-{self.counter:05d}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        wall, counter = text.split("-")
        return cls(int(wall), int(counter))


ZERO = Hlc(0, 0)


def tick(last: Hlc, now_ms: int) -> Hlc:
    """The timestamp for a local event, given the last one issued and the wall clock."""
    if now_ms > last.wall_ms:
        return Hlc(now_ms, 0)
    return Hlc(last.wall_ms, last.counter + 1)


def receive(last: Hlc, remote: Hlc, now_ms: int) -> Hlc:
    """The timestamp after seeing a remote event (sync pull)."""
    wall = max(last.wall_ms, remote.wall_ms, now_ms)
    if wall == last.wall_ms == remote.wall_ms:
        counter = max(last.counter, remote.counter) + 1
    elif wall == last.wall_ms:
        counter = last.counter + 1
    elif wall == remote.wall_ms:
        counter = remote.counter + 1
    else:
        counter = 0
    return Hlc(wall, counter)
