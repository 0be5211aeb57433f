"""First run: create the encrypted database and its administrator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kato import KatoError, parse_kato
from desktop.services import session
from desktop.storage.errors import DatabaseExists, WeakPassphrase
from desktop.storage.keys import MIN_PASSPHRASE_LENGTH, KdfParams, tune_kdf
from desktop.storage.store import Store
from desktop.ui import file_dialogs
from desktop.ui.passphrase import Strength, strength
from desktop.ui.server_dialog import EnrolForm
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import BusyIndicator, ErrorLabel, LanguageCombo

HINT_COLOURS = {
    Strength.EMPTY: "#595959",
    Strength.TOO_SHORT: "#ad4e00",
    Strength.FAIR: "#595959",
    Strength.STRONG: "#237804",
}


class SetupDialog(QDialog):
    """Where the database goes, who its administrator is, and their passphrase; then, if
    `offer_enrolment`, an optional second step: enrol this computer with the district server
    (or "Skip: enrol later" — Qadam works offline, File → District server… enrols later)."""

    def __init__(
        self,
        default_path: Path,
        kdf_factory: Callable[[], KdfParams] = tune_kdf,
        parent: QWidget | None = None,
        offer_enrolment: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self._kdf_factory = kdf_factory
        self.offer_enrolment = offer_enrolment
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

        self.database_page = QWidget(self)
        page = QVBoxLayout(self.database_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.intro)
        page.addSpacing(6)
        page.addWidget(self.form_widget)
        page.addWidget(self.error)
        page.addWidget(self.busy)
        page.addStretch(1)
        page.addWidget(self.buttons)

        # The optional second step: the same form as Sync → District server….
        self.enrol_page = QWidget(self)
        self.enrol_intro = QLabel(self.enrol_page)
        self.enrol_intro.setWordWrap(True)
        self.enrol_form = EnrolForm(None, self.enrol_page)
        self.enrol_form.enrolled.connect(self._enrolled)
        self.enrol_form.busy_changed.connect(self._enrol_busy)
        self.enrol_buttons = QDialogButtonBox(self.enrol_page)
        self.enrol_button = self.enrol_buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.enrol_button.setDefault(True)
        self.enrol_button.clicked.connect(self.enrol_form.submit)
        self.skip_button = self.enrol_buttons.addButton(
            "", QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.clicked.connect(self.accept)
        enrol = QVBoxLayout(self.enrol_page)
        enrol.setContentsMargins(0, 0, 0, 0)
        enrol.addWidget(self.enrol_intro)
        enrol.addSpacing(6)
        enrol.addWidget(self.enrol_form)
        enrol.addStretch(1)
        enrol.addWidget(self.enrol_buttons)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.database_page)
        self.pages.addWidget(self.enrol_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
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
        self.enrol_intro.setText(self.tr(
            "<b>The database is ready.</b> Optionally, connect this computer to the district "
            "server now, with the address, certificate and one-time code the district "
            "administrator gave you. You can also do it later (Sync → District server…): "
            "Qadam works without a connection."))
        self.enrol_button.setText(self.tr("&Enrol this computer"))
        self.skip_button.setText(self.tr("S&kip: enrol later"))
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
        chosen, _ = file_dialogs.get_save_file_name(
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
        if not self.offer_enrolment:
            self.accept()
            return
        self.enrol_form.set_store(store)
        self.pages.setCurrentWidget(self.enrol_page)
        self.enrol_form.url.setFocus()

    def _enrolled(self, _enrolment: object) -> None:
        self.accept()

    def _enrol_busy(self, busy: bool) -> None:
        self.enrol_buttons.setEnabled(not busy)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.error.show_error(error)
        if isinstance(error, DatabaseExists):
            self.path_edit.setFocus()
        elif isinstance(error, WeakPassphrase):
            self.passphrase.setFocus()

    def reject(self) -> None:
        if self.busy.running or self.enrol_form.running:  # never abandon work half-done
            return
        if self.store is not None:
            self.accept()  # Esc on the enrolment step: the database exists, enrol later
            return
        super().reject()
