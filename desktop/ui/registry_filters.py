"""The registry's filter bar above the applicant list: direction, case state, category and
priority group, how many are active, and Clear filters. Keyboard first: Ctrl+Shift+F moves
into the first filter, Tab goes through them, Ctrl+Shift+Backspace clears them all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from desktop.domain.cases import CaseState
from desktop.domain.enums import Direction
from desktop.rules.eligibility.profile import CATEGORIES
from desktop.services.registry import PRIORITY_GROUPS, RegistryFilter
from desktop.ui.applicant_card import CardText

FOCUS_SHORTCUT = "Ctrl+Shift+F"
CLEAR_SHORTCUT = "Ctrl+Shift+Backspace"
FIELDS = ("direction", "state", "category", "priority")


class RegistryFilterBar(QWidget):
    """Four drop-downs whose first entry is "any"; `changed` carries the new RegistryFilter."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = CardText(self)  # the card's words for states and categories
        self.labels: dict[str, QLabel] = {}
        self.combos: dict[str, QComboBox] = {}
        # Two rows of two: Kazakh and Russian names of states and groups are long, and every
        # choice must read in full at 1366 pixels.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, field in enumerate(FIELDS):
            label, combo = QLabel(self), QComboBox(self)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(self._emit)
            row, column = divmod(n, 2)
            layout.addWidget(label, row, column * 2)
            layout.addWidget(combo, row, column * 2 + 1)
            self.labels[field], self.combos[field] = label, combo
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(3, 1)
        self.direction, self.state = self.combos["direction"], self.combos["state"]
        self.category, self.priority = self.combos["category"], self.combos["priority"]
        self.status = QLabel(self)
        self.clear_button = QPushButton(self)
        self.clear_button.clicked.connect(self.clear)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status, 0, 4)
        layout.addWidget(self.clear_button, 1, 4)

        self.focus_shortcut = QShortcut(QKeySequence(FOCUS_SHORTCUT), self)
        self.focus_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_shortcut.activated.connect(self.focus_filters)
        self.clear_shortcut = QShortcut(QKeySequence(CLEAR_SHORTCUT), self)
        self.clear_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.clear_shortcut.activated.connect(self.clear)
        self._filling = False
        self.retranslate()

    # -- state ------------------------------------------------------------------------------
    def value(self) -> RegistryFilter:
        return RegistryFilter(**{f: self.combos[f].currentData() for f in FIELDS})

    def set_value(self, filters: RegistryFilter) -> None:
        """Show `filters` (emits `changed` once if anything differs)."""
        before = self.value()
        self._filling = True
        try:
            for field in FIELDS:
                combo = self.combos[field]
                index = combo.findData(getattr(filters, field))
                combo.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False
        self._emit_if_changed(before)

    def clear(self) -> None:
        self.set_value(RegistryFilter())

    def focus_filters(self) -> None:
        self.direction.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _emit(self, _index: int = 0) -> None:
        if not self._filling:
            self._show_status()
            self.changed.emit(self.value())

    def _emit_if_changed(self, before: RegistryFilter) -> None:
        self._show_status()
        if self.value() != before:
            self.changed.emit(self.value())

    def _show_status(self) -> None:
        active = self.value().active_count()
        if active:
            self.status.setText(self.tr("Filters: {count} active").format(count=active))
        else:
            self.status.setText(self.tr("No filters"))
        self.clear_button.setEnabled(bool(active))

    # -- text -------------------------------------------------------------------------------
    def _items(self) -> dict[str, list[tuple[str, str | None]]]:
        w = self.words
        directions = {
            "1": self.tr("1: training and employment"),
            "2": self.tr("2: entrepreneurship"),
            "3": self.tr("3: labour mobility"),
            "4": self.tr("4: rural development"),
        }
        groups = {
            "rural_youth": self.tr("rural youth"),
            "rural_woman": self.tr("rural women"),
            "rural_resident": self.tr("rural residents"),
            "woman": self.tr("women"),
            "disabled": self.tr("disabled people"),
        }
        return {
            "direction": [(directions[d.value], d.value) for d in Direction],
            "state": [(w.state(s.value), s.value) for s in CaseState],
            "category": [(w.category(c), c) for c in CATEGORIES],
            "priority": [
                (f"{groups[code]} ({where})", code)
                for code, (where, _facts) in PRIORITY_GROUPS.items()
            ],
        }

    def retranslate(self) -> None:
        captions = {
            "direction": self.tr("&Direction:"),
            "state": self.tr("Case s&tate:"),
            "category": self.tr("Cate&gory:"),
            "priority": self.tr("Pr&iority:"),
        }
        tips = {
            "direction": self.tr("People with a case under this direction"),
            "state": self.tr("People with a case in this state (with a direction: the same "
                             "case)"),
            "category": self.tr("People in this group of §4.3.1"),
            "priority": self.tr("Priority groups of the eligibility rules, as on today"),
        }
        current = self.value()
        self._filling = True
        try:
            for field, items in self._items().items():
                combo = self.combos[field]
                combo.clear()
                combo.addItem(self.tr("any"), None)
                for text, data in items:
                    combo.addItem(text, data)
                combo.setCurrentIndex(max(combo.findData(getattr(current, field)), 0))
                self.labels[field].setText(captions[field])
                combo.setToolTip(tips[field])
        finally:
            self._filling = False
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Clear every filter ({shortcut})").format(
            shortcut=QKeySequence(CLEAR_SHORTCUT).toString(
                QKeySequence.SequenceFormat.NativeText)))
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
