"""The shared field schema: it covers every synchronised column, real data passes it, and the
values that broke other devices (an ИИН of 2**70, a state "Included", 15 MiB of text) fail it."""

from __future__ import annotations

import datetime

import pytest

from desktop.domain.iin import make_iin
from desktop.storage.store import Store
from desktop.sync import schema, wire


def test_every_column_of_every_synchronised_table_has_a_kind(store: Store) -> None:
    missing = []
    for table in wire.SYNC_TABLES:
        columns = [row[1] for row in store.db.execute(f"PRAGMA table_info({table})")]
        assert columns, table
        missing += [f"{table}.{c}" for c in columns if c not in schema.SCHEMA[table]]
    assert missing == []


def test_the_demo_records_pass_the_schema(demo_store: Store) -> None:
    failures = []
    for table in wire.SYNC_TABLES:
        cursor = demo_store.db.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        for row in cursor.fetchall():
            for name, value in zip(names, row, strict=True):
                problem = schema.field_problem(table, name, value)
                if problem:
                    failures.append((table, name, problem))
    assert failures == []


GOOD_IIN = make_iin(datetime.date(1990, 3, 15), "female", 17)


@pytest.mark.parametrize(("table", "name", "value", "why"), [
    ("persons", "iin", 2**70, "not text"),
    ("persons", "iin", str(2**70), "not a valid ИИН"),
    ("persons", "iin", GOOD_IIN[:11] + str((int(GOOD_IIN[11]) + 1) % 10), "not a valid ИИН"),
    ("cases", "state", "Included", "not an allowed value"),
    ("cases", "notes", "x" * (15 * 1024 * 1024), "too large"),
    ("persons", "last_name", "Ә" * 501, "too long"),
    ("social_contracts", "version", 2**63, "out of range"),
    ("persons", "deleted", 2, "out of range"),
    ("persons", "birth_date", "1990-02-30", "not a date"),
    ("persons", "birth_date", "0001-01-01", "not a date"),
    ("payments", "amount", "1e9", "not an amount"),
    ("payments", "amount", 85000, "not text"),
    ("payments", "month", "2025-13", "not a month"),
    ("persons", "categories", "[1,", "not JSON"),
    ("persons", "shoe_size", "42", "unknown field"),
])
def test_a_bad_value_is_refused_with_its_reason(table: str, name: str, value: object,
                                                why: str) -> None:
    assert schema.field_problem(table, name, value) == why
    assert schema.entry_problem(table, {"deleted": 0, name: value}) == (name, why)


@pytest.mark.parametrize(("table", "name", "value"), [
    ("persons", "iin", GOOD_IIN),
    ("cases", "state", "included"),
    ("payments", "amount", "85000.00"),
    ("payments", "month", "2025-12"),
    ("persons", "patronymic", None),
    ("social_contracts", "version", 3),
    ("sync_conflicts", "resolution", "loser"),
])
def test_a_good_value_passes(table: str, name: str, value: object) -> None:
    assert schema.field_problem(table, name, value) is None
