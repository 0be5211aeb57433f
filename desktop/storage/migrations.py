"""Numbered schema migrations (sqlite-utils `Migrations`, recorded in `_sqlite_migrations`).

Each migration runs in its own transaction. Never edit a released migration: add the next
number. `tests/unit/test_migrations.py` upgrades a database from every earlier version.

Every synchronised record table has the same bookkeeping columns: a UUIDv7 `id`, `created_at`,
`updated_at` (UTC, ISO 8601) and `deleted` (a tombstone: rows are never removed, so a delete
can travel to the district like any other change).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from desktop.storage.search import reindex_person

MIGRATION_SET = "qadam"
migrations = Migrations(MIGRATION_SET)

RECORD_COLUMNS = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
"""

# Tables whose rows are synchronised, in an order where references come first.
RECORD_TABLES = (
    "users",
    "settlements",
    "employers",
    "education_organisations",
    "vacancies",
    "persons",
    "households",
    "household_members",
    "cases",
    "social_contracts",
    "obligations",
    "monitoring_visits",
    "decisions",
    "payments",
)


def _run(db: Database, statements: str) -> None:
    # Not executescript(): that would COMMIT and break the migration's transaction.
    # Comments are dropped first so a ";" inside one cannot split a statement.
    code = "\n".join(line.split("--", 1)[0] for line in statements.splitlines())
    for statement in code.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0001_core_records")
def m0001_core_records(db: Database) -> None:
    _run(
        db,
        f"""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

        CREATE TABLE users ({RECORD_COLUMNS},
            username TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            role TEXT NOT NULL,
            okrug_kato TEXT
        );

        -- A person: an applicant or a member of an applicant's household.
        CREATE TABLE persons ({RECORD_COLUMNS},
            iin TEXT NOT NULL,
            last_name TEXT NOT NULL,
            first_name TEXT NOT NULL,
            patronymic TEXT,
            birth_date TEXT NOT NULL,
            sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
            citizenship TEXT NOT NULL CHECK (citizenship IN ('citizen', 'oralman')),
            phone TEXT,
            address TEXT,
            settlement_kato TEXT,
            language TEXT,
            name_key TEXT -- derived, local: never in the change log
        );
        -- One live person per ИИН (tombstoned duplicates may remain).
        CREATE UNIQUE INDEX persons_iin ON persons (iin) WHERE deleted = 0;
        CREATE INDEX persons_settlement ON persons (settlement_kato);
        -- Lists are in Kazakh alphabetical order: name_key is derived locally from the
        -- names (domain.names.kazakh_sort_text) so SQLite sorts it with plain comparison.
        CREATE INDEX persons_name ON persons (name_key) WHERE deleted = 0;

        CREATE TABLE households ({RECORD_COLUMNS},
            head_person_id TEXT REFERENCES persons (id),
            settlement_kato TEXT,
            address TEXT,
            low_income INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE household_members ({RECORD_COLUMNS},
            household_id TEXT NOT NULL REFERENCES households (id),
            person_id TEXT NOT NULL REFERENCES persons (id),
            relation TEXT NOT NULL
        );
        CREATE INDEX household_members_household ON household_members (household_id);
        CREATE INDEX household_members_person ON household_members (person_id);

        -- A case: one application under one programme direction (§4.3).
        CREATE TABLE cases ({RECORD_COLUMNS},
            number TEXT NOT NULL UNIQUE,
            person_id TEXT NOT NULL REFERENCES persons (id),
            direction TEXT NOT NULL CHECK (direction IN ('1', '2', '3', '4')),
            measure TEXT,
            state TEXT NOT NULL,
            applied_on TEXT NOT NULL,
            settlement_kato TEXT,
            notes TEXT
        );
        CREATE INDEX cases_person ON cases (person_id);
        -- Covers the monthly report: cases applied in a month by direction and state.
        CREATE INDEX cases_applied ON cases (applied_on, direction, state, person_id)
            WHERE deleted = 0;

        -- Social contract (социальный контракт): a signed one is amended by a new version.
        CREATE TABLE social_contracts ({RECORD_COLUMNS},
            case_id TEXT NOT NULL REFERENCES cases (id),
            number TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            supersedes_id TEXT REFERENCES social_contracts (id),
            signed_on TEXT,
            valid_from TEXT,
            valid_to TEXT,
            status TEXT NOT NULL
        );
        CREATE INDEX social_contracts_case ON social_contracts (case_id);

        CREATE TABLE obligations ({RECORD_COLUMNS},
            contract_id TEXT NOT NULL REFERENCES social_contracts (id),
            party TEXT NOT NULL,
            description TEXT NOT NULL,
            due_on TEXT,
            status TEXT NOT NULL
        );
        CREATE INDEX obligations_contract ON obligations (contract_id);

        CREATE TABLE monitoring_visits ({RECORD_COLUMNS},
            case_id TEXT NOT NULL REFERENCES cases (id),
            visited_on TEXT NOT NULL,
            visitor_user_id TEXT REFERENCES users (id),
            findings TEXT,
            outcome TEXT
        );
        CREATE INDEX monitoring_visits_case ON monitoring_visits (case_id);

        -- Legal acts are append-only events with an author and an authority.
        CREATE TABLE decisions ({RECORD_COLUMNS},
            case_id TEXT NOT NULL REFERENCES cases (id),
            kind TEXT NOT NULL,
            decided_on TEXT NOT NULL,
            authority TEXT NOT NULL,
            author_user_id TEXT REFERENCES users (id),
            reason TEXT
        );
        CREATE INDEX decisions_case ON decisions (case_id);

        -- Sync outbox: one row per changed field, stamped with the HLC and the device.
        -- Its key is a local sequence (the outbox never leaves this database as rows: the
        -- wire identity of a change is device, HLC, record and field). The index covers only
        -- changes not yet accepted by the district, so it shrinks as sync succeeds. (A
        -- per-record index for sync state costs 3.5 pages a save: added when sync needs it.)
        CREATE TABLE change_log (
            seq INTEGER PRIMARY KEY,
            hlc TEXT NOT NULL,
            device_id TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT,
            audit_seq INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            reason TEXT
        );
        CREATE INDEX change_log_unaccepted ON change_log (status, seq)
            WHERE status != 'accepted';

        -- Audit trail: who changed what, when. Each entry hashes the previous one.
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            action TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            changes TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        )
        """,
    )


