"""Power cuts: a writer killed at random moments never loses a committed write.

A child process commits writes in a loop (a new applicant with a case, and a correction of an
earlier one, per transaction) and reports each id after its commit returns. The parent kills
it with SIGKILL at a random moment, then checks: the database opens, `PRAGMA integrity_check`
is ok, every reported write is there, and the audit trail verifies. 4 × 50 = 200 kills.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.domain.iin import make_iin
from desktop.services import session
from desktop.storage.audit import verify
from desktop.storage.keys import Keyring
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")

KILLS_PER_TEST = 50


def writer(path: str, user_id: str, data_key: bytes, start: int, report_fd: int) -> None:
    """Runs in the child: commit forever, report each committed serial on the pipe."""
    store = session.open_store(Path(path), Keyring.load(Path(path)), user_id, data_key)
    serial = start
    while True:
        serial += 1
        birth = date(1960, 1, 1) + timedelta(days=serial % 15000)
        with store.transaction() as tx:
            person = tx.save("persons", {
                "iin": make_iin(birth, "female" if serial % 2 else "male", serial // 15000),
                "last_name": f"Сынақ{serial}", "first_name": "Әсел",
                "birth_date": birth, "sex": "female" if serial % 2 else "male",
                "citizenship": "citizen",
            })
            tx.save("cases", {
                "number": f"CRASH-{serial}", "person_id": person.record_id, "direction": "1",
                "state": "draft", "applied_on": date(2026, 11, 24),
            })
        os.write(report_fd, f"{serial}\n".encode())


def kill_and_check(path: Path, user_id: str, data_key: bytes, rng: random.Random,
                   start: int) -> int:
    context = multiprocessing.get_context("fork")
    read_fd, write_fd = os.pipe()
    child = context.Process(target=writer, args=(str(path), user_id, data_key, start, write_fd))
    child.start()
    os.close(write_fd)
    time.sleep(rng.uniform(0.03, 0.3))
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    reported = []
    with os.fdopen(read_fd) as pipe:
        reported = [int(line) for line in pipe.read().split()]

    store = session.unlock(path, "admin", PASSPHRASE)
    try:
        db = store.db
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        numbers = {r[0] for r in db.execute("SELECT number FROM cases")}
        missing = [s for s in reported if f"CRASH-{s}" not in numbers]
        assert not missing, f"committed writes lost after a kill: {missing[:5]}"
        report = verify(db)
        assert report.ok, report.problems
        highest = db.execute(
            "SELECT max(CAST(substr(number, 7) AS INTEGER)) FROM cases").fetchone()[0]
    finally:
        store.close()
    return max(highest or start, start)


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(4))
def test_committed_writes_survive_sigkill(db_path: Path, round_: int) -> None:
    session.create(db_path, "admin", "Әкімші", PASSPHRASE, FAST_KDF).close()
    keyring = Keyring.load(db_path)
    wrap, data_key = keyring.unwrap("admin", PASSPHRASE)
    rng = random.Random(round_)
    serial, total_reported = round_ * 1_000_000, 0
    for _ in range(KILLS_PER_TEST):
        before = serial
        serial = kill_and_check(db_path, wrap.user_id, data_key, rng, serial)
        total_reported += serial - before
    assert total_reported > KILLS_PER_TEST  # the child really wrote between kills
