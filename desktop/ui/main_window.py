"""The main window: search as you type over the applicant list, keyboard first."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain import clock
from desktop.services import reference
from desktop.storage.store import Store
from desktop.ui import i18n, status_fit
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.applicant_model import ApplicantTableModel
from desktop.ui.backup_actions import BackupActions
from desktop.ui.bundle_actions import BundleActions
from desktop.ui.home import HomeView
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.reference_window import ReferenceWindow
from desktop.ui.registry_filters import RegistryFilterBar
from desktop.ui.report_window import DashboardWindow, DueDateLabel, ReportWindow
from desktop.ui.server_dialog import ServerDialog
from desktop.ui.sync_controller import SyncController
from desktop.ui.sync_status import ClockBanner, SyncStatusWidget
from desktop.ui.sync_window import SyncProgressDialog, SyncWindow

SEARCH_DELAY_MS = 200  # long enough to skip keystrokes, short enough to feel immediate


class SearchBox(QLineEdit):
    """The search field; Down moves into the list, Escape clears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_view: QTableView | None = None
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() == Qt.Key.Key_Down and self.list_view is not None:
            self.list_view.setFocus()
            if not self.list_view.currentIndex().isValid():
                self.list_view.selectRow(0)
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settlement_names: Mapping[str, str] | None = None,
                 today: clock.Today = clock.today) -> None:
        super().__init__()
        self.store = store
        # Unless a caller fixes the names, they follow the interface language.
        self._names_from_store = settlement_names is None
        self.model = ApplicantTableModel(store, settlement_names, parent=self)

        self.search = SearchBox(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.search.list_view = self.table
        self.filters = self._build_registry_filters()

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        # Two tabs: today's work (Ctrl+1), then the applicants list (Ctrl+2).
        self.home = HomeView(store, today, parent=self)
        self.home.open_applicant.connect(self.open_applicant)
        self.home.open_case.connect(self._open_due_case)  # after the card: the case on top
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.home, "")
        self.tabs.addTab(central, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.clock_banner = ClockBanner(self)  # shown only while the clock is off
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.clock_banner)
        page_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(page)

        self.total_label = QLabel(self)
        self.found_label = QLabel(self)
        self.due_label = DueDateLabel(today, self)  # the countdown to the monthly report
        self.due_label.setContentsMargins(0, 0, 24, 0)  # apart from the count beside it
        # What does not fit gives way (_fit_status_bar), never cut off: a width of 1 lets
        # the layout shrink a label without asking for its text's width.
        for label in (self.found_label, self.due_label, self.total_label):
            label.setMinimumWidth(1)
        self.statusBar().addWidget(self.found_label, 1)
        # Sync state, always visible: last sync, what waits, what the district refused.
        self.sync = SyncController(store, self)
        self.sync_status = SyncStatusWidget(self)
        self.sync_status.clicked.connect(self.open_sync_window)
        self.sync.status_changed.connect(self.sync_status.set_status)
        self.sync.status_changed.connect(self.clock_banner.set_status)
        self.sync.status_changed.connect(self._fit_status_bar)
        # Bound methods, not lambdas over self: a lambda held by a child's signal would keep
        # a closed window alive (a reference cycle) until the next garbage collection.
        self.sync.started.connect(self._sync_started)
        self.sync.finished.connect(self._sync_finished)
        self.sync.failed.connect(self._sync_failed)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().addPermanentWidget(self.due_label)
        self.restart_requested = False  # set after a restore: the app asks to unlock again
        self.statusBar().addPermanentWidget(self.total_label)
        # The status bar is fitted again once its own layout has followed a resize (fitting
        # from inside that layout's pass would leave it laid out for the old widgets).
        self._fit_later = QTimer(self)
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self._fit_status_bar)
        self.statusBar().installEventFilter(self)
        self.due_label.refreshed.connect(self._fit_status_bar)  # a new day, a new language
        self.report_window: ReportWindow | None = None
        self.dashboard_window: DashboardWindow | None = None
        self.import_dialog: ImportDialog | None = None
        self.reference_window: ReferenceWindow | None = None
        self.applicant_card: ApplicantCard | None = None
        self.sync_window: SyncWindow | None = None
        self.sync_progress: SyncProgressDialog | None = None
        self.server_dialog: ServerDialog | None = None

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._debounce.start)
        self.model.modelReset.connect(self._update_counts)
        self.model.rowsInserted.connect(self._update_counts)
        self.table.activated.connect(self._row_activated)  # Enter or a double click

        self._build_menus()
        # The last backup's age: small, it gives way before the countdown and the sync state.
        self.statusBar().insertPermanentWidget(1, self.backups.label)  # 0: the found count
        self.backups.label.changed.connect(self._fit_status_bar)
        self.retranslate()
        self.resize(1280, 720)
        self.setMinimumSize(720, 420)  # fits 1366×768 at 150 % (desktop/ui/screen_fit.py)
        self._fit_columns()
        self.home.setFocus()
        self.sync.refresh_status()
        self.sync.start_background()

    # -- menus and shortcuts ----------------------------------------------------------------
    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_applicant_action = QAction(self)
        self.new_applicant_action.setShortcut(QKeySequence.StandardKey.New)  # Ctrl+N
        self.new_applicant_action.triggered.connect(self.new_applicant)
        self.file_menu.addAction(self.new_applicant_action)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.open_import)
        self.import_action.setEnabled(self.store.actor.role.can_write)  # not for an auditor
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        # Backups (docs/backups.md): the status bar shows the last one's age.
        self.backups = BackupActions(self.store, self)
        self.backups.restored.connect(self._restored)
        self.backups.acknowledged.connect(self._restore_acknowledged)
        self.file_menu.addAction(self.backups.backup_action)
        self.file_menu.addAction(self.backups.restore_action)
        self.file_menu.addAction(self.backups.folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)  # Ctrl+F
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.home_action = QAction(self)
        self.home_action.setShortcut(QKeySequence("Ctrl+1"))
        self.home_action.triggered.connect(self.show_home)
        self.applicants_action = QAction(self)
        self.applicants_action.setShortcut(QKeySequence("Ctrl+2"))
        self.applicants_action.triggered.connect(self.show_applicants)
        self.addActions([self.home_action, self.applicants_action])

        self.reports_menu = self.menuBar().addMenu("")
        self.report_action = QAction(self)
        self.report_action.triggered.connect(self.open_report)
        self.dashboard_action = QAction(self)
        self.dashboard_action.triggered.connect(self.open_dashboard)
        self.reports_menu.addAction(self.report_action)
        self.reports_menu.addAction(self.dashboard_action)
        self.reference_action = QAction(self)
        self.reference_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reference_action.triggered.connect(self.open_reference)
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(self.reference_action)

        self.sync_menu = self.menuBar().addMenu("")
        self.sync_now_action = QAction(self)
        self.sync_now_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.sync_now_action.triggered.connect(self.sync_now)
        self.sync_now_action.setEnabled(self.store.actor.role.can_write)  # not for an auditor
        self.sync_window_action = QAction(self)
        self.sync_window_action.setShortcut(QKeySequence("F9"))
        self.sync_window_action.triggered.connect(self.open_sync_window)
        self.server_action = QAction(self)
        self.server_action.triggered.connect(self.open_server_dialog)
        # Where no link reaches: the same exchange carried on a USB stick.
        self.bundles = BundleActions(self.store, self)
        self.bundles.done.connect(self._bundle_done)
        self.sync_menu.addAction(self.sync_now_action)
        self.sync_menu.addAction(self.sync_window_action)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(self.bundles.export_action)
        self.sync_menu.addAction(self.bundles.import_action)
        self.sync_menu.addSeparator()
        self.sync_menu.addAction(self.server_action)

        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            action = QAction(lang.native_name, self, checkable=True)
            action.setData(lang.code)
            action.triggered.connect(lambda _=False, code=lang.code: i18n.apply_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang.code] = action

        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def show_home(self) -> None:
        self.tabs.setCurrentWidget(self.home)
        self.home.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_applicants(self) -> None:
        self.tabs.setCurrentIndex(1)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.home:
            self.home.refresh()  # cases may have moved since it was last read

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(1)  # the search lives on the applicants tab
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _build_registry_filters(self) -> RegistryFilterBar:
        """The filter bar, and sorting by a header click (both start over from page one)."""
        bar = RegistryFilterBar(self)
        bar.changed.connect(self.model.set_filters)
        self.model.matchCountChanged.connect(self._match_counted)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)  # a click calls model.sort(column, order)
        chain = [self.search, *bar.combos.values(), bar.clear_button, self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)  # Tab: search, the filters, the list
        # The bar's shortcuts belong to the window, so they work from the Home tab too (a
        # shortcut of a hidden widget never fires): they bring the applicants list forward.
        for shortcut in (bar.focus_shortcut, bar.clear_shortcut):
            shortcut.setParent(self)
        bar.focus_shortcut.activated.disconnect()
        bar.focus_shortcut.activated.connect(self.focus_filters)
        return bar

    def focus_filters(self) -> None:
        self.tabs.setCurrentIndex(1)  # the filters live on the applicants tab
        self.filters.focus_filters()

    def _match_counted(self, _count: int) -> None:
        self._update_counts()

    # -- applicant card ---------------------------------------------------------------------
    def new_applicant(self) -> ApplicantCard:
        return self.open_applicant(None)

    def open_applicant(self, person_id: str | None) -> ApplicantCard:
        """The card of one applicant (None: a new one); the list refreshes after a save."""
        if self.applicant_card is not None:
            self.applicant_card.close()  # asks first if something was typed there
            if self.applicant_card.isVisible():
                self.applicant_card.raise_()
                return self.applicant_card
        card = ApplicantCard(self.store, person_id, self)
        card.saved.connect(self._applicant_saved)
        card.open_person.connect(self.open_applicant)
        card.finished.connect(self._card_closed)
        self.applicant_card = card
        card.open()
        return card

    def _open_due_case(self, person_id: str, case_id: str | None) -> None:
        """A due item on Home is about a case: its form opens over the applicant's card."""
        card = self.applicant_card
        if case_id and card is not None and card.person_id == person_id and card.isVisible():
            card.open_case_form(case_id)

    def _card_closed(self, _result: int) -> None:
        card = self.sender()
        if isinstance(card, ApplicantCard):
            card.deleteLater()
            if self.applicant_card is card:
                self.applicant_card = None
            self.home.refresh()  # cases saved from the card change today's work
            self.sync.refresh_status()  # and what waits to be sent

    def closeEvent(self, event: QCloseEvent) -> None:
        """An open card with typed text is asked about first: nothing is lost silently."""
        card = self.applicant_card
        if card is not None and card.isVisible() and not card.close():
            event.ignore()
            return
        self.sync.stop_background()
        self.sync.cancel()  # a running sync stops after its batch; what it did is kept
        super().closeEvent(event)

    def _row_activated(self, index) -> None:  # noqa: ANN001 - QModelIndex
        person_id = self.model.data(index, ApplicantTableModel.PersonIdRole)
        if person_id:
            self.open_applicant(person_id)

    def _applicant_saved(self, _person_id: str) -> None:
        self.model.refresh()
        self.home.refresh()
        self.sync.refresh_status()

    # -- sync with the district -------------------------------------------------------------
    def sync_now(self) -> SyncProgressDialog | None:
        """Sync now, with a progress dialog (phase, done of total, Cancel) and a summary."""
        if self.sync.running:
            if self.sync_progress is not None and not self.sync.quiet:
                self.sync_progress.raise_()
            return self.sync_progress
        if self.sync_progress is not None:
            self.sync_progress.deleteLater()
        dialog = SyncProgressDialog(self.sync, self)
        self.sync_progress = dialog
        self.sync.sync_now(quiet=False)
        dialog.open()
        return dialog

    def _sync_started(self, _quiet: bool) -> None:
        self.sync_status.set_syncing(True)

    def _sync_failed(self, _error: object, _quiet: bool) -> None:
        self.sync_status.set_syncing(False)

    def _enrolled(self, _enrolment: object) -> None:
        self.sync.refresh_status()

    def _sync_finished(self, report: object, _quiet: bool) -> None:
        self.sync_status.set_syncing(False)
        if report is not None and getattr(report, "applied", 0):
            self.model.refresh()  # records received from the district show at once
            self.home.refresh()

    def _bundle_done(self, result: object) -> None:
        self.sync.refresh_status()  # what waits, what was refused, the last exchange
        if getattr(result, "applied", 0):
            self.model.refresh()  # records the district's answer brought show at once
            self.home.refresh()
        if self.sync_window is not None and self.sync_window.isVisible():
            self.sync_window.refresh()

    def open_sync_window(self) -> SyncWindow:
        """Status, rejected changes, conflicts and notices (one window, read again)."""
        if self.sync_window is None:
            self.sync_window = SyncWindow(self.store, self.sync, self)
            self.sync_window.open_applicant.connect(self.open_applicant)
            self.sync_window.sync_requested.connect(self.sync_now)
            self.sync_window.server_requested.connect(self.open_server_dialog)
        self.sync_window.refresh()
        self.sync_window.show()
        self.sync_window.raise_()
        self.sync_window.activateWindow()
        return self.sync_window

    def open_server_dialog(self) -> ServerDialog:
        if self.server_dialog is None:
            self.server_dialog = ServerDialog(self.store, self)
            self.server_dialog.enrolled.connect(self._enrolled)
        self.server_dialog.open()
        return self.server_dialog

    # -- reports and import -----------------------------------------------------------------
    def open_report(self) -> ReportWindow:
        """The monthly report window (one; raised again if already open)."""
        if self.report_window is None:
            self.report_window = ReportWindow(self.store, parent=self)
        self.report_window.show()
        self.report_window.raise_()
        self.report_window.activateWindow()
        return self.report_window

    def open_dashboard(self) -> DashboardWindow:
        if self.dashboard_window is None:
            self.dashboard_window = DashboardWindow(self.store, parent=self)
        self.dashboard_window.show()
        self.dashboard_window.raise_()
        self.dashboard_window.activateWindow()
        return self.dashboard_window

    def open_reference(self) -> ReferenceWindow:
        """The district's reference lists (one window; read again each time it is opened)."""
        if self.reference_window is None:
            self.reference_window = ReferenceWindow(self.store, parent=self)
        else:
            self.reference_window.refresh()
        self.reference_window.show()
        self.reference_window.raise_()
        self.reference_window.activateWindow()
        return self.reference_window

    def open_import(self) -> ImportDialog:
        """Import from Excel; the list shows imported applicants once it is done."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.store, self)
            self.import_dialog.imported.connect(self._imported)
        self.import_dialog.show()
        self.import_dialog.raise_()
        return self.import_dialog

    def _imported(self, _result: object) -> None:
        """Imported applicants and settlement names show at once."""
        if self._names_from_store:
            self.model.set_settlement_names(
                reference.settlement_names(self.store, i18n.current_language())
            )
        self.model.refresh()
        self.sync.refresh_status()
        if self.reference_window is not None:
            self.reference_window.refresh()  # imported vacancies or settlements show there too

    def _restored(self, _result: object) -> None:
        """The database under this window was replaced and its store closed: nothing may read
        it any more. The window hides; once the message is read it closes and the app asks to
        unlock again (app.run_gui)."""
        self.restart_requested = True
        self.sync.stop_background()
        self.sync.cancel()
        if self.applicant_card is not None:
            self.applicant_card.hide()  # its database is gone: nothing can be saved there
            self.applicant_card.deleteLater()
            self.applicant_card = None
        self.hide()

    def _restore_acknowledged(self) -> None:
        self.close()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Qadam"),
            self.tr(
                "Qadam {version}: casework of the Employment Programme 2020 for village akimats."
            ).format(version=__version__),
        )

    # -- text -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Qadam — {user}").format(user=self.store.actor.username))
        self.search.setPlaceholderText(self.tr("Search by surname, first name or IIN (Ctrl+F)"))
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.new_applicant_action.setText(self.tr("&New applicant…"))
        self.import_action.setText(self.tr("&Import from Excel…"))
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.report_action.setText(self.tr("&Monthly report…"))
        self.dashboard_action.setText(self.tr("&Dashboard…"))
        self.reference_action.setText(self.tr("R&eference data…"))
        self.find_action.setText(self.tr("&Find"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Qadam"))
        self.sync_menu.setTitle(self.tr("&Sync"))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.sync_window_action.setText(self.tr("Sync &status and conflicts…"))
        self.server_action.setText(self.tr("District se&rver…"))
        self.bundles.retranslate()
        self.backups.retranslate()
        self.tabs.setTabText(0, self.tr("Home"))
        self.tabs.setTabText(1, self.tr("Applicants"))
        self.tabs.setTabToolTip(0, self.tr("Today's work (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Applicants list (Ctrl+2)"))
        current = self.language_actions.get(i18n.current_language())
        if current is not None:
            current.setChecked(True)
        self.model.retranslate()
        if self._names_from_store:
            self.model.set_settlement_names(
                reference.settlement_names(self.store, i18n.current_language())
            )
        self._update_counts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.sync.refresh_status()  # back from a form that may have saved something
        super().changeEvent(event)

    # -- search -----------------------------------------------------------------------------
    def run_search(self) -> None:
        self._debounce.stop()
        self.model.set_search(self.search.text())

    def _update_counts(self) -> None:
        locale = QLocale()
        total = self.model.total_count()
        self.total_label.setText(
            self.tr("Applicants in the database: {count}").format(count=locale.toString(total))
        )
        matched = self.model.match_count()  # counted on the worker; None until then
        shown = locale.toString(self.model.rowCount() if matched is None else matched)
        if self.model.match_capped() or (matched is None and self.model.has_more()):
            shown += "+"  # at least that many: more pages load as the list scrolls
        if self.model.search_text or self.model.filters.active_count():
            if self.model.rowCount():
                text = self.tr("Found: {count}").format(count=shown)
            elif self.model.search_text:
                text = self.tr("Nobody found. Check the spelling or type fewer letters.")
            else:
                text = self.tr("Nobody matches these filters.")
        else:
            text = self.tr("Shown: {count}").format(count=shown)
        self.found_label.setText(text)
        self._fit_status_bar()  # "Nobody found…" is longer than "Shown: 50"

    def _fit_status_bar(self, *_status: object) -> None:
        """On a narrow window (1366×768 at 150 %, or Kazakh's longer words) something gives
        way, whole widgets rather than cut-off text; the urgent report countdown never.
        (Again each time the status bar's width changes: `eventFilter`.)"""
        if hasattr(self, "_fit_later"):  # not while the window is being built
            status_fit.fit(self.statusBar(), self._status_bar_widgets(),
                           self._status_bar_steps())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.statusBar():
            self._fit_later.start()
        return super().eventFilter(watched, event)

    def _status_bar_widgets(self) -> list[QWidget]:
        widgets = [self.found_label, self.sync_status, self.due_label, self.total_label]
        if hasattr(self, "backups"):  # made with the menus, after the status bar
            widgets.append(self.backups.label)
        return widgets

    def _status_bar_steps(self) -> list[status_fit.GiveWay]:
        """Lowest rank first. Days before the due date the countdown heads the Home tab too,
        so it goes first; from three days before, it is the warning that matters and never
        hides: the total goes, then it turns compact ("November report: 2 days left"), then
        the count shown goes. Last, the sync state drops its last-sync time and clock badge
        (the banner says it); its counts (what was refused, conflicts) stay. A new widget
        adds itself to `_status_bar_widgets` and its own steps here."""
        hide, compact = status_fit.Step.HIDE, status_fit.Step.COMPACT
        due = self.due_label
        steps = [
            status_fit.GiveWay(20, self.total_label, hide),
            status_fit.GiveWay(30, self.found_label, hide),
            status_fit.GiveWay(40, self.sync_status, compact),
        ]
        if due.urgent:
            steps.append(status_fit.GiveWay(25, due, compact))
        else:
            steps.append(status_fit.GiveWay(10, due, hide))
        if hasattr(self, "backups"):
            # The backup's age goes first, unless it is the red "a week without a backup".
            backup = self.backups.label
            steps.append(status_fit.GiveWay(22 if backup.overdue else 5, backup, hide))
        return steps

    def _fit_columns(self) -> None:
        """Widths in characters of the app font, so they hold at any font size."""
        chars = {
            ApplicantTableModel.COL_IIN: 14,
            ApplicantTableModel.COL_SURNAME: 18,
            ApplicantTableModel.COL_FIRST_NAME: 15,
            ApplicantTableModel.COL_PATRONYMIC: 19,
            ApplicantTableModel.COL_BIRTH_DATE: 16,
            ApplicantTableModel.COL_SEX: 8,
        }
        metrics = self.table.fontMetrics()
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)
        for column, count in chars.items():
            self.table.setColumnWidth(column, metrics.averageCharWidth() * count + 16)
