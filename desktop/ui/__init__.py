"""All PySide6: windows, dialogs, table models, translations. Never runs SQL itself."""
