"""Reading the district's lists from Excel: typed rows, every row problem, hostile files.

Spreadsheets are built with openpyxl in tmp_path by fixtures_xlsx; nothing touches a database.
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
from fixtures_xlsx import (
    APPLICANT_HEADINGS,
    KATO,
    OKRUG,
    applicant,
    applicants,
    applicants_xlsx,
    bin_number,
    forged_size_zip,
    iin,
    rewrite_member,
    write_xlsx,
    zip_bomb,
)
from openpyxl import Workbook

from desktop.domain import iin as iin_module
from desktop.domain import kato as kato_module
from desktop.domain.iin import make_bin, make_iin
from desktop.domain.names import fold_name
from desktop.reports.imports import (
    SPECS,
    ListKind,
    SpreadsheetError,
    container,
    problems,
    read_list,
    reader,
)

ROOT = Path(__file__).resolve().parents[2]


def codes(sheet: reader.ParsedSheet) -> list[tuple[int, str, str]]:
    """(row, column, code) of every problem, in order."""
    return [(p.row, p.column, p.code) for p in sheet.all_problems()]


def refused(path: Path, kind: str = "applicants", sheet: str | None = None) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as caught:
        read_list(path, kind, sheet)
    error = caught.value
    assert error.message.format(**error.params) == str(error)  # every placeholder is filled
    return error


# -- headings -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ru", "kk", "en"])
def test_applicants_in_each_language(tmp_path: Path, language: str) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(3), language)
    sheet = read_list(path, "applicants")
    assert sheet.header_row == 1
    assert sheet.columns["iin"] == APPLICANT_HEADINGS[language][0]
    assert codes(sheet) == []
    first = sheet.rows[0]
    assert first.row == 2
    assert first.values == {
        "iin": iin(0),
        "last_name": "Әлиев",
        "first_name": "Асқар",
        "citizenship": "citizen",
        "phone": "87010000000",
        "settlement_kato": KATO,
        "address": "ул. Абая, 1",
    }


def test_headings_match_whatever_their_case_spacing_and_kazakh_letters(tmp_path: Path) -> None:
    headings = ["  иин ", "ФАМИЛИЯ", "имя", "Гражданство:", "като", "Примечание"]
    rows = [[iin(1), "Әлиев", "Асқар", "қандас", KATO, "—"]]
    sheet = read_list(write_xlsx(tmp_path / "a.xlsx", [headings, *rows]), "applicants")
    assert sheet.columns == {
        "iin": "иин",
        "last_name": "ФАМИЛИЯ",
        "first_name": "имя",
        "citizenship": "Гражданство:",
        "settlement_kato": "като",
    }
    assert sheet.ignored_columns == ["Примечание"]
    assert sheet.rows[0].values["citizenship"] == "oralman"


def test_a_title_above_the_headings_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    rows = [
        ["Список безработных, с. Кокпекты"],
        ["на 01.03.2026"],
        [],
        APPLICANT_HEADINGS["ru"],
        applicant(1),
        [],
        applicant(2),
        [None] * 8 + ["только примечание"],  # nothing in a column of the list
    ]
    sheet = read_list(write_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert sheet.header_row == 4
    assert [r.row for r in sheet.rows] == [5, 7]


def test_the_sheet_is_chosen_by_name_or_is_the_first(tmp_path: Path) -> None:
    extra = {"Заявители": [APPLICANT_HEADINGS["ru"], applicant(7)]}
    path = write_xlsx(tmp_path / "a.xlsx", [["Сводка"], [1, 2, 3]], "Свод", extra)
    assert read_list(path, "applicants", sheet=" заявители ").rows[0].values["iin"] == iin(7)
    assert refused(path, "applicants").code == "no_header"  # the first sheet is a summary


def test_a_hidden_first_sheet_is_passed_over(tmp_path: Path) -> None:
    workbook = Workbook()
    codes_sheet = workbook.active
    codes_sheet.title = "Коды"
    codes_sheet.append(["КАТО", "Название"])
    codes_sheet.sheet_state = "hidden"
    applicants_sheet = workbook.create_sheet("Заявители")
    for row in (APPLICANT_HEADINGS["ru"], applicant(4)):
        applicants_sheet.append(row)
    workbook.save(tmp_path / "a.xlsx")
    sheet = read_list(tmp_path / "a.xlsx", "applicants")
    assert sheet.sheet == "Заявители" and sheet.rows[0].values["iin"] == iin(4)


def test_no_heading_names_two_columns_of_one_list() -> None:
    for spec in SPECS.values():
        fields: dict[str, set[str]] = {}
        for column in spec.columns:
            for heading in column.headings:
                fields.setdefault(fold_name(heading), set()).add(column.field)
        assert {h: f for h, f in fields.items() if len(f) > 1} == {}, spec.kind


def test_the_docs_list_every_heading() -> None:
    docs = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    for spec in SPECS.values():
        assert f"`{spec.kind.value}`" in docs
        for column in spec.columns:
            for heading in column.headings:
                assert heading in docs, f"docs/import.md lacks {heading} ({spec.kind})"


# -- row problems -------------------------------------------------------------------------------


def test_iin_problems_use_the_domain_messages(tmp_path: Path) -> None:
    bad_check = iin(3)[:11] + str((int(iin(3)[11]) + 1) % 10)
    rows = [applicant(1), applicant(2), applicant(3)]
    rows[0][0] = bad_check
    rows[1][0] = "12345"
    rows[2][0] = "9003153А0010"
    sheet = read_list(applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    found = sheet.all_problems()
    assert [(p.row, p.column, p.code) for p in found] == [
        (2, "ИИН", "iin_check_digit"),
        (3, "ИИН", "iin_length"),
        (4, "ИИН", "iin_not_digits"),
    ]
    assert found[0].message == iin_module.MSG_CHECK_DIGIT
    assert found[1].message == iin_module.MSG_IIN_LENGTH and found[1].params == {"length": 5}


def test_iin_stored_as_a_number_gets_its_leading_zero_back(tmp_path: Path) -> None:
    born_2001 = make_iin(datetime.date(2001, 2, 3), "female", 5)
    assert born_2001.startswith("0")
    rows = [applicant(1), applicant(2), applicant(3)]
    rows[0][0] = int(born_2001)  # what Excel keeps of 010203600054 typed into a number cell
    rows[1][0] = int(iin(2))  # a number that is a valid ИИН as it is
    rows[2][0] = int(iin(3)) + 1  # a number that no zero padding makes valid
    sheet = read_list(applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert sheet.rows[0].values["iin"] == born_2001
    assert sheet.rows[1].values["iin"] == iin(2)
    assert codes(sheet) == [(4, "ИИН", "iin_as_number")]


def test_iin_shown_in_scientific_notation_is_refused(tmp_path: Path) -> None:
    """A float like 9.00315E+11 has lost its last digits: it must never pass as an ИИН."""
    row = applicant(1)
    row[0] = 900315000000
    path = applicants_xlsx(tmp_path / "a.xlsx", [row])
    rewrite_member(path, "xl/worksheets/sheet1.xml", b"<v>900315000000</v>", b"<v>9.00315E+11</v>")
    sheet = read_list(path, "applicants")
    [problem] = sheet.all_problems()
    assert (problem.row, problem.column, problem.code) == (2, "ИИН", "iin_as_number")
    assert "900315000000" in problem.text()


def test_missing_required_column_is_reported_at_the_header(tmp_path: Path) -> None:
    headings = ["ИИН", "Фамилия", "Гражданство", "КАТО"]  # no first name
    rows = [headings, [iin(1), "Әлиев", "азамат", KATO]]
    sheet = read_list(write_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert not sheet.complete
    [problem] = sheet.problems
    assert (problem.row, problem.code) == (1, "missing_column")
    assert problem.column == "Аты / Имя / First name" == problem.params["header"]


def test_repeated_column_is_reported(tmp_path: Path) -> None:
    headings = [*APPLICANT_HEADINGS["ru"], "ЖСН"]
    sheet = read_list(write_xlsx(tmp_path / "a.xlsx", [headings, applicant(1)]), "applicants")
    [problem] = sheet.problems
    assert (problem.row, problem.column, problem.code) == (1, "ЖСН", "duplicate_column")
    assert problem.params == {"header": "ЖСН", "first": "A", "second": "I"}


def test_empty_required_cells_formulas_and_wrong_types(tmp_path: Path) -> None:
    rows = [applicant(n) for n in range(1, 6)]
    rows[0][1] = None  # no surname
    rows[1][2] = "=B3&\"ов\""  # a formula where a name should be
    rows[2][1] = 12345  # a number where a surname should be
    rows[3][4] = "марсианин"  # no such citizenship
    rows[4][6] = "63460310"  # eight digits
    sheet = read_list(applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert codes(sheet) == [
        (2, "Фамилия", "empty"),
        (3, "Имя", "formula"),
        (4, "Фамилия", "not_text"),
        (5, "Гражданство", "unknown_citizenship"),
        (6, "КАТО", "kato_length"),
    ]
    formula = sheet.rows[1].problems[0]
    assert formula.params == {"formula": '=B3&"ов"'}
    assert sheet.rows[4].problems[0].message == kato_module.MSG_LENGTH


def test_excel_errors_control_characters_garbled_and_long_text(tmp_path: Path) -> None:
    rows = [applicant(n) for n in range(1, 5)]
    rows[0][1] = "#N/A"  # openpyxl writes it as an error cell, as Excel would
    rows[1][1] = "Әли\x81ев"  # a C1 control character from a broken conversion
    rows[2][2] = "Ð¡ÐµÑ€Ð¸Ðº"  # UTF-8 read as Windows-1252: "Серик"
    rows[3][7] = "д. " + "9" * 600
    sheet = read_list(applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert codes(sheet) == [
        (2, "Фамилия", "error_value"),
        (3, "Фамилия", "control_characters"),
        (4, "Имя", "garbled"),
        (5, "Адрес", "too_long"),
    ]
    assert sheet.rows[1].problems[0].params == {"codes": "U+0081"}
    assert sheet.rows[3].problems[0].params == {"length": 603, "limit": 500}


def test_invisible_characters_and_odd_spaces_are_tidied_not_flagged(tmp_path: Path) -> None:
    row = applicant(1)
    row[1] = "\u200bӘлиев\u00a0 "
    row[7] = "ул. Абая,\n д. 5"
    sheet = read_list(applicants_xlsx(tmp_path / "a.xlsx", [row]), "applicants")
    assert codes(sheet) == []
    assert sheet.rows[0].values["last_name"] == "Әлиев"
    assert sheet.rows[0].values["address"] == "ул. Абая, д. 5"


def test_duplicate_iin_in_the_file_flags_every_occurrence(tmp_path: Path) -> None:
    rows = [applicant(1), applicant(2), applicant(1), applicant(1)]
    sheet = read_list(applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    assert sheet.duplicates == {iin(1): (2, 4, 5)}
    assert codes(sheet) == [(n, "ИИН", "duplicate_in_file") for n in (2, 4, 5)]
    assert sheet.rows[0].problems[0].params == {"iin": iin(1), "rows": "2, 4, 5"}


SETTLEMENT_HEADINGS = ["КАТО", "Наименование на казахском", "Наименование на русском",
                       "КАТО округа", "Потенциал развития", "Опорный"]


def test_settlements_in_kazakh_with_potential_and_support(tmp_path: Path) -> None:
    headings = ["ҚАТО", "Атауы (қазақша)", "Атауы (орысша)", "Округ ҚАТО", "Даму әлеуеті",
                "Тірек елді мекен"]
    rows = [
        headings,
        [KATO, "Көкпекті ауылы", "село Кокпекты", OKRUG, "жоғары", "иә"],
        ["634603105", "Жаңа ауыл", "Новый аул", OKRUG, "Средний", None],
        ["634603107", "Ескі ауыл", "Старый аул", OKRUG, None, True],
    ]
    sheet = read_list(write_xlsx(tmp_path / "s.xlsx", rows), "settlements")
    assert codes(sheet) == []
    assert [r.values.get("potential") for r in sheet.rows] == ["high", "medium", None]
    assert [r.values.get("support") for r in sheet.rows] == [True, None, True]


def test_settlement_problems(tmp_path: Path) -> None:
    rows = [
        SETTLEMENT_HEADINGS,
        [KATO, "А", "А", OKRUG, "огромный", "да"],  # unknown potential
        ["634603101", "Б", "Б", OKRUG, "low", "может быть"],  # neither yes nor no
        ["634603000", "В", "В", OKRUG, "low", "нет"],  # an okrug listed as a settlement
        ["634605101", "Г", "Г", OKRUG, "low", "нет"],  # lies in another okrug
        ["634603102", "Д", "Д", "634603101", "low", "нет"],  # "okrug" is a settlement
        [KATO, "Е", "Е", OKRUG, "high", "да"],  # КАТО repeats row 2
    ]
    sheet = read_list(write_xlsx(tmp_path / "s.xlsx", rows), "settlements")
    assert codes(sheet) == [
        (2, "Потенциал развития", "unknown_potential"),
        (2, "КАТО", "duplicate_in_file"),
        (3, "Опорный", "unknown_yes_no"),
        (4, "КАТО", "kato_level"),
        (5, "КАТО округа", "not_in_okrug"),
        (6, "КАТО округа", "kato_level"),
        (7, "КАТО", "duplicate_in_file"),
    ]
    level = sheet.rows[2].problems[0]
    assert level.params == {"kato": "634603000", "level": "okrug", "expected": "settlement"}


def test_education_organisation_bin_problems(tmp_path: Path) -> None:
    good = bin_number(1)
    mistyped = good[:11] + str((int(good[11]) + 1) % 10)
    of_2005 = make_bin(datetime.date(2005, 7, 1), 4, 3)  # "0507…": Excel drops the zero
    rows = [
        ["БИН", "Наименование", "КАТО", "Лицензия"],
        [good, "Колледж №1", KATO, 12345],
        [mistyped, "Колледж №2", KATO, None],
        [int(mistyped), "Колледж №3", None, None],
        [int(of_2005), "Колледж №4", None, None],
        [None, "Учебный центр", None, "KZ-77"],
    ]
    sheet = read_list(write_xlsx(tmp_path / "e.xlsx", rows), "education_organisations")
    assert codes(sheet) == [(3, "БИН", "bin_check_digit"), (4, "БИН", "bin_as_number")]
    assert sheet.rows[0].values == {
        "bin": good, "name": "Колледж №1", "settlement_kato": KATO, "licence": "12345",
    }
    assert sheet.rows[3].values["bin"] == of_2005
    assert sheet.rows[4].values == {"name": "Учебный центр", "licence": "KZ-77"}


VACANCY_HEADINGS = ["БИН работодателя", "Работодатель", "Специальность", "КАТО",
                    "Заработная плата", "Количество мест", "Дата размещения", "Дата окончания"]


def test_vacancies_types_and_problems(tmp_path: Path) -> None:
    rows = [
        VACANCY_HEADINGS,
        [bin_number(1), "ТОО «Агро»", "Тракторист", KATO, "150 000", 2,
         datetime.datetime(2026, 3, 1), "31.03.2026"],
        [None, "ИП Ахметов", "Продавец", None, 85000.5, None, None, None],
        [None, "ИП Ахметов", "Повар", None, "много", 0, "вчера", None],
        [None, "ИП Ахметов", "Сторож", None, None, 1, "01.04.2026", "01.03.2026"],
    ]
    sheet = read_list(write_xlsx(tmp_path / "v.xlsx", rows), "vacancies")
    assert sheet.rows[0].values == {
        "employer_bin": bin_number(1),
        "employer_name": "ТОО «Агро»",
        "specialty": "Тракторист",
        "settlement_kato": KATO,
        "wage": "150000",
        "places": 2,
        "posted_on": datetime.date(2026, 3, 1),
        "closes_on": datetime.date(2026, 3, 31),
    }
    assert sheet.rows[1].values["wage"] == "85000.5"
    assert codes(sheet) == [
        (4, "Заработная плата", "bad_amount"),
        (4, "Количество мест", "bad_places"),
        (4, "Дата размещения", "bad_date"),
        (5, "Дата окончания", "dates_order"),
    ]


def test_every_message_fills_its_placeholders_from_its_params(tmp_path: Path) -> None:
    rows = [applicant(n) for n in range(1, 4)]
    rows[0][0], rows[1][1], rows[2][6] = "1", "=1+1", 12
    sheet = read_list(applicants_xlsx(tmp_path / "a.xlsx", rows), "applicants")
    for problem in sheet.all_problems():
        assert "{" not in problem.text()
    assert all(m.strip() for m in problems.messages())


# -- hostile files ------------------------------------------------------------------------------


def test_random_bytes_are_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(bytes(range(256)) * 8 + os.urandom(2048))
    error = refused(path)
    assert error.code == "not_xlsx" and error.params["path"] == "list.xlsx"


def test_csv_renamed_to_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("ИИН;Фамилия;Имя\n900315300010;Әлиев;Асқар\n", encoding="utf-8")
    assert refused(path).code == "csv"
    path.write_bytes("ИИН;Фамилия\n900315300010;Иванов\n".encode("cp1251"))
    assert refused(path).code == "csv"


def test_legacy_xls_and_html_saved_as_xls(tmp_path: Path) -> None:
    legacy = tmp_path / "list.xls"
    legacy.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 1024)
    assert refused(legacy).code == "legacy_xls"
    html = tmp_path / "export.xls"
    html.write_text("<html><body><table><tr><td>ИИН</td></tr></table></body></html>")
    assert refused(html).code == "html"


def test_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"")
    assert refused(path).code == "empty_file"


def test_a_file_that_is_not_there(tmp_path: Path) -> None:
    assert refused(tmp_path / "nowhere.xlsx").code == "unreadable"


def test_an_archive_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    error = refused(path)
    assert error.code == "not_workbook" and error.params["reason"] == problems.REASON_WORD


def test_xlsx_content_under_an_xls_name_is_read(tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "list.xlsx", [applicant(1)])
    renamed = path.rename(tmp_path / "list.xls")
    assert read_list(renamed, "applicants").rows[0].values["iin"] == iin(1)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path / "bomb.xlsx", megabytes=20)
    assert path.stat().st_size < 100_000
    error = refused(path)
    assert error.code == "zip_bomb" and "sheet1.xml" in str(error.params["detail"])


def test_a_zip_declaring_a_huge_member_is_refused(tmp_path: Path) -> None:
    path = forged_size_zip(tmp_path / "forged.xlsx")
    error = refused(path)
    assert error.code == "zip_bomb"


def test_a_dtd_inside_a_part_is_refused(tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", [applicant(1)])
    rewrite_member(
        path, "xl/workbook.xml", b"<workbook", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook'
    )
    assert refused(path).code == "damaged"


def test_a_dtd_behind_a_padded_prolog_is_refused(tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", [applicant(1)])
    padding = b"<!--" + b" " * 100_000 + b"-->"
    rewrite_member(path, "xl/workbook.xml", b"<workbook", padding + b"<!DOCTYPE x><workbook")
    assert refused(path).code == "damaged"


def test_what_follows_the_rows_is_not_counted_as_a_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(container, "MAX_ROW_BYTES", 2000)
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(3))
    merges = b"".join(b'<mergeCell ref="J%d:K%d"/>' % (n, n) for n in range(1, 200))
    rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        b"</sheetData>",
        b'</sheetData><mergeCells count="199">' + merges + b"</mergeCells>",
    )
    assert len(read_list(path, "applicants").rows) == 3


def test_a_truncated_workbook_is_damaged(tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(50))
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert refused(path).code == "damaged"


def test_a_broken_worksheet_xml_is_damaged(tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", [applicant(1)])
    rewrite_member(path, "xl/worksheets/sheet1.xml", b"</sheetData>", b"</sheetDat>")
    assert refused(path).code == "damaged"


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The real limit is 50,000 rows; writing that many would make the test slow, so the limit
    # is lowered to 100 and 101 rows are written. The code path is the same.
    monkeypatch.setattr(reader, "MAX_ROWS", 100)
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(101))
    error = refused(path)
    assert error.code == "too_many_rows" and error.params == {"sheet": "Лист1", "limit": 100}
    fits = applicants_xlsx(tmp_path / "b.xlsx", applicants(100))
    assert len(read_list(fits, "applicants").rows) == 100


def test_too_many_rows_behind_a_lying_dimension(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sheet says it is A1:H5, and the rows scan is defeated too: rows are still counted."""
    monkeypatch.setattr(reader, "MAX_ROWS", 100)
    monkeypatch.setattr(reader, "HEADER_SCAN_ROWS", 10)
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(150))
    rewrite_member(path, "xl/worksheets/sheet1.xml", b'ref="A1:H151"', b'ref="A1:H5"')
    no_rows_seen = container.SheetShape(rows=0, longest_row_bytes=0)
    monkeypatch.setattr(container._RowScan, "shape", lambda self, reached: no_rows_seen)
    assert refused(path).code == "too_many_rows"


