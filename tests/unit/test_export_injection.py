"""Formula injection in the report's files: a name from the data never becomes a live formula.

An okrug's name comes from the settlements reference, which users edit; one named
`=HYPERLINK(...)` must reach the xlsx and the CSV as those characters, shown as text.
"""

from __future__ import annotations

import csv
import dataclasses
import zipfile
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.reports.monthly_csv import csv_text, csv_unescape, write_monthly_csv
from desktop.reports.monthly_xlsx import write_monthly_xlsx
from desktop.services import session
from desktop.services.demo_data import create_demo_data
from desktop.services.monthly_report import Cell, MonthlyReport, build_monthly_report
from desktop.storage.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

OKRUG = "634603000"
PAYLOADS = ('=HYPERLINK("http://x","y")', "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1")


@pytest.fixture(scope="module")
def renamable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A small demo database of this module's own: its tests rename an okrug in it."""
    path = tmp_path_factory.mktemp("inject") / "qadam.db"
    with closing(session.create(path, "admin", "Әкімшілік Маман", PASSPHRASE, FAST_KDF)) as store:
        create_demo_data(store, 40, seed=5, today=date(2025, 12, 20))
        yield store


def _rename_okrug(store: Store, name: str) -> None:
    """The okrug's name in both languages, as a `settlements` row with the okrug's own КАТО
    (which overrides the shipped territory list's name) says it."""
    row = store.db.execute("SELECT id FROM settlements WHERE kato = ?", [OKRUG]).fetchone()
    with store.transaction("rename okrug") as tx:
        tx.save("settlements", {"kato": OKRUG, "okrug_kato": OKRUG, "name_kk": name,
                                "name_ru": name}, row[0] if row else None)


def _xlsx_strings(path: Path) -> list[str]:
    """Every string cell's value, after checking that the sheet holds no formula at all."""
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    sheet = load_workbook(path).active
    assert sheet is not None
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert all(cell.data_type != "f" for cell in cells)
    return [cell.value for cell in cells if isinstance(cell.value, str)]


@pytest.mark.parametrize("payload", PAYLOADS)
@pytest.mark.parametrize("per_okrug", [False, True], ids=["okrug", "district"])
def test_an_okrug_named_like_a_formula_stays_text_in_the_xlsx(
    renamable: Store, tmp_path: Path, payload: str, per_okrug: bool
) -> None:
    _rename_okrug(renamable, payload)
    report = (build_monthly_report(renamable, "2025-06", per_okrug=True) if per_okrug
              else build_monthly_report(renamable, "2025-06", okrug_kato=OKRUG))
    path = write_monthly_xlsx(report, tmp_path / "report.xlsx", "ru")
    sheet = load_workbook(path).active
    assert sheet is not None
    # XML turns a carriage return into a line feed when read; the cell is still text.
    shown = payload.replace("\r", "\n")
    heads = [cell for row in sheet.iter_rows() for cell in row
             if isinstance(cell.value, str) and cell.value.startswith(shown)]
    assert heads, "the okrug's name should head its column"
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in heads)
    assert any(cell.value == f"{shown} ({OKRUG})" for cell in heads) or not per_okrug
    assert any(shown in value for value in _xlsx_strings(path))


def _hostile(report: MonthlyReport, text: str) -> MonthlyReport:
    """The report with `text` wherever the CSV carries text: the scope's КАТО and the codes.

    Built by hand: today no user text reaches the CSV (its КАТО and codes are checked or fixed),
    so this is the defence for the day one does."""
    scope = dataclasses.replace(report.scope, kato=text)
    row = next(r for r in report.rows if r.unit is not None)
    row = dataclasses.replace(row, code=text, breakdown=text,
                              cells=(Cell(-5, Decimal("-2.50")),))
    return dataclasses.replace(report, scope=scope, scopes=(scope,), rows=(row,))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_text_is_escaped_in_the_csv_and_numbers_are_not(
    renamable: Store, tmp_path: Path, payload: str
) -> None:
    report = _hostile(build_monthly_report(renamable, "2025-06", okrug_kato=OKRUG), payload)
    path = write_monthly_csv(report, tmp_path / "report.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        (line,) = list(csv.DictReader(handle))
    for key in ("scope_kato", "indicator", "breakdown"):
        assert line[key] == "'" + payload
        assert csv_unescape(line[key]) == payload
    assert line["month_value"] == "-5" and line["ytd_value"] == "-2.50"


def test_the_csv_starts_with_a_bom_so_excel_shows_cyrillic(
    renamable: Store, tmp_path: Path
) -> None:
    path = write_monthly_csv(build_monthly_report(renamable, "2025-06", okrug_kato=OKRUG),
                             tmp_path / "report.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw[3:].startswith(b"report_month,")


@pytest.mark.parametrize("text", ["", "Көкпекті", "2025-06", "'", "''=1", "'plain", "a=b",
                                  *PAYLOADS])
def test_csv_escaping_round_trips(text: str) -> None:
    written = csv_text(text)
    assert csv_unescape(written) == text
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
