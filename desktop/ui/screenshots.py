"""Render the app's windows in Kazakh and Russian to PNG files, offscreen.

Setup, unlock, the main window, the lock screen, the applicant card (with data, and with a
mistyped ИИН), the case form, the monthly report, the dashboard and the Excel import preview.

    python -m desktop.ui.screenshots [output folder]    (default: docs/screenshots)

A throwaway database with demo applicants is made in a temporary folder; settings go there
too, so nothing of the person running it is read or changed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QWidget

from desktop.resources import RESOURCES
from desktop.services import imports, session
from desktop.services.applicants import find_applicants
from desktop.services.demo_data import create_demo_data
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.applicant_card import ApplicantCard
from desktop.ui.autolock import AutoLock
from desktop.ui.case_form import CaseForm
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.report_window import DashboardWindow, ReportWindow
from desktop.ui.setup_dialog import SetupDialog
from desktop.ui.tasks import wait_for_background
from desktop.ui.unlock_dialog import UnlockDialog

DEFAULT_OUTPUT = RESOURCES.parent / "docs" / "screenshots"
PASSPHRASE = "Алтай таулары 2020"
SCREEN = (1366, 740)  # a 1366×768 laptop less the taskbar
SAMPLE = {
    "kk": ("Нұрланова Әйгерім Серікқызы", "Нұрл"),
    "ru": ("Нурланова Айгерим Сериковна", "Нурл"),
}


def _settle(widget: QWidget, until=None, seconds: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if until is None or until():
            break
        time.sleep(0.01)
    widget.repaint()
    QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    widget.grab().save(str(path))
    return path


def sample_list(store: Store, path: Path) -> Path:
    """An applicants list from an older spreadsheet, with the mistakes such lists have."""
    import openpyxl

    from desktop.domain.iin import make_iin

    known = find_applicants(store, "", 1)[0]
    first, second = (make_iin(date(1994, 5, 17), "female", n) for n in (41, 42))
    third = make_iin(date(1988, 11, 2), "male", 43)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Тізім 2019"
    sheet.append(["ЖСН", "Тегі", "Аты", "Әкесінің аты", "Азаматтығы", "Елді мекен ҚАТО", "Ескерту"])
    sheet.append([first, "Серікбаева", "Әйгерім", "Нұрланқызы", "азамат", "634603100", None])
    sheet.append(
        [
            third[:-1] + str((int(third[-1]) + 1) % 10),
            "Жұмабаев",
            "Ерұлан",
            None,
            "азамат",
            "634603100",
            "тексеру",
        ]
    )
    sheet.append([second, "Ғалымова", "Гүлнұр", None, "қандас", "634603999", None])
    sheet.append([first, "Серікбаева", "Әйгерім", "Нұрланқызы", "азамат", "634603100", None])
    sheet.append(
        [
            known["iin"],
            known["last_name"],
            known["first_name"],
            known["patronymic"],
            "азамат",
            known["settlement_kato"],
            None,
        ]
    )
    sheet.append(
        [
            make_iin(date(2001, 1, 9), "male", 44),
            '=UPPER("қасымов")',
            "Дәулет",
            None,
            "азамат",
            "634603100",
            None,
        ]
    )
    book.save(path)
    return path


def _render_cards(store: Store, output: Path, code: str) -> list[Path]:
    """The card of an applicant with a case, and a new card with a mistyped ИИН."""
    person_id = store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]
    card = ApplicantCard(store, person_id)
    card.show()
    _settle(card)
    saved = [_save(card, output / f"applicant_card_{code}.png")]
    card.done(0)

    card = ApplicantCard(store)
    card.show()
    known = find_applicants(store, "", 1)[0]["iin"]
    card.iin.setText(known[:-1] + str((int(known[-1]) + 1) % 10))
    card.last_name.setText(SAMPLE[code][0].split()[0])
    _settle(card)
    saved.append(_save(card, output / f"applicant_card_iin_error_{code}.png"))
    card.done(0)
    return saved


def _render_case_form(store: Store, output: Path, code: str) -> Path:
    """A new youth-practice case: eligibility with its reasons, the amount and schedule."""
    person_id = store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]
    form = CaseForm(store, person_id, today=date(2026, 3, 2))
    form.resize(*SCREEN)
    form.show()
    form.measure.setCurrentIndex(form.measure.findData("youth_practice"))
    form.category_checks["unemployed"].setChecked(True)
    _settle(form)
    saved = _save(form, output / f"case_form_{code}.png")
    form.done(0)
    return saved


def _render_case_form_mobility(store: Store, output: Path, code: str) -> Path:
    """A labour-mobility case: seven reasons, some still undecided, and the relocation subsidy."""
    person_id = store.db.execute(
        "SELECT person_id FROM cases WHERE deleted = 0 AND state = 'in_progress' LIMIT 1"
    ).fetchone()[0]
    form = CaseForm(store, person_id, today=date(2026, 3, 2))
    form.resize(*SCREEN)
    form.show()
    form.direction.setCurrentIndex(form.direction.findData("3"))
    form.category_checks["unemployed"].setChecked(True)
    move = form.answers["move_type"]
    move.setCurrentIndex(move.findData("within-region"))
    form.members.setValue(2)
    _settle(form)
    saved = _save(form, output / f"case_form_mobility_{code}.png")
    form.done(0)
    return saved


def _render_reports(store: Store, output: Path, code: str, sample: Path) -> list[Path]:
    saved = []
    report = ReportWindow(store)
    report.resize(*SCREEN)
    report.show()
    _settle(report, until=lambda: not report.busy.running)
    report.scope.setCurrentIndex(report.scope.count() - 1)  # per okrug on a district device
    _settle(report, until=lambda: not report.busy.running)
    saved.append(_save(report, output / f"report_{code}.png"))
    report.close()

    dashboard = DashboardWindow(store)
    dashboard.resize(SCREEN[0], 600)
    dashboard.show()
    _settle(dashboard, until=lambda: not dashboard.busy.running)
    saved.append(_save(dashboard, output / f"dashboard_{code}.png"))
    dashboard.close()

    dialog = ImportDialog(store)
    dialog.resize(1100, 640)
    dialog.show()
    dialog.set_choice(sample, imports.KIND_APPLICANTS)
    dialog.run_preview()
    _settle(dialog, until=lambda: not dialog.busy.running)
    saved.append(_save(dialog, output / f"import_preview_{code}.png"))
    dialog.close()
    return saved


def render(output: Path, work: Path) -> list[Path]:
    from desktop.app import application

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work))
    application([sys.argv[0]])
    database = work / "Qadam" / "qadam.db"
    store = session.create(database, "aigerim", SAMPLE["kk"][0], PASSPHRASE, KdfParams())
    create_demo_data(store, 300)
    sample = sample_list(store, work / "өтініш_берушілер_2019.xlsx")
    output.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    try:
        for code in ("kk", "ru"):
            i18n.apply_language(code, remember=False)
            full_name, search = SAMPLE[code]

            setup = SetupDialog(Path("C:/Users/aigerim/AppData/Local/Qadam/qadam.db"))
            setup.full_name.setText(full_name)
            setup.okrug.setText("634603000")
            setup.passphrase.setText(PASSPHRASE)
            setup.repeat.setText(PASSPHRASE)
            setup.show()
            _settle(setup)
            saved.append(_save(setup, output / f"setup_{code}.png"))
            setup.close()

            unlock = UnlockDialog(database)
            unlock.show()
            unlock.passphrase.setText("алтай таулары")
            unlock.submit()
            _settle(unlock, until=lambda dialog=unlock: not dialog.busy.running)
            saved.append(_save(unlock, output / f"unlock_wrong_passphrase_{code}.png"))
            unlock.close()

            window = MainWindow(store)
            window.resize(*SCREEN)
            window.show()
            _settle(window)
            saved.append(_save(window, output / f"main_{code}.png"))
            window.search.setText(search)
            window.run_search()
            window.table.selectRow(0)
            _settle(window)
            saved.append(_save(window, output / f"main_search_{code}.png"))
            lock = AutoLock(window, database, "aigerim", timeout_ms=0)
            lock.lock()
            _settle(lock.dialog)
            saved.append(_save(lock.dialog, output / f"locked_{code}.png"))
            lock.unlock()
            lock.uninstall()
            window.close()

            saved.extend(_render_cards(store, output, code))
            saved.append(_render_case_form(store, output, code))
            saved.append(_render_case_form_mobility(store, output, code))
            saved.extend(_render_reports(store, output, code, sample))
    finally:
        wait_for_background()
        store.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    output = Path(args[0]) if args else DEFAULT_OUTPUT
    with tempfile.TemporaryDirectory(prefix="qadam-screenshots-") as work:
        for path in render(output, Path(work)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
