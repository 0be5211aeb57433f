"""Who may write what, and where a record belongs (pure: the server calls these per entry).

See docs/sync-protocol.md, "Authority and scope". A decision is about a whole entry (one save
of one record): a rejection refuses every field of it, never some of them, so a record is never
left half-written on the server.

Scope is the okrug a record belongs to (its KATO), or None for the whole district. Reference
data is district-wide; people and households belong to an okrug; every other record takes the
scope of the record it hangs from (a case from its person, a contract from its case, ...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

VILLAGE = "village"
DISTRICT = "district"

REFERENCE_TABLES = frozenset({"settlements", "employers", "education_organisations",
                              "vacancies"})
# Tables whose records belong to an okrug of their own (not inherited from a parent).
OKRUG_ROOTS = frozenset({"persons", "households"})
# A child record's scope is its parent's: (link column, parent table).
PARENTS: dict[str, tuple[str, str]] = {
    "cases": ("person_id", "persons"),
    "household_members": ("household_id", "households"),
    "social_contracts": ("case_id", "cases"),
    "obligations": ("contract_id", "social_contracts"),
    "monitoring_visits": ("case_id", "cases"),
    "decisions": ("case_id", "cases"),
    "payments": ("case_id", "cases"),
    "person_documents": ("person_id", "persons"),
}
APPEND_ONLY = frozenset({"decisions", "payments"})
# Decisions only the district centre takes; the akim's conclusion is the village's.
DISTRICT_DECISIONS = frozenset({"inclusion", "refusal", "sanction", "sanction_lifted"})
DISTRICT_CASE_STATES = frozenset({"included", "refused"})
CONTRACT_SIGNING_FIELDS = ("signed_on", "signed_by_user_id")
# What a person may change in a server-written conflict record: its resolution.
CONFLICT_RESOLUTION_FIELDS = frozenset({"resolved_at_ms", "resolution"})

# Rejection reasons on the wire (the client translates them).
OUT_OF_SCOPE = "out_of_scope"
AUTHORITY = "authority"
APPEND_ONLY_REASON = "append_only"
UNKNOWN_TABLE = "unknown_table"
INVALID = "invalid"


@dataclass(frozen=True)
class Writer:
    """The device pushing: its scope and, for a village device, its okrug."""

    scope: str
    okrug: str | None

    @property
    def is_district(self) -> bool:
        return self.scope == DISTRICT


@dataclass(frozen=True)
class Parent:
    """The record a child hangs from, as the server holds it (found=False: not there yet)."""

    table: str
    record_id: str
    found: bool
    okrug: str | None = None


@dataclass(frozen=True)
class Verdict:
    """Accepted into `okrug` (None = district-wide), or rejected with a reason code."""

    okrug: str | None = None
    reason: str | None = None
    message: str = ""

    @property
    def rejected(self) -> bool:
        return self.reason is not None


def reject(reason: str, message: str) -> Verdict:
    return Verdict(None, reason, message)


def okrug_of_settlement(settlement_kato: str) -> str:
    """A settlement's okrug by the KATO hierarchy: its first 6 digits then 000."""
    return settlement_kato[:6] + "000"


def parent_link(
    table: str, fields: Mapping[str, Any], stored: Mapping[str, Any] | None
) -> tuple[str, str] | None:
    """The (parent table, parent id) whose scope this record takes, if it has one."""
    link = PARENTS.get(table)
    if link is None:
        return None
    column, parent_table = link
    value = fields.get(column)
    if value is None and stored is not None:
        value = stored.get(column)
    if not isinstance(value, str) or not value:
        return None
    return parent_table, value


def check_entry(
    writer: Writer,
    table: str,
    fields: Mapping[str, Any],
    *,
    known_tables: frozenset[str] | set[str] | tuple[str, ...],
    stored: Mapping[str, Any] | None,
    stored_okrug: str | None,
    parent: Parent | None,
    okrug_exists: Callable[[str], bool],
) -> Verdict:
    """May this device write this entry, and into which scope?

    `stored` is the record's current values on the server (None: a new record) and
    `stored_okrug` its scope there; `parent` is the looked-up `parent_link` (None: none given).
    """
    if table not in known_tables:
        return reject(UNKNOWN_TABLE, f"the table {table!r} does not synchronise")
    if table == "sync_conflicts":
        return _check_conflict_resolution(writer, fields, stored, stored_okrug)
    if table == "sync_notices":
        return reject(AUTHORITY, "only the server writes notices")
    if table in REFERENCE_TABLES and not writer.is_district:
        return reject(AUTHORITY, "only the district centre writes reference data")

    verdict = _scope(writer, table, fields, stored, stored_okrug, parent, okrug_exists)
    if verdict.rejected:
        return verdict
    if not writer.is_district and verdict.okrug != writer.okrug:
        return reject(OUT_OF_SCOPE, "the record belongs to another okrug")
    if not writer.is_district:
        refused = _village_authority(table, fields, stored)
        if refused:
            return reject(AUTHORITY, refused)
    refused = _append_only(writer, table, fields, stored)
    if refused:
        return reject(APPEND_ONLY_REASON, refused)
    return verdict


