"""Keep PySide6 6.12.0 from crashing CPython 3.11, which it does by dropping references to
the interpreter's singletons.

Seen here on CPython 3.11:
- every call of a Qt method that returns nothing (`QWidget.setEnabled`, `processEvents`…)
  lowers None's reference count by one;
- every `Signal.emit(...)` lowers True's by one (measured: −200 per 200 emits).
After a few thousand of either, the interpreter aborts ("Fatal Python error: none_dealloc" or
"bool_dealloc"), during a session or at exit. CPython 3.12 made these objects immortal, so
the same wheel runs there unharmed. Until the binding is fixed (or the project moves to
Python 3.12+), give each of them a reference count no session can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

# 2**40 leaked references (a million a second for twelve days) before one could be freed.
_BALLAST = 1 << 40
_SINGLETONS = (None, True, False)


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
    for singleton in _SINGLETONS:
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BALLAST
    return True
