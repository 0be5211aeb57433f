"""Applicants (persons): register, correct, remove, find.

The ИИН is checked here, where input enters: birth date and sex come from the ИИН itself, so
they cannot disagree with it. One live person per ИИН: the ИИН is how the district
deduplicates applicants across villages.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from desktop.domain.cases import CaseState
from desktop.domain.enums import Citizenship
from desktop.domain.iin import parse_iin
from desktop.rules.eligibility.profile import CATEGORIES
from desktop.storage import search
from desktop.storage.store import Change, Store, Transaction


class ApplicantError(ValueError):
    """Input a person must correct; `message` is the translation source, `params` fill it."""

    def __init__(self, message: str, **params: object) -> None:
        self.message, self.params = message, params
        super().__init__(message.format(**params))


@dataclass
class ApplicantInput:
    iin: str
    last_name: str
    first_name: str
    patronymic: str | None = None
    citizenship: Citizenship = Citizenship.CITIZEN
    phone: str | None = None
    address: str | None = None
    settlement_kato: str | None = None
    language: str | None = None
    # Of CATEGORIES (the §4.3.1 groups); None leaves what is stored (an import knows none).
    categories: list[str] | None = None
    # The trade or profession, matched against vacancies; None leaves what is stored.
    specialty: str | None = None


# A case in one of these states is over; any other state is an open case.
CLOSED_STATES = (
    CaseState.REFUSED, CaseState.COMPLETED, CaseState.TERMINATED, CaseState.WITHDRAWN,
)
CASE_COLUMNS = "id, number, direction, measure, state, applied_on"


def _values(data: ApplicantInput) -> dict[str, Any]:
    iin = parse_iin(data.iin)  # raises IinError with a message the UI translates
    last, first = data.last_name.strip(), data.first_name.strip()
    if not last or not first:
        raise ApplicantError("Surname and first name are required.")
    values = asdict(data)
    values.update(
        iin=iin.value,
        last_name=last,
        first_name=first,
        patronymic=(data.patronymic or "").strip() or None,
        birth_date=iin.birth_date,
        sex=iin.sex,
        citizenship=Citizenship(data.citizenship),
    )
    if data.categories is None:
        del values["categories"]
    else:
        values["categories"] = _categories(data.categories)
    if data.specialty is None:
        del values["specialty"]
    else:
        values["specialty"] = data.specialty.strip() or None
    return values


def _categories(chosen: list[str]) -> str:
    """The chosen groups as a JSON list, in the programme's order, each one known."""
    for category in chosen:
        if category not in CATEGORIES:
            raise ApplicantError("Unknown category: {category}.", category=category)
    return json.dumps([c for c in CATEGORIES if c in chosen])


def save_applicant_in(
    tx: Transaction, data: ApplicantInput, person_id: str | None = None
) -> Change:
    """Register (person_id None) or correct an applicant inside an open transaction."""
    values = _values(data)
    existing = search.person_by_iin(tx.db, values["iin"])
    if existing and existing["id"] != person_id:
        raise ApplicantError(
            "A person with ИИН {iin} is already registered: {name}.",
            iin=values["iin"],
            name=f"{existing['last_name']} {existing['first_name']}",
        )
    return tx.save("persons", values, record_id=person_id)


def register_applicant(store: Store, data: ApplicantInput) -> Change:
    with store.transaction("register applicants") as tx:
        return save_applicant_in(tx, data)


def correct_applicant(store: Store, person_id: str, data: ApplicantInput) -> Change:
    with store.transaction("correct applicants") as tx:
        return save_applicant_in(tx, data, person_id)


def remove_applicant(store: Store, person_id: str) -> Change:
    with store.transaction("remove applicants") as tx:
        return tx.delete("persons", person_id)


def find_by_iin(store: Store, iin: str) -> dict[str, Any] | None:
    return search.person_by_iin(store.db, parse_iin(iin).value)


def find_applicants(store: Store, text: str, limit: int = 200, offset: int = 0) -> list[dict]:
    """Search as you type: a full ИИН finds that person, anything else searches names."""
    digits = text.strip().replace(" ", "")
    if len(digits) == 12 and digits.isdigit():
        person = search.person_by_iin(store.db, digits)
        return [person] if person and offset == 0 else []
    return search.search_persons(store.db, text, limit, offset)


def count_applicants(store: Store) -> int:
    return search.count_persons(store.db)


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def applicant_details(store: Store, person_id: str) -> dict[str, Any]:
    """The person with their categories (a list) and their cases, newest first."""
    found = _rows(
        store.db.execute("SELECT * FROM persons WHERE id = ? AND deleted = 0", [person_id])
    )
    if not found:
        raise ApplicantError("This applicant is no longer in the database.")
    person = found[0]
    try:
        categories = json.loads(person.get("categories") or "[]")
    except ValueError:
        categories = []
    person["categories"] = [c for c in categories if c in CATEGORIES]
    person["cases"] = _rows(
        store.db.execute(
            f"SELECT {CASE_COLUMNS} FROM cases WHERE person_id = ? AND deleted = 0"
            " ORDER BY applied_on DESC, number DESC",
            [person_id],
        )
    )
    return person


# Reads the trail through audit_log_record (schema 0011), never the whole trail.
HISTORY_SQL = """
    SELECT a.at, coalesce(u.username, a.user_id) AS username, a.action, a.table_name,
           a.changes
    FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
    WHERE (a.table_name = 'persons' AND a.record_id = ?)
       OR (a.table_name = 'cases'
           AND a.record_id IN (SELECT id FROM cases WHERE person_id = ?))
    ORDER BY a.seq DESC
"""


def applicant_history(store: Store, person_id: str) -> list[dict[str, Any]]:
    """Audit entries of the person and of their cases, newest first: when, who, which fields.

    Only field names are returned, never values: the history says what changed, not to what.
    """
    cursor = store.db.execute(HISTORY_SQL, [person_id, person_id])
    history = []
    for entry in _rows(cursor):
        try:
            fields = sorted(json.loads(entry.pop("changes")))
        except (ValueError, TypeError):
            fields = []
        history.append({**entry, "fields": fields})
    return history


def open_case_for_iin(store: Store, iin: str) -> dict[str, Any] | None:
    """The person's latest case that is not over (refused, completed, ...), or None."""
    closed = ", ".join("?" * len(CLOSED_STATES))
    cases = _rows(
        store.db.execute(
            "SELECT c.id, c.number, c.direction, c.measure, c.state, c.applied_on FROM cases c"
            " JOIN persons p ON p.id = c.person_id"
            f" WHERE p.iin = ? AND p.deleted = 0 AND c.deleted = 0 AND c.state NOT IN ({closed})"
            " ORDER BY c.applied_on DESC LIMIT 1",
            [parse_iin(iin).value, *(state.value for state in CLOSED_STATES)],
        )
    )
    return cases[0] if cases else None
