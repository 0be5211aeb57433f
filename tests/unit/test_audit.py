"""verify-audit detects any edited, removed or reordered audit entry."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services import session
from desktop.storage.audit import verify
from desktop.storage.store import Store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_a_fresh_trail_verifies(demo_store: Store) -> None:
    report = verify(demo_store.db)
    assert report.ok and report.entries > 120


def _tamper(store: Store, how: str) -> None:
    db = store.db
    if how == "edit":
        db.execute("UPDATE audit_log SET changes = '{\"last_name\": \"Басқа\"}' WHERE seq = 10")
    elif how == "remove":
        db.execute("DELETE FROM audit_log WHERE seq = 10")
    elif how == "remove_tail":
        db.execute("DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    elif how == "reorder":
        db.execute("UPDATE audit_log SET seq = -1 WHERE seq = 10")
        db.execute("UPDATE audit_log SET seq = 10 WHERE seq = 11")
        db.execute("UPDATE audit_log SET seq = 11 WHERE seq = -1")
    elif how == "rehash":  # edit an entry and recompute its own hash: the next link breaks
        from desktop.storage.audit import entry_hash

        row = next(db.query("SELECT * FROM audit_log WHERE seq = 10"))
        row["user_id"] = "someone-else"
        db.execute("UPDATE audit_log SET user_id = ?, hash = ? WHERE seq = 10",
                   [row["user_id"], entry_hash(row["prev_hash"], row)])
    db.conn.commit()


@pytest.mark.parametrize("how", ["edit", "remove", "remove_tail", "reorder", "rehash"])
def test_tampering_is_detected(demo_store: Store, how: str) -> None:
    _tamper(demo_store, how)
    report = verify(demo_store.db)
    assert not report.ok
    assert report.problems


def test_verify_audit_command_fails_on_a_tampered_trail(demo_store: Store) -> None:
    path = demo_store.opened.path
    env = dict(os.environ, QADAM_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, str(ROOT / "main.py"), "--database", str(path), "verify-audit"]
    demo_store.close()
    ok = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0 and "intact" in ok.stdout

    store = session.unlock(path, "admin", PASSPHRASE)
    _tamper(store, "remove")
    store.close()
    bad = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 1
    assert "entry 10 is missing" in bad.stderr
