"""A diagnostics zip for the district centre: the logs and facts about this installation.

What is in it: the log files (already free of personal data, see `desktop/logs.py`),
`about.json` (Qadam, Python, Qt and OS versions, the schema version, how many records each
table holds, the database's size). What is never in it: the database, the key file, any
record's content, a path under the person's home folder (masked as ~).
"""

from __future__ import annotations

import json
import os
import platform
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.logs import flush, log_files, log_folder, mask


def about(store: Any | None, extra: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Facts that help find a bug and say nothing about anyone."""
    facts: dict[str, Any] = {
        "qadam": __version__,
        "python": platform.python_version(),
        "os": platform.platform(),
        "machine": platform.machine(),
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **(extra or {}),
    }
    if store is not None:
        facts.update(_database_facts(store))
    return facts


def _database_facts(store: Any) -> dict[str, Any]:
    from desktop.storage.connection import DB_ERRORS
    from desktop.storage.migrations import RECORD_TABLES, migrations

    facts: dict[str, Any] = {"role": store.actor.role.value}
    try:
        applied = migrations.applied(store.db)
        facts["schema"] = applied[-1].name if applied else None
        facts["records"] = {
            table: store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in sorted(RECORD_TABLES)
        }
        facts["pending_changes"] = store.db.execute(
            "SELECT count(*) FROM change_log WHERE status = 'pending'").fetchone()[0]
        facts["database_bytes"] = os.stat(store.opened.path).st_size  # stat opens nothing
    except DB_ERRORS as error:  # a damaged database is exactly when diagnostics are wanted
        facts["database_error"] = type(error).__name__
    return facts


def write_diagnostics(target: Path, store: Any | None = None,
                      extra: Mapping[str, str] | None = None,
                      folder: Path | None = None) -> Path:
    """Write the zip to `target` (replacing it) and return its path."""
    flush()
    folder = folder or log_folder()
    partial = target.with_name(target.name + ".part")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("about.json", mask(json.dumps(about(store, extra), ensure_ascii=False,
                                                       indent=2)))
        for path in log_files(folder):
            archive.writestr(f"logs/{path.name}",
                             mask(path.read_text(encoding="utf-8", errors="replace")))
    os.replace(partial, target)
    return target


__all__ = ["about", "write_diagnostics"]
