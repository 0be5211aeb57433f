"""The card's Household tab: the members, add one by ИИН, the §6 facts, low-income and АСП.

Every change here is saved at once, on the database worker (the card's Save is for the
personal data above). Keyboard: Enter in the add row adds the member, F2 changes a member's
relation, Space ticks "disabled" or "socially significant disease", Delete removes a member after
asking.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.iin import IinError, parse_iin
from desktop.services import households
from desktop.storage.store import Store
from desktop.ui.applicant_model import format_date
from desktop.ui.list_model import ListTableModel
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets import ErrorLabel

ParentIndex = QModelIndex | QPersistentModelIndex
INFO_STYLE = "color: #135200;"
NOTE_STYLE = "color: #613400; background: #fffbe6; border: 1px solid #ffe58f; padding: 4px;"


class HouseholdText(QObject):
    """The tab's words in the current language (lupdate context HouseholdText)."""

    def relation(self, value: str) -> str:
        return {
            "head": self.tr("head of the household"),
            "spouse": self.tr("spouse"),
            "child": self.tr("child"),
            "parent": self.tr("parent"),
            "sibling": self.tr("brother or sister"),
            "grandchild": self.tr("grandchild"),
            "grandparent": self.tr("grandparent"),
            "other": self.tr("other relative"),
        }.get(value, value)

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("IIN"), self.tr("Born"), self.tr("Sex"),
                self.tr("Relation"), self.tr("Working age"), self.tr("Disabled"),
                self.tr("Socially significant disease")]

    def sex(self, value: str) -> str:
        return self.tr("male") if value == "male" else self.tr("female")

    def yes_no(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def tab(self, size: int) -> str:
        return self.tr("Ho&usehold ({size})").format(size=size)

    def low_income(self) -> str:
        return self.tr("&Low-income family (§4.3.1, §6)")

    def asp_recipient(self) -> str:
        return self.tr("Receives targeted social assistance, АСП (§6)")

    def summary(self, h: dict[str, Any]) -> str:
        return self.tr(
            "Household of {size}: {working} of working age, {disabled} disabled, {disease} with "
            "a socially significant disease"
        ).format(size=h["size"], working=h["working_age"], disabled=h["disabled"],
                 disease=h["socially_significant_disease"])

    def no_household(self) -> str:
        return self.tr("No household recorded yet: add the first member below.")

    def asp_note(self, general: bool) -> str:
        if general:
            return self.tr("§6: this family gets АСП under the general legislation, not tied to "
                           "taking part (no member of working age, or a member who is disabled "
                           "or has a socially significant disease).")
        return self.tr("§6: working-age members of this low-income family get АСП only while "
                       "they take part; refusing or breaking the social contract suspends that "
                       "person's payment, the family keeps its right.")

    def save_first(self) -> str:
        return self.tr("Save the applicant first; then add the household members.")

    def add_group(self) -> str:
        return self.tr("Add a member:")

    def member_iin(self) -> str:
        return self.tr("Me&mber's IIN")

    def surname(self) -> str:
        return self.tr("Surname")

    def first_name(self) -> str:
        return self.tr("First name")

    def patronymic(self) -> str:
        return self.tr("Patronymic")

    def relation_label(self) -> str:
        return self.tr("Relation")

    def add(self) -> str:
        return self.tr("Add member")

    def remove(self) -> str:
        return self.tr("&Remove member")

    def hint(self) -> str:
        return self.tr("Enter adds the member · F2 changes the relation · Space ticks · "
                       "Delete removes the selected member")

    def digits(self, count: int) -> str:
        return self.tr("{count} of 12 digits").format(count=count)

    def new_person(self, born: str, sex: str) -> str:
        return self.tr("New person: born {date}, {sex}. Type the names.").format(
            date=born, sex=self.sex(sex))

    def known_person(self, name: str) -> str:
        return self.tr("{name} is already in the database: adding links that person, nobody is "
                       "registered twice.").format(name=name)

    def in_other_household(self, name: str) -> str:
        return self.tr("{name} is already a member of another household.").format(name=name)

    def added(self, name: str, linked: bool) -> str:
        if linked:
            return self.tr("{name} was already in the database and is now linked to this "
                           "household (not registered twice).").format(name=name)
        return self.tr("{name} was added to the household.").format(name=name)

    def removed(self, name: str) -> str:
        return self.tr("{name} was removed from the household; the person stays in the "
                       "database.").format(name=name)

    def confirm_title(self) -> str:
        return self.tr("Remove the member?")

    def confirm(self, name: str) -> str:
        return self.tr("Remove {name} from this household? The person stays in the database."
                       ).format(name=name)


class HouseholdModel(ListTableModel):
    """The members (rows from `households.household_of`); edits go out as `edit_requested`."""

    COL_NAME, COL_IIN, COL_BORN, COL_SEX, COL_RELATION = range(5)
    COL_WORKING_AGE, COL_DISABLED, COL_DISEASE = 5, 6, 7
    COLUMN_COUNT = 8
    MemberIdRole = Qt.ItemDataRole.UserRole + 1
    FLAG_FIELDS = {COL_DISABLED: "disabled", COL_DISEASE: "socially_significant_disease"}

    # member id, field ("relation", "disabled", "socially_significant_disease"), new value
    edit_requested = Signal(str, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = HouseholdText(self)
        self.members: list[dict[str, Any]] = []

    def set_members(self, members: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.members = [dict(m) for m in members]
        self.endResetModel()

    def _rows(self) -> list[dict[str, Any]]:
        return self.members

    def _headers(self) -> list[str]:
        return self.text.headers()

    def data(self, index: ParentIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        member, column = self.members[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column)
        if role == Qt.ItemDataRole.EditRole and column == self.COL_RELATION:
            return member["relation"]
        if role == Qt.ItemDataRole.CheckStateRole and column in self.FLAG_FIELDS:
            checked = member[self.FLAG_FIELDS[column]]
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == self.MemberIdRole:
            return member["id"]
        return None

    def _display(self, member: dict[str, Any], column: int) -> str | None:
        t = self.text
        if column == self.COL_NAME:
            return " ".join(filter(None, (member["last_name"], member["first_name"],
                                          member.get("patronymic"))))
        if column == self.COL_IIN:
            return member["iin"]
        if column == self.COL_BORN:
            return format_date(member["birth_date"])
        if column == self.COL_SEX:
            return t.sex(member["sex"])
        if column == self.COL_RELATION:
            return t.relation(member["relation"])
        if column == self.COL_WORKING_AGE:
            return t.yes_no(member["working_age"])
        return None  # the two flags show as checkboxes only

    def flags(self, index: ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.FLAG_FIELDS:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        head = self.members[index.row()]["relation"] == households.HEAD
        if index.column() == self.COL_RELATION and not head:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: ParentIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
                ) -> bool:
        """Show the edit at once and ask for it to be saved; a refused save reloads."""
        if not index.isValid() or not self.flags(index) & (
                Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        member, column = self.members[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column in self.FLAG_FIELDS:
            field = self.FLAG_FIELDS[column]
            new: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole and column == self.COL_RELATION:
            field, new = "relation", str(value)
            if new not in households.RELATIONS:
                return False
        else:
            return False
        if member[field] == new:
            return True
        member[field] = new
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        self.edit_requested.emit(member["id"], field, new)
        return True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        if self.members:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.members) - 1, self.COLUMN_COUNT - 1))


class RelationDelegate(QStyledItemDelegate):
    """The relation column edits with a list of relations (F2, or typing on the cell)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ParentIndex) -> QWidget:
        combo = QComboBox(parent)
        text = HouseholdText(combo)
        for relation in households.RELATIONS:
            if relation != households.HEAD:
                combo.addItem(text.relation(relation), relation)
        return combo

    def setEditorData(self, editor: QWidget, index: ParentIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel,
                     index: ParentIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MembersView(QTableView):
    """Delete asks to remove the selected member; Space ticks the flag under the cursor."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class HouseholdTab(QWidget):
    """The household of the card's person; `changed` after every saved change."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.person_id: str | None = None
        self.household: dict[str, Any] | None = None
        self.found: dict[str, Any] | None = None  # the person the typed ИИН belongs to
        self.busy = False
        self._stale = False  # the language changed while the card was hidden
        self.confirm_box: QMessageBox | None = None
        self.text = HouseholdText(self)
        self._status: Any = None  # a function giving the last status line in the language
        self._build()
        self.retranslate()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.low_income = QCheckBox(self)
        self.asp_recipient = QCheckBox(self)
        self.low_income.clicked.connect(lambda on: self._save_flag("low_income", on))
        self.asp_recipient.clicked.connect(lambda on: self._save_flag("asp_recipient", on))
        self.summary = QLabel(self)
        self.summary.setStyleSheet("font-weight: bold;")
        self.summary.setWordWrap(True)
        self.asp_note = QLabel(self)
        self.asp_note.setWordWrap(True)
        self.asp_note.setStyleSheet(NOTE_STYLE)

        self.model = HouseholdModel(self)
        self.model.edit_requested.connect(self._save_edit)
        self.table = MembersView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(HouseholdModel.COL_RELATION, RelationDelegate(self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.remove_requested.connect(self.ask_remove)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #595959;")
        self.hint.setWordWrap(True)  # the key hints are long in Kazakh
        self.remove_button = QPushButton(self)
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.ask_remove)

        # The add row: every field with its label on its left, on one line (1366 pixels).
        self.add_box = QWidget(self)
        self.iin = QLineEdit(self.add_box)
        self.iin.setMaxLength(20)
        self.iin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.iin_info = QLabel(self.add_box)
        self.iin_info.setStyleSheet(INFO_STYLE)
        self.iin_info.setWordWrap(True)
        self.iin_error = ErrorLabel(self.add_box)
        self.last_name = QLineEdit(self.add_box)
        self.first_name = QLineEdit(self.add_box)
        self.patronymic = QLineEdit(self.add_box)
        self.relation = QComboBox(self.add_box)
        # As wide as a short relation, not the longest: the row must fit 1366 pixels.
        self.relation.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.relation.setMinimumContentsLength(12)
        for relation in households.RELATIONS:
            if relation != households.HEAD:
                self.relation.addItem("", relation)
        self.add_button = QPushButton(self.add_box)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_member)
        self.add_title = QLabel(self.add_box)
        self.add_title.setStyleSheet("font-weight: bold;")
        self.name_labels: list[QLabel] = []
        # Two lines, so the row fits 910 logical pixels (1366×768 at 150 %) in Kazakh too:
        # the ИИН and relation with the Add button, then the three names.
        first_row, names_row = QHBoxLayout(), QHBoxLayout()
        for row in (first_row, names_row):
            row.setContentsMargins(0, 0, 0, 0)
        first_row.addWidget(self.add_title)
        for widget, stretch, row in ((self.iin, 0, first_row), (self.last_name, 2, names_row),
                                     (self.first_name, 2, names_row),
                                     (self.patronymic, 2, names_row),
                                     (self.relation, 1, first_row)):
            label = QLabel(self.add_box)
            label.setBuddy(widget)
            self.name_labels.append(label)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        self.iin_label = self.name_labels[0]
        first_row.addStretch(1)
        first_row.addWidget(self.add_button)
        add_layout = QVBoxLayout(self.add_box)
        add_layout.setContentsMargins(0, 4, 0, 0)
        add_layout.addLayout(first_row)
        add_layout.addLayout(names_row)
        add_layout.addWidget(self.iin_info)
        add_layout.addWidget(self.iin_error)

        self.status = QLabel(self)
        self.status.setStyleSheet(INFO_STYLE)
        self.status.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.save_first = QLabel(self)

        top = QHBoxLayout()
        top.addWidget(self.low_income)
        top.addWidget(self.asp_recipient)
        top.addStretch(1)
        # The button under the table, beside the keys: the table keeps the full width.
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.hint, 1)
        hint_row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addWidget(self.save_first)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.asp_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(hint_row)
        layout.addWidget(self.add_box)
        layout.addWidget(self.status)
        layout.addWidget(self.error)

        for edit in (self.iin, self.last_name, self.first_name, self.patronymic, self.relation):
            edit.installEventFilter(self)  # Enter adds the member, it does not save the card
        self.iin.textChanged.connect(self._check_iin)
        self.setFocusProxy(self.iin)  # coming to the tab, one types the next member's ИИН
        order = self.focus_chain()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_chain(self) -> list[QWidget]:
        """The tab's widgets in Tab order, for the card to chain after its own."""
        return [self.low_income, self.asp_recipient, self.table, self.remove_button, self.iin,
                self.last_name, self.first_name, self.patronymic, self.relation,
                self.add_button]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers()):
            self.add_member()
            return True
        return super().eventFilter(watched, event)

    # -- data -----------------------------------------------------------------------------
    def set_person(self, person_id: str | None) -> None:
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        saved = self.person_id is not None
        self.household = households.household_of(self.store, self.person_id) if saved else None
        for widget in (self.low_income, self.asp_recipient, self.table, self.add_box,
                       self.remove_button):
            widget.setEnabled(saved and not self.busy)
        self.save_first.setVisible(not saved)
        h = self.household
        self.model.set_members(h["members"] if h else [])
        self.low_income.setChecked(bool(h and h["low_income"]))
        self.asp_recipient.setChecked(bool(h and h["asp_recipient"]))
        self.remove_button.setEnabled(saved and not self.busy and bool(h and h["size"] > 1))
        self._show_summary()

    def _show_summary(self) -> None:
        h, t = self.household, self.text
        tabs = self.parentWidget()
        while tabs is not None and not isinstance(tabs, QTabWidget):
            tabs = tabs.parentWidget()
        if tabs is not None:  # in the card: the tab says how many members
            tabs.setTabText(tabs.indexOf(self), t.tab(self.member_count()))
        self.summary.setText(t.summary(h) if h else t.no_household())
        self.summary.setVisible(self.person_id is not None)
        low = bool(h and h["low_income"])
        self.asp_note.setVisible(low)
        if low:
            self.asp_note.setText(t.asp_note(households.asp_general_rules(h)))

    def has_typed_input(self) -> bool:
        """Something typed in the add row and not added yet."""
        return any(edit.text().strip()
                   for edit in (self.iin, self.last_name, self.first_name, self.patronymic))

    def member_count(self) -> int:
        return self.household["size"] if self.household else 0

    # -- live ИИН check -------------------------------------------------------------------
    def _check_iin(self) -> None:
        digits = "".join(self.iin.text().split())
        self.found = None
        self.iin_error.clear_message()
        self.iin_info.clear()
        for edit in (self.last_name, self.first_name, self.patronymic):
            edit.setReadOnly(False)
        if not digits or (digits.isascii() and digits.isdigit() and len(digits) < 12):
            self.iin_info.setText(self.text.digits(len(digits)))
            return
        try:
            parsed = parse_iin(digits)
        except IinError as error:
            self.iin_error.show_error(error)
            return
        self.found = households.lookup_iin(self.store, parsed.value)
        if self.found is None:
            self.iin_info.setText(self.text.new_person(format_date(str(parsed.birth_date)),
                                                       parsed.sex))
            return
        name = f"{self.found['last_name']} {self.found['first_name']}"
        elsewhere = self.found["household_id"] not in (
            None, self.household["id"] if self.household else None)
        self.iin_info.setText(self.text.in_other_household(name) if elsewhere
                              else self.text.known_person(name))
        for edit, key in ((self.last_name, "last_name"), (self.first_name, "first_name"),
                          (self.patronymic, "patronymic")):
            edit.setText(self.found.get(key) or "")
            edit.setReadOnly(True)  # the person's names are corrected on their own card

    # -- writes (on the database worker) ---------------------------------------------------
    def add_member(self) -> None:
        if self.busy or self.person_id is None:
            return
        data = households.MemberInput(
            iin=self.iin.text(), relation=self.relation.currentData(),
            last_name=self.last_name.text(), first_name=self.first_name.text(),
            patronymic=self.patronymic.text() or None,
        )
        store, person_id = self.store, self.person_id
        self._run(lambda: households.add_member(store, person_id, data), self._added)

    def _added(self, added: households.AddedMember) -> None:
        for edit in (self.iin, self.last_name, self.first_name, self.patronymic):
            edit.setReadOnly(False)
            edit.clear()
        self.iin.setFocus()  # ready for the next member
        self._show_status(lambda: self.text.added(added.name, added.linked))

    def _save_flag(self, flag: str, on: bool) -> None:
        if self.person_id is None:
            return
        store, person_id = self.store, self.person_id
        self._run(lambda: households.set_household_flags(store, person_id, **{flag: on}))

    def _save_edit(self, member_id: str, field: str, value: Any) -> None:
        store = self.store
        self._run(lambda: households.update_member(store, member_id, **{field: value}))

    def selected_member(self) -> dict[str, Any] | None:
        row = self.table.currentIndex().row()
        return self.model.members[row] if 0 <= row < len(self.model.members) else None

    def ask_remove(self) -> None:
        """Delete or the button: ask first, then tombstone the membership."""
        member = self.selected_member()
        if member is None or self.busy or member["relation"] == households.HEAD:
            return
        name = f"{member['last_name']} {member['first_name']}"
        box = QMessageBox(QMessageBox.Icon.Question, self.text.confirm_title(),
                          self.text.confirm(name), parent=self)
        remove = box.addButton(QMessageBox.StandardButton.Yes)
        keep = box.addButton(QMessageBox.StandardButton.No)
        box.setDefaultButton(keep)  # Enter on the question keeps the member
        box.setEscapeButton(keep)
        box.finished.connect(lambda _=0: self._remove_answered(box, remove, member, name))
        self.confirm_box = box
        box.open()

    def _remove_answered(self, box: QMessageBox, remove: QPushButton, member: dict[str, Any],
                         name: str) -> None:
        self.confirm_box = None
        if box.clickedButton() is not remove:
            return
        store, member_id = self.store, member["id"]
        self._run(lambda: households.remove_member(store, member_id),
                  lambda _change: self._show_status(lambda: self.text.removed(name)))

    def _run(self, work: Any, then: Any = None) -> None:
        self.busy = True
        self.error.clear_message()
        self.add_button.setEnabled(False)

        current = self.table.currentIndex()
        place = (current.row(), current.column())

        def done(result: Any) -> None:
            self.busy = False
            self.reload()
            if 0 <= place[0] < self.model.rowCount():  # the cursor stays on the member
                self.table.setCurrentIndex(self.model.index(*place))
            if then is not None:
                then(result)
            self._check_iin()
            self.add_button.setEnabled(True)
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.busy = False
            self.reload()  # a refused edit goes back to what is stored; typing stays
            self.add_button.setEnabled(True)
            self.error.show_error(error)

        run_in_background(work, done, failed)

    def _show_status(self, text: Any) -> None:
        self._status = text
        self.status.setText(text())

    # -- text -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        t = self.text
        self.low_income.setText(t.low_income())
        self.asp_recipient.setText(t.asp_recipient())
        self.save_first.setText(t.save_first())
        self.add_title.setText(t.add_group())
        for label, text in zip(self.name_labels, (t.member_iin(), t.surname(), t.first_name(),
                                                  t.patronymic(), t.relation_label()),
                               strict=True):
            label.setText(text)
        for n in range(self.relation.count()):
            self.relation.setItemText(n, t.relation(self.relation.itemData(n)))
        self.add_button.setText(t.add())
        self.remove_button.setText(t.remove())
        self.hint.setText(t.hint())
        self.model.retranslate()
        self._show_summary()
        self._check_iin()
        if self._status is not None:
            self.status.setText(self._status())

    def changeEvent(self, event: QEvent) -> None:
        # A closed card (kept until deleted) does not reread the database for a new language.
        if event.type() == QEvent.Type.LanguageChange:
            if self.window().isVisible():
                self.retranslate()
            else:
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.retranslate()
        super().showEvent(event)
