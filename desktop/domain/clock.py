"""Today's date, from one place.

Everything that asks "what day is it?" (the report's countdown, today's work on Home, the
default date of a form) calls `today()` here, or takes a `today` callable that defaults to
it, rather than `date.today()`. Then a test can pass its own day, and the whole test suite
can run "as if" on another day: `pin_today()` (the tests' conftest does it from the
QADAM_TEST_TODAY environment variable). The app itself never pins: it follows the
computer's calendar.

Instants (audit stamps, sync stamps) are not dates: they come from the store's clock
(`Store.clock`), which tests inject separately.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

Today = Callable[[], date]

_pinned: date | None = None


def today() -> date:
    """The local date: the computer's calendar, unless a test pinned another day."""
    return _pinned if _pinned is not None else date.today()


def pin_today(day: date | None) -> None:
    """Make `today()` answer `day` from now on (None: the computer's calendar again)."""
    global _pinned
    _pinned = day


def pinned_today() -> date | None:
    """The pinned day, if any (for a test run's header)."""
    return _pinned
