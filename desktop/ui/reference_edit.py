"""The district's small correction dialog for one reference row: an employer, an education
organisation or a settlement. Saved through `services.reference_data` on the database worker;
a bad БИН or КАТО is shown inline and nothing typed is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import SettlementPotential
from desktop.domain.iin import IinError
from desktop.domain.kato import KatoError
from desktop.services import reference_data
from desktop.storage.store import Store
from desktop.ui.reference_model import (
    EDUCATION,
    EMPLOYERS,
    SETTLEMENTS,
    ReferenceText,
    settlement_name,
)
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel, ask_before_discarding

EDITABLE = (EDUCATION, SETTLEMENTS, EMPLOYERS)


class ReferenceEditDialog(QDialog):
    """Correct one row of `kind`; `saved` carries the record id once it is written."""

    saved = Signal(str)

    def __init__(
        self, store: Store, kind: str, record: dict[str, Any],
        settlements: list[dict[str, Any]], parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if kind not in EDITABLE:
            raise ValueError(f"not an editable reference list: {kind}")
        self.store, self.kind, self.record = store, kind, record
        self.settlements = settlements
        self.words = ReferenceText(self)
        self.saving = False
        self.discard_box: QMessageBox | None = None
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QWidget] = {}
        if kind == SETTLEMENTS:
            self._build_settlement()
        else:
            self._build_organisation()
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)  # Enter saves
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._initial = self.values()
        self.retranslate()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        first = next(w for w in self.edits.values() if w.isEnabled())
        first.setFocus()

    # -- layout ---------------------------------------------------------------------------
    def _row(self, key: str, widget: QWidget) -> None:
        label = QLabel(self)
        label.setBuddy(widget)
        self.labels[key] = label
        self.edits[key] = widget
        self.form.addRow(label, widget)

    def _line(self, key: str, value: Any, length: int = 250) -> QLineEdit:
        edit = QLineEdit(str(value or ""), self)
        edit.setMaxLength(length)
        self._row(key, edit)
        return edit

    def _build_organisation(self) -> None:
        r = self.record
        self.name = self._line("name", r.get("name"))
        self.bin = self._line("bin", r.get("bin"), 20)  # a pasted number may carry spaces
        self.settlement = QComboBox(self)
        self.settlement.addItem("—", None)
        for s in sorted(self.settlements, key=lambda s: settlement_name(s, "name")):
            self.settlement.addItem(settlement_name(s, "name"), s["kato"])
        kato = r.get("settlement_kato")
        if kato and self.settlement.findData(kato) < 0:
            self.settlement.addItem(kato, kato)
        self.settlement.setCurrentIndex(max(0, self.settlement.findData(kato)))
        self._row("settlement", self.settlement)
        if self.kind == EDUCATION:
            self.licence = self._line("licence", r.get("licence"), 100)

    def _build_settlement(self) -> None:
        r = self.record
        self.kato = self._line("kato", r.get("kato"))
        self.kato.setReadOnly(True)  # the settlement's identity: people and cases refer to it
        self.kato.setEnabled(False)
        self.name_kk = self._line("name_kk", r.get("name_kk"))
        self.name_ru = self._line("name_ru", r.get("name_ru"))
        self.okrug = self._line("okrug", r.get("okrug_kato"), 20)
        self.potential = QComboBox(self)
        self.potential.addItem("—", None)
        for value in SettlementPotential:
            self.potential.addItem("", value.value)
        self.potential.setCurrentIndex(max(0, self.potential.findData(r.get("potential"))))
        self._row("potential", self.potential)
        self.support = QCheckBox(self)
        self.support.setChecked(bool(r.get("support")))
        self._row("support", self.support)

    # -- values ---------------------------------------------------------------------------
    def values(self) -> Any:
        """What the dialog holds, as the service takes it."""
        if self.kind == SETTLEMENTS:
            return reference_data.SettlementInput(
                name_kk=self.name_kk.text(), name_ru=self.name_ru.text(),
                okrug_kato=self.okrug.text(), potential=self.potential.currentData(),
                support=self.support.isChecked(),
            )
        return reference_data.OrganisationInput(
            name=self.name.text(), bin=self.bin.text(),
            settlement_kato=self.settlement.currentData(),
            licence=self.licence.text() if self.kind == EDUCATION else None,
        )

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    # -- saving ---------------------------------------------------------------------------
    def submit(self) -> None:
        if self.saving:
            return
        store, record_id, data, kind = self.store, self.record["id"], self.values(), self.kind
        save = {
            EMPLOYERS: reference_data.save_employer,
            EDUCATION: reference_data.save_education_organisation,
            SETTLEMENTS: reference_data.save_settlement,
        }[kind]
        self.saving = True
        self.save_button.setEnabled(False)
        self.error.clear_message()
        run_in_background(lambda: save(store, record_id, data).record_id,
                          self._saved, self._failed)

    def _saved(self, record_id: str) -> None:
        self.saving = False
        self._initial = self.values()
        self.saved.emit(record_id)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.error.show_error(error)
        # The field at fault gets the cursor, its text selected to retype (nothing is cleared).
        field = {IinError: "bin", KatoError: "okrug"}.get(type(error))
        edit = self.edits.get(field or "")
        if isinstance(edit, QLineEdit):
            edit.setFocus()
            edit.selectAll()

    def reject(self) -> None:
        """Esc or Cancel: ask first when something typed would be lost."""
        if self.saving:
            return
        if not self.is_dirty():
            super().reject()
            return
        self.discard_box = ask_before_discarding(
            self, self.tr("Discard changes?"),
            self.tr("What you typed here is not saved. Close and lose it?"),
            self._discard_answered)

    def _discard_answered(self, discard: bool) -> None:
        self.discard_box = None
        if discard:
            super().reject()

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        labels = {
            "name": self.tr("&Name"), "bin": self.tr("&BIN"),
            "settlement": self.tr("&Settlement"), "licence": self.tr("&Licence"),
            "kato": self.tr("KATO"), "name_kk": self.tr("Name in &Kazakh"),
            "name_ru": self.tr("Name in &Russian"), "okrug": self.tr("Rural &okrug (KATO)"),
            "potential": self.tr("&Potential"), "support": self.tr("S&upport settlement"),
        }
        for key, label in self.labels.items():
            label.setText(labels[key])
        if self.kind == SETTLEMENTS:
            for n, value in enumerate(SettlementPotential, start=1):
                self.potential.setItemText(n, self.words.potential(value.value))
            self.support.setText(
                self.tr("a support (опорный) settlement: a priority for direction 2 (§4.3.2)"))
        titles = {
            EMPLOYERS: self.tr("Employer: {name}"),
            EDUCATION: self.tr("Education organisation: {name}"),
            SETTLEMENTS: self.tr("Settlement: {name}"),
        }
        name = self.record.get("name") or settlement_name(self.record, "name")
        self.setWindowTitle(titles[self.kind].format(name=name))
        self.save_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
