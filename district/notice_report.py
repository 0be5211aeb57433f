"""`duplicate-iins`: the district's log of same-ИИН pairs, to resolve them and spot probing.

A village is told only "this person is also registered in okrug X: contact the district"
(district.sync_store); this is where the district sees both records of each pair, which
device's push found it, and the pairs withheld from a device over its daily budget (a device
with many of those is pushing other okrugs' ИИН). No ИИН is printed: the record ids lead to it.
"""

from __future__ import annotations

from typing import Any

from district.db import Database


def notice_log(db: Database, limit: int) -> list[dict[str, Any]]:
    """The newest `limit` pairs, newest first, with the okrug of the device that found each."""
    with db.transaction() as cur:
        return cur.execute(
            "SELECT n.created_at, n.device_id, d.okrug_kato AS device_okrug, n.status, "
            "n.asked_okrug, n.record_id, n.other_record_id FROM notice_log n "
            "LEFT JOIN devices d ON d.id = n.device_id "
            "ORDER BY n.created_at DESC, n.record_id LIMIT ?", [limit]).fetchall()


def withheld_by_device(db: Database) -> dict[str, int]:
    """Devices that went over their budget, with how many pairs were withheld from them."""
    with db.transaction() as cur:
        rows = cur.execute("SELECT device_id, COUNT(*) AS n FROM notice_log "
                           "WHERE status = 'withheld' GROUP BY device_id ORDER BY device_id"
                           ).fetchall()
    return {row["device_id"]: int(row["n"]) for row in rows}


__all__ = ["notice_log", "withheld_by_device"]
