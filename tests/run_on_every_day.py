"""Run the tests as if on every day of a month: the suite must pass on any date.

    python tests/run_on_every_day.py                    # this month, the date-sensitive files
    python tests/run_on_every_day.py --month 2026-12 --day 2027-01-01 --day 2028-02-29
    python tests/run_on_every_day.py --day 2026-12-07 --all   # tests/ui and tests/unit whole

Each day is one pytest run in a child process with QADAM_TEST_TODAY set to the day, which
pins `desktop.domain.clock.today()` for the app and the tests (tests/conftest.py). Where
libfaketime is installed (Debian: `apt-get install faketime`) the child also runs under
`faketime`, so the process's real clock says that day too: Qt's QDate.currentDate(),
SQLite's date('now'), the stores' stamps and a `date.today()` someone forgot to route
through the clock. Without it (Windows) only the pinned `today()` moves: say so with
--no-faketime to see the difference.

Prints one line per day and a JSON summary last; exits 1 if any day failed. It is CPU work
(one pytest run per day): run it under `nice` on a shared machine.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import re
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The files whose tests depend on the day of the month: the report's countdown and month,
# Home's due items, deadlines, the registry's ages. (Tests that only need "some today" run
# with --all on a few days: the 7th to the 10th, the 31st, the 1st of January.)
DATE_SENSITIVE = [
    "tests/ui/test_status_bar_fit.py",
    "tests/ui/test_main_window.py",
    "tests/ui/test_report_window.py",
    "tests/ui/test_home.py",
    "tests/ui/test_case_deadlines.py",
    "tests/unit/test_deadlines_service.py",
    "tests/unit/test_monthly_report.py",
    "tests/unit/test_registry.py",
    "tests/rules/test_deadlines.py",
]
WHOLE = ["tests/ui", "tests/unit"]
SUMMARY = re.compile(r"(\d+) (passed|failed|errors?|skipped|xfailed|xpassed)")


def days_of(month: str) -> list[date]:
    year, number = (int(part) for part in month.split("-"))
    last = calendar.monthrange(year, number)[1]
    return [date(year, number, day) for day in range(1, last + 1)]


def run_day(day: date, paths: list[str], faketime: str | None, extra: list[str]) -> dict:
    env = dict(os.environ, QADAM_TEST_TODAY=day.isoformat(), QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *paths, *extra]
    if faketime:
        # Ten in the morning of that day, and the clock runs on from there (in each child
        # process too). The monotonic clock moves with it: with FAKETIME_DONT_FAKE_MONOTONIC
        # libfaketime 0.9.10 makes Python's time.sleep() fail with EINVAL.
        env.pop("FAKETIME_DONT_FAKE_MONOTONIC", None)
        command = [faketime, "-f", f"@{day.isoformat()} 10:00:00", *command]
    started = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False)
    lines = (done.stdout + done.stderr).strip().splitlines()
    counts = {kind.rstrip("s") if kind.startswith("error") else kind: int(n)
              for n, kind in SUMMARY.findall(lines[-1] if lines else "")}
    failed = [line.split(" ", 1)[1].split(" - ")[0] for line in lines
              if line.startswith(("FAILED ", "ERROR "))]
    return {"day": day.isoformat(), "exit": done.returncode, "counts": counts,
            "failed": failed, "seconds": round(time.monotonic() - started, 1),
            "tail": lines[-30:] if done.returncode else []}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--month", help="YYYY-MM: every day of it (default: this month "
                        "unless --day is given)")
    parser.add_argument("--day", action="append", default=[], type=date.fromisoformat,
                        help="YYYY-MM-DD, also (repeatable)")
    parser.add_argument("--all", action="store_true", help="tests/ui and tests/unit whole")
    parser.add_argument("--no-faketime", action="store_true",
                        help="only pin clock.today(), even where libfaketime is installed")
    parser.add_argument("pytest_args", nargs="*", help="files or pytest options (after --)")
    args = parser.parse_args(argv)

    days = days_of(args.month) if args.month else []
    if not args.month and not args.day:
        days = days_of(date.today().strftime("%Y-%m"))
    days += [d for d in args.day if d not in days]
    files = [a for a in args.pytest_args if not a.startswith("-")]
    options = [a for a in args.pytest_args if a.startswith("-")]
    paths = files or (WHOLE if args.all else DATE_SENSITIVE)
    faketime = None if args.no_faketime else shutil.which("faketime")
    print(f"{len(days)} days, {'faketime and ' if faketime else ''}QADAM_TEST_TODAY; "
          f"{' '.join(paths)}", flush=True)

    results = []
    for day in days:
        result = run_day(day, paths, faketime, options)
        results.append(result)
        counts = ", ".join(f"{n} {kind}" for kind, n in result["counts"].items())
        state = "ok  " if result["exit"] == 0 else "FAIL"
        print(f"{day} {day:%a} {state} {counts} ({result['seconds']} s)", flush=True)
        for name in result["failed"]:
            print(f"    {name}", flush=True)
        if result["exit"] and not result["failed"]:
            print("\n".join(f"    {line}" for line in result["tail"]), flush=True)
    bad = [r["day"] for r in results if r["exit"] != 0]
    print(json.dumps({"days": len(results), "failed_days": bad,
                      "faketime": bool(faketime), "paths": paths}))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
