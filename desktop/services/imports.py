"""Import the district's lists from Excel: preview every row against the database, then write.

`preview_import` reads the file (reports.imports: nothing written) and says for each row
whether it is new, unchanged, changed or invalid, with every problem. `apply_import` writes
the previewed rows in ONE transaction: all of them, or none if any row has a problem, unless
the caller asks for only the valid rows. Existing records are matched by their natural key
(КАТО, ИИН, БИН or name, employer + specialty + settlement), and `tx.save` writes only fields
that differ, so importing the same file twice changes nothing the second time.

A person already registered is never overwritten: a row with a registered ИИН is unchanged if
it agrees with the card, and a problem if it does not (the specialist corrects the card).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.domain.enums import Citizenship
from desktop.domain.names import fold_name
from desktop.reports.imports import ListKind, ParsedRow, RowProblem, read_list
from desktop.reports.imports.kinds import SPECS, organisation_key
from desktop.services.applicants import ApplicantInput, save_applicant_in
from desktop.storage.store import Change, Store, Transaction, to_column

KIND_VACANCIES = ListKind.VACANCIES
KIND_EDUCATION = ListKind.EDUCATION_ORGANISATIONS
KIND_SETTLEMENTS = ListKind.SETTLEMENTS
KIND_APPLICANTS = ListKind.APPLICANTS

NEW, UNCHANGED, CHANGED, INVALID = "new", "unchanged", "changed", "invalid"
PROGRESS_EVERY = 100  # rows between progress calls: often enough for a bar, not a flood
LOOKUP_CHUNK = 500  # ИИН per IN (…) query, well under SQLite's parameter limit

MSG_IIN_IN_DATABASE = (
    "ИИН {iin} is already registered to {name}, and this row differs in: {fields}. An import "
    "never overwrites a registered person: correct the card by hand, or remove the row."
)
MSG_UNKNOWN_SETTLEMENT = (
    "The КАТО code {kato} is not in the list of settlements. Correct it, or import the "
    "settlements list first."
)
MSG_REMOVED_SETTLEMENT = (
    "The settlement {kato} was removed from the list of settlements and cannot be added again "
    "by an import."
)
MSG_HAS_PROBLEMS = (
    "The file has {count} problems, so nothing was imported. Correct them and check the file "
    "again, or choose to import only the valid rows."
)
MSG_STALE = (
    "The records changed after the file was checked ({count} rows no longer fit), so nothing "
    "was imported. Check the file again."
)

Progress = Callable[[int, int], None]


class ImportRefused(Exception):
    """apply_import would not write: `message` is the translation source, `params` fill it."""

    def __init__(self, code: str, message: str, params: dict[str, object] | None = None) -> None:
        self.code = code
        self.message = message
        self.params: dict[str, object] = dict(params or {})
        super().__init__(message.format(**self.params))


@dataclass(frozen=True)
class PreviewRow:
    """One data row as it would be imported: its status and what it would change."""

    row: int
    status: str  # NEW, UNCHANGED, CHANGED or INVALID
    values: dict[str, Any]  # typed values by field, as read from the file
    problems: tuple[RowProblem, ...] = ()
    record_id: str | None = None  # the existing record it matches
    changed_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class DatabaseDuplicate:
    """A row whose ИИН is already registered: to whom, and whether the row agrees."""

    row: int
    iin: str
    person_id: str
    name: str
    same: bool


@dataclass(frozen=True)
class ImportPreview:
    """Everything the preview dialog shows; apply_import writes exactly these rows."""

    kind: ListKind
    path: Path
    sheet: str
    header_row: int
    columns: dict[str, str]  # field → heading as the file writes it
    ignored_columns: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    problems: tuple[RowProblem, ...]  # every problem, the header's first, then by row
    duplicates_in_file: dict[str, tuple[int, ...]]  # ИИН → rows
    duplicates_in_database: tuple[DatabaseDuplicate, ...]
    complete: bool  # every required column is there

    @property
    def duplicates(self) -> dict[str, tuple[int, ...]]:
        """ИИН → rows, for every ИИН repeated in the file or already in the database."""
        found = {iin: rows for iin, rows in self.duplicates_in_file.items()}
        for dup in self.duplicates_in_database:
            found[dup.iin] = tuple(sorted({*found.get(dup.iin, ()), dup.row}))
        return found

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def new(self) -> int:
        return self.count(NEW)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def changed(self) -> int:
        return self.count(CHANGED)

    @property
    def invalid(self) -> int:
        return self.count(INVALID)

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in (NEW, UNCHANGED, CHANGED, INVALID)}


@dataclass(frozen=True)
class ImportResult:
    """What apply_import wrote (all zeros and `aborted` when it was cancelled)."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0  # rows with problems left out (only with only_valid=True)
    aborted: bool = False
    changes: tuple[Change, ...] = field(default=(), repr=False)

    @property
    def written(self) -> int:
        return self.new + self.changed


