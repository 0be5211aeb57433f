"""Monthly report benchmark: 100,000 applicants and at least 30,000 social contracts.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/reports.py [--applicants 100000] [--contracts 30000]
                                      [--month 2025-12] [--workdir DIR] [--seed N] [--keep]

It prints exactly one JSON object on stdout (progress goes to stderr).

1. Build: an encrypted database in a fresh temporary directory, filled by
   `create_demo_data(store, applicants, seed, today=REFERENCE_DAY)` through the audited writer.
   The demo signs a contract for about one case in four, so the benchmark tops contracts up,
   also through `store.transaction()` / `tx.save`: first cases in progress or completed get
   the contract the state machine allows them (CONTRACTED lies on a legal path to both;
   completed ones end "completed" on their `ended_on`), then, if still short, persons
   without a case get a contracted case (inclusion decision + contract). Timed separately.
2. Measure, in a fresh child process (so its peak memory is the report's, not the build's):
   unlock, then `build_monthly_report` for the okrug of a village device, the district, and the
   district with one column per okrug: the first run on a fresh connection (cold SQLite
   cache) and the median of RUNS more; then `write_monthly_xlsx` (Kazakh) and
   `write_monthly_csv` of the per-okrug report. Peak memory: the child's resident-set
   high-water mark (VmHWM, or ru_maxrss where there is no /proc: the whole process, with the
   64 MiB page cache) and the tracemalloc peak of Python objects during the report and the
   xlsx.

Goals (issue 6): report ≤ 3 s, peak memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.services import session
from desktop.services.demo_data import create_demo_data
from desktop.services.monthly_report import build_monthly_report
from desktop.services.numbering import next_number
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store, Transaction

REFERENCE_DAY = date(2025, 12, 31)  # demo "today": cases applied from late 2024 through 2025
MONTH = "2025-12"  # the heaviest month of the demo year: its year-to-date spans all of it
OKRUG = "634603000"  # the biggest okrug of the demo territory
RUNS = 5
BATCH = 1000
USERNAME = "bench"
PASSPHRASE = "bench passphrase 2020"
REPORT_GOAL_SECONDS = 3.0
MEMORY_GOAL_MB = 300.0


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def peak_rss_mb() -> float:
    """This process's resident-set high-water mark in MiB."""
    # On Linux ru_maxrss survives fork and exec (a child starts with its parent's peak), so
    # read the memory map's own mark, VmHWM, which a new program starts afresh.
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, else KiB
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20, 1)


def count(store: Store, sql: str) -> int:
    return int(store.db.execute(sql).fetchone()[0])


# -- build --------------------------------------------------------------------------------------
def contracts_for_open_cases(store: Store, rng: random.Random, wanted: int) -> int:
    """Contracts for cases in progress or completed that have none; returns how many."""
    rows = store.db.execute(
        "SELECT c.id, c.state, c.settlement_kato, min(d.decided_on) FROM cases c"
        " JOIN decisions d ON d.case_id = c.id AND d.kind = 'inclusion' AND d.deleted = 0"
        " WHERE c.deleted = 0 AND c.state IN ('in_progress', 'completed')"
        " AND NOT EXISTS (SELECT 1 FROM social_contracts s WHERE s.case_id = c.id)"
        " GROUP BY c.id ORDER BY c.number LIMIT ?", [wanted]).fetchall()
    for start in range(0, len(rows), BATCH):
        with store.transaction("bench contracts") as tx:
            for case_id, state, kato, decided in rows[start:start + BATCH]:
                signed = date.fromisoformat(decided) + timedelta(days=rng.randint(1, 10))
                completed = state == "completed"
                ended = signed + timedelta(days=rng.randint(90, 300))
                if ended > REFERENCE_DAY:
                    ended = REFERENCE_DAY
                tx.save("social_contracts", {
                    "case_id": case_id, "number": next_number(tx, "contract", okrug(kato)),
                    "signed_on": signed, "valid_from": signed,
                    "valid_to": signed + timedelta(days=365),
                    "status": "completed" if completed else "signed",
                    "ended_on": ended if completed else None,
                })
    return len(rows)


def okrug(kato: str) -> str:
    return kato[:6] + "000"


def contracted_case(tx: Transaction, rng: random.Random, person_id: str, kato: str) -> None:
    applied = REFERENCE_DAY - timedelta(days=rng.randint(30, 360))
    decided = applied + timedelta(days=rng.randint(3, 20))
    signed = decided + timedelta(days=rng.randint(1, 10))
    case_id = tx.save("cases", {
        "number": next_number(tx, "case", okrug(kato)), "person_id": person_id,
        "direction": "1", "measure": rng.choice(["consultation", "vocational_training"]),
        "state": "contracted", "applied_on": applied, "settlement_kato": kato,
    }).record_id
    tx.save("decisions", {"case_id": case_id, "kind": "inclusion", "decided_on": decided,
                          "authority": "employment_centre"})
    tx.save("social_contracts", {
        "case_id": case_id, "number": next_number(tx, "contract", okrug(kato)),
        "signed_on": signed, "valid_from": signed, "valid_to": signed + timedelta(days=365),
        "status": "signed",
    })


def contracted_cases(store: Store, rng: random.Random, wanted: int) -> int:
    """New contracted cases for persons who have no case yet; returns how many."""
    rows = store.db.execute(
        "SELECT p.id, p.settlement_kato FROM persons p WHERE p.deleted = 0"
        " AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.person_id = p.id)"
        " ORDER BY p.name_key LIMIT ?", [wanted]).fetchall()
    for start in range(0, len(rows), BATCH):
        with store.transaction("bench contracts") as tx:
            for person_id, kato in rows[start:start + BATCH]:
                contracted_case(tx, rng, person_id, kato)
    return len(rows)


