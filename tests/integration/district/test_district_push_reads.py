"""A push's reads on PostgreSQL probe the index once per key, whatever the statistics say.

A push reads what its batch needs while it holds the lock that serializes all pushes. With
`record_id IN (...)`, a `fields` table grown since its last ANALYZE was read by `table_name`
alone and filtered: every person's row, each push. This test makes the statistics stale on
purpose (ANALYZE while the table is nearly empty, then 30,000 rows) and checks the plans of
the statements `prefetch` runs: no row read and thrown away, no sequential scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from district import sync_store
from district.db import Cursor, Database
from district.migrations import migrate

RECORDS = 3_000
FIELDS_PER_RECORD = 10


class _Recording(Cursor):
    """A cursor that keeps every SELECT it runs (to EXPLAIN it afterwards)."""

    def __init__(self, inner: Cursor) -> None:
        super().__init__(inner._cursor, inner.postgres)
        self.selects: list[tuple[str, list[Any]]] = []

    def execute(self, sql: str, params: Any = ()) -> Cursor:
        if sql.lstrip().upper().startswith("SELECT"):
            self.selects.append((sql, list(params)))
        return super().execute(sql, params)


@pytest.fixture(scope="module")
def stale_db(district_postgres_url: str) -> Iterator[Database]:
    db = Database(district_postgres_url)
    migrate(db)
    with db.transaction() as cur:
        cur.execute("INSERT INTO fields (table_name, record_id, field, value, hlc, device_id, "
                    "seq, okrug_kato) VALUES ('cases', 'c', 'state', '\"draft\"', 'h', 'd', 0, "
                    "NULL)")
        cur.execute("ANALYZE fields")
        cur.execute("ANALYZE records")
        # Many persons after the statistics were taken: the planner still believes in one row.
        cur.execute(
            "INSERT INTO fields (table_name, record_id, field, value, hlc, device_id, seq, "
            "okrug_kato) SELECT 'persons', 'p' || (n / ?), CASE WHEN mod(n, ?) = 0 THEN 'iin' "
            "ELSE 'f' || mod(n, ?) END, '\"' || n || '\"', 'h', 'd', n + 1, NULL "
            "FROM generate_series(0, ? - 1) AS n",
            [FIELDS_PER_RECORD, FIELDS_PER_RECORD, FIELDS_PER_RECORD,
             RECORDS * FIELDS_PER_RECORD])
        cur.execute("INSERT INTO records (table_name, record_id, okrug_kato, created_by, "
                    "created_seq) SELECT 'persons', 'p' || n, NULL, 'd', n "
                    "FROM generate_series(0, ? - 1) AS n", [RECORDS])
    yield db
    db.close()


def _filtered_or_scanned(node: dict[str, Any]) -> list[str]:
    """Plan nodes that read rows only to throw them away, or read a whole table."""
    found = []
    if node.get("Rows Removed by Filter", 0) or node.get("Node Type") == "Seq Scan":
        found.append(f"{node.get('Node Type')} on {node.get('Relation Name')}")
    for child in node.get("Plans", []):
        found += _filtered_or_scanned(child)
    return found


def test_prefetch_reads_only_the_batch_rows(stale_db: Database) -> None:
    ids = [f"p{n}" for n in range(0, RECORDS, 30)]  # 100 records
    iins = [f'"{n * FIELDS_PER_RECORD}"' for n in range(0, RECORDS, 30)]
    with stale_db.transaction() as inner:
        cur = _Recording(inner)
        fields = sync_store._select_keyed(cur, "record_id, field", "fields WHERE table_name = ?",
                                          "record_id", ids, ["persons"])
        records = sync_store._select_keyed(cur, "record_id", "records WHERE table_name = ?",
                                           "record_id", ids, ["persons"])
        same_iin = sync_store._select_keyed(
            cur, "record_id, value", "fields WHERE table_name = 'persons' AND field = 'iin'",
            "value", iins, [])
        assert len(fields) == len(ids) * FIELDS_PER_RECORD
        assert {r["record_id"] for r in records} == set(ids)
        assert sorted(r["value"] for r in same_iin) == sorted(iins)
        assert len(cur.selects) == 3
        for sql, params in cur.selects:
            plan = inner.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params).fetchone()
            assert plan is not None
            root = next(iter(plan.values()))[0]["Plan"]
            assert _filtered_or_scanned(root) == [], sql
