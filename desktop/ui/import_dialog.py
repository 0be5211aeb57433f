"""Import a district list from Excel: check every row first, write only when the person confirms.

Choose a file and what it lists; the preview (on the database worker) shows each row's problems
in the interface language, the counts and the ИИН duplicates. Nothing is written until Import is
pressed; the import is all-or-nothing unless "import only the valid rows" is ticked. Import shows
progress and can be cancelled.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import imports
from desktop.storage.store import Store
from desktop.ui import file_dialogs
from desktop.ui.import_model import Duplicate, DuplicateTableModel, ProblemTableModel
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel

PROGRESS_POLL_MS = 100


class _Progress:
    """Written by the worker, read by a timer on the GUI thread: no Qt object crosses threads."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total


def _table(parent: QWidget, model: Any) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    return view


class ImportDialog(QDialog):
    """Preview, then import; `imported` is emitted with the service's result after a write."""

    imported = Signal(object)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.preview: Any = None
        self.result: Any = None
        self._abort: threading.Event | None = None
        self._progress = _Progress()
        self._generation = 0  # a preview of an older choice is dropped when it arrives

        self.path = QLineEdit(self)
        self.path.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self)
        self.kind = QComboBox(self)
        self.preview_button = QPushButton(self)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.file_label, self.kind_label = QLabel(self), QLabel(self)
        form.addRow(self.file_label, file_row)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.preview_button)
        form.addRow(self.kind_label, kind_row)
        self.file_label.setBuddy(self.path)
        self.kind_label.setBuddy(self.kind)

        self.busy = BusyIndicator(self)
        self.error = ErrorLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)

        self.problems = ProblemTableModel(self)
        self.duplicates = DuplicateTableModel(self)
        self.problem_view = _table(self, self.problems)
        self.duplicate_view = _table(self, self.duplicates)
        self.problems_title, self.duplicates_title = QLabel(self), QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for title, view, stretch in (
            (self.problems_title, self.problem_view, 2),
            (self.duplicates_title, self.duplicate_view, 1),
        ):
            pane = QWidget(splitter)
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(title)
            box.addWidget(view, 1)
            splitter.addWidget(pane)
            splitter.setStretchFactor(splitter.count() - 1, stretch)

        self.only_valid = QCheckBox(self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.import_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.only_valid)
        layout.addLayout(buttons)

        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self.browse_button.clicked.connect(self.choose_file)
        self.preview_button.clicked.connect(self.run_preview)
        self.path.returnPressed.connect(self.run_preview)
        self.path.textChanged.connect(self._choice_changed)
        self.kind.currentIndexChanged.connect(self._choice_changed)
        self.only_valid.toggled.connect(self._update_buttons)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_button.clicked.connect(self.reject)

        self.retranslate()
        self.resize(980, 620)
        self.setMinimumSize(720, 420)  # fits 1366×768 at 150 % (ui/screen_fit.py)
        self._update_buttons()

    # -- text -------------------------------------------------------------------------------
    def kinds(self) -> tuple[tuple[str, str], ...]:
        """The lists the district sends, with their names in the interface language."""
        return (
            (imports.KIND_VACANCIES, self.tr("Vacancies")),
            (imports.KIND_EDUCATION, self.tr("Education organisations")),
            (imports.KIND_SETTLEMENTS, self.tr("Settlements and their potential")),
            (imports.KIND_APPLICANTS, self.tr("Applicants (older spreadsheets)")),
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import from Excel"))
        self.file_label.setText(self.tr("&File:"))
        self.kind_label.setText(self.tr("&List:"))
        self.path.setPlaceholderText(self.tr("An Excel workbook (.xlsx)"))
        self.browse_button.setText(self.tr("&Choose…"))
        self.preview_button.setText(self.tr("Chec&k"))
        self.problems_title.setText(self.tr("Problems, row by row"))
        self.duplicates_title.setText(self.tr("The same IIN more than once"))
        self.only_valid.setText(
            self.tr("Import &only the valid rows (rows with problems are skipped)")
        )
        self.import_button.setText(self.tr("&Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.close_button.setText(self.tr("Close"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for code, name in self.kinds():
            self.kind.addItem(name, code)
        index = self.kind.findData(current)
        self.kind.setCurrentIndex(max(index, 0))
        self.kind.blockSignals(False)
        self.problems.retranslate()
        self.duplicates.retranslate()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = file_dialogs.get_open_file_name(
            self,
            self.tr("Choose an Excel file"),
            self.path.text(),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.path.setText(path)
            self.run_preview()

    def set_choice(self, path: Path, kind: str) -> None:
        """Choose a file and what it lists (the dialog's fields, as a person would)."""
        self.path.setText(str(path))
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def _choice_changed(self) -> None:
        """Another file or list: the old preview no longer applies."""
        self._generation += 1
        self._set_preview(None)
        self.error.clear_message()

    # -- preview ----------------------------------------------------------------------------
    def run_preview(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.error.show_message(lambda: self.tr("Choose the Excel file to import."))
            return
        path, kind, store = Path(text), self.kind.currentData(), self.store
        self._generation += 1
        generation = self._generation
        self._set_preview(None)
        self.error.clear_message()
        self.busy.start(lambda: self.tr("Checking every row…"))
        self._update_buttons()
        run_in_background(
            lambda: imports.preview_import(store, path, kind),
            lambda preview: self._previewed(generation, preview),
            lambda error: self._preview_failed(generation, error),
        )

    def _previewed(self, generation: int, preview: Any) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self._set_preview(preview)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.busy.stop()
        self.error.show_error(error)
        self._update_buttons()

    def _set_preview(self, preview: Any) -> None:
        self.preview = preview
        self.problems.set_rows(preview.problems if preview is not None else [])
        self.duplicates.set_rows(_duplicates(preview) if preview is not None else [])
        self.problem_view.resizeColumnToContents(ProblemTableModel.COL_ROW)
        self.problem_view.resizeColumnToContents(ProblemTableModel.COL_COLUMN)
        self.problem_view.resizeRowsToContents()
        widest = self.duplicate_view.fontMetrics().averageCharWidth() * 40
        for column in (DuplicateTableModel.COL_IIN, DuplicateTableModel.COL_ROWS):
            self.duplicate_view.resizeColumnToContents(column)
            width = self.duplicate_view.columnWidth(column)
            self.duplicate_view.setColumnWidth(column, min(width, widest))
        self.only_valid.setChecked(False)
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        preview = self.preview
        if preview is None:
            self.summary.setText("")
            return
        number = QLocale().toString
        lines = [
            self.tr("Sheet “{sheet}”, headings in row {row}.").format(
                sheet=preview.sheet, row=number(preview.header_row)
            ),
            self.tr(
                "Rows: {rows}. New: {new}, unchanged: {unchanged}, changed: {changed}, "
                "with problems: {invalid}."
            ).format(
                rows=number(len(preview.rows)),
                new=number(preview.new),
                unchanged=number(preview.unchanged),
                changed=number(preview.changed),
                invalid=number(preview.invalid),
            ),
        ]
        if preview.ignored_columns:
            lines.append(
                self.tr("Columns that are not imported: {columns}.").format(
                    columns=", ".join(preview.ignored_columns)
                )
            )
        if preview.problems:
            lines.append(
                self.tr(
                    "<b>Nothing will be imported while rows have problems.</b> Correct the file "
                    "and check it again, or tick “import only the valid rows”."
                )
            )
        elif not self._writable(preview):
            lines.append(self.tr("Everything in this file is already in the database."))
        else:
            lines.append(self.tr("No problems found. Press Import to write the rows."))
        self.summary.setText("<br>".join(lines))

    @staticmethod
    def _writable(preview: Any) -> int:
        return preview.new + preview.changed

    # -- import -----------------------------------------------------------------------------
    def can_import(self) -> bool:
        preview = self.preview
        if preview is None or self._abort is not None or self.busy.running:
            return False
        if preview.problems and not self.only_valid.isChecked():
            return False
        return self._writable(preview) > 0

    def _update_buttons(self) -> None:
        importing = self._abort is not None
        preview = self.preview
        self.import_button.setEnabled(self.can_import())
        self.only_valid.setEnabled(not importing and preview is not None and bool(preview.problems))
        self.cancel_button.setVisible(importing)
        self.close_button.setEnabled(not importing)
        for widget in (self.path, self.browse_button, self.kind, self.preview_button):
            widget.setEnabled(not importing and not self.busy.running)

    def run_import(self) -> None:
        if not self.can_import():
            return
        preview, store, only_valid = self.preview, self.store, self.only_valid.isChecked()
        self._abort = threading.Event()
        abort, progress = self._abort, _Progress()
        self._progress = progress
        self.error.clear_message()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._poll.start()
        self._update_buttons()
        run_in_background(
            lambda: imports.apply_import(
                store, preview, only_valid=only_valid, progress=progress, abort=abort
            ),
            self._imported,
            self._import_failed,
        )

    def cancel_import(self) -> None:
        if self._abort is not None:
            self._abort.set()
            self.cancel_button.setEnabled(False)

    def _show_progress(self) -> None:
        if self._progress.total:
            self.progress.setRange(0, self._progress.total)
            self.progress.setValue(self._progress.done)

    def _finish(self) -> bool:
        cancelled = self._abort is not None and self._abort.is_set()
        self._abort = None
        self._poll.stop()
        self.progress.hide()
        self.cancel_button.setEnabled(True)
        return cancelled

    def _imported(self, result: Any) -> None:
        cancelled = self._finish()
        self.result = result
        if result.aborted or (cancelled and not result.written):
            self.summary.setText(self.tr("Import cancelled: nothing was written."))
        else:
            self.summary.setText(self._result_text(result))
            self.preview = None
            self.imported.emit(result)
        self._update_buttons()

    def _result_text(self, result: Any) -> str:
        number = QLocale().toString
        return self.tr(
            "Imported. New: {new}, changed: {changed}, skipped rows with problems: {skipped}."
        ).format(
            new=number(result.new),
            changed=number(result.changed),
            skipped=number(result.skipped),
        )

    def _import_failed(self, error: BaseException) -> None:
        self._finish()
        self.error.show_error(error)
        self._update_buttons()

    # -- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        if self._abort is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._abort is not None:
            event.ignore()  # the import is still running: Cancel first
            return
        super().closeEvent(event)


def _duplicates(preview: Any) -> list[Duplicate]:
    """Each ИИН met more than once, or already registered, with its rows, in ИИН order."""
    registered = {d.iin: d.name for d in preview.duplicates_in_database}
    return [
        Duplicate(iin, tuple(sorted(rows)), registered.get(iin))
        for iin, rows in sorted(preview.duplicates.items())
    ]