class _Aborted(Exception):
    """Raised inside the transaction so that SQLite rolls everything back."""


# -- public API ---------------------------------------------------------------------------------


def preview_import(
    store: Store, path: Path | str, kind: ListKind | str, sheet: str | None = None
) -> ImportPreview:
    """Read and check the file and compare each row with the database; write nothing.

    Raises SpreadsheetError when the file cannot be read at all.
    """
    parsed = read_list(Path(path), kind, sheet)
    planner = _planner(parsed.kind, store.db, parsed.columns)
    rows = [_from_parsed(row, parsed.complete) for row in parsed.rows]
    planned, db_duplicates = planner.plan(rows)
    return ImportPreview(
        kind=parsed.kind,
        path=Path(path),
        sheet=parsed.sheet,
        header_row=parsed.header_row,
        columns=dict(parsed.columns),
        ignored_columns=tuple(parsed.ignored_columns),
        rows=tuple(planned),
        problems=(*parsed.problems, *(p for r in planned for p in r.problems)),
        duplicates_in_file=dict(parsed.duplicates),
        duplicates_in_database=tuple(db_duplicates),
        complete=parsed.complete,
    )


def apply_import(
    store: Store,
    preview: ImportPreview,
    only_valid: bool = False,
    progress: Progress | None = None,
    abort: threading.Event | None = None,
) -> ImportResult:
    """Write the previewed rows in one transaction; nothing at all if refused or aborted.

    Without `only_valid` any problem refuses the whole import (ImportRefused). Rows are
    matched with the database again inside the transaction, so a record someone saved since
    the preview is not overwritten blindly. `progress(done, total)` is called every
    PROGRESS_EVERY rows and at the end; setting `abort` between rows rolls everything back and
    returns a result with `aborted` set. An auditor gets PermissionDenied from the store.
    A backup is taken first (services/backups.py): an import writes many records at once.
    """
    if store.actor.role.can_write and preview.rows:
        from desktop.services import backups  # only here: it is not needed to preview

        backups.before_change(store)
    try:
        with store.transaction() as tx:
            if preview.problems and not only_valid:
                raise ImportRefused(
                    "has_problems", MSG_HAS_PROBLEMS, {"count": len(preview.problems)}
                )
            candidates = [
                PreviewRow(r.row, NEW, r.values)
                for r in preview.rows
                if r.status != INVALID and preview.complete
            ]
            planner = _planner(preview.kind, tx.db, preview.columns)
            planned, _ = planner.plan(candidates)
            stale = [r for r in planned if r.status == INVALID]
            if stale and not only_valid:
                raise ImportRefused("stale", MSG_STALE, {"count": len(stale)})
            result = _write(tx, planner, planned, progress, abort)
    except _Aborted:
        return ImportResult(aborted=True)
    skipped = len(preview.rows) - len(candidates) + len(stale)
    return ImportResult(
        new=result.new,
        changed=result.changed,
        unchanged=result.unchanged,
        skipped=skipped,
        changes=tuple(tx.changes),
    )


def _write(
    tx: Transaction,
    planner: _Planner,
    planned: list[PreviewRow],
    progress: Progress | None,
    abort: threading.Event | None,
) -> ImportResult:
    todo = [r for r in planned if r.status in (NEW, CHANGED)]
    total = len(todo)
    if progress is not None:
        progress(0, total)
    for done, row in enumerate(todo, start=1):
        if abort is not None and abort.is_set():
            raise _Aborted()
        planner.write(tx, row)
        if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
            progress(done, total)
    if abort is not None and abort.is_set():
        raise _Aborted()  # cancelled during the last row: still nothing is kept
    return ImportResult(
        new=sum(1 for r in todo if r.status == NEW),
        changed=sum(1 for r in todo if r.status == CHANGED),
        unchanged=sum(1 for r in planned if r.status == UNCHANGED),
    )


