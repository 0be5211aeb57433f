"""Numbered schema migrations (sqlite-utils `Migrations`, recorded in `_sqlite_migrations`).

Each migration runs in its own transaction. Never edit a released migration: add the next
number. `tests/unit/test_migrations.py` upgrades a database from every earlier version.

Every synchronised record table has the same bookkeeping columns: a UUIDv7 `id`, `created_at`,
`updated_at` (UTC, ISO 8601) and `deleted` (a tombstone: rows are never removed, so a delete
can travel to the district like any other change).
"""

from __future__ import annotations

import json
import time

from sqlite_utils import Database, Migrations

from desktop.storage.search import reindex_person
from desktop.sync.wire import SYNC_TABLES

MIGRATION_SET = "qadam"
migrations = Migrations(MIGRATION_SET)

RECORD_COLUMNS = """
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
"""

# Tables whose rows are synchronised, in an order where references come first: the wire
# format's list (desktop.sync.wire is pure and shared with the district server, which cannot
# import storage), so a new record table is declared once.
RECORD_TABLES = SYNC_TABLES


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


@migrations(name="0004_contracts_and_conclusions")
def m0004_contracts_and_conclusions(db: Database) -> None:
    """What a printed social contract and an akim's conclusion need to be reproduced as signed.

    A contract keeps the measure, the amount, the schedule (JSON) and the terms it was drafted
    with, and the rule set that computed them, so a reprint years later shows what was signed;
    who recorded the signing is a field, not only an audit entry. Obligations keep their
    template code, the decree section they cite and the Kazakh wording beside the Russian
    (`description`). An akim's conclusion (§4.3.2 step 3) has an outcome, the project it is
    about and the conclusion it supersedes.
    """
    _run(
        db,
        """
        ALTER TABLE social_contracts ADD COLUMN measure TEXT;
        ALTER TABLE social_contracts ADD COLUMN amount TEXT; -- tenge, Decimal as text
        ALTER TABLE social_contracts ADD COLUMN rules_version TEXT;
        ALTER TABLE social_contracts ADD COLUMN schedule TEXT; -- JSON [{month, amount}]
        ALTER TABLE social_contracts ADD COLUMN terms TEXT; -- JSON: start, wage, move...
        ALTER TABLE social_contracts ADD COLUMN signed_by_user_id TEXT REFERENCES users (id);
        ALTER TABLE obligations ADD COLUMN code TEXT;
        ALTER TABLE obligations ADD COLUMN section TEXT;
        ALTER TABLE obligations ADD COLUMN description_kk TEXT;
        ALTER TABLE decisions ADD COLUMN outcome TEXT
            CHECK (outcome IN ('feasible', 'refused'));
        ALTER TABLE decisions ADD COLUMN project TEXT;
        ALTER TABLE decisions ADD COLUMN supersedes_id TEXT REFERENCES decisions (id)
        """,
    )


@migrations(name="0005_monitoring")
def m0005_monitoring(db: Database) -> None:
    """Monitoring of the social contract (§4.3.1 step 7, §4.3.2, §5) and sanctions (§6).

    A visit records where the participant was seen and whether they comply; a village
    specialist may propose a sanction with it. An obligation is marked fulfilled or broken
    with the day and a note. A sanction and the lifting of one are append-only decisions: a
    lift names the sanction it ends.
    """
    _run(
        db,
        """
        ALTER TABLE monitoring_visits ADD COLUMN place TEXT; -- domain.monitoring.VisitPlace
        ALTER TABLE monitoring_visits ADD COLUMN place_note TEXT;
        ALTER TABLE monitoring_visits ADD COLUMN sanction_proposed INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE monitoring_visits ADD COLUMN corrected_at TEXT; -- last correction, UTC
        ALTER TABLE obligations ADD COLUMN checked_on TEXT;
        ALTER TABLE obligations ADD COLUMN check_note TEXT;
        ALTER TABLE obligations ADD COLUMN checked_by_user_id TEXT REFERENCES users (id);
        ALTER TABLE decisions ADD COLUMN sanction_ground TEXT; -- refusal / non_fulfilment
        ALTER TABLE decisions ADD COLUMN lifts_decision_id TEXT REFERENCES decisions (id);
        ALTER TABLE decisions ADD COLUMN visit_id TEXT REFERENCES monitoring_visits (id);
        -- asp_suspended(person) asks, for each sanction, whether a lift names it.
        CREATE INDEX decisions_lifts ON decisions (lifts_decision_id)
            WHERE lifts_decision_id IS NOT NULL
        """,
    )


