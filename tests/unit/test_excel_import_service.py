"""Importing lists into a real encrypted database: preview, all-or-nothing, idempotence, abort.

Every test writes through the real Store (SQLCipher, change log, audit chain); spreadsheets are
generated in tmp_path by fixtures_xlsx.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fixtures_xlsx import (
    APPLICANT_HEADINGS,
    KATO,
    KATO_2,
    OKRUG,
    applicant,
    applicants,
    applicants_xlsx,
    bin_number,
    iin,
    write_xlsx,
)

from desktop.domain.enums import Role
from desktop.reports.imports import SpreadsheetError
from desktop.services import imports
from desktop.services.applicants import ApplicantInput, register_applicant
from desktop.services.demo_data import load_territory, write_settlements
from desktop.services.imports import ImportRefused, apply_import, preview_import
from desktop.storage.errors import PermissionDenied
from desktop.storage.store import Actor, Store


@pytest.fixture
def settled(store: Store) -> Store:
    """A database holding the demo territory's settlements (КАТО codes must be known)."""
    with store.transaction() as tx:
        write_settlements(tx, load_territory())
    return store


def count(store: Store, table: str) -> int:
    return store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def footprint(store: Store) -> tuple[int, int, int]:
    """Rows in the sync outbox, the audit trail and persons: any write changes one of them."""
    return count(store, "change_log"), count(store, "audit_log"), count(store, "persons")


# -- applicants ---------------------------------------------------------------------------------


def test_preview_writes_nothing_and_apply_writes_every_row(settled: Store, tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(5))
    before = footprint(settled)
    preview = preview_import(settled, path, imports.KIND_APPLICANTS)
    assert footprint(settled) == before
    assert preview.counts == {"new": 5, "unchanged": 0, "changed": 0, "invalid": 0}
    assert preview.problems == () and preview.complete

    result = apply_import(settled, preview)
    assert (result.new, result.changed, result.skipped, result.aborted) == (5, 0, 0, False)
    assert result.written == 5 and len(result.changes) == 5
    person = settled.db.execute(
        "SELECT last_name, birth_date, sex, citizenship, settlement_kato FROM persons"
        " WHERE iin = ?",
        [iin(0)],
    ).fetchone()
    assert person == ("Әлиев", "1960-01-01", "female", "citizen", KATO)
    # One audit entry per person, each in the same transaction (one HLC run, one commit).
    assert count(settled, "audit_log") == before[1] + 5


def test_an_import_is_preceded_by_a_backup_of_the_database_before_it(
    settled: Store, tmp_path: Path
) -> None:
    from desktop.services.backups import folder
    from desktop.storage.backup import list_backups, verify_backup
    from tests.conftest import PASSPHRASE

    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(3))
    apply_import(settled, preview_import(settled, path, imports.KIND_APPLICANTS))
    [(_, made)] = list_backups(folder(settled), settled.opened.database_id)
    assert verify_backup(made, "admin", PASSPHRASE).counts["persons"] == 0
    assert count(settled, "persons") == 3


def test_reimporting_the_same_file_changes_nothing(settled: Store, tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(8), "kk")
    apply_import(settled, preview_import(settled, path, "applicants"))
    before = footprint(settled)

    again = preview_import(settled, path, "applicants")
    assert again.counts == {"new": 0, "unchanged": 8, "changed": 0, "invalid": 0}
    assert [d.same for d in again.duplicates_in_database] == [True] * 8
    result = apply_import(settled, again)
    assert (result.new, result.changed, result.unchanged, result.written) == (0, 0, 8, 0)
    assert footprint(settled) == before


