"""The district database's schema, as numbered migrations for SQLite and PostgreSQL alike.

Each migration is a list of statements in the SQL both engines accept (TEXT, BIGINT, partial
indexes). Applied ones are recorded in `schema_migrations`; never edit a released one: append.
"""

from __future__ import annotations

import time

from district.db import Database

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("0001_district", [
        # The one district this server serves, with its own key pairs (signing return bundles
        # and receiving device bundles). The private keys are as safe as this database.
        """CREATE TABLE district (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            kato TEXT NOT NULL, name TEXT NOT NULL,
            signing_private TEXT NOT NULL, encryption_private TEXT NOT NULL,
            created_at BIGINT NOT NULL)""",
        "CREATE TABLE okrugs (kato TEXT PRIMARY KEY, name TEXT NOT NULL)",
        """CREATE TABLE users (
            id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL,
            role TEXT NOT NULL, okrug_kato TEXT REFERENCES okrugs (kato),
            created_at BIGINT NOT NULL)""",
        # One-time enrolment codes, stored only as a hash; okrug NULL = a district device.
        """CREATE TABLE enrolment_codes (
            code_hash TEXT PRIMARY KEY, okrug_kato TEXT REFERENCES okrugs (kato),
            scope TEXT NOT NULL, issued_to TEXT, created_at BIGINT NOT NULL,
            expires_at BIGINT NOT NULL, used_at BIGINT, used_by_device TEXT)""",
        """CREATE TABLE devices (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, scope TEXT NOT NULL,
            okrug_kato TEXT REFERENCES okrugs (kato),
            signing_public TEXT NOT NULL, encryption_public TEXT NOT NULL,
            enrolled_at BIGINT NOT NULL, revoked_at BIGINT,
            last_seen_at BIGINT, last_sync_at BIGINT, last_cursor BIGINT,
            clock_offset_ms BIGINT, protocol INTEGER)""",
        # Nonces of signed requests within the time window: a replay is refused.
        """CREATE TABLE nonces (
            device_id TEXT NOT NULL, nonce TEXT NOT NULL, seen_at BIGINT NOT NULL,
            PRIMARY KEY (device_id, nonce))""",
        "CREATE INDEX nonces_seen ON nonces (seen_at)",
        # Sequence numbers are taken from this row under its lock, so pushes commit in the
        # order of their numbers and a pull never skips a change that commits late.
        "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
        "INSERT INTO counters (name, value) VALUES ('seq', 0)",
        "INSERT INTO counters (name, value) VALUES ('hlc_wall', 0)",
        "INSERT INTO counters (name, value) VALUES ('hlc_counter', 0)",
        # Each record's scope: the okrug it belongs to (NULL = the whole district).
        """CREATE TABLE records (
            table_name TEXT NOT NULL, record_id TEXT NOT NULL, okrug_kato TEXT,
            created_by TEXT NOT NULL, created_seq BIGINT NOT NULL,
            PRIMARY KEY (table_name, record_id))""",
        # The current value of every field, with who wrote it and the sequence number of its
        # last change: the pull feed is this table in `seq` order.
        """CREATE TABLE fields (
            table_name TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,
            value TEXT, hlc TEXT NOT NULL, device_id TEXT NOT NULL, seq BIGINT NOT NULL,
            okrug_kato TEXT,
            PRIMARY KEY (table_name, record_id, field))""",
        "CREATE INDEX fields_okrug_seq ON fields (okrug_kato, seq)",
        "CREATE UNIQUE INDEX fields_seq ON fields (seq)",
        # One receipt per pushed entry: a re-sent entry gets its first answer (idempotence).
        """CREATE TABLE receipts (
            device_id TEXT NOT NULL, hlc TEXT NOT NULL, table_name TEXT NOT NULL,
            record_id TEXT NOT NULL, status TEXT NOT NULL, reason TEXT,
            received_at BIGINT NOT NULL,
            PRIMARY KEY (device_id, hlc, table_name, record_id))""",
        "CREATE INDEX receipts_rejected ON receipts (device_id) WHERE status = 'rejected'",
        # Per scope and table, the sum mod 2^64 of the field digests (kept as signed 64-bit).
        """CREATE TABLE checksums (
            okrug_kato TEXT NOT NULL, table_name TEXT NOT NULL, total BIGINT NOT NULL,
            PRIMARY KEY (okrug_kato, table_name))""",
        # Offline bundles already imported: a bundle imported again is answered from here.
        """CREATE TABLE bundles (
            bundle_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, imported_at BIGINT NOT NULL,
            answer BYTEA)""",
    ]),
    ("0002_notices", [
        # A pair of records already flagged (e.g. the same ИИН in two okrugs): once per pair.
        """CREATE TABLE notice_pairs (
            kind TEXT NOT NULL, first_id TEXT NOT NULL, second_id TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            PRIMARY KEY (kind, first_id, second_id))""",
        # Finding another person with the same ИИН without reading every field.
        "CREATE INDEX fields_iin ON fields (value) WHERE table_name = 'persons' AND field = 'iin'",
    ]),
    ("0003_bundle_order", [
        # When the device made each imported bundle: an older one replayed after it is refused.
        "ALTER TABLE bundles ADD COLUMN created_ms BIGINT",
        "ALTER TABLE bundles ADD COLUMN answer_id TEXT",
        # What the first import did (JSON counts), told again when the bundle comes back.
        "ALTER TABLE bundles ADD COLUMN summary TEXT",
        "CREATE INDEX bundles_device ON bundles (device_id, created_ms)",
    ]),
    ("0004_recovery", [
        # The district's X25519 recovery key pair: every laptop wraps its data key to the
        # public half. Kept like the other private keys; a district created before this
        # migration gets its pair on first use (district.recovery.recovery_keys).
        "ALTER TABLE district ADD COLUMN recovery_private TEXT",
        # Every answered recovery request: who answered, when, for which laptop; a request
        # answered again gets this same response (one request, one response).
        """CREATE TABLE recovery_answers (
            request_id TEXT PRIMARY KEY, response_id TEXT NOT NULL,
            database_id TEXT NOT NULL, device_id TEXT, okrug_kato TEXT,
            username TEXT NOT NULL, code TEXT NOT NULL, operator TEXT NOT NULL,
            forced INTEGER NOT NULL, answered_at BIGINT NOT NULL, response BYTEA NOT NULL)""",
        "CREATE INDEX recovery_answers_device ON recovery_answers (device_id)",
        # Requests a laptop sent online (POST /v1/recovery), waiting for the administrator.
        """CREATE TABLE recovery_requests (
            request_id TEXT PRIMARY KEY, code TEXT NOT NULL, body TEXT NOT NULL,
            received_at BIGINT NOT NULL, answered_at BIGINT)""",
        "CREATE INDEX recovery_requests_code ON recovery_requests (code)",
    ]),
    ("0005_re_enrolment", [
        # A revoked device enrolled again with a new code keeps its id (its receipts answer
        # what it pushes again, nothing is applied twice) but gets new keys: the keys it had
        # stay here, revoked for good, with when and with which code's scope it came back.
        """CREATE TABLE device_re_enrolments (
            device_id TEXT NOT NULL REFERENCES devices (id), re_enrolled_at BIGINT NOT NULL,
            revoked_at BIGINT NOT NULL, old_signing_public TEXT NOT NULL,
            old_encryption_public TEXT NOT NULL, old_scope TEXT NOT NULL,
            old_okrug_kato TEXT, scope TEXT NOT NULL, okrug_kato TEXT,
            PRIMARY KEY (device_id, re_enrolled_at))""",
    ]),
    ("0006_notice_log", [
        # Every same-ИИН pair the server found, whether a notice went out ('sent') or the
        # pushing device was over its daily budget ('withheld'): the district sees both
        # record ids here and can resolve the pair; the devices get only the other okrug.
        # `device_id` is the device whose push found the pair, `asked_okrug` the okrug it
        # learnt about (the other one). No ИИН: the pair's record ids lead to it.
        """CREATE TABLE notice_log (
            device_id TEXT NOT NULL, kind TEXT NOT NULL, record_id TEXT NOT NULL,
            other_record_id TEXT NOT NULL, asked_okrug TEXT, status TEXT NOT NULL,
            created_at BIGINT NOT NULL)""",
        "CREATE INDEX notice_log_device ON notice_log (device_id, status, created_at)",
    ]),
    ("0007_device_quota", [
        # The bytes of current field values each device wrote (sync_store.STORED_BYTES_QUOTA):
        # a field overwritten by another device moves its bytes to that device. Values stored
        # before this migration are not counted.
        "ALTER TABLE devices ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0",
    ]),
]


def _statement(db: Database, sql: str) -> str:
    # BYTEA is PostgreSQL's; SQLite stores the same bytes as a BLOB.
    return sql if db.is_postgres else sql.replace("BYTEA", "BLOB")


def migrate(db: Database) -> list[str]:
    """Apply the migrations not yet applied; returns their names."""
    with db.transaction() as cur:
        cur.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    "name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)")
    applied = []
    for name, statements in MIGRATIONS:
        with db.transaction() as cur:
            if db.is_postgres:
                cur.execute("LOCK TABLE schema_migrations IN EXCLUSIVE MODE")
            if cur.scalar("SELECT 1 FROM schema_migrations WHERE name = ?", [name]):
                continue
            for sql in statements:
                cur.execute(_statement(db, sql))
            cur.execute("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
                        [name, int(time.time() * 1000)])
            applied.append(name)
    return applied


__all__ = ["MIGRATIONS", "migrate"]