@migrations(name="0006_case_dates")
def m0006_case_dates(db: Database) -> None:
    """The dates the deadlines of §4.3.2 count from (docs/deadlines.md).

    Cases recorded before this version get no dates: a guess would put every old decision on
    the home screen as an overdue notice.
    """
    _run(
        db,
        """
        ALTER TABLE cases ADD COLUMN submitted_on TEXT; -- sent to the employment centre
        ALTER TABLE cases ADD COLUMN decided_on TEXT; -- included or refused (§4.3.2 step 4)
        ALTER TABLE cases ADD COLUMN notified_on TEXT; -- applicant told in writing (step 4)
        ALTER TABLE cases ADD COLUMN conclusion_requested_on TEXT; -- akim asked (step 3)
        ALTER TABLE cases ADD COLUMN started_on TEXT; -- participation began
        -- Each kind of due item is read through its own small index, never by scanning cases.
        CREATE INDEX cases_due_conclusion ON cases (conclusion_requested_on)
            WHERE conclusion_requested_on IS NOT NULL AND deleted = 0;
        CREATE INDEX cases_due_notification ON cases (decided_on)
            WHERE decided_on IS NOT NULL AND notified_on IS NULL AND deleted = 0;
        CREATE INDEX cases_due_state ON cases (state, direction) WHERE deleted = 0;
        CREATE INDEX decisions_due_kind ON decisions (case_id, kind) WHERE deleted = 0;
        CREATE INDEX monitoring_visits_due_last ON monitoring_visits (case_id, visited_on)
            WHERE deleted = 0
        """,
    )


@migrations(name="0007_household_and_documents")
def m0007_household_and_documents(db: Database) -> None:
    """What §6 needs to know about a household, and the documents an applicant brought.

    A person belongs to one household at most: the service refuses a second one. It is not a
    unique index, because two offline devices may each add the same person and a sync must
    not fail on it; the district sees both and a person resolves them.
    """
    _run(
        db,
        f"""
        -- §6: families with a disabled member or one with a socially significant disease
        -- get АСП under the general legislation, not tied to taking part.
        ALTER TABLE household_members ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0
            CHECK (disabled IN (0, 1));
        ALTER TABLE household_members ADD COLUMN socially_significant_disease INTEGER
            NOT NULL DEFAULT 0 CHECK (socially_significant_disease IN (0, 1));
        -- The family receives targeted social assistance (АСП) now (§6).
        ALTER TABLE households ADD COLUMN asp_recipient INTEGER NOT NULL DEFAULT 0
            CHECK (asp_recipient IN (0, 1));
        CREATE INDEX household_members_live ON household_members (person_id, household_id)
            WHERE deleted = 0;

        -- A document an applicant brought for one direction (codes: rules/documents.yaml).
        -- One row per person, direction and document; received_on NULL: not (or no longer)
        -- received.
        CREATE TABLE person_documents ({RECORD_COLUMNS},
            person_id TEXT NOT NULL REFERENCES persons (id),
            direction TEXT NOT NULL CHECK (direction IN ('1', '2', '3', '4')),
            document TEXT NOT NULL,
            received_on TEXT
        );
        CREATE INDEX person_documents_person ON person_documents (person_id, direction)
            WHERE deleted = 0
        """,
    )


@migrations(name="0008_specialties")
def m0008_specialties(db: Database) -> None:
    """The applicant's specialty (профессия), matched against the district's vacancies."""
    _run(
        db,
        """
        ALTER TABLE persons ADD COLUMN specialty TEXT -- as the applicant names it, free text
        """,
    )


