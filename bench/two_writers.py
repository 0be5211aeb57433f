"""Two processes saving applicants into one database at once: how many saves fail.

    .venv/bin/python bench/two_writers.py                # IMMEDIATE transactions (as shipped)
    .venv/bin/python bench/two_writers.py --deferred     # the old deferred BEGIN, to compare

Each process registers applicants through the real Store for `--seconds`, as fast as it can,
and counts the saves that failed ("database is locked"). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "bench two writers 2026"


def _deferred() -> None:
    """Put back sqlite-utils' deferred BEGIN (what Qadam did before)."""
    from sqlite_utils import Database

    from desktop.storage import connection

    connection.QadamDatabase.atomic = Database.atomic
    plain_configure = connection.configure

    def configure(conn) -> None:  # noqa: ANN001
        plain_configure(conn)
        conn.isolation_level = ""

    connection.configure = configure


def writer(database: str, year: int, seconds: float, go: str, deferred: bool) -> None:
    if deferred:
        _deferred()
    from desktop.services import session
    from desktop.services.applicants import ApplicantInput, register_applicant
    from tests.support.saver import unique_iins

    store = session.unlock(Path(database), "admin", PASSPHRASE)
    iins = iter(unique_iins(20_000, year))
    while not Path(go).exists():
        time.sleep(0.01)
    saved = failed = 0
    errors: dict[str, int] = {}
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.monotonic()
        try:
            register_applicant(store, ApplicantInput(next(iins), "Сынақ", "Адам"))
            saved += 1
        except Exception as error:  # counted: that is the measurement
            failed += 1
            kind = f"{type(error).__name__}: {error} after {time.monotonic() - started:.1f} s"
            errors[kind] = errors.get(kind, 0) + 1
    store.close()
    print(json.dumps({"saved": saved, "failed": failed, "errors": errors}, ensure_ascii=False))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--deferred", action="store_true")
    parser.add_argument("--writer", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writer:
        database, year, go = args.writer
        writer(database, int(year), args.seconds, go, args.deferred)
        return 0
    from desktop.services import session
    from desktop.storage.keys import KdfParams

    with tempfile.TemporaryDirectory() as work:
        database = Path(work) / "qadam.db"
        session.create(database, "admin", "Bench", PASSPHRASE, KdfParams()).close()
        go = Path(work) / "go"
        extra = ["--deferred"] if args.deferred else []
        children = [subprocess.Popen(
            [sys.executable, __file__, "--seconds", str(args.seconds), *extra,
             "--writer", str(database), str(year), str(go)],
            stdout=subprocess.PIPE, text=True, cwd=ROOT) for year in (1990, 1991)]
        time.sleep(1.0)  # both unlocked (Argon2id) before the start line
        go.touch()
        results = [json.loads(child.communicate()[0]) for child in children]
        with contextlib.closing(session.unlock(database, "admin", PASSPHRASE)) as store:
            stored = store.db.execute("SELECT count(*) FROM persons").fetchone()[0]
    print(json.dumps({
        "transactions": "deferred" if args.deferred else "immediate",
        "seconds": args.seconds,
        "attempted": sum(r["saved"] + r["failed"] for r in results),
        "failed": sum(r["failed"] for r in results),
        "stored": stored,
        "per_process": results,
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
