"""Wrong passphrases slow down (persisted beside the database), never a lockout for good.

The clock and the sleep are injected: the tests assert the waits asked for, never wall time."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import session
from desktop.storage import throttle
from desktop.storage.errors import WrongPassphrase
from desktop.storage.store import Store
from tests.conftest import PASSPHRASE


class FakeTime:
    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def try_wrong(path: Path, time: FakeTime) -> None:
    with pytest.raises(WrongPassphrase):
        session.unwrap_key(path, "admin", "not the passphrase", time.clock, time.sleep)


def after_wrong_tries(store: Store, count: int) -> tuple[Path, FakeTime]:
    """The closed database after `count` wrong passphrases in a row, and the fake time."""
    path = store.opened.path
    store.close()
    time = FakeTime()
    for _ in range(count):
        try_wrong(path, time)
    return path, time


def test_delays_grow_after_three_wrong_tries_and_are_capped() -> None:
    assert [throttle.delay_after(n) for n in range(10)] == [0, 0, 0, 1, 2, 4, 8, 16, 30, 30]
    assert throttle.delay_after(10_000) == throttle.MAX_DELAY_SECONDS  # never for good


def test_wrong_passphrases_wait_longer_and_the_right_one_resets(store: Store) -> None:
    path, time = after_wrong_tries(store, 6)
    assert time.slept == [1, 2, 4]  # the first three tries are free
    assert throttle.seconds_to_wait(path, time.clock) == 8
    # The owner still gets in (after the wait), and the count starts over.
    session.unwrap_key(path, "admin", PASSPHRASE, time.clock, time.sleep)
    assert time.slept[-1] == 8
    assert throttle.failures(path) == 0
    try_wrong(path, time)
    assert time.slept[-1] == 8 and throttle.seconds_to_wait(path, time.clock) == 0


def test_the_wait_already_passed_is_not_slept_again(store: Store) -> None:
    path, time = after_wrong_tries(store, 4)
    time.now += 1.5  # the person waited 1.5 of the 2 seconds before typing again
    assert throttle.seconds_to_wait(path, time.clock) == 1
    time.now -= 3600  # a clock set back an hour does not make the wait longer than 2 s
    assert throttle.seconds_to_wait(path, time.clock) == 2


def test_the_count_survives_a_restart_of_the_app(store: Store) -> None:
    path = store.opened.path
    store.close()
    code = (
        "import sys; from pathlib import Path; from desktop.services import session\n"
        "from desktop.storage.errors import WrongPassphrase\n"
        "for _ in range(3):\n"
        "    try: session.unwrap_key(Path(sys.argv[1]), 'admin', 'wrong guess here')\n"
        "    except WrongPassphrase: pass\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)  # another process
    assert throttle.failures(path) == 3
    time = FakeTime()
    time.now = 1e12  # long after: no wait left, but the count still stands
    try_wrong(path, time)
    assert throttle.failures(path) == 4 and time.slept == []
    assert throttle.seconds_to_wait(path, time.clock) == 2


def test_a_damaged_counter_never_locks_the_owner_out(store: Store) -> None:
    path = store.opened.path
    store.close()
    throttle.path_for(path).write_text("{not json", encoding="utf-8")
    time = FakeTime()
    session.unwrap_key(path, "admin", PASSPHRASE, time.clock, time.sleep)
    assert time.slept == [] and not throttle.path_for(path).exists()


def test_changing_the_passphrase_counts_wrong_old_ones_too(store: Store) -> None:
    """Otherwise `change-passphrase` would be a way round the slowdown."""
    path = store.opened.path
    store.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            session.change_passphrase(path, "admin", "not the passphrase", "a new passphrase!")
    assert throttle.failures(path) == 2
