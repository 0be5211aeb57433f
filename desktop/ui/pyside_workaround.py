"""Keep PySide6 6.12.0 from crashing CPython 3.11: it drops a reference to None per void call.

Seen here: every call of a Qt method that returns nothing (`QWidget.setEnabled`,
`processEvents`...) lowers None's reference count by one on CPython 3.11, so after a few
thousand calls the interpreter aborts with "Fatal Python error: none_dealloc". CPython 3.12
made None immortal, so the same wheel runs there unharmed. Until the binding is fixed (or the
project moves to Python 3.12+), give None a reference count no session can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 void calls (a million a second for twelve days) before None could be freed.
_BALLAST = 1 << 40


def none_refcount_leaks() -> bool:
    """Whether void Qt calls lower None's reference count in this interpreter."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(64):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 32


def protect_none() -> bool:
    """Apply the guard where it is needed; returns whether it was applied."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if not none_refcount_leaks():
        return False
    # ob_refcnt is the first field of every object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += _BALLAST
    return True
