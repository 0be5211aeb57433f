"""The district's reference lists as the reference window shows them, and the district's edits.

Vacancies, education organisations, settlements and employers are the district employment
centre's (§4.3, §4.3.3): they reach a village device by synchronisation or by an Excel import
(`services.imports`). A village specialist or an auditor only reads them; a district role may
correct a row here, validated as an import would be (БИН check digit, КАТО structure).

The lists are small (one district: hundreds of rows), so each is read whole and the window
filters and sorts in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.domain.enums import Role, SettlementPotential
from desktop.domain.iin import parse_bin
from desktop.domain.kato import is_within, parse_kato
from desktop.domain.specialties import vacancy_status
from desktop.services.applicants import ApplicantError
from desktop.services.cases import DISTRICT_ROLES
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Change, Store, Transaction

EDIT_ACTION = "edit the district's reference data"

MSG_NAME_REQUIRED = "The name is required."
MSG_NAMES_REQUIRED = "The name in Kazakh and the name in Russian are both required."
MSG_UNKNOWN_SETTLEMENT = "The settlement {kato} is not in the list of settlements."
MSG_NOT_OKRUG = (
    "{kato} is not the code of a rural okrug: an okrug's КАТО ends in 000 after its own two "
    "digits."
)
MSG_NOT_IN_OKRUG = (
    "The settlement {settlement} does not lie in the okrug {okrug}: the first six digits of "
    "both codes must be the same."
)
MSG_UNKNOWN_POTENTIAL = "Unknown settlement potential: {potential}."
MSG_GONE = "This record is no longer in the database."

MESSAGES = (MSG_NAME_REQUIRED, MSG_NAMES_REQUIRED, MSG_UNKNOWN_SETTLEMENT, MSG_NOT_OKRUG,
            MSG_NOT_IN_OKRUG, MSG_UNKNOWN_POTENTIAL, MSG_GONE)


def can_edit(role: Role) -> bool:
    """Only the district (its specialists and the administrator) edits its own lists."""
    return role in DISTRICT_ROLES


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _money(text: str | None) -> Decimal | None:
    if text in (None, ""):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None  # not a number as stored: shown empty rather than failing the list


# -- reading --------------------------------------------------------------------------------
VACANCY_QUERY = """
    SELECT v.id, v.specialty, v.employer_id, e.name AS employer_name, e.bin AS employer_bin,
           coalesce(v.settlement_kato, e.settlement_kato) AS settlement_kato,
           s.name_kk AS settlement_kk, s.name_ru AS settlement_ru,
           v.wage, v.places, v.posted_on, v.closes_on
    FROM vacancies v
    LEFT JOIN employers e ON e.id = v.employer_id AND e.deleted = 0
    LEFT JOIN settlements s
        ON s.kato = coalesce(v.settlement_kato, e.settlement_kato) AND s.deleted = 0
    WHERE v.deleted = 0
"""


def list_vacancies(store: Store, today: date) -> list[dict[str, Any]]:
    """Every live vacancy with its employer and settlement; `status` open or closed today.

    A vacancy without its own settlement is where its employer is.
    """
    vacancies = _rows(store.db.execute(VACANCY_QUERY + " ORDER BY v.posted_on DESC, v.id"))
    for vacancy in vacancies:
        vacancy["wage"] = _money(vacancy["wage"])
        vacancy["status"] = vacancy_status(vacancy["places"], vacancy["closes_on"], today)
    return vacancies


def list_education_organisations(store: Store) -> list[dict[str, Any]]:
    return _rows(store.db.execute(
        "SELECT o.id, o.name, o.bin, o.settlement_kato, o.licence,"
        " s.name_kk AS settlement_kk, s.name_ru AS settlement_ru"
        " FROM education_organisations o"
        " LEFT JOIN settlements s ON s.kato = o.settlement_kato AND s.deleted = 0"
        " WHERE o.deleted = 0 ORDER BY o.name"
    ))


def list_employers(store: Store) -> list[dict[str, Any]]:
    return _rows(store.db.execute(
        "SELECT e.id, e.name, e.bin, e.settlement_kato,"
        " s.name_kk AS settlement_kk, s.name_ru AS settlement_ru"
        " FROM employers e"
        " LEFT JOIN settlements s ON s.kato = e.settlement_kato AND s.deleted = 0"
        " WHERE e.deleted = 0 ORDER BY e.name"
    ))


def list_settlements(store: Store) -> list[dict[str, Any]]:
    settlements = _rows(store.db.execute(
        "SELECT id, kato, name_kk, name_ru, okrug_kato, potential, support FROM settlements"
        " WHERE deleted = 0 ORDER BY kato"
    ))
    for settlement in settlements:
        settlement["support"] = bool(settlement["support"])
    return settlements


@dataclass(frozen=True)
class ReferenceLists:
    """The four lists the reference window shows, read together on the worker."""

    vacancies: list[dict[str, Any]]
    education_organisations: list[dict[str, Any]]
    settlements: list[dict[str, Any]]
    employers: list[dict[str, Any]]


def reference_lists(store: Store, today: date) -> ReferenceLists:
    return ReferenceLists(
        list_vacancies(store, today),
        list_education_organisations(store),
        list_settlements(store),
        list_employers(store),
    )


# -- the district's corrections -------------------------------------------------------------
@dataclass(frozen=True)
class OrganisationInput:
    """An employer or an education organisation as the edit dialog holds it."""

    name: str
    bin: str | None = None
    settlement_kato: str | None = None
    licence: str | None = None  # education organisations only


@dataclass(frozen=True)
class SettlementInput:
    """A settlement's editable fields; its own КАТО is its identity and is not edited."""

    name_kk: str
    name_ru: str
    okrug_kato: str
    potential: str | None = None
    support: bool = False


