"""The headless backup contract, run as a person runs it: `main.py backup --to DIR`,
`verify-backup FILE`, `restore FILE` on a real encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import session
from desktop.storage.keys import Keyring
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.unit.test_backup import add_applicant, every_record, fingerprint
from tests.unit.test_cli import run

ENV = {"QADAM_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def database(demo_store, db_path: Path) -> Path:
    demo_store.close()
    return db_path


def test_backup_verify_and_restore_every_record(database: Path, tmp_path: Path) -> None:
    records = every_record(database)
    made = run("--database", str(database), "backup", "--to", str(tmp_path / "stick"), env=ENV)
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())  # the contract: it prints the file's path
    assert backup.parent == tmp_path / "stick" and backup.is_file()

    verified = run("verify-backup", str(backup), env=ENV)
    assert verified.returncode == 0, verified.stderr
    assert "intact" in verified.stdout and "applicants" in verified.stdout

    store = session.unlock(database, "admin", PASSPHRASE)
    add_applicant(store, 5)  # a change after the backup, which the restore takes back
    store.close()
    assert every_record(database) != records
    restored = run("--database", str(database), "restore", str(backup), env=ENV)
    assert restored.returncode == 0, restored.stderr
    assert every_record(database) == records
    assert "replaced database is kept" in restored.stdout
    assert list(tmp_path.glob("qadam.db.replaced-*"))


def test_damaged_foreign_and_wrong_passphrase_are_refused_changing_nothing(
    database: Path, tmp_path: Path
) -> None:
    made = run("--database", str(database), "backup", "--to", str(tmp_path / "stick"), env=ENV)
    backup = Path(made.stdout.strip())
    other = session.create(tmp_path / "other" / "q.db", "admin", "Басқа", PASSPHRASE, FAST_KDF)
    other.close()
    foreign = Path(run("--database", str(tmp_path / "other" / "q.db"), "backup", "--to",
                       str(tmp_path / "other-stick"), env=ENV).stdout.strip())
    damaged = tmp_path / "damaged.qadam-backup"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0x10
    damaged.write_bytes(bytes(data))
    before = fingerprint(tmp_path)

    wrong = run("--database", str(database), "restore", str(backup),
                env={"QADAM_PASSPHRASE": "not the right passphrase"})
    assert wrong.returncode != 0 and "passphrase is wrong" in wrong.stderr
    bad = run("--database", str(database), "restore", str(damaged), env=ENV)
    assert bad.returncode != 0 and "is damaged" in bad.stderr
    checked = run("verify-backup", str(damaged), env=ENV)
    assert checked.returncode != 0 and "do not match their checksum" in checked.stderr
    alien = run("--database", str(database), "restore", str(foreign), env=ENV)
    assert alien.returncode != 0 and "belongs to another database" in alien.stderr
    assert fingerprint(tmp_path) == before
    assert Keyring.path_for(database).exists()


def test_a_backup_with_several_users_asks_which(store, tmp_path: Path, capsys,
                                                monkeypatch) -> None:  # noqa: ANN001
    from desktop.cli import main
    from desktop.domain.enums import Role
    from desktop.services import backups

    session.add_user(store, PASSPHRASE, "aigerim", "Әйгерім", Role.VILLAGE_SPECIALIST,
                     "Басқа құпия сөз 2026", FAST_KDF)
    made = backups.back_up(store, to=tmp_path / "stick")
    monkeypatch.setenv("QADAM_PASSPHRASE", "Басқа құпия сөз 2026")
    assert main(["verify-backup", str(made)]) == 2
    assert "several users: say which with --user" in capsys.readouterr().err
    assert main(["--user", "aigerim", "verify-backup", str(made)]) == 0
    assert "Backup intact" in capsys.readouterr().out


def test_a_restore_waits_for_the_open_app_and_changes_nothing(database: Path,
                                                              tmp_path: Path) -> None:
    """Replacing the file under a running window would lose its later saves: refused."""
    from tests.support.lock_holder import other_app_holding

    made = run("--database", str(database), "backup", "--to", str(tmp_path / "stick"), env=ENV)
    backup = Path(made.stdout.strip())
    records = every_record(database)
    with other_app_holding(database) as app:
        refused = run("--database", str(database), "--wait", "0.5", "restore", str(backup),
                      env=ENV)
        assert refused.returncode == 75, refused.stderr
        assert "another Qadam window" in refused.stderr and str(app.pid) in refused.stderr
    assert every_record(database) == records
    assert not list(tmp_path.glob("qadam.db.replaced-*"))