def test_one_bad_row_means_nothing_is_written(settled: Store, tmp_path: Path) -> None:
    rows = applicants(4)
    rows[2][0] = iin(2)[:11] + str((int(iin(2)[11]) + 1) % 10)  # check digit mistyped
    preview = preview_import(settled, applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert preview.counts == {"new": 3, "unchanged": 0, "changed": 0, "invalid": 1}
    [problem] = preview.problems
    assert (problem.row, problem.column, problem.code) == (4, "ИИН", "iin_check_digit")

    before = footprint(settled)
    with pytest.raises(ImportRefused) as refused:
        apply_import(settled, preview)
    assert refused.value.code == "has_problems" and refused.value.params == {"count": 1}
    assert footprint(settled) == before


def test_only_valid_rows_skips_the_bad_ones(settled: Store, tmp_path: Path) -> None:
    rows = applicants(4)
    rows[1][1] = "=UPPER(C3)"
    preview = preview_import(settled, applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    result = apply_import(settled, preview, only_valid=True)
    assert (result.new, result.skipped) == (3, 1)
    stored = {r[0] for r in settled.db.execute("SELECT iin FROM persons").fetchall()}
    assert stored == {iin(0), iin(2), iin(3)}


def test_duplicates_by_iin_in_the_file_and_in_the_database(
    settled: Store, tmp_path: Path
) -> None:
    register_applicant(settled, ApplicantInput(iin(1), "Иванова", "Мария", settlement_kato=KATO))
    register_applicant(settled, ApplicantInput(iin(2), "Другой", "Человек"))
    rows = [applicant(1), applicant(2), applicant(3), applicant(3)]
    rows[0][3:8] = [None, "гражданин", None, KATO, None]  # agrees with the card
    preview = preview_import(settled, applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")

    assert preview.duplicates_in_file == {iin(3): (4, 5)}
    in_db = {d.iin: d for d in preview.duplicates_in_database}
    assert set(in_db) == {iin(1), iin(2)}
    assert in_db[iin(1)].same and in_db[iin(1)].row == 2
    assert not in_db[iin(2)].same and in_db[iin(2)].name == "Другой Человек"
    assert preview.duplicates == {iin(1): (2,), iin(2): (3,), iin(3): (4, 5)}

    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (3, "ИИН", "iin_in_database"),
        (4, "ИИН", "duplicate_in_file"),
        (5, "ИИН", "duplicate_in_file"),
    ]
    registered = preview.problems[0]
    assert registered.params["name"] == "Другой Человек"
    assert registered.params["fields"] == "Фамилия, Имя, Телефон, КАТО, Адрес"
    assert preview.counts == {"new": 0, "unchanged": 1, "changed": 0, "invalid": 3}

    before = footprint(settled)
    result = apply_import(settled, preview, only_valid=True)
    assert (result.new, result.unchanged, result.skipped) == (0, 1, 3)
    assert footprint(settled) == before  # the registered person was not overwritten
    name = settled.db.execute("SELECT last_name FROM persons WHERE iin = ?", [iin(2)]).fetchone()
    assert name == ("Другой",)


def test_a_settlement_not_in_the_list(settled: Store, tmp_path: Path) -> None:
    row = applicant(1, kato="634699100")
    preview = preview_import(settled, applicants_xlsx(tmp_path / "a.xlsx", [row]), "applicants")
    [problem] = preview.problems
    assert (problem.row, problem.column, problem.code) == (2, "КАТО", "unknown_settlement")
    assert problem.params == {"kato": "634699100"}


def test_missing_column_means_no_row_can_be_imported(settled: Store, tmp_path: Path) -> None:
    headings = [h for h in APPLICANT_HEADINGS["ru"] if h != "Гражданство"]
    rows = [[c for i, c in enumerate(applicant(n)) if i != 4] for n in range(3)]
    preview = preview_import(settled, write_xlsx(tmp_path / "a.xlsx", [headings, *rows]),
                             "applicants")
    assert not preview.complete
    assert [p.code for p in preview.problems] == ["missing_column"]
    assert preview.counts["invalid"] == 3
    result = apply_import(settled, preview, only_valid=True)
    assert result.written == 0 and result.skipped == 3


def test_the_preview_is_checked_again_when_written(settled: Store, tmp_path: Path) -> None:
    preview = preview_import(
        settled, applicants_xlsx(tmp_path / "a.xlsx", applicants(3)), "applicants"
    )
    # Someone registers one of these ИИН, under another name, after the preview.
    register_applicant(settled, ApplicantInput(iin(1), "Басқа", "Адам"))
    before = footprint(settled)
    with pytest.raises(ImportRefused) as refused:
        apply_import(settled, preview)
    assert refused.value.code == "stale" and refused.value.params == {"count": 1}
    assert footprint(settled) == before
    result = apply_import(settled, preview, only_valid=True)
    assert (result.new, result.skipped) == (2, 1)


def test_abort_rolls_back_everything(settled: Store, tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(250))
    preview = preview_import(settled, path, "applicants")
    abort = threading.Event()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= 100:
            abort.set()  # the user presses Cancel after the first hundred rows

    before = footprint(settled)
    result = apply_import(settled, preview, progress=progress, abort=abort)
    assert result.aborted and result.written == 0 and result.changes == ()
    assert calls == [(0, 250), (100, 250)]
    assert footprint(settled) == before


def test_progress_is_reported_up_to_the_total(settled: Store, tmp_path: Path) -> None:
    preview = preview_import(
        settled, applicants_xlsx(tmp_path / "a.xlsx", applicants(230)), "applicants"
    )
    calls: list[tuple[int, int]] = []
    apply_import(settled, preview, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 230), (100, 230), (200, 230), (230, 230)]


def test_an_auditor_cannot_import(settled: Store, tmp_path: Path) -> None:
    preview = preview_import(
        settled, applicants_xlsx(tmp_path / "a.xlsx", applicants(2)), "applicants"
    )
    auditor = Store(settled.opened, Actor("x", "auditor", Role.AUDITOR))
    before = footprint(settled)
    with pytest.raises(PermissionDenied):
        apply_import(auditor, preview)
    assert footprint(settled) == before


def test_a_hostile_file_writes_nothing(settled: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * 200)
    before = footprint(settled)
    with pytest.raises(SpreadsheetError) as refused:
        preview_import(settled, path, "applicants")
    assert refused.value.code == "damaged"
    assert footprint(settled) == before


# -- settlements, education organisations, vacancies -------------------------------------------

SETTLEMENT_HEADINGS = ["КАТО", "Наименование на казахском", "Наименование на русском",
                       "КАТО округа", "Потенциал развития", "Опорный"]


def test_settlements_new_unchanged_and_changed(store: Store, tmp_path: Path) -> None:
    rows = [
        SETTLEMENT_HEADINGS,
        [KATO, "Көкпекті ауылы", "село Кокпекты", OKRUG, "высокий", "да"],
        ["634603200", "Ақжал", "Акжал", OKRUG, "средний", None],
    ]
    first = preview_import(store, write_xlsx(tmp_path / "s1.xlsx", rows), "settlements")
    assert first.counts["new"] == 2
    apply_import(store, first)
    assert store.db.execute(
        "SELECT potential, support FROM settlements WHERE kato = ?", [KATO]
    ).fetchone() == ("high", 1)

    again = preview_import(store, write_xlsx(tmp_path / "s2.xlsx", rows), "settlements")
    assert again.counts["unchanged"] == 2

    rows[2][4] = "низкий"
    changed = preview_import(store, write_xlsx(tmp_path / "s3.xlsx", rows), "settlements")
    assert changed.counts == {"new": 0, "unchanged": 1, "changed": 1, "invalid": 0}
    assert changed.rows[1].changed_fields == ("potential",)
    log_before = count(store, "change_log")
    result = apply_import(store, changed)
    assert (result.new, result.changed, result.unchanged) == (0, 1, 1)
    fields = store.db.execute(
        "SELECT field, value FROM change_log WHERE seq > ?", [log_before]
    ).fetchall()
    assert fields == [("potential", '"low"')]


def test_kazakh_settlement_headings_and_a_column_left_out(store: Store, tmp_path: Path) -> None:
    with_potential = [
        ["ҚАТО", "Атауы (қазақша)", "Атауы (орысша)", "Округ ҚАТО", "Даму әлеуеті"],
        [KATO, "Көкпекті ауылы", "село Кокпекты", OKRUG, "жоғары"],
    ]
    apply_import(store, preview_import(store, write_xlsx(tmp_path / "a.xlsx", with_potential),
                                       "settlements"))
    # A later list without the potential column leaves the potential as it is.
    without = [row[:4] for row in with_potential]
    preview = preview_import(store, write_xlsx(tmp_path / "b.xlsx", without), "settlements")
    assert preview.counts["unchanged"] == 1
    apply_import(store, preview)
    assert store.db.execute("SELECT potential FROM settlements").fetchone() == ("high",)


def test_education_organisations_matched_by_bin_or_name(settled: Store, tmp_path: Path) -> None:
    headings = ["БИН", "Наименование", "КАТО", "Лицензия"]
    rows = [
        headings,
        [bin_number(1), "Колледж №1", KATO, "KZ-1"],
        [None, "Учебный центр «Білім»", KATO_2, None],
    ]
    apply_import(settled, preview_import(settled, write_xlsx(tmp_path / "e1.xlsx", rows),
                                         "education_organisations"))
    assert count(settled, "education_organisations") == 2

    renamed = [
        headings,
        [bin_number(1), "Көкпекті колледжі", KATO, "KZ-1"],  # same БИН, new name
        [bin_number(2), "учебный центр \"БІЛІМ\"", KATO_2, None],  # the name, now with a БИН
    ]
    preview = preview_import(settled, write_xlsx(tmp_path / "e2.xlsx", renamed),
                             "education_organisations")
    assert [r.status for r in preview.rows] == ["changed", "changed"]
    assert preview.rows[0].changed_fields == ("name",)
    assert set(preview.rows[1].changed_fields) == {"bin", "name"}
    apply_import(settled, preview)
    assert count(settled, "education_organisations") == 2
    again = preview_import(settled, write_xlsx(tmp_path / "e3.xlsx", renamed),
                           "education_organisations")
    assert again.counts["unchanged"] == 2


VACANCY_HEADINGS = ["БИН работодателя", "Работодатель", "Специальность", "КАТО",
                    "Заработная плата", "Количество мест", "Дата размещения", "Дата окончания"]


def test_vacancies_create_each_employer_once_and_reimport_changes_nothing(
    settled: Store, tmp_path: Path
) -> None:
    rows = [
        VACANCY_HEADINGS,
        [bin_number(1), "ТОО «Агро»", "Тракторист", KATO, "150 000", 2, "01.03.2026", None],
        [bin_number(1), "ТОО «Агро»", "Агроном", KATO, 180000, None, None, None],
        [None, "ИП Ахметов", "Продавец", KATO_2, None, 1, None, "31.12.2026"],
    ]
    path = write_xlsx(tmp_path / "v.xlsx", rows)
    result = apply_import(settled, preview_import(settled, path, "vacancies"))
    assert result.new == 3
    assert count(settled, "employers") == 2 and count(settled, "vacancies") == 3
    assert settled.db.execute(
        "SELECT wage, places, posted_on FROM vacancies WHERE specialty = 'Тракторист'"
    ).fetchone() == ("150000", 2, "2026-03-01")

    before = footprint(settled)
    again = preview_import(settled, path, "vacancies")
    assert again.counts == {"new": 0, "unchanged": 3, "changed": 0, "invalid": 0}
    apply_import(settled, again)
    assert footprint(settled) == before

    rows[2][4] = 200000
    changed = preview_import(settled, write_xlsx(tmp_path / "v2.xlsx", rows), "vacancies")
    assert [r.status for r in changed.rows] == ["unchanged", "changed", "unchanged"]
    assert changed.rows[1].changed_fields == ("wage",)


def test_vacancies_problems_block_the_import(settled: Store, tmp_path: Path) -> None:
    rows = [
        VACANCY_HEADINGS,
        [None, "ИП Ахметов", "Продавец", KATO, None, None, "01.04.2026", "01.03.2026"],
        [None, "ИП Ахметов", "Повар", "634699100", None, None, None, None],
    ]
    preview = preview_import(settled, write_xlsx(tmp_path / "v.xlsx", rows), "vacancies")
    assert [(p.row, p.column, p.code) for p in preview.problems] == [
        (2, "Дата окончания", "dates_order"),
        (3, "КАТО", "unknown_settlement"),
    ]
    with pytest.raises(ImportRefused):
        apply_import(settled, preview)
    assert count(settled, "vacancies") == 0 and count(settled, "employers") == 0


def test_every_service_message_fills_its_placeholders(settled: Store, tmp_path: Path) -> None:
    register_applicant(settled, ApplicantInput(iin(1), "Басқа", "Адам"))
    rows = [applicant(1), applicant(2, kato="634699100")]
    preview = preview_import(settled, applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert len(preview.problems) == 2
    for problem in preview.problems:
        assert "{" not in problem.text()
    messages = [v for k, v in vars(imports).items() if k.startswith("MSG_")]
    assert len(messages) == len(set(messages)) == 5