def _from_parsed(row: ParsedRow, complete: bool) -> PreviewRow:
    status = NEW if row.valid and complete else INVALID
    return PreviewRow(row.row, status, dict(row.values), tuple(row.problems))


# -- matching with the database -----------------------------------------------------------------


def _planner(kind: ListKind, db: Any, columns: dict[str, str]) -> _Planner:
    planners: dict[ListKind, type[_Planner]] = {
        ListKind.APPLICANTS: _Applicants,
        ListKind.SETTLEMENTS: _Settlements,
        ListKind.EDUCATION_ORGANISATIONS: _EducationOrganisations,
        ListKind.VACANCIES: _Vacancies,
    }
    return planners[ListKind(kind)](db, columns)


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


class _Planner:
    """Matches rows of one list kind with existing records and writes them."""

    table = ""

    def __init__(self, db: Any, columns: dict[str, str]) -> None:
        self.db = db
        self.columns = columns  # only the fields the file has are compared and written
        self._settlements: set[str] | None = None

    def plan(self, rows: list[PreviewRow]) -> tuple[list[PreviewRow], list[DatabaseDuplicate]]:
        self.load(rows)
        planned = [r if r.status == INVALID else self.classify(r) for r in rows]
        return planned, self.duplicates(planned)

    def load(self, rows: list[PreviewRow]) -> None:
        """Fetch the existing records these rows may match, once for all rows."""

    def classify(self, row: PreviewRow) -> PreviewRow:
        raise NotImplementedError

    def duplicates(self, rows: list[PreviewRow]) -> list[DatabaseDuplicate]:
        return []

    def write(self, tx: Transaction, row: PreviewRow) -> None:
        tx.save(self.table, self.record_values(row.values), record_id=row.record_id)

    def record_values(self, values: dict[str, Any]) -> dict[str, Any]:
        """The columns to write: every field the file has; an empty cell clears the field."""
        return {name: values.get(name) for name in self.columns}

    def compare(
        self, row: PreviewRow, current: dict[str, Any] | None, values: dict[str, Any]
    ) -> PreviewRow:
        if current is None:
            return PreviewRow(row.row, NEW, row.values)
        changed = tuple(k for k, v in values.items() if to_column(v) != current.get(k))
        status = CHANGED if changed else UNCHANGED
        return PreviewRow(row.row, status, row.values, (), current["id"], changed)

    def heading(self, name: str) -> str:
        return self.columns.get(name, name)

    def problem(
        self, row: PreviewRow, field_name: str, code: str, message: str, params: dict[str, Any]
    ) -> PreviewRow:
        found = RowProblem(row.row, self.heading(field_name), code, message, params)
        return PreviewRow(row.row, INVALID, row.values, (*row.problems, found))

    def unknown_settlement(self, row: PreviewRow) -> PreviewRow | None:
        kato = row.values.get("settlement_kato")
        if kato is None:
            return None
        if self._settlements is None:
            self._settlements = {
                k for (k,) in self.db.execute("SELECT kato FROM settlements WHERE deleted = 0")
            }
        if kato in self._settlements:
            return None
        return self.problem(
            row, "settlement_kato", "unknown_settlement", MSG_UNKNOWN_SETTLEMENT, {"kato": kato}
        )


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class _Applicants(_Planner):
    table = "persons"
    COMPARED = ("last_name", "first_name", "patronymic", "citizenship", "phone",
                "settlement_kato", "address")

    def load(self, rows: list[PreviewRow]) -> None:
        # Rows with other problems too: their ИИН may still be registered, and that is shown.
        iins = sorted({r.values["iin"] for r in rows if r.values.get("iin")})
        self.existing: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(iins, LOOKUP_CHUNK):
            marks = ", ".join("?" * len(chunk))
            for person in _rows(
                self.db.execute(
                    "SELECT id, iin, last_name, first_name, patronymic, citizenship, phone,"
                    " address, settlement_kato FROM persons"
                    f" WHERE deleted = 0 AND iin IN ({marks})",
                    chunk,
                )
            ):
                self.existing[person["iin"]] = person

    def classify(self, row: PreviewRow) -> PreviewRow:
        unknown = self.unknown_settlement(row)
        if unknown is not None:
            return unknown
        person = self.existing.get(row.values["iin"])
        if person is None:
            return PreviewRow(row.row, NEW, row.values)
        differing = self.differing(row.values, person)
        if not differing:
            return PreviewRow(row.row, UNCHANGED, row.values, (), person["id"])
        params = {
            "iin": person["iin"],
            "name": _full_name(person),
            "fields": ", ".join(self.heading(f) for f in differing),
        }
        return self.problem(row, "iin", "iin_in_database", MSG_IIN_IN_DATABASE, params)

    def differing(self, values: dict[str, Any], person: dict[str, Any]) -> list[str]:
        """Fields the row fills and the card holds otherwise (an empty cell says nothing)."""
        found = []
        for name in self.COMPARED:
            ours, theirs = values.get(name), person[name]
            if ours is None or ours == theirs:
                continue  # equal as stored: the usual case, and cheaper than folding
            if _same_form(name, ours) != _same_form(name, theirs):
                found.append(name)
        return found

    def duplicates(self, rows: list[PreviewRow]) -> list[DatabaseDuplicate]:
        found = []
        for row in rows:
            person = self.existing.get(row.values.get("iin", ""))
            if person is not None:
                same = not self.differing(row.values, person)
                found.append(
                    DatabaseDuplicate(
                        row.row, person["iin"], person["id"], _full_name(person), same
                    )
                )
        return found

    def write(self, tx: Transaction, row: PreviewRow) -> None:
        v = row.values
        save_applicant_in(
            tx,
            ApplicantInput(
                iin=v["iin"],
                last_name=v["last_name"],
                first_name=v["first_name"],
                patronymic=v.get("patronymic"),
                citizenship=Citizenship(v["citizenship"]),
                phone=v.get("phone"),
                address=v.get("address"),
                settlement_kato=v.get("settlement_kato"),
            ),
        )


