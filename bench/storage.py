"""Storage benchmark: the encrypted store (SQLCipher) against plain SQLite, same workload.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/storage.py [--applicants 100000] [--workdir DIR] [--seed N] [--keep]

It prints exactly one JSON object on stdout (progress goes to stderr). For each backend,
encrypted (`connect_encrypted`) and plain, the same code path runs; only the `connect`
factory given to `services.session.create` / `open_store` differs. The two databases are open
side by side and every measurement alternates between them operation by operation (import
batch by batch), so machine noise and drift affect both alike. Each backend gets its own
database in a fresh temporary directory (under --workdir, default the system temp dir), which
is removed afterwards unless --keep is given.

What it measures, on N demo applicants from `generate_people` (seeded, identical for both):
- bulk import: N persons plus one case per two persons (applied_on spread over the 12 months
  of REFERENCE_YEAR), written through `Store.transaction()` / `tx.save` in batches of
  BATCH applicants per transaction (row + per-field change log + audit chain + FTS);
- single-record saves: SINGLE_SAVES `register_applicant` calls (new ИИН) and SINGLE_SAVES
  `correct_applicant` updates of existing persons, each its own transaction with
  synchronous = FULL (p50/p95);
- ИИН lookup: IIN_LOOKUPS `find_by_iin` calls for random existing ИИН (p50/p95);
- name search: NAME_SEARCHES `find_applicants(store, text, limit=200)` calls, 2-4 letter
  prefixes of real surnames and some "surname firstname-prefix" pairs (p50/p95);
- monthly aggregate: cases applied in one month joined to persons, counted by direction and
  state (MONTHLY_SQL, a stand-in for the monthly report), AGGREGATE_RUNS runs over the months;
- unlock (encrypted): the passphrase is re-wrapped with the tuned KDF (`tune_kdf()`); then
  the bare Argon2id derivation (kdf_seconds), `unwrap_key` (unwrap_seconds) and its cost
  besides Argon2id (unwrap_overhead_seconds: the same call with the derivation replaced by its
  known result); for both backends `open_store` on a fresh connection after evicting the
  database files from the OS page cache (open_seconds, "cold"; open_warm_seconds without
  eviction). beyond_kdf_seconds = unwrap_overhead_seconds + open_seconds (goal <= 0.2 s).

Times are in milliseconds (`*_ms`, 3 decimals) or seconds where the key says so (`*_seconds`).

"Plain" is `connection.connect_plain`: the same SQLCipher library opened without a key (a
plain SQLite file, same SQLite version and build options, no codec), so the ratio isolates
the cost of encryption.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import sqlcipher3

from desktop.domain.cases import CaseState
from desktop.domain.demo_people import generate_people, load_name_seeds
from desktop.domain.enums import Citizenship, Direction
from desktop.domain.measures import MEASURES_BY_DIRECTION
from desktop.services import session
from desktop.services.applicants import (
    ApplicantInput,
    correct_applicant,
    find_applicants,
    find_by_iin,
    register_applicant,
)
from desktop.services.demo_data import DEMO_DIR, load_territory, write_settlements
from desktop.services.numbering import next_number
from desktop.storage import search
from desktop.storage.connection import connect_encrypted, connect_plain
from desktop.storage.keys import KdfParams, Keyring, tune_kdf
from desktop.storage.store import Store

BATCH = 1000  # applicants per bulk-import transaction
SINGLE_SAVES = 1000  # register_applicant calls, and as many correct_applicant calls (enough
# samples that a p95 of sub-millisecond operations is stable from run to run)
IIN_LOOKUPS = 5000
NAME_SEARCHES = 300
SEARCH_LIMIT = 200
AGGREGATE_RUNS = 24  # two passes over the 12 months
KDF_RUNS = 5
OPEN_RUNS = 5
REFERENCE_YEAR = 2025
REFERENCE_DAY = date(REFERENCE_YEAR, 12, 31)  # "today" for generate_people: reproducible ages

USERNAME = "bench"
PASSPHRASE = "bench passphrase 2020"

# The stand-in for the monthly report: cases applied in [month start, next month start).
MONTHLY_SQL = """
SELECT c.direction,
       c.state,
       count(*) AS cases,
       count(DISTINCT c.person_id) AS people,
       sum(p.sex = 'female') AS women,
       sum(p.citizenship = 'oralman') AS oralmans,
       sum(p.birth_date > :youth_born_after) AS youth
FROM cases AS c
JOIN persons AS p ON p.id = c.person_id
WHERE c.deleted = 0 AND p.deleted = 0
  AND c.applied_on >= :month_start AND c.applied_on < :next_month
