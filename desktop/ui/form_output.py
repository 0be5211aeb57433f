"""What the form windows share: the printed form's language, "Print…" and "Save as PDF…".

The form is built (database read + HTML) and the PDF written on the background worker, so the
window never waits; only the printer dialog and the printing itself run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desktop.reports.forms import PrintedForm
from desktop.ui import i18n
from desktop.ui.printing import ask_pdf_path, print_form, render_pdf
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel

# Each language in its own name: the form's language is chosen apart from the interface's.
FORM_LANGUAGES = (("kk", "Қазақша"), ("ru", "Русский"))


class FormLanguageCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in FORM_LANGUAGES:
            self.addItem(name, code)
        # Kazakh interface → Kazakh paper; Russian or English → Russian.
        self.setCurrentIndex(0 if i18n.current_language() == "kk" else 1)

    def language(self) -> str:
        return self.currentData()


class OutputText(QObject):
    def saving(self) -> str:
        return self.tr("Writing the PDF…")

    def saved(self, path: str) -> str:
        return self.tr("Saved to {path}").format(path=path)

    def preparing(self) -> str:
        return self.tr("Preparing the form for printing…")

    def printed(self) -> str:
        return self.tr("Sent to the printer.")

    def save_caption(self) -> str:
        return self.tr("Save as PDF")


class FormOutput(QObject):
    """Print or save one window's form; `build()` runs on the worker and returns the form."""

    def __init__(self, owner: QWidget, busy: BusyIndicator, error: ErrorLabel,
                 info: QLabel) -> None:
        super().__init__(owner)
        self.owner, self.busy, self.error, self.info = owner, busy, error, info
        self.text = OutputText(self)
        self.last_pdf: Path | None = None

    @property
    def running(self) -> bool:
        return self.busy.running

    def save_pdf(self, build: Callable[[], PrintedForm], stem: str,
                 path: Path | None = None) -> None:
        """Ask where (unless `path` is given), then write the PDF on the worker."""
        if self.running:
            return
        path = path or ask_pdf_path(self.owner, self.text.save_caption(), stem)
        if path is None:
            return
        self.error.clear_message()
        self.busy.start(self.text.saving)
        run_in_background(lambda: render_pdf(build(), path), self._saved, self._failed)

    def print(self, build: Callable[[], PrintedForm]) -> None:
        if self.running:
            return
        self.error.clear_message()
        self.busy.start(self.text.preparing)
        run_in_background(build, self._built, self._failed)

    def _saved(self, path: Path) -> None:
        self.busy.stop()
        self.last_pdf = path
        self.info.setText(self.text.saved(str(path)))

    def _built(self, form: PrintedForm) -> None:
        self.busy.stop()
        if print_form(form, self.owner):
            self.info.setText(self.text.printed())

    def _failed(self, error: BaseException) -> None:
        self.busy.stop()
        self.error.show_error(error)