def _require_district(store: Store) -> None:
    if not can_edit(store.actor.role):
        raise PermissionDenied(role=store.actor.role.value, action=EDIT_ACTION)


def _live(tx: Transaction, table: str, record_id: str) -> dict[str, Any]:
    found = _rows(tx.db.execute(f"SELECT * FROM {table} WHERE id = ? AND deleted = 0",
                                [record_id]))
    if not found:
        raise ApplicantError(MSG_GONE)
    return found[0]


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None


def _bin(value: str | None) -> str | None:
    text = _text(value)
    return parse_bin(text) if text else None  # raises IinError, translated by the UI


def _known_settlement(tx: Transaction, kato: str | None) -> str | None:
    if not kato:
        return None
    row = tx.db.execute(
        "SELECT 1 FROM settlements WHERE kato = ? AND deleted = 0", [kato]
    ).fetchone()
    if row is None:
        raise ApplicantError(MSG_UNKNOWN_SETTLEMENT, kato=kato)
    return kato


def _organisation(tx: Transaction, data: OrganisationInput) -> dict[str, Any]:
    name = _text(data.name)
    if not name:
        raise ApplicantError(MSG_NAME_REQUIRED)
    return {"name": name, "bin": _bin(data.bin),
            "settlement_kato": _known_settlement(tx, _text(data.settlement_kato))}


def save_employer(store: Store, record_id: str, data: OrganisationInput) -> Change:
    """Correct an employer's name, БИН or settlement (district roles only)."""
    _require_district(store)
    with store.transaction(EDIT_ACTION) as tx:
        _live(tx, "employers", record_id)
        return tx.save("employers", _organisation(tx, data), record_id=record_id)


def save_education_organisation(store: Store, record_id: str, data: OrganisationInput) -> Change:
    """Correct an education organisation (district roles only)."""
    _require_district(store)
    with store.transaction(EDIT_ACTION) as tx:
        _live(tx, "education_organisations", record_id)
        values = _organisation(tx, data)
        values["licence"] = _text(data.licence)
        return tx.save("education_organisations", values, record_id=record_id)


def save_settlement(store: Store, record_id: str, data: SettlementInput) -> Change:
    """Correct a settlement's names, okrug, potential or support status (district roles)."""
    _require_district(store)
    with store.transaction(EDIT_ACTION) as tx:
        current = _live(tx, "settlements", record_id)
        name_kk, name_ru = _text(data.name_kk), _text(data.name_ru)
        if not name_kk or not name_ru:
            raise ApplicantError(MSG_NAMES_REQUIRED)
        okrug = parse_kato(data.okrug_kato)  # raises KatoError, translated by the UI
        if okrug.level != "okrug":
            raise ApplicantError(MSG_NOT_OKRUG, kato=okrug.value)
        if not is_within(current["kato"], okrug.value):
            raise ApplicantError(MSG_NOT_IN_OKRUG, settlement=current["kato"],
                                 okrug=okrug.value)
        potential = _text(data.potential)
        if potential is not None and potential not in set(SettlementPotential):
            raise ApplicantError(MSG_UNKNOWN_POTENTIAL, potential=potential)
        return tx.save("settlements", {
            "name_kk": name_kk, "name_ru": name_ru, "okrug_kato": okrug.value,
            "potential": potential, "support": bool(data.support),
        }, record_id=record_id)
