"""First run: create the encrypted database and its administrator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kato import KatoError, parse_kato
from desktop.services import session
from desktop.storage.errors import DatabaseExists, WeakPassphrase
from desktop.storage.keys import MIN_PASSPHRASE_LENGTH, KdfParams, tune_kdf
from desktop.storage.store import Store
from desktop.ui.passphrase import Strength, strength
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel, LanguageCombo

HINT_COLOURS = {
    Strength.EMPTY: "#595959",
    Strength.TOO_SHORT: "#ad4e00",
    Strength.FAIR: "#595959",
    Strength.STRONG: "#237804",
}


class SetupDialog(QDialog):
    """Where the database goes, who its administrator is, and their passphrase."""

    def __init__(
        self,
        default_path: Path,
        kdf_factory: Callable[[], KdfParams] = tune_kdf,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self._kdf_factory = kdf_factory
        self.setMinimumWidth(660)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.language = LanguageCombo(self)
        self.path_edit = QLineEdit(str(default_path), self)
        self.path_edit.setCursorPosition(0)  # the drive and folders say more than the name
        self.path_edit.setToolTip(str(default_path))
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        self.full_name = QLineEdit(self)
        self.username = QLineEdit("admin", self)
        self.okrug = QLineEdit(self)
        self.okrug.setMaxLength(11)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        # Expanding, so the form gives the hint the whole field column to wrap in.
        self.hint.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.show_passphrase = QCheckBox(self)
        self.show_passphrase.toggled.connect(self._toggle_echo)
        self.passphrase.textChanged.connect(self._update_hint)

        self.form_widget = QWidget(self)
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._labels = [QLabel(self) for _ in range(7)]
        rows = (
            self.language,
            path_row,
            self.full_name,
            self.username,
            self.okrug,
            self.passphrase,
            self.repeat,
        )
        for label, field in zip(self._labels, rows, strict=True):
            self.form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
        self._labels[1].setBuddy(self.path_edit)
        self.form.addRow("", self.hint)
        self.form.addRow("", self.show_passphrase)

        self.error = ErrorLabel(self)
        self.busy = BusyIndicator(self)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.full_name.setFocus()

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qadam — first start"))
        self.intro.setText(
            self.tr(
                "<b>Welcome to Qadam.</b> Create the encrypted database for this office. "
                "Remember the passphrase: without it the data can be opened only with the "
                "district centre's help."
            )
        )
        texts = (
            self.tr("&Language:"),
            self.tr("&Database file:"),
            self.tr("&Full name:"),
            self.tr("&User name:"),
            self.tr("Rural &okrug (КАТО code):"),
            self.tr("&Passphrase:"),
            self.tr("&Repeat passphrase:"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.browse.setText(self.tr("&Browse…"))
        self.full_name.setPlaceholderText(self.tr("e.g. Nurlanova Aigerim Serikovna"))
        self.okrug.setPlaceholderText(self.tr("9 digits, optional; e.g. 634603000"))
        self.show_passphrase.setText(self.tr("&Show passphrase"))
        self.create_button.setText(self.tr("&Create database"))
        self._update_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_hint(self) -> None:
        text = self.passphrase.text()
        level = strength(text)
        hints = {
            Strength.EMPTY: self.tr(
                "At least {minimum} characters. A few unrelated words are easy to remember "
                "and hard to guess."
            ).format(minimum=MIN_PASSPHRASE_LENGTH),
            Strength.TOO_SHORT: self.tr(
                "Too short: {length} of at least {minimum} characters."
            ).format(length=len(text), minimum=MIN_PASSPHRASE_LENGTH),
            Strength.FAIR: self.tr("Acceptable. A longer passphrase is stronger: add a word."),
            Strength.STRONG: self.tr("Strong passphrase."),
        }
        self.hint.setText(hints[level])
        self.hint.setStyleSheet(f"color: {HINT_COLOURS[level]};")

    # -- actions ----------------------------------------------------------------------------
    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Where to keep the database"),
            self.path_edit.text(),
            self.tr("Qadam database (*.db)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self.path_edit.setCursorPosition(0)
            self.path_edit.setToolTip(chosen)

    def _invalid(self, field: QLineEdit, text: Callable[[], str] | BaseException) -> None:
        """Say what to correct and put the cursor there; nothing typed is cleared."""
        if isinstance(text, BaseException):
            self.error.show_error(text)
        else:
            self.error.show_message(text)
        field.setFocus()
        field.selectAll()

    def submit(self) -> None:
        """Check what can be checked here, then create the database on the worker thread."""
        path_text = self.path_edit.text().strip()
        full_name = " ".join(self.full_name.text().split())
        username = self.username.text().strip()
        okrug_text = "".join(self.okrug.text().split())
        passphrase = self.passphrase.text()
        if not path_text:
            return self._invalid(
                self.path_edit, lambda: self.tr("Choose where to keep the database.")
            )
        if not full_name:
            return self._invalid(self.full_name, lambda: self.tr("Enter your full name."))
        if not username or any(c.isspace() for c in username):
            return self._invalid(
                self.username, lambda: self.tr("Enter a user name without spaces, e.g. admin.")
            )
        okrug = None
        if okrug_text:
            try:
                kato = parse_kato(okrug_text)
            except KatoError as error:
                return self._invalid(self.okrug, error)
            if kato.level != "okrug":
                return self._invalid(
                    self.okrug,
                    lambda: self.tr(
                        "This is not a rural okrug's code: an okrug's КАТО code ends in 000, "
                        "e.g. 634603000. Leave the field empty if you do not know it."
                    ),
                )
            okrug = kato.value
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            return self._invalid(self.passphrase, WeakPassphrase(minimum=MIN_PASSPHRASE_LENGTH))
        if self.repeat.text() != passphrase:
            return self._invalid(
                self.repeat,
                lambda: self.tr("The two passphrases differ. Type the same passphrase twice."),
            )
        self.error.clear_message()
        self._set_busy(True)
        path = Path(path_text).expanduser()
        kdf_factory = self._kdf_factory

        def work() -> Store:
            return session.create(
                path, username, full_name, passphrase, kdf_factory(), okrug_kato=okrug
            )

        run_in_background(work, self._created, self._failed)
        return None

    def _set_busy(self, busy: bool) -> None:
        self.form_widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        if busy:
            self.busy.start(
                lambda: self.tr("Creating the encrypted database… This takes a few seconds.")
            )
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.busy.stop()
            self.unsetCursor()

    def _created(self, store: Store) -> None:
        self._set_busy(False)
        self.store = store
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(error)
        if isinstance(error, DatabaseExists):
            self.path_edit.setFocus()
        elif isinstance(error, WeakPassphrase):
            self.passphrase.setFocus()

    def reject(self) -> None:
        if not self.busy.running:  # never abandon a database half-created
            super().reject()
