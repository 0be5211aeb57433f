"""A power cut while typing: the autosaved draft is in the encrypted file and offered back.

A child process (offscreen Qt, the real card and autosave) types into a new applicant card;
the parent kills it with SIGKILL once drafts have been committed, reopens the database and
finds the last committed draft, intact, with the integrity check passing.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.services import drafts, session
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.integration.draft_typist import SURNAME

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
ROOT = Path(__file__).resolve().parents[2]


def _typed(count: int) -> str:
    return "".join(SURNAME[n % len(SURNAME)] for n in range(count))


@pytest.mark.slow
def test_a_draft_committed_before_a_sigkill_is_found_after(tmp_path: Path) -> None:
    path = tmp_path / "qadam.db"
    session.create(path, "admin", "Әкімші", PASSPHRASE, FAST_KDF).close()
    env = dict(os.environ, QADAM_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path / "home"))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.draft_typist", str(path)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    seen: list[str] = []
    watchdog = threading.Timer(120, child.kill)  # a child that never autosaves must not hang
    watchdog.start()
    try:
        for line in child.stdout:
            if line.startswith("draft "):
                seen.append(line.split(" ", 1)[1].rstrip("\n"))
            if len(seen) >= 3:  # several autosaves while typing went on
                break
    finally:
        watchdog.cancel()
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert len(seen) >= 3, "the child never autosaved"

    store = session.unlock(path, "admin", PASSPHRASE)
    try:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        left = drafts.list_drafts(store, new_only=True)
        assert len(left) == 1
        found = left[0].values["last_name"]
        assert found == _typed(len(found))  # exactly what was typed, up to some letter
        assert len(found) >= len(seen[-1])  # nothing committed was lost
    finally:
        store.close()
