"""The log file: in the per-user folder (QADAM_LOG_DIR here), rotating, faulthandler on, and
no names or ИИН in it after real work, refusals and failures."""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli, logs
from desktop.services.applicants import ApplicantError, ApplicantInput, register_applicant
from desktop.services.imports import preview_import
from desktop.storage.store import Store
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
NAME, FIRST = "Сапарова", "Айгерім"
IIN = "900101400132"  # a valid ИИН (female, 1 January 1990)


def _log_text(folder: Path) -> str:
    logs.flush()
    return "\n".join(path.read_text(encoding="utf-8") for path in logs.log_files(folder))


def test_the_log_folder_follows_the_environment_and_defaults_to_the_data_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "elsewhere"))
    assert logs.log_folder() == tmp_path / "elsewhere"
    monkeypatch.delenv(logs.LOG_DIR_ENV)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    if os.name == "posix" and sys.platform != "darwin":
        assert logs.log_folder() == tmp_path / "data" / "qadam" / "logs"


def test_iin_shaped_numbers_and_the_home_folder_are_masked() -> None:
    text = logs.mask(f"ИИН {IIN} in {Path.home() / 'Айгерім' / 'list.xlsx'}; id 1234567890123")
    assert IIN not in text and "**********32" in text
    assert str(Path.home()) not in text and "~" in text
    assert "1234567890123" in text  # 13 digits are not an ИИН: left alone


def test_setup_writes_a_rotating_file_and_turns_faulthandler_on(private_log_folder: Path
                                                                ) -> None:
    import faulthandler

    before = faulthandler.is_enabled()  # pytest's own, to stderr
    folder = logs.setup_logging("test")
    assert folder == private_log_folder
    handler = next(h for h in logging.getLogger().handlers
                   if isinstance(h, logging.handlers.RotatingFileHandler))
    assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.BACKUP_COUNT)
    assert faulthandler.is_enabled()
    assert "test started: Qadam" in _log_text(folder)
    logs.stop_logging()
    assert faulthandler.is_enabled() == before  # a test runner's faulthandler is given back


def test_a_hard_crash_leaves_its_traceback_in_crash_log(private_log_folder: Path) -> None:
    crash = ("from desktop import logs; logs.setup_logging('crash test');"
             " import faulthandler; faulthandler._sigsegv()")
    done = subprocess.run([sys.executable, "-c", crash], cwd=ROOT, capture_output=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode != 0
    text = (private_log_folder / logs.CRASH_FILE).read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "Current thread" in text or "Thread" in text


def test_real_work_and_its_failures_leave_no_name_or_iin_in_the_log(
    store: Store, db_path: Path, tmp_path: Path, private_log_folder: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.setup_logging("test")
    log = logging.getLogger("desktop.test")
    register_applicant(store, ApplicantInput(IIN, NAME, FIRST, phone="+77011234567"))
    with pytest.raises(ApplicantError) as duplicate:  # its message names the person
        register_applicant(store, ApplicantInput(IIN, NAME, FIRST))
    assert IIN in str(duplicate.value) or NAME in str(duplicate.value)
    log.error("registering failed", exc_info=duplicate.value)
    try:
        int(f"{NAME} {IIN}")  # a bug whose message carries input
    except ValueError as error:
        log.error("a bug", exc_info=error)
    log.warning("careless line with %s", IIN)  # masked even when a developer slips
    damaged = tmp_path / f"{NAME}_{IIN}.xlsx"  # a list named after a person, not a workbook
    damaged.write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(Exception) as refused:
        preview_import(store, damaged, "applicants")
    log.error("import failed", exc_info=refused.value)
    store.close()

    # The CLI: a sync that cannot reach any server, a bundle named after the person.
    monkeypatch.setenv("QADAM_PASSPHRASE", PASSPHRASE)
    assert cli.main(["--database", str(db_path), "sync"]) == 2
    bundle = tmp_path / f"{NAME}_{FIRST}_{IIN}.qadam"
    bundle.write_bytes(b"not a bundle at all")
    assert cli.main(["--database", str(db_path), "import-bundle", str(bundle)]) == 2
    missing = tmp_path / f"{NAME}.xlsx"
    assert cli.main(["--database", str(db_path), "import-bundle", str(missing)]) == 2

    text = _log_text(private_log_folder)
    assert "qadam sync refused" in text and "qadam import-bundle refused" in text
    assert "ValueError (its message is not logged" in text
    assert "Traceback (most recent call last)" in text  # the code lines are kept
    for secret in (IIN, NAME, FIRST, "+77011234567", "Әкімшілік Маман"):
        assert secret not in text
