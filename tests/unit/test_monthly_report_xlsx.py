"""The report's files: the xlsx form's layout in both languages, and the CSV for machines."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop.reports.labels import LABELS, LANGUAGES, row_label
from desktop.reports.monthly_csv import COLUMNS, write_monthly_csv
from desktop.reports.monthly_xlsx import (
    COUNT_FORMAT,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    write_monthly_xlsx,
)
from desktop.services import session
from desktop.services.demo_data import create_demo_data
from desktop.services.monthly_report import MonthlyReport, build_monthly_report
from desktop.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

KAZAKH_LETTERS = set("әғқңөұүһі")
TITLE_WORDS = {"kk": ("Жұмыспен қамту 2020 бағдарламасы", "жиынтық ақпарат"),
               "ru": ("Программы занятости 2020", "Сводная информация")}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = tmp_path_factory.mktemp("xlsx") / "qadam.db"
    store = session.create(path, "admin", "Әкімшілік Маман", PASSPHRASE, FAST_KDF)
    create_demo_data(store, 300, seed=3, today=date(2025, 12, 20))
    yield store
    store.close()


@pytest.fixture(scope="module")
def okrug_report(demo: Store) -> MonthlyReport:
    return build_monthly_report(demo, "2025-06", okrug_kato="634603000")


@pytest.fixture(scope="module")
def district_report(demo: Store) -> MonthlyReport:
    return build_monthly_report(demo, "2025-06", per_okrug=True)


def _sheet(report: MonthlyReport, path: Path, language: str) -> Worksheet:
    write_monthly_xlsx(report, path, language)  # type: ignore[arg-type]
    sheet = load_workbook(path).active
    assert sheet is not None
    return sheet


def _find_row(sheet: Worksheet, label: str) -> int:
    for row in range(1, sheet.max_row + 1):
        if sheet.cell(row=row, column=2).value == label:
            return row
    raise AssertionError(f"no row {label!r}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_head_in_each_language(
    okrug_report: MonthlyReport, tmp_path: Path, language: str
) -> None:
    sheet = _sheet(okrug_report, tmp_path / f"{language}.xlsx", language)
    title = sheet["A2"].value
    for word in TITLE_WORDS[language]:
        assert word in title
    assert bool(KAZAKH_LETTERS & set(title.lower())) == (language == "kk")
    period = sheet["A3"].value
    assert ("маусым" if language == "kk" else "июнь") in period and "2025" in period
    assert "634603000" in sheet["A4"].value
    assert ("Көкпекті ауылдық округі" if language == "kk" else "Кокпектинский") in \
        sheet["A4"].value
    assert ("10 шілдеге дейін" if language == "kk" else "до 10 июля 2025") in sheet["A5"].value
    assert sheet["A7"].value == LABELS[language]["col.number"]  # type: ignore[index]
    assert sheet["E8"].value == LABELS[language]["col.ytd"]  # type: ignore[index]


def test_merged_headers_formats_panes_and_print_setup(
    okrug_report: MonthlyReport, tmp_path: Path
) -> None:
    sheet = _sheet(okrug_report, tmp_path / "ru.xlsx", "ru")
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A2:E2", "A7:A8", "B7:B8", "C7:C8", "D7:E7"} <= merged
    assert sheet["A10"].value.startswith("I. ") and "A10:E10" in merged  # a section line
    assert [sheet.cell(row=9, column=c).value for c in range(1, 6)] == [1, 2, 3, 4, 5]
    money = _find_row(sheet, LABELS["ru"]["amount_paid"])
    count = _find_row(sheet, LABELS["ru"]["participants"])
    share = _find_row(sheet, LABELS["ru"]["coverage_share"])
    for column in ("D", "E"):
        assert sheet[f"{column}{money}"].number_format == MONEY_FORMAT == "#,##0.00"
        assert sheet[f"{column}{count}"].number_format == COUNT_FORMAT
        assert sheet[f"{column}{share}"].number_format == PERCENT_FORMAT
    paid = okrug_report.cell("amount_paid")
    assert Decimal(str(sheet[f"E{money}"].value)) == paid.ytd
    assert sheet[f"D{count}"].value == okrug_report.cell("participants").month
    assert sheet[f"C{money}"].value == "тенге"
    assert sheet[f"B{money}"].border.left.style == "thin"
    assert sheet.freeze_panes == "D10"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$7:$9"
    assert sheet.column_dimensions["B"].width > 40


def test_per_okrug_columns_in_landscape(district_report: MonthlyReport, tmp_path: Path) -> None:
    sheet = _sheet(district_report, tmp_path / "kk.xlsx", "kk")
    pairs = len(district_report.scopes)
    assert pairs == 7
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"D7:E7", "F7:G7", "P7:Q7", "A2:Q2"} <= merged
    assert sheet["D7"].value == "Аудан бойынша барлығы"
    assert sheet["F7"].value == "Көкпекті ауылдық округі (634603000)"
    assert sheet.page_setup.orientation == "landscape"
    row = _find_row(sheet, LABELS["kk"]["applications"])
    okrug_total = sum(sheet.cell(row=row, column=c).value for c in range(7, 18, 2))
    assert sheet.cell(row=row, column=5).value == okrug_total


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_row_has_a_label(district_report: MonthlyReport, language: str) -> None:
    labels = [row_label(row, language, district_report.youth_age_max)  # type: ignore[arg-type]
              for row in district_report.rows]
    assert all(labels) and not any("_" in label for label in labels)  # no raw codes
    kazakh = "".join(labels).lower()
    assert bool(KAZAKH_LETTERS & set(kazakh)) == (language == "kk")


def test_the_csv_parses_and_matches_the_report(
    district_report: MonthlyReport, tmp_path: Path
) -> None:
    path = write_monthly_csv(district_report, tmp_path / "report.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        lines = list(reader)
    valued = [row for row in district_report.rows if row.unit is not None]
    assert len(lines) == len(valued) * len(district_report.scopes)
    for line in lines:
        assert line["report_month"] == "2025-06"
        kato = line["scope_kato"]
        scope = None if line["scope_level"] == "district" else kato
        cell = district_report.cell(line["indicator"], line["breakdown"], scope)
        for key, value in (("month_value", cell.month), ("ytd_value", cell.ytd)):
            if value is None:
                assert line[key] == ""
            elif isinstance(value, Decimal):
                assert Decimal(line[key]) == value and "," not in line[key]
            else:
                assert int(line[key]) == value
    paid = next(line for line in lines if line["indicator"] == "amount_paid"
                and not line["breakdown"] and line["scope_level"] == "district")
    assert paid["unit"] == "tenge" and paid["ytd_value"].count(".") == 1