GROUP BY c.direction, c.state
ORDER BY c.direction, c.state
"""

Connect = Callable[[Path, bytes], Any]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# -- statistics -----------------------------------------------------------------------------
def ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def percentile(samples: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (q in 0..100)."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(samples: list[float]) -> dict[str, float | int]:
    return {
        "n": len(samples),
        "p50_ms": ms(percentile(samples, 50)),
        "p95_ms": ms(percentile(samples, 95)),
        "p99_ms": ms(percentile(samples, 99)),
        "max_ms": ms(max(samples)),
        "mean_ms": ms(statistics.fmean(samples)),
    }


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


# -- the workload, generated once and shared by both backends ---------------------------------
class Workload:
    def __init__(self, applicants: int, seed: int) -> None:
        rng = random.Random(seed)
        self.territory = load_territory()
        settlements = self.territory["settlements"]
        self.okrug_of = {s["kato"]: s["okrug_kato"] for s in settlements}
        names = load_name_seeds(DEMO_DIR / "names.yaml")
        everyone = list(
            generate_people(rng, applicants + SINGLE_SAVES, settlements, REFERENCE_DAY, names=names)
        )
        self.people = everyone[:applicants]
        self.newcomers = everyone[applicants:]  # registered one by one, ИИН not yet stored
        self.cases = {i: self._case(rng) for i in range(0, applicants, 2)}
        self.updates = [
            (i, f"+7 701 {rng.randint(200, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}")
            for i in rng.sample(range(applicants), min(SINGLE_SAVES, applicants))
        ]
        self.lookups = [rng.randrange(applicants) for _ in range(IIN_LOOKUPS)]
        self.searches = [self._search_text(rng) for _ in range(NAME_SEARCHES)]

    @staticmethod
    def _case(rng: random.Random) -> dict[str, Any]:
        direction = rng.choice(list(Direction))
        start = date(REFERENCE_YEAR, 1, 1)
        return {
            "direction": direction,
            "measure": rng.choice(MEASURES_BY_DIRECTION[direction]),
            "state": rng.choice(list(CaseState)),
            "applied_on": start + timedelta(days=rng.randrange(365)),
        }

    def _search_text(self, rng: random.Random) -> str:
        person = self.people[rng.randrange(len(self.people))]
        if rng.random() < 0.25:
            return f"{person['last_name']} {person['first_name'][: rng.randint(2, 3)]}"
        return person["last_name"][: rng.randint(2, 4)]


def applicant_input(person: dict[str, Any], **changes: Any) -> ApplicantInput:
    fields = {
        "iin": person["iin"],
        "last_name": person["last_name"],
        "first_name": person["first_name"],
        "patronymic": person["patronymic"],
        "citizenship": Citizenship(person["citizenship"]),
        "phone": person["phone"],
        "address": person.get("address"),
        "settlement_kato": person["settlement_kato"],
        "language": person["language"],
    }
    fields.update(changes)
    return ApplicantInput(**fields)


# -- one backend ----------------------------------------------------------------------------
class Backend:
    def __init__(self, name: str, connect: Connect, directory: Path) -> None:
        self.name = name
        self.connect = connect
        self.path = directory / f"{name}.qadam"
        self.store: Store | None = None
        self.person_ids: list[str] = []
        self.search_rows: list[int] = []
        self.aggregate_groups = 0
        self.results: dict[str, Any] = {}

    def create(self, workload: Workload) -> None:
        self.store = session.create(
            self.path,
            USERNAME,
            "Bench Administrator",
            PASSPHRASE,
            KdfParams(),
            connect=self.connect,
        )
        with self.store.transaction("bench setup") as tx:
            write_settlements(tx, workload.territory)

    # Each operation below is timed alone and returns its seconds; `interleave` alternates
    # the backends operation by operation, so noise and drift hit both alike.
    def import_batch(self, workload: Workload, first: int) -> float:
        """One transaction: BATCH persons from `first` on, with their cases."""
        store = self.require_store()
        people, cases = workload.people, workload.cases
        started = time.perf_counter()
        with store.transaction("bench import") as tx:
            for index in range(first, min(first + BATCH, len(people))):
                person = people[index]
                person_id = tx.save("persons", person).record_id
                self.person_ids.append(person_id)
                case = cases.get(index)
                if case is not None:
                    okrug = workload.okrug_of[person["settlement_kato"]]
                    values = {
                        **case,
                        "number": next_number(tx, "case", okrug),
                        "person_id": person_id,
                        "settlement_kato": person["settlement_kato"],
                    }
                    tx.save("cases", values)
        return time.perf_counter() - started

    def register(self, person: dict[str, Any]) -> float:
        store = self.require_store()
        data = applicant_input(person)
        seconds, _ = timed(lambda: register_applicant(store, data))
        return seconds

    def update(self, workload: Workload, index: int, phone: str) -> float:
        store = self.require_store()
        person = workload.people[index]
        data = applicant_input(person, phone=phone, address=f"ул. Абая, {index % 200 + 1}")
        person_id = self.person_ids[index]
        seconds, change = timed(lambda: correct_applicant(store, person_id, data))
        assert change.fields, "an update that changed nothing"
        return seconds

    def lookup(self, iin: str) -> float:
        store = self.require_store()
        seconds, found = timed(lambda: find_by_iin(store, iin))
        assert found is not None and found["iin"] == iin, iin
        return seconds

    def search(self, text: str) -> float:
        store = self.require_store()
        seconds, rows = timed(lambda: find_applicants(store, text, limit=SEARCH_LIMIT))
        assert rows, f"no result for {text!r}"
        self.search_rows.append(len(rows))
        return seconds

    def aggregate(self, month: int) -> float:
        db = self.require_store().db
        params = month_params(month)
        seconds, rows = timed(lambda: db.execute(MONTHLY_SQL, params).fetchall())
        self.aggregate_groups = max(self.aggregate_groups, len(rows))
        return seconds

    def describe(self) -> None:
        db = self.require_store().db
        self.results["rows"] = {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("persons", "cases", "change_log", "audit_log")
        }

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None

    def unlock(self, tuned: KdfParams | None) -> None:
        """Time a cold `open_store`; with a tuned KDF also derivation and `unwrap_key`.

        The store is closed first (its WAL is checkpointed away, as after a normal exit).
        """
        self.close()
        results: dict[str, Any] = {}
        if tuned is None:
            # The plain twin has no KDF to measure, and unwrap_key refuses a plain SQLite
            # file by design (check_file_shape); its key file still names the user.
            keyring = Keyring.load(self.path)
            wrap, data_key = keyring.unwrap(USERNAME, PASSPHRASE)
            user_id = wrap.user_id
        else:
            session.change_passphrase(self.path, USERNAME, PASSPHRASE, PASSPHRASE, kdf=tuned)
            salt = base64.b64decode(Keyring.load(self.path).find_user(USERNAME).salt)
            kdf, unwrap = [], []
            for _ in range(KDF_RUNS):
                kdf.append(timed(lambda: tuned.derive(PASSPHRASE, salt))[0])
                seconds, (keyring, user_id, data_key) = timed(
                    lambda: session.unwrap_key(self.path, USERNAME, PASSPHRASE)
                )
                unwrap.append(seconds)
            # What unwrap_key costs besides Argon2id (file checks, key file, AES-GCM): the
            # same call with the derivation replaced by its already known result.
            kek = tuned.derive(PASSPHRASE, salt)
            with mock.patch.object(KdfParams, "derive", lambda *_: kek):
                overhead = [
                    timed(lambda: session.unwrap_key(self.path, USERNAME, PASSPHRASE))[0]
                    for _ in range(OPEN_RUNS)
                ]
            results = {
                "kdf": {
                    "memory_kib": tuned.memory_kib,
                    "iterations": tuned.iterations,
                    "lanes": tuned.lanes,
                },
                "kdf_seconds": round(statistics.median(kdf), 4),
                "unwrap_seconds": round(statistics.median(unwrap), 4),
                "unwrap_overhead_seconds": round(statistics.median(overhead), 4),
            }
        cold, warm = [], []
        evicted = False
        for run in range(OPEN_RUNS * 2):
            is_cold = run % 2 == 0
            if is_cold:
                evicted = evict_from_page_cache(self.path)
            seconds, store = timed(
                lambda: session.open_store(
                    self.path, keyring, user_id, data_key, connect=self.connect
                )
            )
            store.close()
            (cold if is_cold else warm).append(seconds)
        open_s = statistics.median(cold)
        results.update(
            open_seconds=round(open_s, 4),
            open_first_cold_seconds=round(cold[0], 4),
            open_warm_seconds=round(statistics.median(warm), 4),
            open_cold=evicted,
            beyond_kdf_seconds=round(results.get("unwrap_overhead_seconds", 0.0) + open_s, 4),
        )
        self.results["unlock"] = results

    def require_store(self) -> Store:
        assert self.store is not None, f"{self.name} is not open"
        return self.store


def month_params(month: int) -> dict[str, str]:
    start = date(REFERENCE_YEAR, month, 1)
    following = date(REFERENCE_YEAR + month // 12, month % 12 + 1, 1)
    return {
        "month_start": start.isoformat(),
        "next_month": following.isoformat(),
        "youth_born_after": date(REFERENCE_YEAR - 30, month, 1).isoformat(),
    }


def evict_from_page_cache(database: Path) -> bool:
    """Drop the database's files from the OS page cache, so the next open reads the disk."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for path in (
        database,
        Path(f"{database}-wal"),
        Path(f"{database}-shm"),
        Keyring.path_for(database),
    ):
        if not path.exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
    return True