@migrations(name="0009_local_drafts")
def m0009_local_drafts(db: Database) -> None:
    """Unsaved form input, autosaved every few seconds so a crash loses almost nothing.

    Local only: not a record table, never synchronised, no change log or audit entry (a
    draft is not a decision). It is personal data, so it lives here in the encrypted file and
    nowhere else. One row per user, form and record ("new:<id>" for a record not yet saved).
    """
    _run(
        db,
        """
        CREATE TABLE drafts (
            user_id TEXT NOT NULL,
            form TEXT NOT NULL, -- 'applicant' or 'case'
            record_key TEXT NOT NULL, -- the record id, or 'new:<id>' before the first save
            context_id TEXT, -- the person a new case is for
            field_values TEXT NOT NULL, -- JSON: the form's fields as typed
            saved_at TEXT NOT NULL, -- UTC, ISO 8601
            PRIMARY KEY (user_id, form, record_key)
        ) WITHOUT ROWID
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


@migrations(name="0011_audit_by_record")
def m0011_audit_by_record(db: Database) -> None:
    """The applicant card's history reads the audit entries of one person and their cases:
    without this index that is a scan of the whole trail (4 s at 100,000 applicants)."""
    _run(db, "CREATE INDEX audit_log_record ON audit_log (table_name, record_id, seq)")


@migrations(name="0012_sync")
def m0012_sync(db: Database) -> None:
    """What synchronising with the district needs on the device (docs/sync-client.md).

    - `change_log.seen`: the server cursor the device had pulled when the change was written
      (the server tells a concurrent edit from an informed one by it).
    - Outbox states: pending -> sent -> accepted | rejected (with the server's reason).
    - The per-field index over changes not yet accepted: a pulled field is compared with a
      local change of the same field, and the applicant card asks a record's sync state.
    - `persons_iin` no longer unique: a district device holds every okrug, and the same ИИН
      may live in two okrugs (the server flags it in a notice; registering checks itself).
    """
    _run(
        db,
        """
        ALTER TABLE change_log ADD COLUMN seen INTEGER;
        CREATE INDEX change_log_field_unaccepted ON change_log (table_name, record_id, field)
            WHERE status != 'accepted';
        DROP INDEX persons_iin;
        CREATE INDEX persons_iin ON persons (iin) WHERE deleted = 0;

        -- Pulled fields that cannot be applied yet: the row lacks NOT NULL fields still on
        -- later pages, or its parent row has not arrived. Retried after every page.
        CREATE TABLE sync_staging (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            field TEXT NOT NULL,
            value TEXT, -- JSON, as in change_log
            hlc TEXT NOT NULL,
            device_id TEXT NOT NULL,
            seq INTEGER,
            PRIMARY KEY (table_name, record_id, field)
        ) WITHOUT ROWID;

        -- The server's conflict records (two concurrent edits of one field) and what a
        -- person chose. Values are JSON text; `data` keeps every field the server sent.
        CREATE TABLE sync_conflicts (
            id TEXT PRIMARY KEY,
            table_name TEXT,
            record_id TEXT,
            field TEXT,
            winner_value TEXT,
            winner_hlc TEXT,
            winner_device TEXT,
            loser_value TEXT,
            loser_hlc TEXT,
            loser_device TEXT,
            resolved INTEGER NOT NULL DEFAULT 0,
            resolution TEXT, -- 'winner' or 'loser'
            resolved_at TEXT,
            data TEXT NOT NULL DEFAULT '{}',
            received_at TEXT NOT NULL
        );
        CREATE INDEX sync_conflicts_open ON sync_conflicts (table_name, record_id)
            WHERE resolved = 0;

        -- Server notices, e.g. the same ИИН registered in two okrugs.
        CREATE TABLE sync_notices (
            id TEXT PRIMARY KEY,
            kind TEXT,
            table_name TEXT,
            record_id TEXT,
            data TEXT NOT NULL DEFAULT '{}',
            dismissed INTEGER NOT NULL DEFAULT 0,
            received_at TEXT NOT NULL
        );
        CREATE INDEX sync_notices_open ON sync_notices (received_at) WHERE dismissed = 0
        """,
    )
    _queue_column_defaults(db)


def _queue_column_defaults(db: Database) -> None:
    """Before 0012 an insert logged only the fields given, not the column defaults (e.g.
    cases.after_training = 0). Queue those for every record already in the outbox, each
    record's as one more save with its own HLC (a re-used HLC would be answered from the
    server's receipt of the first save and never applied), so the district's checksum and
    the other computers hold exactly what this one holds."""
    from desktop.domain.hlc import ZERO, Hlc, tick

    row = db.execute("SELECT value FROM meta WHERE key = 'hlc_last'").fetchone()
    hlc = Hlc.decode(row[0]) if row else ZERO
    device = db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if device is None:
        return  # a database being created: nothing written yet
    now_ms = int(time.time() * 1000)
    for table in RECORD_TABLES:
        columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})").fetchall()
                   if r[4] is not None and r[1] not in ("deleted", "created_at", "updated_at")]
        if not columns:
            continue
        records = db.execute(
            f"SELECT t.id, min(c.audit_seq), {', '.join('t.' + c for c in columns)}"
            f" FROM {table} t JOIN change_log c ON c.table_name = ? AND c.record_id = t.id"
            " GROUP BY t.id ORDER BY min(c.seq)", [table]).fetchall()
        for record_id, audit_seq, *values in records:
            logged = {r[0] for r in db.execute(
                "SELECT DISTINCT field FROM change_log WHERE table_name = ? AND record_id = ?",
                [table, record_id]).fetchall()}
            missing = [(c, v) for c, v in zip(columns, values, strict=True)
                       if c not in logged and v is not None]
            if not missing:
                continue
            hlc = tick(hlc, now_ms)
            db.conn.executemany(
                "INSERT INTO change_log (hlc, device_id, table_name, record_id, field, value,"
                " audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(hlc.encode(), device[0], table, record_id, c, json.dumps(v), audit_seq)
                 for c, v in missing])
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('hlc_last', ?)",
               [hlc.encode()])


def migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]
