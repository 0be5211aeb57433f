"""Where the non-Python resources live (rule parameters, translations, demo seeds, fonts)."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    # A frozen (PyInstaller) build unpacks resources beside the executable's bundle.
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


RESOURCES = resources_dir()
