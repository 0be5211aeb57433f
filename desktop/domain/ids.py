"""Time-ordered UUID keys (UUIDv7, RFC 9562) for every record.

Records are created offline on many laptops at once, so keys must never clash (no
autoincrement ids) and should sort by creation time (index locality in SQLite's B-trees).
Python 3.11 has no uuid7(), hence this small implementation.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand_a = 0


def new_id(now_ms: int | None = None) -> str:
    """A new UUIDv7 string; monotonic within this process even if the clock stalls."""
    global _last_ms, _last_rand_a
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            # Same (or earlier) millisecond: keep order by bumping the 12-bit counter field.
            ms = _last_ms
            rand_a = _last_rand_a + 1
            if rand_a > 0xFFF:
                ms += 1
                rand_a = 0
        else:
            rand_a = int.from_bytes(os.urandom(2), "big") & 0x7FF  # leave room to count up
        _last_ms, _last_rand_a = ms, rand_a
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))
