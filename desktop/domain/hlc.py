"""Hybrid logical clock (HLC) timestamps for the change log.

Village laptops often have wrong clocks, so the order of edits cannot rest on the wall clock
alone. An HLC keeps the physical time when it is sane and a counter when it is not: a timestamp
is never smaller than any timestamp this device has issued or seen, so field-level
last-writer-wins merges are deterministic (Kulkarni et al., "Logical Physical Clocks", 2014).

The wire form is fixed width (15 digits of milliseconds, 5 of counter) so that text order is
clock order; `desktop/sync/wire.py` refuses any other width. The counter therefore never
reaches 100,000: the event that would need it moves the physical part on by one millisecond
and starts the counter again (the carry of the HLC papers). Order is kept, and the stamp runs
ahead of the wall clock by at most one millisecond per 100,000 events in a millisecond.
"""

from __future__ import annotations

from dataclasses import dataclass

WALL_DIGITS = 15
COUNTER_DIGITS = 5
COUNTER_LIMIT = 10**COUNTER_DIGITS  # the first counter that would not fit
WALL_LIMIT = 10**WALL_DIGITS


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int = 0

    def __post_init__(self) -> None:
        # A stamp that does not fit the fixed width would sort wrongly as text: refuse it here.
        if not (0 <= self.wall_ms < WALL_LIMIT and 0 <= self.counter < COUNTER_LIMIT):
            raise ValueError(f"HLC out of range: {self.wall_ms}, {self.counter}")

    def encode(self) -> str:
        """A fixed-width string that sorts in the same order as the clock."""
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}"

    @classmethod
    def decode(cls, text: str) -> Hlc:
        wall, counter = text.split("-")
        # A last stamp saved before the carry existed may hold a counter past the limit; it
        # reads as the stamp that follows it, so the next one still sorts after everything.
        return _stamp(int(wall), int(counter))


ZERO = Hlc(0, 0)


def _stamp(wall_ms: int, counter: int) -> Hlc:
    """The stamp (wall, counter), carried into the next millisecond when the counter is full."""
    if counter >= COUNTER_LIMIT:
        return Hlc(wall_ms + 1, 0)
    return Hlc(wall_ms, counter)


def tick(last: Hlc, now_ms: int) -> Hlc:
    """The timestamp for a local event, given the last one issued and the wall clock."""
    if now_ms > last.wall_ms:
        return Hlc(now_ms, 0)
    return _stamp(last.wall_ms, last.counter + 1)


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
    return _stamp(wall, counter)