def query_plans(store: Store, workload: Workload) -> dict[str, list[str]]:
    """EXPLAIN QUERY PLAN of the measured reads (the same schema for both backends)."""
    db = store.db
    person = workload.people[0]
    prefix = '"' + person["last_name"][:2].lower() + '"*'

    def plan(sql: str, params: Any) -> list[str]:
        return [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()]

    return {
        "iin_lookup": plan(
            f"SELECT {search.PERSON_COLUMNS} FROM persons WHERE iin = ? AND deleted = 0",
            [person["iin"]],
        ),
        "name_search": plan(
            f"SELECT {search.PERSON_COLUMNS} FROM persons WHERE rowid IN"
            " (SELECT rowid FROM persons_fts WHERE persons_fts MATCH ?)"
            " AND deleted = 0 ORDER BY last_name, first_name LIMIT ? OFFSET ?",
            [prefix, SEARCH_LIMIT, 0],
        ),
        "monthly_aggregate": plan(MONTHLY_SQL, month_params(6)),
    }


def file_bytes(database: Path) -> int:
    paths = (database, Path(f"{database}-wal"), Path(f"{database}-shm"))
    return sum(p.stat().st_size for p in paths if p.exists())


def ratio(encrypted: float, plain: float) -> float:
    return round(encrypted / plain, 3) if plain else float("inf")