def _full_name(person: dict[str, Any]) -> str:
    return " ".join(p for p in (person["last_name"], person["first_name"], person["patronymic"])
                    if p)


def _same_form(name: str, value: Any) -> Any:
    """What counts as the same value: names folded, phones by their digits."""
    if value is None:
        return None
    if name == "phone":
        return "".join(c for c in str(value) if c.isdigit())
    if name in ("last_name", "first_name", "patronymic", "address"):
        return fold_name(str(value))
    return value


class _Settlements(_Planner):
    table = "settlements"

    def load(self, rows: list[PreviewRow]) -> None:
        self.existing = {
            s["kato"]: s for s in _rows(self.db.execute("SELECT * FROM settlements"))
        }

    def classify(self, row: PreviewRow) -> PreviewRow:
        current = self.existing.get(row.values["kato"])
        if current is not None and current["deleted"]:
            params = {"kato": row.values["kato"]}
            return self.problem(row, "kato", "removed_record", MSG_REMOVED_SETTLEMENT, params)
        return self.compare(row, current, self.record_values(row.values))

    def record_values(self, values: dict[str, Any]) -> dict[str, Any]:
        found = super().record_values(values)
        if "support" in found and found["support"] is None:
            found["support"] = False  # an empty cell means "not a support settlement"
        return found


class _EducationOrganisations(_Planner):
    table = "education_organisations"

    def load(self, rows: list[PreviewRow]) -> None:
        self.index = _OrganisationIndex(
            _rows(self.db.execute(
                "SELECT id, bin, name, settlement_kato, licence FROM education_organisations"
                " WHERE deleted = 0 ORDER BY created_at"
            ))
        )

    def classify(self, row: PreviewRow) -> PreviewRow:
        unknown = self.unknown_settlement(row)
        if unknown is not None:
            return unknown
        current = self.index.find(row.values.get("bin"), row.values["name"])
        return self.compare(row, current, self.record_values(row.values))

    def record_values(self, values: dict[str, Any]) -> dict[str, Any]:
        found = super().record_values(values)
        if found.get("bin") is None:
            found.pop("bin", None)  # a row without a БИН does not erase a known one
        return found


