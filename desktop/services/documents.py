"""The documents an applicant brought, per direction: received or still missing.

What is asked comes from the rules (`rules/documents.py`,
desktop/resources/rules/documents.yaml) for the person's categories and citizenship; what was
received is stored in `person_documents`, one row per person, direction and document.
Unticking keeps the row with no date, so the change travels to the district like any other.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from desktop.domain import clock
from desktop.domain.enums import Direction
from desktop.resources import RESOURCES
from desktop.rules.documents import Document, documents_for
from desktop.rules.parameters import RuleSet, load_rules
from desktop.services.applicants import ApplicantError, applicant_details
from desktop.storage.store import Change, Store


@functools.cache
def _rules() -> RuleSet:
    return load_rules(RESOURCES / "rules")


def required_documents(
    store: Store, person_id: str, direction: str, on: date | None = None
) -> tuple[Document, ...]:
    """What this person brings for `direction`, given their categories and citizenship."""
    person = applicant_details(store, person_id)
    return documents_for(_rules(), Direction(direction).value, on or clock.today(),
                         person["categories"], person.get("citizenship"))


def _received(store: Store, person_id: str, direction: str) -> dict[str, dict[str, Any]]:
    cursor = store.db.execute(
        "SELECT id, document, received_on FROM person_documents"
        " WHERE person_id = ? AND direction = ? AND deleted = 0",
        [person_id, direction],
    )
    return {row[1]: {"id": row[0], "received_on": row[2]} for row in cursor.fetchall()}


def checklist(
    store: Store, person_id: str, direction: str, on: date | None = None
) -> list[dict[str, Any]]:
    """Each required document with `received_on` (ISO date or None), in the rules' order."""
    direction = Direction(direction).value
    received = _received(store, person_id, direction)
    return [
        {"document": d, "code": d.code,
         "received_on": received.get(d.code, {}).get("received_on")}
        for d in required_documents(store, person_id, direction, on)
    ]


def missing_documents(
    store: Store, person_id: str, direction: str, on: date | None = None
) -> list[Document]:
    """The required documents not received yet (the case form warns about them)."""
    return [item["document"] for item in checklist(store, person_id, direction, on)
            if not item["received_on"]]


def mark_received(
    store: Store, person_id: str, direction: str, code: str, received_on: date | None
) -> Change:
    """Record that a document was received on a date, or (None) that it is not received."""
    direction = Direction(direction).value
    if code not in {d.code for d in required_documents(store, person_id, direction)}:
        raise ApplicantError("Document {document} is not on the checklist of direction "
                             "{direction}.", document=code, direction=direction)
    if received_on is not None and received_on > clock.today():
        raise ApplicantError("A document cannot be received in the future ({date}).",
                             date=received_on.isoformat())
    existing = _received(store, person_id, direction).get(code)
    with store.transaction("record documents") as tx:
        return tx.save(
            "person_documents",
            {"person_id": person_id, "direction": direction, "document": code,
             "received_on": received_on},
            record_id=existing["id"] if existing else None,
        )


def case_directions(store: Store, person_id: str) -> list[str]:
    """The directions the person has live cases in, newest case first, each once."""
    cursor = store.db.execute(
        "SELECT direction FROM cases WHERE person_id = ? AND deleted = 0"
        " ORDER BY applied_on DESC, number DESC",
        [person_id],
    )
    return list(dict.fromkeys(row[0] for row in cursor.fetchall()))
