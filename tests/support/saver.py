"""A second process that saves applicants through the real Store (tests/unit/test_one_writer.py).

python -m tests.support.saver DATABASE PASSPHRASE COUNT BIRTH_YEAR GO_FILE
Waits until GO_FILE exists (so both savers start together), registers COUNT applicants and
prints how many saves failed, as JSON, with the first error's text.
"""

from __future__ import annotations

import datetime
import json
import sys
import time
from pathlib import Path

from desktop.domain.iin import make_iin
from desktop.services import session
from desktop.services.applicants import ApplicantInput, register_applicant


def unique_iins(count: int, year: int) -> list[str]:
    """`count` different valid ИИН of women born in `year` (one year a process)."""
    found: dict[str, None] = {}
    day, serial = datetime.date(year, 1, 1), 0
    while len(found) < count:
        try:
            found[make_iin(day, "female", serial)] = None
            serial += 1
        except ValueError:  # this day's serials are used up: the next day
            day, serial = day + datetime.timedelta(days=1), 0
    return list(found)


def main(database: str, passphrase: str, count: int, year: int, go: str) -> None:
    store = session.unlock(Path(database), "admin", passphrase)
    while not Path(go).exists():
        time.sleep(0.01)  # only a start line for the two processes, not a timed assertion
    failed, first_error = 0, None
    for iin in unique_iins(count, year):
        try:
            register_applicant(store, ApplicantInput(iin, "Сынақ", "Адам"))
        except Exception as error:  # counted and reported: the test asserts there are none
            failed += 1
            first_error = first_error or f"{type(error).__name__}: {error}"
    store.close()
    print(json.dumps({"failed": failed, "first_error": first_error}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