def goal(value: float, limit: float) -> dict[str, Any]:
    return {"value": value, "limit": limit, "met": value <= limit}


def machine() -> dict[str, Any]:
    probe = sqlcipher3.connect(":memory:")
    try:
        cipher = probe.execute("PRAGMA cipher_version").fetchone()[0]
        sqlcipher_sqlite = probe.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        probe.close()
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlcipher": cipher,
        "sqlite_in_sqlcipher": sqlcipher_sqlite,
        "plain": "sqlcipher3 without a key (connect_plain)",
    }


def interleave(
    backends: list[Backend], items: list[Any], operation: Callable[[Backend, Any], float]
) -> dict[str, list[float]]:
    """Run `operation` for each item on every backend, alternating which goes first."""
    samples: dict[str, list[float]] = {b.name: [] for b in backends}
    for number, item in enumerate(items):
        for backend in backends if number % 2 == 0 else backends[::-1]:
            samples[backend.name].append(operation(backend, item))
    return samples


def record(backends: list[Backend], measure: str, samples: dict[str, list[float]]) -> None:
    for backend in backends:
        backend.results[measure] = summary(samples[backend.name])


def bulk_import(backends: list[Backend], workload: Workload) -> None:
    total = len(workload.people)
    firsts = list(range(0, total, BATCH))
    seconds: dict[str, float] = {b.name: 0.0 for b in backends}
    for number, first in enumerate(firsts):
        for backend in backends if number % 2 == 0 else backends[::-1]:
            seconds[backend.name] += backend.import_batch(workload, first)
        done = min(first + BATCH, total)
        if number % 10 == 9 or done == total:
            rates = ", ".join(f"{name} {done / s:.0f}/s" for name, s in seconds.items())
            log(f"imported {done}/{total} into each ({rates})")
    records = total + len(workload.cases)
    for backend in backends:
        elapsed = seconds[backend.name]
        backend.results["bulk_import"] = {
            "applicants": total,
            "cases": len(workload.cases),
            "batch": BATCH,
            "seconds": round(elapsed, 3),
            "applicants_per_second": round(total / elapsed, 1),
            "records_per_second": round(records / elapsed, 1),
        }


