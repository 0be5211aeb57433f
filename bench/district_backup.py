"""District backup benchmark: `python -m district backup` and its restore, at a district's size.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/district_backup.py                  # 100,000 people, both engines
    .venv/bin/python bench/district_backup.py --people 10000 --only sqlite

A district database is filled directly (not through pushes: that is bench/sync.py's job) with
PEOPLE persons of 10 synchronised fields each, in 20 okrugs: `fields` and `records` rows as the
server writes them. Then, timed: the backup (`district.backup.backup`: SQLite's online backup
plus its integrity check, or `pg_dump -Fc`) and the restore the docs describe (copying the file,
or `pg_restore` into a new database). PostgreSQL is `--postgres URL` (a server you run), else a
throwaway cluster from Debian's binaries as the tests make one (fsync off: restore times are
then lower than on a real disk). Prints one JSON object on stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.sync import postgres_server  # noqa: E402
from district import admin, backup  # noqa: E402
from district.db import Database  # noqa: E402
from district.migrations import migrate  # noqa: E402
from tests.support.postgres import create_database, drop_database  # noqa: E402

FIELDS = ("iin", "last_name", "first_name", "middle_name", "birth_date", "sex", "phone",
          "settlement_kato", "address", "education")


def rows(people: int) -> Iterator[tuple[list[Any], list[Any]]]:
    """(fields rows, records row) per person, with realistic value sizes."""
    seq = 0
    for n in range(people):
        okrug = f"5516{n % 20:02d}000"
        record_id = str(uuid.UUID(int=n + 1))
        fields = []
        for name in FIELDS:
            seq += 1
            fields.append(["persons", record_id, name, json.dumps(f"{name}-{n:09d}"),
                           f"{1_780_000_000_000 + seq:013d}-0000", "bench-device", seq, okrug])
        yield fields, ["persons", record_id, okrug, "bench-device", seq - len(FIELDS) + 1]


def fill(url: str, people: int) -> None:
    db = Database(url)
    migrate(db)
    admin.init_district(db, "551600000", "Район")
    for kato in {f"5516{n:02d}000" for n in range(20)}:
        admin.add_okrug(db, kato, kato)
    with db.transaction() as cur:
        batch_fields: list[list[Any]] = []
        batch_records: list[list[Any]] = []
        for fields, record in rows(people):
            batch_fields.extend(fields)
            batch_records.append(record)
            if len(batch_records) == 5000:
                _insert(cur, batch_fields, batch_records)
                batch_fields, batch_records = [], []
        _insert(cur, batch_fields, batch_records)
        cur.execute("UPDATE counters SET value = ? WHERE name = 'seq'", [people * len(FIELDS)])
    db.close()


def _insert(cur: Any, fields: list[list[Any]], records: list[list[Any]]) -> None:
    cur.executemany("INSERT INTO fields (table_name, record_id, field, value, hlc, device_id, "
                    "seq, okrug_kato) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", fields)
    cur.executemany("INSERT INTO records (table_name, record_id, okrug_kato, created_by, "
                    "created_seq) VALUES (?, ?, ?, ?, ?)", records)


def measure(url: str, work: Path, people: int, restore_into: str | None) -> dict[str, Any]:
    started = time.perf_counter()
    fill(url, people)
    filled = time.perf_counter() - started
    db = Database(url)
    started = time.perf_counter()
    made = backup.backup(db, work / "backups")
    took_backup = time.perf_counter() - started
    db.close()
    started = time.perf_counter()
    if restore_into is None:
        shutil.copyfile(made, work / "restored.db")
    else:
        pg_restore = shutil.which("pg_restore") or str(
            max(Path("/usr/lib/postgresql").glob("*/bin/pg_restore")))
        subprocess.run([pg_restore, "--no-owner", "--exit-on-error", f"--dbname={restore_into}",
                        str(made)], check=True, capture_output=True)
    took_restore = time.perf_counter() - started
    return {"people": people, "field_rows": people * len(FIELDS), "fill_s": round(filled, 1),
            "backup_s": round(took_backup, 2), "restore_s": round(took_restore, 2),
            "backup_mb": round(made.stat().st_size / 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    parser.add_argument("--postgres", help="a PostgreSQL server URL (else a throwaway cluster)")
    args = parser.parse_args()
    result: dict[str, Any] = {"machine": platform.platform(),
                              "cpus": len(os.sched_getaffinity(0))}
    with tempfile.TemporaryDirectory(prefix="qadam-bench-") as folder:
        work = Path(folder)
        if args.only in (None, "sqlite"):
            (work / "sqlite").mkdir()
            result["sqlite"] = measure(f"sqlite:///{work / 'sqlite' / 'district.db'}",
                                       work / "sqlite", args.people, None)
        if args.only in (None, "postgres"):
            with postgres_server(args.postgres) as server:
                source, target = create_database(server), create_database(server)
                try:
                    result["postgres"] = measure(source, work, args.people, target)
                finally:
                    drop_database(server, source)
                    drop_database(server, target)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
