"""Import benchmark: a generated applicants sheet read, checked and written into an encrypted DB.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/imports.py [--rows 10000] [--workdir DIR] [--seed N] [--keep]

It prints exactly one JSON object on stdout (progress goes to stderr). The sheet holds --rows
applicants from `generate_people` (seeded: Kazakh and Russian names, valid ИИН, phones, the
demo territory's settlements), written as an .xlsx with openpyxl (which writes inline strings,
a slower path for its reader than the shared strings Excel writes). Every ИИН is written as text
except one row in ten, written as a number (as older spreadsheets do), so the number path is
measured too. Each run uses a fresh encrypted database (`session.create`, SQLCipher) holding
the demo settlements.

- timed run: `preview_import` (read + validate + match against the database) and then
  `apply_import` (one transaction, every row through `save_applicant_in`: row, change log,
  audit chain, search index). Then the same file again (all rows unchanged, nothing written).
- memory run: the same preview + apply on another fresh database under tracemalloc, whose
  bookkeeping slows Python down, so its times are not reported. `tracemalloc_peak_mb` is the
  Python heap's peak during the import. `ru_maxrss_mb` is the process's peak resident size
  (interpreter, libraries, SQLCipher page cache and all) up to the end of the timed run, read
  before tracemalloc starts, whose own bookkeeping inflates the process
  (`ru_maxrss_with_tracemalloc_mb`, for reference).

Goals from the issue: preview + apply ≤ 5 s for 10,000 rows; peak memory ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import shutil
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl import Workbook

from desktop.domain.demo_people import generate_people, load_name_seeds
from desktop.services import session
from desktop.services.demo_data import DEMO_DIR, load_territory, write_settlements
from desktop.services.imports import KIND_APPLICANTS, apply_import, preview_import
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store

PASSPHRASE = "bench passphrase 2020"
GOAL_SECONDS = 5.0
GOAL_MB = 300.0
HEADINGS = ["ИИН", "Фамилия", "Имя", "Отчество", "Гражданство", "Телефон", "КАТО", "Адрес"]
CITIZENSHIP = {"citizen": "гражданин", "oralman": "кандас"}
MB = 1024 * 1024


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def write_sheet(path: Path, rows: int, seed: int) -> None:
    """The applicants sheet, written in openpyxl's streaming mode."""
    territory = load_territory()
    names = load_name_seeds(DEMO_DIR / "names.yaml")
    people = generate_people(
        random.Random(seed), rows, territory["settlements"], date(2026, 1, 1), names=names
    )
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Заявители")
    sheet.append(["Список заявителей (сформирован для замера)"])
    sheet.append(HEADINGS)
    for index, person in enumerate(people):
        iin: Any = person["iin"]
        if index % 10 == 0:
            iin = int(iin)  # a number cell; a leading zero, if any, is lost and restored
        sheet.append(
            [
                iin,
                person["last_name"],
                person["first_name"],
                person["patronymic"],
                CITIZENSHIP[person["citizenship"]],
                person["phone"],
                person["settlement_kato"],
                f"ул. Абая, {index % 120 + 1}",
            ]
        )
    workbook.save(path)


def fresh_store(path: Path) -> Store:
    store = session.create(path, "admin", "Әкімшілік Маман", PASSPHRASE, KdfParams())
    with store.transaction() as tx:
        write_settlements(tx, load_territory())
    return store


def timed_run(sheet: Path, directory: Path) -> dict[str, Any]:
    store = fresh_store(directory / "timed.db")
    try:
        started = time.perf_counter()
        preview = preview_import(store, sheet, KIND_APPLICANTS)
        previewed = time.perf_counter()
        result = apply_import(store, preview)
        applied = time.perf_counter()
        problems, written = len(preview.problems), result.new
        del preview, result  # as the dialog does once an import is done
        again = preview_import(store, sheet, KIND_APPLICANTS)
        repeat = apply_import(store, again)
        repeated = time.perf_counter()
        persons = store.db.execute("SELECT count(*) FROM persons").fetchone()[0]
    finally:
        store.close()
    if problems or written != persons:
        raise SystemExit(f"unexpected: {problems} problems, {persons} persons")
    return {
        "preview_seconds": round(previewed - started, 3),
        "apply_seconds": round(applied - previewed, 3),
        "total_seconds": round(applied - started, 3),
        "persons_written": persons,
        "reimport_seconds": round(repeated - applied, 3),
        "reimport_unchanged": repeat.unchanged,
        "reimport_written": repeat.written,
    }


def memory_run(sheet: Path, directory: Path) -> dict[str, Any]:
    store = fresh_store(directory / "memory.db")
    try:
        tracemalloc.start()
        apply_import(store, preview_import(store, sheet, KIND_APPLICANTS))
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        store.close()
    return {"tracemalloc_peak_mb": round(peak / MB, 1)}


def peak_rss_mb() -> float:
    """The process's peak resident size so far (Linux reports KiB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / MB if sys.platform == "darwin" else rss / 1024


def run(rows: int, directory: Path, seed: int) -> dict[str, Any]:
    sheet = directory / "applicants.xlsx"
    log(f"writing {rows} applicants to {sheet.name}")
    write_sheet(sheet, rows, seed)
    log("timed run: preview + apply")
    timed = timed_run(sheet, directory)
    # Read before the tracemalloc run: tracemalloc's own bookkeeping inflates the process.
    rss_mb = peak_rss_mb()
    log(f"  {timed['total_seconds']} s; memory run under tracemalloc")
    memory = memory_run(sheet, directory)
    memory["ru_maxrss_mb"] = round(rss_mb, 1)
    memory["ru_maxrss_with_tracemalloc_mb"] = round(peak_rss_mb(), 1)
    return {
        "rows": rows,
        "file_mb": round(sheet.stat().st_size / MB, 2),
        **timed,
        **memory,
        "goals": {
            "total_seconds_le_5": timed["total_seconds"] <= GOAL_SECONDS,
            "peak_memory_le_300_mb": max(memory["tracemalloc_peak_mb"], rss_mb) <= GOAL_MB,
        },
        "python": platform.python_version(),
        "openpyxl": openpyxl.__version__,
        "machine": platform.machine(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=2020)
    parser.add_argument("--keep", action="store_true", help="keep the files afterwards")
    args = parser.parse_args(argv)
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="qadam-bench-imports-", dir=args.workdir))
    started = time.perf_counter()
    try:
        result = run(args.rows, directory, args.seed)
    finally:
        if args.keep:
            log(f"files kept in {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)
    result["wall_seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
