"""How deep decoded JSON nests, counted without recursion.

Shared by the readers of outside JSON (sync bodies, bundles, eligibility profiles): each
refuses a value nested deeper than it ever needs with its own error and message.
"""

from __future__ import annotations

from typing import Any


def nests_deeper_than(value: Any, limit: int) -> bool:
    """Whether lists and objects in `value` nest more than `limit` levels (the outermost is 1).

    Iterative, so a value nested 100,000 deep is measured, not a RecursionError.
    """
    if not isinstance(value, dict | list):
        return False
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                if depth >= limit:
                    return True
                stack.append((child, depth + 1))
    return False
