"""The Excel import dialog over a real encrypted database and real spreadsheets (openpyxl)."""

from __future__ import annotations

import string
import threading
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTranslator

from desktop.domain.iin import make_iin
from desktop.reports.imports import kinds, problems
from desktop.services import imports
from desktop.services.applicants import count_applicants, find_applicants
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.import_model import DuplicateTableModel, ProblemTableModel
from desktop.ui.tasks import run_in_background, wait_for_background
from tests.ui.test_i18n import LANGUAGES, TRANSLATIONS

SETTLEMENT = "634603100"  # Көкпекті ауылы, in the demo territory
HEADINGS = ["ЖСН", "Тегі", "Аты", "Азаматтығы", "Елді мекен ҚАТО"]


def _iin(serial: int) -> str:
    return make_iin(date(1990, 3, 1), "female", serial)


def _mistyped(iin: str) -> str:
    return iin[:-1] + str((int(iin[-1]) + 1) % 10)


def _workbook(path: Path, rows: list[list[object]], headings: list[str] = HEADINGS) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Тізім"
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _applicant(serial: int, surname: str = "Сейітқызы") -> list[object]:
    return [_iin(serial), surname, "Әйгерім", "азамат", SETTLEMENT]


def _dialog(qtbot, store: Store) -> ImportDialog:  # noqa: ANN001
    dialog = ImportDialog(store)
    qtbot.addWidget(dialog)
    return dialog


def _preview(qtbot, dialog: ImportDialog, path: Path, kind: str = imports.KIND_APPLICANTS) -> None:  # noqa: ANN001
    dialog.set_choice(path, kind)
    dialog.run_preview()
    qtbot.waitUntil(lambda: not dialog.busy.running, timeout=20_000)


def _import(qtbot, dialog: ImportDialog) -> None:  # noqa: ANN001
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.cancel_button.isHidden(), timeout=20_000)
    wait_for_background()


