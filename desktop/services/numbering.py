"""Numbers with legal meaning (case and contract numbers), allocated offline without clashes.

Two laptops in different okrugs, or two in the same okrug, both work offline: the number is
the okrug's КАТО prefix, this device's short tag and the device's own sequence, so no two
devices can ever allocate the same number.
"""

from __future__ import annotations

from desktop.storage.connection import get_meta, set_meta
from desktop.storage.store import Transaction


def next_number(tx: Transaction, kind: str, okrug_kato: str) -> str:
    key = f"seq_{kind}"
    value = int(get_meta(tx.db, key, "0") or 0) + 1
    set_meta(tx.db, key, str(value))
    device_tag = tx.db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
    # The last 4 hex digits of the device's random UUID tell devices of one okrug apart.
    return f"{okrug_kato[:6]}-{device_tag[-4:].upper()}-{value:05d}"
