"""What a synchronised field may hold: one schema the device and the district server share.

Pure (no storage, no I/O). The server refuses a pushed entry whose field fails it (reason
`invalid_value`: the device quarantines the entry like any other refusal), and a device skips a
pulled entry that fails it, so a bad value (an ИИН of 2**70, a case state "Included", 15 MiB of
text) never reaches another device. See docs/sync-protocol.md, "Field schema".

Every column of every synchronised table has a kind here; tests/unit/test_sync_schema.py checks
this against a freshly migrated device database, so a new column cannot be forgotten.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.cases import CaseState
from desktop.domain.enums import (
    Citizenship,
    DecisionKind,
    Direction,
    Role,
    SettlementPotential,
    Sex,
)
from desktop.domain.iin import is_valid_iin

# The refusal reason on the wire (the client translates it).
INVALID_VALUE = "invalid_value"

# No single value is larger than this in UTF-8 bytes: a 740-byte compressed push must not be
# able to store 15 MiB (free text such as notes and findings stays far below it).
MAX_VALUE_BYTES = 64 * 1024
# SQLite's INTEGER and PostgreSQL's bigint: anything wider overflows where it is stored.
INT64_MIN, INT64_MAX = -(1 << 63), (1 << 63) - 1
# Dates outside these years are typing errors or attacks (the oldest ИИН century is the 1800s).
FIRST_YEAR, LAST_YEAR = 1800, 2200
# Tenge as a decimal string: up to 15 integer digits and 2 fraction digits, e.g. "85000.00".
_MONEY = re.compile(r"-?[0-9]{1,15}(\.[0-9]{1,2})?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")


@dataclass(frozen=True)
class Kind:
    """A field's kind: `name` is text, integer, boolean, enum, iin, date, month, money, id or
    json; `max_chars` bounds text, `low`/`high` integers, `allowed` enumerations."""

    name: str
    max_chars: int = 0
    low: int = INT64_MIN
    high: int = INT64_MAX
    allowed: frozenset[str] = frozenset()


def text(max_chars: int = 16_000) -> Kind:
    return Kind("text", max_chars=max_chars)


def enum(*values: str) -> Kind:
    return Kind("enum", allowed=frozenset(values))


def integer(low: int = INT64_MIN, high: int = INT64_MAX) -> Kind:
    return Kind("integer", low=low, high=high)


NAME = text(500)
SHORT = text(200)
ID = Kind("id", max_chars=64)
DATE = Kind("date")
MONTH = Kind("month")
MONEY = Kind("money")
BOOLEAN = Kind("boolean")
JSON = Kind("json", max_chars=MAX_VALUE_BYTES)
IIN = Kind("iin")


def _values(enum_type: Any) -> Kind:
    return enum(*(member.value for member in enum_type))


# The columns every record table has (storage.migrations RECORD_COLUMNS).
_RECORD = {"id": ID, "created_at": SHORT, "updated_at": SHORT, "deleted": BOOLEAN}

SCHEMA: dict[str, dict[str, Kind]] = {
    "users": {"username": NAME, "full_name": NAME, "role": _values(Role), "okrug_kato": ID},
    "persons": {
        "iin": IIN, "last_name": NAME, "first_name": NAME, "patronymic": NAME,
        "birth_date": DATE, "sex": _values(Sex), "citizenship": _values(Citizenship),
        "phone": SHORT, "address": text(1000), "settlement_kato": ID, "language": SHORT,
        "name_key": text(2000), "categories": JSON, "specialty": NAME,
    },
    "households": {
        "head_person_id": ID, "settlement_kato": ID, "address": text(1000),
        "low_income": BOOLEAN, "asp_recipient": BOOLEAN,
    },
    "household_members": {
        "household_id": ID, "person_id": ID, "relation": SHORT, "disabled": BOOLEAN,
        "socially_significant_disease": BOOLEAN,
    },
    "cases": {
        "number": SHORT, "person_id": ID, "direction": _values(Direction), "measure": SHORT,
        "state": _values(CaseState), "applied_on": DATE, "settlement_kato": ID,
        "notes": text(), "placement": SHORT, "placed_on": DATE, "after_training": BOOLEAN,
        "planned_amount": MONEY, "rules_version": SHORT, "submitted_on": DATE,
        "decided_on": DATE, "notified_on": DATE, "conclusion_requested_on": DATE,
        "started_on": DATE,
    },
    "social_contracts": {
        "case_id": ID, "number": SHORT, "version": integer(1, 1_000_000),
        "supersedes_id": ID, "signed_on": DATE, "valid_from": DATE, "valid_to": DATE,
        "status": SHORT, "ended_on": DATE, "measure": SHORT, "amount": MONEY,
        "rules_version": SHORT, "schedule": JSON, "terms": JSON, "signed_by_user_id": ID,
    },
    "obligations": {
        "contract_id": ID, "party": SHORT, "description": text(), "due_on": DATE,
        "status": SHORT, "code": SHORT, "section": SHORT, "description_kk": text(),
        "checked_on": DATE, "check_note": text(), "checked_by_user_id": ID,
    },
    "monitoring_visits": {
        "case_id": ID, "visited_on": DATE, "visitor_user_id": ID, "findings": text(),
        "outcome": SHORT, "place": SHORT, "place_note": text(), "sanction_proposed": BOOLEAN,
        "corrected_at": SHORT,
    },
    "decisions": {
        "case_id": ID, "kind": _values(DecisionKind), "decided_on": DATE, "authority": SHORT,
        "author_user_id": ID, "reason": text(), "asp_suspended": BOOLEAN, "outcome": SHORT,
        "project": text(), "supersedes_id": ID, "sanction_ground": SHORT,
        "lifts_decision_id": ID, "visit_id": ID,
    },
    "payments": {"case_id": ID, "month": MONTH, "amount": MONEY, "paid_on": DATE},
    "person_documents": {
        "person_id": ID, "direction": _values(Direction), "document": SHORT,
        "received_on": DATE,
    },
    "settlements": {
        "kato": ID, "name_kk": NAME, "name_ru": NAME, "okrug_kato": ID,
        "potential": _values(SettlementPotential), "support": BOOLEAN,
    },
    "employers": {"bin": SHORT, "name": NAME, "settlement_kato": ID},
    "education_organisations": {
        "bin": SHORT, "name": NAME, "settlement_kato": ID, "licence": NAME,
    },
    "vacancies": {
        "employer_id": ID, "specialty": NAME, "settlement_kato": ID, "wage": SHORT,
        "places": integer(0, 1_000_000), "posted_on": DATE, "closes_on": DATE,
    },
    # A device writes only a conflict's resolution (authority.CONFLICT_RESOLUTION_FIELDS).
    "sync_conflicts": {"resolved_at_ms": integer(0), "resolution": enum("winner", "loser")},
}
for _columns in SCHEMA.values():
    for _name, _kind in _RECORD.items():
        _columns.setdefault(_name, _kind)


def field_problem(table: str, name: str, value: Any) -> str | None:
    """Why `value` may not be stored in `table.name`, or None when it may (null always may)."""
    kind = SCHEMA.get(table, {}).get(name)
    if kind is None:
        return "unknown field"
    if value is None:
        return None
    if kind.name == "integer":
        return _integer_problem(value, kind.low, kind.high)
    if kind.name == "boolean":
        return _integer_problem(value, 0, 1)
    if not isinstance(value, str):
        return "not text"
    if len(value.encode("utf-8", "surrogatepass")) > MAX_VALUE_BYTES:
        return "too large"
    return _text_problem(kind, value)


def _integer_problem(value: Any, low: int, high: int) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return "not an integer"
    return None if low <= value <= high else "out of range"


def _text_problem(kind: Kind, value: str) -> str | None:
    if kind.name in ("text", "id", "json") and len(value) > kind.max_chars:
        return "too long"
    if kind.name == "enum" and value not in kind.allowed:
        return "not an allowed value"
    if kind.name == "iin" and not (len(value) == 12 and is_valid_iin(value)):
        return "not a valid ИИН"
    if kind.name == "date" and not _is_date(value):
        return "not a date"
    if kind.name == "month" and not (_MONTH.fullmatch(value) and _is_date(value + "-01")):
        return "not a month"
    if kind.name == "money" and not _MONEY.fullmatch(value):
        return "not an amount"
    if kind.name == "json" and not _is_json(value):
        return "not JSON"
    return None


def _is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return FIRST_YEAR <= day.year <= LAST_YEAR


def _is_json(value: str) -> bool:
    try:
        json.loads(value)
    except ValueError:
        return False
    return True


def entry_problem(table: str, fields: Mapping[str, Any]) -> tuple[str, str] | None:
    """The first (field, why) of an entry that fails the schema, or None when all pass.

    Tables without a schema (unknown ones) are left to authority.check_entry to refuse.
    """
    if table not in SCHEMA:
        return None
    for name, value in fields.items():
        problem = field_problem(table, name, value)
        if problem is not None:
            return name, problem
    return None


__all__ = [
    "INVALID_VALUE", "MAX_VALUE_BYTES", "SCHEMA", "Kind", "entry_problem", "field_problem",
]