def _scope(
    writer: Writer, table: str, fields: Mapping[str, Any], stored: Mapping[str, Any] | None,
    stored_okrug: str | None, parent: Parent | None, okrug_exists: Callable[[str], bool],
) -> Verdict:
    if stored is not None:
        return Verdict(stored_okrug)  # a record never moves between scopes
    if table in REFERENCE_TABLES:
        return Verdict(None)
    if table == "users":
        return Verdict(None if writer.is_district else writer.okrug)
    if table in OKRUG_ROOTS:
        if not writer.is_district:
            return Verdict(writer.okrug)
        settlement = fields.get("settlement_kato")
        if not isinstance(settlement, str) or len(settlement) < 6 or not settlement.isdigit():
            return reject(INVALID, f"a new {table} record from the district needs its "
                                   "settlement_kato (its okrug)")
        okrug = okrug_of_settlement(settlement)
        if not okrug_exists(okrug):
            return reject(INVALID, f"the okrug {okrug} of settlement {settlement} is unknown "
                                   "to this server")
        return Verdict(okrug)
    if table in PARENTS:
        column, parent_table = PARENTS[table]
        if parent is None:
            return reject(INVALID, f"a new {table} record needs {column}")
        if not parent.found:
            return reject(INVALID, f"its {parent_table} record is not on the server yet; "
                                   "push it first")
        return Verdict(parent.okrug)
    return reject(UNKNOWN_TABLE, f"the table {table!r} has no scope rule")


def _value(fields: Mapping[str, Any], stored: Mapping[str, Any] | None, name: str) -> Any:
    if name in fields:
        return fields[name]
    return None if stored is None else stored.get(name)


def _village_authority(
    table: str, fields: Mapping[str, Any], stored: Mapping[str, Any] | None
) -> str | None:
    """Why a village device may not write this entry, or None."""
    if table == "cases" and fields.get("state") in DISTRICT_CASE_STATES:
        return "only the district centre includes or refuses"
    if table == "decisions" and _value(fields, stored, "kind") in DISTRICT_DECISIONS:
        return "only the district centre records this decision"
    if table == "payments":
        return "only the district centre records payments"
    if table == "social_contracts":
        if fields.get("status") == "signed":
            return "only the district centre signs contracts"
        if any(fields.get(name) is not None for name in CONTRACT_SIGNING_FIELDS):
            return "only the district centre records a signature"
    return None


def _append_only(
    writer: Writer, table: str, fields: Mapping[str, Any], stored: Mapping[str, Any] | None
) -> str | None:
    """Why this entry would change a legal act that no longer changes, or None."""
    if table in APPEND_ONLY:
        if fields.get("deleted"):
            return f"{table} are never deleted"
        if stored is not None:
            for name, value in fields.items():
                old = stored.get(name)
                if old is not None and old != value:
                    return f"{table}.{name} is already set"
    if table == "social_contracts" and stored is not None:
        status = stored.get("status")
        if status in ("signed", "superseded"):
            changed = {n: v for n, v in fields.items() if stored.get(n) != v}
            if not changed:
                return None  # the same values again change nothing
            if (status == "signed" and writer.is_district
                    and changed == {"status": "superseded"}):
                return None
            return "a signed contract changes only by being superseded"
    return None


def _check_conflict_resolution(
    writer: Writer, fields: Mapping[str, Any], stored: Mapping[str, Any] | None,
    stored_okrug: str | None,
) -> Verdict:
    if stored is None:
        return reject(AUTHORITY, "only the server records conflicts")
    if not set(fields) <= CONFLICT_RESOLUTION_FIELDS:
        return reject(AUTHORITY, "only a conflict's resolution may be written")
    if not writer.is_district and stored_okrug != writer.okrug:
        return reject(OUT_OF_SCOPE, "the conflict belongs to another okrug")
    return Verdict(stored_okrug)


__all__ = [
    "APPEND_ONLY", "DISTRICT", "OKRUG_ROOTS", "PARENTS", "REFERENCE_TABLES", "VILLAGE",
    "Parent", "Verdict", "Writer", "check_entry", "okrug_of_settlement", "parent_link",
]
