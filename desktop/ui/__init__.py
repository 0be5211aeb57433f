"""All PySide6: windows, dialogs, table models, translations. Never runs SQL itself."""

from desktop.ui import override_guard
from desktop.ui.pyside_workaround import protect_none

protect_none()  # before any other Qt call: see pyside_workaround.py
override_guard.install()  # before any class of desktop.ui is defined: see override_guard.py
