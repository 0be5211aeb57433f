"""Backup and restore at 100,000 applicants (issue 11: backup ≤ 15 s, restore ≤ 30 s).

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/backup.py [--applicants 100000] [--cache DIR] [--workdir DIR]

It reuses the demo database `bench/ui.py` builds and caches (`.bench/ui-<N>.db`, built if
absent: `create_demo_data` through the audited writer), copies it into a fresh work folder and
times, on that copy, what the app and `main.py` do:

- `backup`: `services.backups.back_up` from the open store (the online backup API onto a
  second SQLCipher connection, the file streamed with its HMAC, fsynced, renamed; rotation);
- `verify`: `backups.preview` (what `verify-backup` runs: unwrap with the passphrase, HMAC
  over the file while extracting it, `PRAGMA integrity_check`, the audit chain, the counts);
- `restore`: `backups.restore_file`, what `main.py restore` runs: the same verification,
  a backup of the current database written meanwhile, the files swapped.

Prints one JSON object on stdout (progress on stderr).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ui import DEFAULT_CACHE, PASSPHRASE, USERNAME, build_cache, log  # noqa: E402

from desktop.services import backups, session  # noqa: E402
from desktop.storage.keys import Keyring  # noqa: E402

BACKUP_GOAL_S = 15.0
RESTORE_GOAL_S = 30.0
LOAD_AT_START = 0.0


CPU: dict[str, float] = {}  # CPU seconds of this process per measure (load-independent-ish)


def timed(call: Any, name: str = "") -> tuple[float, Any]:
    started, cpu = time.perf_counter(), time.process_time()
    result = call()
    if name:
        CPU[name] = round(time.process_time() - cpu, 2)
    return round(time.perf_counter() - started, 2), result


def run(applicants: int, cache: Path, workdir: Path) -> dict[str, Any]:
    global LOAD_AT_START
    LOAD_AT_START = round(os.getloadavg()[0], 2)
    cached = cache / f"ui-{applicants}.db"
    build_seconds = build_cache(cached, applicants)
    database = workdir / "qadam.db"
    log(f"copying {cached} into {workdir}")
    shutil.copy(cached, database)
    shutil.copy(Keyring.path_for(cached), Keyring.path_for(database))
    store = session.unlock(database, USERNAME, PASSPHRASE)
    persons = store.db.execute("SELECT count(*) FROM persons").fetchone()[0]
    audit_entries = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    log("backup")
    backup_seconds, path = timed(lambda: backups.back_up(store, to=workdir / "stick"),
                                 "backup")
    store.close()
    log("verify")
    verify_seconds, _ = timed(lambda: backups.preview(path, USERNAME, PASSPHRASE),
                               "verify")
    log("restore")
    restore_seconds, (_, result) = timed(
        lambda: backups.restore_file(path, database, USERNAME, PASSPHRASE), "restore")
    return {
        "applicants": persons,
        "audit_entries": audit_entries,
        "database_bytes": database.stat().st_size,
        "backup_bytes": path.stat().st_size,
        "build_seconds": round(build_seconds, 1),
        "backup_seconds": backup_seconds,
        "verify_seconds": verify_seconds,
        "restore_seconds": restore_seconds,
        "replaced_kept": result.replaced is not None,
        # Both cores' CPU seconds of this process: the wall times above move with the load of
        # the machine (the load average below), these much less.
        "cpu_seconds": CPU,
        "goals": {
            "backup": {"limit_s": BACKUP_GOAL_S, "met": backup_seconds <= BACKUP_GOAL_S},
            "restore": {"limit_s": RESTORE_GOAL_S, "met": restore_seconds <= RESTORE_GOAL_S},
        },
        "machine": {"cpus": os.cpu_count(), "load_1min_at_start": LOAD_AT_START,
                    "load_1min_at_end": round(os.getloadavg()[0], 2)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applicants", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--workdir", type=Path, default=None,
                        help="where the copy and the backups go (default: a temporary folder"
                             " beside the cache, removed afterwards)")
    args = parser.parse_args(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="backup-bench-", dir=args.cache))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(json.dumps(run(args.applicants, args.cache, work), ensure_ascii=False, indent=1))
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
