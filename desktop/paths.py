"""The per-user data folder: the default database and the log folder live in it."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_folder() -> Path:
    """%LOCALAPPDATA%\\Qadam on Windows, ~/Library/Application Support/Qadam on macOS,
    $XDG_DATA_HOME/qadam (~/.local/share/qadam) elsewhere."""
    if os.name == "nt":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "Qadam"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Qadam"
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "qadam"