def run(applicants: int, workdir: Path, seed: int) -> dict[str, Any]:
    log(f"generating {applicants} applicants (seed {seed})")
    workload = Workload(applicants, seed)
    backends = [
        Backend("encrypted", connect_encrypted, workdir),
        Backend("plain", connect_plain, workdir),
    ]
    for backend in backends:
        log(f"{backend.name}: creating {backend.path}")
        backend.create(workload)
    bulk_import(backends, workload)
    log(f"single saves: {SINGLE_SAVES} registrations and {SINGLE_SAVES} updates")
    record(backends, "single_save", interleave(backends, workload.newcomers, Backend.register))
    updates = interleave(backends, workload.updates, lambda b, u: b.update(workload, u[0], u[1]))
    record(backends, "update", updates)
    log(f"ИИН lookups: {IIN_LOOKUPS}")
    iins = [workload.people[i]["iin"] for i in workload.lookups]
    record(backends, "iin_lookup", interleave(backends, iins, Backend.lookup))
    log(f"name searches: {NAME_SEARCHES}")
    record(backends, "name_search", interleave(backends, workload.searches, Backend.search))
    for backend in backends:
        rows = backend.search_rows
        backend.results["name_search"].update(
            mean_rows=round(statistics.fmean(rows), 1),
            full_pages=sum(1 for r in rows if r == SEARCH_LIMIT),
        )
    log(f"monthly aggregates: {AGGREGATE_RUNS}")
    months = [run % 12 + 1 for run in range(AGGREGATE_RUNS)]
    record(backends, "monthly_aggregate", interleave(backends, months, Backend.aggregate))
    for backend in backends:
        backend.results["monthly_aggregate"]["groups"] = backend.aggregate_groups
        backend.describe()
    plans = query_plans(backends[0].require_store(), workload)
    log("tuning the KDF")
    tuned = tune_kdf()
    for backend in backends:
        log(f"{backend.name}: unlock")
        backend.unlock(
            tuned if backend.connect is connect_encrypted else None
        )  # closes the store first, so its WAL is checkpointed away
    encrypted, plain = (b.results for b in backends)
    db_bytes = {b.name: file_bytes(b.path) for b in backends}

    def versus(measure: str, key: str) -> float:
        return ratio(encrypted[measure][key], plain[measure][key])

    ratios = {
        "single_save_p95": versus("single_save", "p95_ms"),
        "update_p95": versus("update", "p95_ms"),
        "iin_lookup_p95": versus("iin_lookup", "p95_ms"),
        "name_search_p95": versus("name_search", "p95_ms"),
        "single_save_p50": versus("single_save", "p50_ms"),
        "update_p50": versus("update", "p50_ms"),
        "iin_lookup_p50": versus("iin_lookup", "p50_ms"),
        "name_search_p50": versus("name_search", "p50_ms"),
        "bulk_import_seconds": versus("bulk_import", "seconds"),
        "monthly_aggregate": versus("monthly_aggregate", "p50_ms"),
        "open_seconds": versus("unlock", "open_seconds"),
        "db_bytes": ratio(db_bytes["encrypted"], db_bytes["plain"]),
    }
    goals = {
        "single_save_p95_ratio": goal(ratios["single_save_p95"], 1.3),
        "update_p95_ratio": goal(ratios["update_p95"], 1.3),
        "iin_lookup_p95_ratio": goal(ratios["iin_lookup_p95"], 1.3),
        "name_search_p95_ratio": goal(ratios["name_search_p95"], 1.3),
        "monthly_aggregate_ratio": goal(ratios["monthly_aggregate"], 1.3),
        "bulk_import_ratio": goal(ratios["bulk_import_seconds"], 1.5),
        "iin_lookup_p95_ms": goal(encrypted["iin_lookup"]["p95_ms"], 2.0),
        "name_search_p95_ms": goal(encrypted["name_search"]["p95_ms"], 30.0),
        "unlock_beyond_kdf_seconds": goal(encrypted["unlock"]["beyond_kdf_seconds"], 0.2),
    }
    return {
        "applicants": applicants,
        "seed": seed,
        "encrypted": encrypted,
        "plain": plain,
        "ratios": ratios,
        "goals": goals,
        "all_goals_met": all(g["met"] for g in goals.values()),
        "db_bytes": db_bytes,
        "query_plans": plans,
        "machine": machine(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where the temporary databases go (default: system temp dir)",
    )
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    args = parser.parse_args(argv)
    if args.applicants < 2:
        parser.error("--applicants must be at least 2")
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="qadam-bench-", dir=args.workdir))
    started = time.perf_counter()
    try:
        result = run(args.applicants, directory, args.seed)
    finally:
        if args.keep:
            log(f"databases kept in {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)
    result["wall_seconds"] = round(time.perf_counter() - started, 1)
    log(f"done in {result['wall_seconds']} s")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
