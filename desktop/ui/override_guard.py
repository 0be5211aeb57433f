"""No exception inside a Qt virtual override may take the whole app down.

PySide6 6.12.0 on CPython 3.11 crashes (a segmentation fault, with no message) when an
exception raised in C code escapes a Python override of a Qt virtual — `int("x")`, or a
sqlcipher3 error inside `changeEvent`, `eventFilter` or a model's `data`: shiboken's error
printer reads the exception before it is normalised. A village specialist would lose every
unsaved field to one bad event. (Exceptions in slots are printed and survive; only virtuals
are affected. `python -X faulthandler` and `tests/ui/test_override_guard.py` show it.)

So every override that Qt calls, in every class of `desktop.ui`, is wrapped when the class is
defined (`QObject.__init_subclass__`): an exception is logged (its type and traceback, never the
values on screen) and Qt's own default runs instead, or a neutral value for the abstract model
methods. Tests turn each caught exception into a failure (`caught()`), so a bug is never hidden
from a test, only from the person at the keyboard.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject

log = logging.getLogger(__name__)

GUARDED_PACKAGE = "desktop.ui"

# Qt calls these; an override raising in them is what crashes. Event handlers all end in
# "Event" (changeEvent, keyPressEvent, closeEvent…) and are guarded by that rule.
VIRTUALS = frozenset({
    "event", "eventFilter", "nativeEvent",
    "data", "headerData", "rowCount", "columnCount", "flags", "index", "parent", "setData",
    "sort", "canFetchMore", "fetchMore", "filterAcceptsRow", "filterAcceptsColumn", "lessThan",
    "roleNames", "mimeData", "sizeHint", "minimumSizeHint", "paint", "createEditor",
    "setEditorData", "setModelData", "validate", "fixup",
})

# Abstract model methods have no Qt default to fall back on: a neutral answer instead.
_NEUTRAL: dict[str, Callable[[], Any]] = {
    "data": lambda: None,
    "headerData": lambda: None,
    "rowCount": lambda: 0,
    "columnCount": lambda: 0,
    "index": QModelIndex,
    "parent": QModelIndex,
    "canFetchMore": lambda: False,
    "filterAcceptsRow": lambda: True,
    "filterAcceptsColumn": lambda: True,
    "event": lambda: False,
    "eventFilter": lambda: False,
}

_caught: list[tuple[str, BaseException]] = []


def caught() -> list[tuple[str, BaseException]]:
    """Exceptions swallowed so far (tests fail on them), oldest first; clears the list."""
    found = list(_caught)
    _caught.clear()
    return found


def _is_override(name: str) -> bool:
    return name in VIRTUALS or (name.endswith("Event") and not name.startswith("_"))


def _guarded(cls: type, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    label = f"{cls.__qualname__}.{name}"

    @functools.wraps(method)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as error:  # see the module docstring: never crash the app here
            _caught.append((label, error))
            log.error("%s failed; Qt's default was used instead", label, exc_info=error)
            if name in _NEUTRAL:
                return _NEUTRAL[name]()
            base = getattr(super(cls, self), name, None)
            try:
                return base(*args, **kwargs) if base is not None else None
            except Exception:  # the default itself is unusable here: nothing more to do
                log.exception("%s: Qt's default failed too", label)
                return None

    guarded.__override_guarded__ = True  # type: ignore[attr-defined]
    return guarded


def guard_class(cls: type) -> type:
    """Wrap `cls`'s own overrides of Qt virtuals (idempotent)."""
    for name, value in list(vars(cls).items()):
        if (callable(value) and _is_override(name)
                and not getattr(value, "__override_guarded__", False)):
            setattr(cls, name, _guarded(cls, name, value))
    return cls


def _on_subclass(cls: type, **kwargs: Any) -> None:
    if cls.__module__.startswith(GUARDED_PACKAGE):
        guard_class(cls)


def install() -> None:
    """Guard every QObject subclass defined in desktop.ui from now on (desktop/ui/__init__)."""
    QObject.__init_subclass__ = classmethod(_on_subclass)  # type: ignore[assignment]