def test_a_lying_dimension_does_not_hide_rows(tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", applicants(20))
    rewrite_member(path, "xl/worksheets/sheet1.xml", b'ref="A1:H21"', b'ref="A1:C3"')
    sheet = read_list(path, "applicants")
    assert len(sheet.rows) == 20 and sheet.rows[-1].values["address"]


def test_one_gigantic_row_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The real limit is 4 MB of XML in one row; lowered here so the file stays small.
    monkeypatch.setattr(container, "MAX_ROW_BYTES", 2000)
    row = applicant(1)
    row[7] = "д. 1"
    wide = [*row, *(["x" * 40] * 200)]
    path = write_xlsx(tmp_path / "a.xlsx", [APPLICANT_HEADINGS["ru"], wide])
    assert refused(path).code == "row_too_long"


def test_a_missing_sheet_lists_the_sheets_there_are(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [APPLICANT_HEADINGS["ru"]], "Лист1", {"Архив": []})
    error = refused(path, sheet="Заявители")
    assert error.code == "sheet_missing"
    assert error.params == {"sheet": "Заявители", "sheets": "Лист1, Архив"}


def test_an_empty_workbook(tmp_path: Path) -> None:
    assert refused(write_xlsx(tmp_path / "a.xlsx", [])).code == "sheet_empty"


def test_headings_without_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [APPLICANT_HEADINGS["ru"], [], []])
    assert refused(path).code == "no_rows"


def test_the_wrong_kind_of_list(tmp_path: Path) -> None:
    path = applicants_xlsx(tmp_path / "a.xlsx", [applicant(1)])
    error = refused(path, "vacancies")
    assert error.code == "no_header"
    assert "Работодатель" in str(error.params["expected"])


def test_limits_are_what_the_docs_say() -> None:
    docs = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")
    assert f"{reader.MAX_ROWS:,}" in docs
    assert f"{container.MAX_UNCOMPRESSED_BYTES // container.MB} MB" in docs
    assert f"{container.MAX_FILE_BYTES // container.MB} MB" in docs
    assert f"ratio above {container.MAX_RATIO}" in docs
    assert ListKind("applicants") is ListKind.APPLICANTS
