"""Applicants (persons): register, correct, remove, find.

The ИИН is checked here, where input enters: birth date and sex come from the ИИН itself, so
they cannot disagree with it. One live person per ИИН: the ИИН is how the district
deduplicates applicants across villages.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from desktop.domain.enums import Citizenship
from desktop.domain.iin import parse_iin
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
    return values


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