def build(path: Path, applicants: int, contracts: int, seed: int) -> dict[str, Any]:
    store = session.create(path, USERNAME, "Бенчмарк", PASSPHRASE, KdfParams())
    try:
        log(f"demo data: {applicants} applicants")
        demo_seconds, _ = timed(lambda: create_demo_data(
            store, applicants, seed=seed, today=REFERENCE_DAY,
            progress=lambda done, total: done % 10000 == 0 and log(f"  {done}/{total}")))
        demo_contracts = count(store, "SELECT count(*) FROM social_contracts")
        rng = random.Random(seed + 1)
        started = time.perf_counter()
        added_open = added_new = 0
        if demo_contracts < contracts:
            added_open = contracts_for_open_cases(store, rng, contracts - demo_contracts)
        short = contracts - demo_contracts - added_open
        if short > 0:
            added_new = contracted_cases(store, rng, short)
        topup_seconds = time.perf_counter() - started
        log(f"contracts: {demo_contracts} from the demo, +{added_open} +{added_new}")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return {
            "applicants": count(store, "SELECT count(*) FROM persons WHERE deleted = 0"),
            "cases": count(store, "SELECT count(*) FROM cases WHERE deleted = 0"),
            "contracts": count(store, "SELECT count(*) FROM social_contracts WHERE deleted = 0"),
            "contracts_from_demo": demo_contracts,
            "contracts_added_to_open_cases": added_open,
            "contracts_added_with_new_cases": added_new,
            "decisions": count(store, "SELECT count(*) FROM decisions WHERE deleted = 0"),
            "payments": count(store, "SELECT count(*) FROM payments WHERE deleted = 0"),
            "demo_data_seconds": round(demo_seconds, 1),
            "contract_topup_seconds": round(topup_seconds, 1),
            "database_mb": round(path.stat().st_size / 2**20, 1),
            "build_peak_rss_mb": peak_rss_mb(),
        }
    finally:
        store.close()


# -- measure (child process) --------------------------------------------------------------------
def measure(path: Path, month: str, workdir: Path) -> dict[str, Any]:
    store = session.unlock(path, USERNAME, PASSPHRASE)
    results: dict[str, Any] = {"month": month}
    tracemalloc.start()
    try:
        variants = {
            "okrug": {"okrug_kato": OKRUG},
            "district": {},
            "district_per_okrug": {"per_okrug": True},
        }
        report = None
        for name, options in variants.items():
            first, report = timed(lambda o=options: build_monthly_report(store, month, **o))
            runs = [timed(lambda o=options: build_monthly_report(store, month, **o))[0]
                    for _ in range(RUNS)]
            results[f"report_{name}"] = {
                "first_seconds": round(first, 3),
                "median_seconds": round(statistics.median(runs), 3),
                "max_seconds": round(max(runs + [first]), 3),
            }
        assert report is not None
        results["rows"] = len(report.rows)
        results["columns"] = 2 * len(report.scopes)
        results["participants_ytd"] = report.cell("participants").ytd
        results["contracts_signed_ytd"] = report.cell("contracts_signed").ytd
        from desktop.reports.monthly_csv import write_monthly_csv
        from desktop.reports.monthly_xlsx import write_monthly_xlsx
        xlsx_seconds, _ = timed(lambda: write_monthly_xlsx(report, workdir / "report.xlsx", "kk"))
        csv_seconds, _ = timed(lambda: write_monthly_csv(report, workdir / "report.csv"))
        results["xlsx_seconds"] = round(xlsx_seconds, 3)
        results["csv_seconds"] = round(csv_seconds, 3)
        results["python_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    finally:
        tracemalloc.stop()
        store.close()
    results["report_peak_rss_mb"] = peak_rss_mb()
    return results


def goals(measured: dict[str, Any]) -> dict[str, Any]:
    slowest = max(measured[f"report_{n}"]["max_seconds"]
                  for n in ("okrug", "district", "district_per_okrug"))
    return {
        "report_seconds_max": slowest,
        "report_le_3s": slowest <= REPORT_GOAL_SECONDS,
        "peak_memory_le_300mb": measured["report_peak_rss_mb"] <= MEMORY_GOAL_MB,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument("--contracts", type=int, default=30_000)
    parser.add_argument("--month", default=MONTH)
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--measure-db", type=Path, help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args()
    if args.measure_db:
        print(json.dumps(measure(args.measure_db, args.month, args.measure_db.parent)))
        return
    workdir = Path(tempfile.mkdtemp(prefix="qadam-reports-", dir=args.workdir))
    try:
        database = workdir / "qadam.db"
        built = build(database, args.applicants, args.contracts, args.seed)
        log("measuring the report in a fresh process")
        child = subprocess.run(
            [sys.executable, __file__, "--measure-db", str(database), "--month", args.month],
            check=True, capture_output=True, text=True)
        measured = json.loads(child.stdout)
        print(json.dumps({
            "benchmark": "reports",
            "python": platform.python_version(),
            "machine": f"{platform.system()} {platform.machine()}",
            "database": built,
            "measured": measured,
            "goals": goals(measured),
        }, ensure_ascii=False, indent=2))
    finally:
        if args.keep:
            log(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