def _cells(model, row: int) -> list[str]:  # noqa: ANN001
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_a_mistyped_iin_is_shown_with_its_row_and_blocks_the_import(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    i18n.apply_language("kk")
    before = count_applicants(store)
    path = _workbook(
        tmp_path / "list.xlsx",
        [
            _applicant(11),
            [_mistyped(_iin(12)), "Омаров", "Ерлан", "азамат", SETTLEMENT],
            _applicant(13, "Қасымова"),
        ],
    )
    dialog = _dialog(qtbot, store)
    _preview(qtbot, dialog, path)
    assert dialog.error.isHidden()
    assert dialog.problems.rowCount() == 1
    row, column, reason = _cells(dialog.problems, 0)
    assert (row, column) == ("3", "ЖСН")
    assert reason.startswith("Бақылау цифры")  # the reason in the interface language
    assert (dialog.preview.new, dialog.preview.invalid) == (2, 1)
    assert "Жаңа: 2" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()  # all or nothing: a problem blocks it
    assert count_applicants(store) == before  # the preview wrote nothing

    dialog.only_valid.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        dialog.import_button.click()
    wait_for_background()
    assert imported.args[0].new == 2 and imported.args[0].skipped == 1
    assert count_applicants(store) == before + 2
    assert {p["last_name"] for p in find_applicants(store, "Қасымова", 10)} == {"Қасымова"}
    assert "2" in dialog.summary.text() and not dialog.import_button.isEnabled()
    assert dialog._progress.done == dialog._progress.total == 2


def test_a_clean_file_imports_and_importing_it_again_changes_nothing(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    before = count_applicants(store)
    path = _workbook(tmp_path / "list.xlsx", [_applicant(21), _applicant(22, "Бекова")])
    dialog = _dialog(qtbot, store)
    _preview(qtbot, dialog, path)
    assert dialog.problems.rowCount() == 0 and not dialog.only_valid.isEnabled()
    assert "No problems found" in dialog.summary.text()
    _import(qtbot, dialog)
    assert count_applicants(store) == before + 2
    assert "Imported. New: 2" in dialog.summary.text()

    _preview(qtbot, dialog, path)
    assert dialog.preview.unchanged == 2 and dialog.preview.new == 0
    assert "already in the database" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_duplicates_by_iin_are_listed(qtbot, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    i18n.apply_language("ru")
    known, other = find_applicants(store, "", 2)
    registered = [
        known["iin"],
        known["last_name"],
        known["first_name"],
        "азамат",
        known["settlement_kato"],
    ]
    differs = [other["iin"], "Иная", other["first_name"], "азамат", other["settlement_kato"]]
    path = _workbook(tmp_path / "list.xlsx", [_applicant(31), _applicant(31), registered, differs])
    dialog = _dialog(qtbot, store)
    _preview(qtbot, dialog, path)
    rows = {d.iin: d for d in dialog.duplicates.rows()}
    assert rows[_iin(31)].rows == (2, 3)
    assert rows[known["iin"]].rows == (4,)
    assert known["last_name"] in rows[known["iin"]].registered
    assert other["last_name"] in rows[other["iin"]].registered
    shown = _cells(dialog.duplicates, sorted(rows).index(_iin(31)))
    assert shown == [_iin(31), "2, 3", "—"]
    reasons = {
        int(_cells(dialog.problems, r)[0]): _cells(dialog.problems, r)[2]
        for r in range(dialog.problems.rowCount())
    }
    assert (
        reasons[2]
        == reasons[3]
        == (f"ИИН {_iin(31)} встречается в файле несколько раз: строки 2, 3.")
    )
    assert reasons[5].startswith(f"ИИН {other['iin']} уже зарегистрирован на")
    assert 4 not in reasons  # the same person, the same data: unchanged, not a problem


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("list.xlsx", b"\x00\x01 not a workbook at all \xff" * 40, "Excel"),
        ("list.xlsx", "ЖСН;Тегі\n900301400117;Әлиева\n".encode(), "CSV"),
        ("empty.xlsx", b"", "бос"),
    ],
)
def test_a_hostile_file_gets_a_translated_message_and_nothing_is_written(
    qtbot,
    store: Store,
    tmp_path: Path,
    name: str,
    content: bytes,
    says: str,  # noqa: ANN001
) -> None:
    i18n.apply_language("kk")
    before = count_applicants(store)
    path = tmp_path / name
    path.write_bytes(content)
    dialog = _dialog(qtbot, store)
    _preview(qtbot, dialog, path)
    text = dialog.error.text()
    assert dialog.error.isVisibleTo(dialog)
    assert says in text
    # The message names the file (i18n.translate_error capitalises the first letter: "List.xlsx").
    assert path.name.lower() in text.lower()
    assert "Traceback" not in text and "Something unexpected" not in text
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert count_applicants(store) == before


def test_a_formula_is_a_problem_of_its_cell(qtbot, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    i18n.apply_language("ru")
    path = _workbook(
        tmp_path / "list.xlsx", [[_iin(41), '=CONCAT("А","б")', "Әлия", "азамат", SETTLEMENT]]
    )
    dialog = _dialog(qtbot, store)
    _preview(qtbot, dialog, path)
    row, column, reason = _cells(dialog.problems, 0)
    assert (row, column) == ("2", "Тегі")
    assert reason.startswith("В ячейке формула")


def test_cancel_during_the_import_writes_nothing(qtbot, store: Store, tmp_path: Path) -> None:  # noqa: ANN001
    before = count_applicants(store)
    path = _workbook(tmp_path / "list.xlsx", [_applicant(n) for n in range(51, 61)])
    dialog = _dialog(qtbot, store)
    _preview(qtbot, dialog, path)
    gate = threading.Event()
    run_in_background(lambda: gate.wait(10), lambda _: None, lambda _: None)  # hold the worker
    dialog.import_button.click()
    assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.close_button.isEnabled()
    assert dialog.progress.isVisibleTo(dialog)
    dialog.reject()  # closing is refused while the import runs
    assert dialog.cancel_button.isVisibleTo(dialog)
    dialog.cancel_button.click()
    gate.set()
    qtbot.waitUntil(lambda: dialog.cancel_button.isHidden(), timeout=20_000)
    wait_for_background()
    assert dialog.result.aborted
    assert "nothing was written" in dialog.summary.text()
    assert count_applicants(store) == before


def test_the_import_models_pass_the_model_tester(
    qtmodeltester, store: Store, tmp_path: Path
) -> None:  # noqa: ANN001
    path = _workbook(
        tmp_path / "list.xlsx",
        [_applicant(61), [_mistyped(_iin(62)), "", "Ә", "азамат", SETTLEMENT], _applicant(61)],
    )
    preview = imports.preview_import(store, path, imports.KIND_APPLICANTS)
    problems_model = ProblemTableModel()
    problems_model.set_rows(preview.problems)
    assert problems_model.rowCount() == len(preview.problems) >= 3
    qtmodeltester.check(problems_model)
    from desktop.ui.import_dialog import _duplicates

    duplicates = DuplicateTableModel()
    duplicates.set_rows(_duplicates(preview))
    qtmodeltester.check(duplicates)


def test_the_main_window_opens_the_import_and_refreshes_the_list(
    qtbot,
    store: Store,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from desktop.app import build_main_window

    window = build_main_window(store)
    qtbot.addWidget(window)
    before = window.model.total_count()
    window.import_action.trigger()
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    _preview(qtbot, dialog, _workbook(tmp_path / "list.xlsx", [_applicant(71)]))
    _import(qtbot, dialog)
    assert str(before + 1) in window.total_label.text()


# -- translations of every message the import can show ---------------------------------------
def _import_messages() -> set[str]:
    found = set(problems.messages())
    found |= {v for k, v in vars(imports).items() if k.startswith("MSG_")}
    return found


def _import_words() -> set[str]:
    return set(problems.parameter_words()) | set(kinds.WHAT_WORDS)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_import_message_is_translated_with_its_placeholders(code: str) -> None:
    translator = QTranslator()
    assert translator.load(f"qadam_{code}", str(TRANSLATIONS))
    untranslated = []
    for message in sorted(_import_messages() | _import_words()):
        translated = translator.translate("Errors", message)
        if translated in ("", message):
            untranslated.append(message)
        elif _placeholders(translated) != _placeholders(message):
            untranslated.append(f"placeholders differ: {message}")
    assert not untranslated, f"add to {TRANSLATIONS / code}/errors.ts: {untranslated}"


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}
