"""What gives way in the status bar when a narrow window cannot show everything whole.

The main window's status bar holds a few widgets (the count shown, the sync state, the
report's countdown, the total). On a small screen (1366×768 at 150 %) or in the longer
Kazakh sentences they do not all fit, and Qt would then squeeze some of them and cut their
text off unseen. Instead each widget that may give way says how (`GiveWay`): it hides, or
it turns compact (a shorter text, the whole sentence in its tooltip). The steps are taken
lowest rank first, only as many as needed; a widget with no step never gives way. The
window decides the ranks (the report's countdown stays once it is urgent), so a new widget
joins by adding its own steps.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from PySide6.QtWidgets import QStatusBar, QWidget

# Around the widgets: 2 px before the first; after the last, 6 px of spacing, 1 px and the
# 17 px size grip (QStatusBar's own layout, measured offscreen; tests/ui/test_status_fit.py
# checks on the real window that nothing is cut off).
EDGES = 2 + 6 + 1
SIZE_GRIP = 17
SAFETY = 4  # a rounding pixel or two in a font's advance must not cut the last letter


class Step(Enum):
    HIDE = "hide"
    COMPACT = "compact"  # the widget's `set_compact(True)`: a shorter text


@dataclass(frozen=True)
class GiveWay:
    """One way to make room: `widget` hides or turns compact. Lower `rank` goes first."""

    rank: int
    widget: QWidget
    step: Step = Step.HIDE


def room(bar: QStatusBar, shown: int) -> int:
    """The width left for `shown` widgets' own sizes in `bar`."""
    spacing = max(bar.layout().spacing(), 0) if bar.layout() is not None else 6
    grip = SIZE_GRIP if bar.isSizeGripEnabled() else 0
    return bar.width() - EDGES - grip - spacing * max(shown - 1, 0) - SAFETY


def needed(widgets: Sequence[QWidget]) -> tuple[int, int]:
    """The widths the shown widgets ask for, and how many are shown."""
    shown = [w for w in widgets if not w.isHidden()]
    return sum(w.sizeHint().width() for w in shown), len(shown)


def fits(bar: QStatusBar, widgets: Sequence[QWidget]) -> bool:
    width, shown = needed(widgets)
    return width <= room(bar, shown)


def fit(bar: QStatusBar, widgets: Sequence[QWidget], steps: Iterable[GiveWay]) -> None:
    """Show every one of `widgets` whole if they fit `bar`; else take `steps` until they do.

    `widgets` are all the status bar's widgets that want to show now, each shown (and not
    compact) again first: a wider window brings back what a narrower one hid.
    """
    for widget in widgets:
        if hasattr(widget, "set_compact"):
            widget.set_compact(False)
        widget.setHidden(False)
    for give in sorted(steps, key=lambda g: g.rank):
        if fits(bar, widgets):
            break
        if give.step is Step.HIDE:
            give.widget.setHidden(True)
        else:
            give.widget.set_compact(True)  # type: ignore[attr-defined]
    for widget in widgets:
        if widget.layout() is not None:
            widget.layout().activate()  # a compact widget's own labels first
    if bar.layout() is not None:
        bar.layout().invalidate()  # now, not at the next turn of the event loop:
        bar.layout().activate()  # a screenshot or a test right after sees the result