class _OrganisationIndex:
    """Organisations (or employers) by БИН and by folded name, oldest first."""

    def __init__(self, records: Iterable[dict[str, Any]]) -> None:
        self.by_bin: dict[str, dict[str, Any]] = {}
        self.by_name: dict[str, dict[str, Any]] = {}
        for record in records:
            self.add(record)

    def add(self, record: dict[str, Any]) -> None:
        if record.get("bin"):
            self.by_bin.setdefault(record["bin"], record)
        self.by_name.setdefault(fold_name(record["name"]), record)

    def find(self, bin_value: str | None, name: str) -> dict[str, Any] | None:
        if bin_value:
            found = self.by_bin.get(bin_value)
            if found is not None:
                return found
            # A record first listed without its БИН is the same organisation.
            same_name = self.by_name.get(fold_name(name))
            return same_name if same_name is not None and not same_name.get("bin") else None
        return self.by_name.get(fold_name(name))


class _Vacancies(_Planner):
    table = "vacancies"
    FIELDS = ("specialty", "settlement_kato", "wage", "places", "posted_on", "closes_on")

    def load(self, rows: list[PreviewRow]) -> None:
        self.employers = _OrganisationIndex(
            _rows(self.db.execute(
                "SELECT id, bin, name FROM employers WHERE deleted = 0 ORDER BY created_at"
            ))
        )
        self.vacancies: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        for vacancy in _rows(self.db.execute(
            "SELECT id, employer_id, specialty, settlement_kato, wage, places, posted_on,"
            " closes_on FROM vacancies WHERE deleted = 0 ORDER BY created_at"
        )):
            key = (vacancy["employer_id"], fold_name(vacancy["specialty"]),
                   vacancy["settlement_kato"])
            self.vacancies.setdefault(key, vacancy)
        self.created: dict[tuple[str, str], str] = {}  # employers created by this import

    def classify(self, row: PreviewRow) -> PreviewRow:
        unknown = self.unknown_settlement(row)
        if unknown is not None:
            return unknown
        v = row.values
        employer = self.employers.find(v.get("employer_bin"), v["employer_name"])
        current = None
        if employer is not None:
            key = (employer["id"], fold_name(v["specialty"]), v.get("settlement_kato"))
            current = self.vacancies.get(key)
        return self.compare(row, current, self.record_values(v))

    def record_values(self, values: dict[str, Any]) -> dict[str, Any]:
        found = {name: values.get(name) for name in self.FIELDS if name in self.columns}
        if "places" in found and found["places"] is None:
            found["places"] = 1  # the schema's default: one place
        return found

    def write(self, tx: Transaction, row: PreviewRow) -> None:
        values = self.record_values(row.values)
        if row.record_id is None:
            values["employer_id"] = self.employer_id(tx, row.values)
        tx.save(self.table, values, record_id=row.record_id)

    def employer_id(self, tx: Transaction, values: dict[str, Any]) -> str:
        bin_value, name = values.get("employer_bin"), values["employer_name"]
        employer = self.employers.find(bin_value, name)
        if employer is not None:
            if bin_value and not employer.get("bin"):
                tx.save("employers", {"bin": bin_value}, record_id=employer["id"])
                employer["bin"] = bin_value
            return str(employer["id"])
        key = organisation_key(bin_value, name)
        assert key is not None  # employer_name is required
        record = {"bin": bin_value, "name": name, "settlement_kato": values.get("settlement_kato")}
        record_id = tx.save("employers", record).record_id
        self.employers.add({**record, "id": record_id})
        return record_id


__all__ = [
    "CHANGED",
    "INVALID",
    "KIND_APPLICANTS",
    "KIND_EDUCATION",
    "KIND_SETTLEMENTS",
    "KIND_VACANCIES",
    "NEW",
    "SPECS",
    "UNCHANGED",
    "DatabaseDuplicate",
    "ImportPreview",
    "ImportRefused",
    "ImportResult",
    "PreviewRow",
    "apply_import",
    "preview_import",
]