@migrations(name="0002_reference_data_and_search")
def m0002_reference_data_and_search(db: Database) -> None:
    _run(
        db,
        f"""
        CREATE TABLE settlements ({RECORD_COLUMNS},
            kato TEXT NOT NULL UNIQUE,
            name_kk TEXT NOT NULL,
            name_ru TEXT NOT NULL,
            okrug_kato TEXT NOT NULL,
            potential TEXT CHECK (potential IN ('low', 'medium', 'high')),
            support INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE employers ({RECORD_COLUMNS},
            bin TEXT,
            name TEXT NOT NULL,
            settlement_kato TEXT
        );
        CREATE TABLE education_organisations ({RECORD_COLUMNS},
            bin TEXT,
            name TEXT NOT NULL,
            settlement_kato TEXT,
            licence TEXT
        );
        CREATE TABLE vacancies ({RECORD_COLUMNS},
            employer_id TEXT REFERENCES employers (id),
            specialty TEXT NOT NULL,
            settlement_kato TEXT,
            wage TEXT,
            places INTEGER NOT NULL DEFAULT 1,
            posted_on TEXT,
            closes_on TEXT
        );

        -- Name search: folded tokens (case, ё/е, Latin look-alikes, Kazakh letters) of each
        -- live person, keyed by the person's rowid. A plain FTS5 table (not contentless):
        -- contentless_delete needs SQLite 3.43, and the benchmark's plain twin may be older.
        CREATE VIRTUAL TABLE persons_fts USING fts5(
            tokens, prefix='1 2 3',
            tokenize='unicode61 remove_diacritics 0'
        )
        """,
    )
    # People recorded before this version get indexed now.
    for (person_id,) in db.execute("SELECT id FROM persons").fetchall():
        reindex_person(db, person_id)


@migrations(name="0003_reporting")
def m0003_reporting(db: Database) -> None:
    """What the monthly report counts (§4.2): categories, placements, amounts, payments.

    The report counts events by their legal dates (applied, decided, signed, placed, ended,
    paid), so any past month can be rebuilt as it stood.
    """
    _run(
        db,
        f"""
        ALTER TABLE persons ADD COLUMN categories TEXT; -- JSON list (§4.3.1 groups)
        ALTER TABLE cases ADD COLUMN placement TEXT
            CHECK (placement IN ('permanent_job', 'social_job', 'youth_practice'));
        ALTER TABLE cases ADD COLUMN placed_on TEXT;
        ALTER TABLE cases ADD COLUMN after_training INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cases ADD COLUMN planned_amount TEXT; -- tenge, Decimal as text
        ALTER TABLE cases ADD COLUMN rules_version TEXT; -- which rules computed it
        ALTER TABLE social_contracts ADD COLUMN ended_on TEXT;
        ALTER TABLE decisions ADD COLUMN asp_suspended INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX cases_placed ON cases (placed_on) WHERE placed_on IS NOT NULL;

        -- Money paid to or for a participant, by month (subsidies, stipends, relocation).
        CREATE TABLE payments ({RECORD_COLUMNS},
            case_id TEXT NOT NULL REFERENCES cases (id),
            month TEXT NOT NULL, -- YYYY-MM
            amount TEXT NOT NULL, -- tenge, Decimal as text
            paid_on TEXT
        );
        CREATE INDEX payments_month ON payments (month);
        CREATE INDEX payments_case ON payments (case_id)
        """,
    )


# The registry's filters (desktop/services/registry.py): one partial index per §4.3.1 group,
# in name order, so a category filter walks only that group's people (the query repeats the
# index's expression literally, which is how SQLite matches a partial index).
REGISTRY_CATEGORIES = (
    "partially_employed", "unemployed", "self_employed", "low_income",
    "school_graduate_current_year", "disabled_able_to_work", "orphan", "early_pensioner",
    "hazardous_work_allowance", "other_target_group",
)


@migrations(name="0010_registry_indexes")
def m0010_registry_indexes(db: Database) -> None:
    """Indexes behind the applicant registry's filters and column sorting."""
    _run(
        db,
        """
        -- People with a case of a direction (and state), and with a case in a state.
        CREATE INDEX cases_registry ON cases (direction, state, person_id) WHERE deleted = 0;
        CREATE INDEX cases_state ON cases (state, person_id) WHERE deleted = 0;
        -- The other way round: does this person have such a case (a walk in list order).
        CREATE INDEX cases_person_registry ON cases (person_id, direction, state)
            WHERE deleted = 0;
        -- Sorting by a column, ties in Kazakh alphabetical order (and rowid, implied).
        CREATE INDEX persons_birth ON persons (birth_date, name_key) WHERE deleted = 0;
        CREATE INDEX persons_place ON persons (settlement_kato, name_key) WHERE deleted = 0;
        CREATE INDEX persons_sex ON persons (sex, name_key) WHERE deleted = 0
        """,
    )
    for code in REGISTRY_CATEGORIES:
        db.execute(
            f"CREATE INDEX persons_category_{code} ON persons (name_key)"
            f" WHERE deleted = 0 AND instr(categories, '\"{code}\"') > 0"
        )


def migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]
