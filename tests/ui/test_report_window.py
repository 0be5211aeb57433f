"""The monthly report window and the dashboard over a real encrypted demo database."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTranslator

from desktop.domain import clock
from desktop.domain.enums import Direction
from desktop.services import monthly_report, session
from desktop.services.demo_data import create_demo_data
from desktop.services.monthly_report import ReportError, build_monthly_report
from desktop.storage.keys import KdfParams
from desktop.storage.store import Store
from desktop.ui import i18n
from desktop.ui.report_model import ReportTableModel as M
from desktop.ui.report_model import format_number
from desktop.ui.report_window import (
    DashboardWindow,
    DueDateLabel,
    MonthPicker,
    ReportWindow,
    previous_month,
)
from desktop.ui.tasks import wait_for_background
from tests.ui.conftest import PASSPHRASE, close_every_window
from tests.ui.test_i18n import LANGUAGES, TRANSLATIONS, _literal_calls, _placeholders

OKRUG = "634603000"


def _ready(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.busy.running, timeout=20_000)
    wait_for_background()


@pytest.fixture
def report_window(qtbot, store: Store) -> Iterator[ReportWindow]:  # noqa: ANN001
    window = ReportWindow(store)
    qtbot.addWidget(window)
    _ready(qtbot, window)
    yield window
    wait_for_background()


@pytest.fixture
def village_store(tmp_path: Path) -> Iterator[Store]:
    """A village device: its user serves one okrug."""
    path = tmp_path / "village" / "qadam.db"
    store = session.create(path, "aigul", "Айгүл", PASSPHRASE, KdfParams(), okrug_kato=OKRUG)
    create_demo_data(store, 60)
    yield store
    close_every_window()  # no window over it outlives it
    store.close()


def _shown(model: M, code: str, breakdown: str = "", column: int = M.FIRST_VALUE) -> str:
    return model.data(model.index(model.find_row(code, breakdown), column))


def test_the_month_picker_starts_at_the_previous_month(qtbot) -> None:  # noqa: ANN001
    picker = MonthPicker(lambda: date(2026, 1, 7))
    qtbot.addWidget(picker)
    assert picker.month() == "2025-12" == previous_month(date(2026, 1, 7))
    picker.set_month("2026-05")  # a future month is not reported yet
    assert picker.month() == "2026-01"
    picker.set_month("2024-02")
    assert picker.month() == "2024-02"


def _a_month_with_applications(store: Store) -> str:
    """The latest month whose report counts applications since 1 January: demo cases were
    opened 30 to 400 days before today, so early in a year last month may have none."""
    month = previous_month(clock.today())
    for _ in range(14):  # over a year back: the demo data reaches that far
        if build_monthly_report(store, month).cell("applications").ytd > 0:
            break
        month = previous_month(date.fromisoformat(f"{month}-01"))
    return month


def test_the_preview_shows_the_reports_numbers(
    qtbot, report_window: ReportWindow, store: Store  # noqa: ANN001
) -> None:
    window = report_window
    assert window.month.month() == previous_month(clock.today())
    month = _a_month_with_applications(store)
    if month != window.month.month():
        window.month.set_month(month)
        _ready(qtbot, window)
    expected = build_monthly_report(store, month)
    model = window.model
    assert model.report == expected
    assert model.columnCount() == 4  # indicator, unit, month, since 1 January
    for code, breakdown in [
        ("applications", ""),
        ("applications", f"direction:{Direction.TRAINING_AND_EMPLOYMENT}"),
        ("participants", ""),
        ("participants", "sex:female"),
        ("placements", ""),
        ("contracts_signed", ""),
        ("amount_paid", ""),
    ]:
        cell = expected.cell(code, breakdown)
        unit = expected.row(code, breakdown).unit
        row = model.find_row(code, breakdown)
        assert row >= 0, (code, breakdown)
        assert model.data(model.index(row, M.FIRST_VALUE), M.ValueRole) == cell.month
        assert model.data(model.index(row, M.FIRST_VALUE + 1), M.ValueRole) == cell.ytd
        assert _shown(model, code, breakdown) == format_number(cell.month, unit)
        assert _shown(model, code, breakdown, M.FIRST_VALUE + 1) == format_number(cell.ytd, unit)
    assert expected.cell("applications").ytd > 0  # numbers, not a page of zeros
    assert window.xlsx_button.isEnabled() and window.csv_button.isEnabled()


def test_the_report_model_passes_the_model_tester(qtmodeltester, store: Store) -> None:  # noqa: ANN001
    model = M()
    model.set_report(build_monthly_report(store, previous_month(clock.today()), per_okrug=True))
    qtmodeltester.check(model)
    model.set_report(None)
    qtmodeltester.check(model)


def test_the_form_speaks_the_interface_language(report_window: ReportWindow) -> None:
    model = report_window.model
    i18n.apply_language("kk")
    assert model.headerData(M.COL_INDICATOR, Qt.Orientation.Horizontal) == "Көрсеткіштің атауы"
    assert model.data(model.index(0, 0)) == "Өтініштер мен шешімдер"
    assert "жыл басынан бері" in report_window.title.text()
    assert report_window.xlsx_button.text() != "Save as &Excel…"
    i18n.apply_language("ru")
    assert model.headerData(M.COL_INDICATOR, Qt.Orientation.Horizontal) == (
        "Наименование показателя"
    )
    assert model.data(model.index(0, 0)) == "Заявления и решения"


def test_a_district_device_reports_per_okrug(
    qtbot, report_window: ReportWindow, store: Store
) -> None:  # noqa: ANN001
    window = report_window
    assert window.scope.count() == 2 and window.scope.isEnabled()
    window.scope.setCurrentIndex(1)
    _ready(qtbot, window)
    report = window.report
    assert len(report.scopes) > 2 and report.scopes[0].level == "district"
    assert window.model.columnCount() == 2 + 2 * len(report.scopes)
    column = window.model.value_column(1)
    okrug = report.scopes[1]
    header = window.model.headerData(column, Qt.Orientation.Horizontal)
    assert okrug.kato in header
    expected = build_monthly_report(store, report.month, okrug_kato=okrug.kato)
    assert (
        window.model.data(
            window.model.index(window.model.find_row("participants"), column), M.ValueRole
        )
        == expected.cell("participants").month
    )


def test_a_village_device_reports_its_own_okrug(qtbot, village_store: Store) -> None:  # noqa: ANN001
    window = ReportWindow(village_store)
    qtbot.addWidget(window)
    _ready(qtbot, window)
    assert window.scope.count() == 1 and not window.scope.isEnabled()
    assert window.report.scope.level == "okrug" and window.report.scope.kato == OKRUG
    assert OKRUG in window.title.text()


def test_another_month_rebuilds_the_report(
    qtbot, report_window: ReportWindow, store: Store
) -> None:  # noqa: ANN001
    window = report_window
    window.month.set_month("2026-01" if clock.today() > date(2026, 2, 1) else "2025-01")
    _ready(qtbot, window)
    assert window.report.month == window.month.month()
    assert window.report == build_monthly_report(store, window.month.month())


@pytest.mark.parametrize(
    ("language", "title"), [("kk", "Жұмыспен қамту 2020"), ("ru", "Программы занятости 2020")]
)
def test_save_as_excel_writes_the_form_in_the_interface_language(
    qtbot,
    report_window: ReportWindow,
    tmp_path: Path,
    language: str,
    title: str,  # noqa: ANN001
) -> None:
    i18n.apply_language(language)
    target = tmp_path / "report.xlsx"
    report_window.save_xlsx(target)
    _ready(qtbot, report_window)
    assert report_window.error.isHidden()
    assert str(target) in report_window.saved.text()
    workbook = openpyxl.load_workbook(target, read_only=True)
    text = " ".join(
        str(value) for row in workbook.active.iter_rows(values_only=True) for value in row if value
    )
    workbook.close()
    assert title in text


def test_save_as_csv_writes_the_numbers(qtbot, report_window: ReportWindow, tmp_path: Path) -> None:  # noqa: ANN001
    target = tmp_path / "report.csv"
    report_window.save_csv(target)
    _ready(qtbot, report_window)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    total = next(r for r in rows if r["indicator"] == "participants" and not r["breakdown"])
    assert int(total["month_value"]) == report_window.report.cell("participants").month


def test_a_failed_build_is_explained_not_traced(qtbot, store: Store, monkeypatch) -> None:  # noqa: ANN001
    def refuse(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ReportError("A report month must be written YYYY-MM, not {month}.", month="x")

    monkeypatch.setattr(monthly_report, "build_monthly_report", refuse)
    i18n.apply_language("ru")
    window = ReportWindow(store)
    qtbot.addWidget(window)
    _ready(qtbot, window)
    assert window.error.isVisibleTo(window)
    assert window.error.text() == "Месяц отчёта записывается как ГГГГ-ММ, а не x."
    assert not window.xlsx_button.isEnabled()


@pytest.mark.parametrize(
    ("today", "month", "expected", "urgent"),
    [
        (
            date(2026, 12, 7),
            None,
            "Report for November 2026 is due by 10 December 2026: 3 days left",
            True,
        ),
        (date(2026, 12, 10), None, "Report for November 2026 is due today, 10 December 2026", True),
        (
            date(2026, 12, 11),
            None,
            "Report for December 2026 is due by 10 January 2027: 30 days left",
            False,
        ),
        (
            date(2026, 12, 1),
            "2026-11",
            "Report for November 2026 is due by 10 December 2026: 9 days left",
            False,
        ),
        (
            date(2026, 12, 11),
            "2026-11",
            "Report for November 2026 was due by 10 December 2026",
            False,
        ),
    ],
)
def test_the_countdown_to_the_due_date(
    qtbot, today: date, month, expected: str, urgent: bool
) -> None:  # noqa: ANN001
    label = DueDateLabel(lambda: today)
    qtbot.addWidget(label)
    label.set_month(month)
    assert label.text() == expected
    assert ("#a8071a" in label.styleSheet()) is urgent


def test_the_countdown_in_kazakh_and_russian(qtbot) -> None:  # noqa: ANN001
    label = DueDateLabel(lambda: date(2026, 12, 5))
    qtbot.addWidget(label)
    i18n.apply_language("kk")
    assert "қараша" in label.text() and "5" in label.text() and "Report" not in label.text()
    i18n.apply_language("ru")
    assert "ноябрь 2026" in label.text() and "5 дней" in label.text()


def test_the_dashboard_charts_match_the_reports(qtbot, store: Store) -> None:  # noqa: ANN001
    window = DashboardWindow(store)
    qtbot.addWidget(window)
    window.resize(1200, 560)
    window.show()
    _ready(qtbot, window)
    months = window.months()
    assert len(months) == 12 and months[-1] == previous_month(clock.today())
    trend = window.trend.chart_data()
    assert len(trend.categories) == 12
    participants = next(s for s in trend.series if s.name == "Participants")
    expected = [build_monthly_report(store, m).cell("participants").month for m in months]
    assert participants.values == tuple(float(v) for v in expected)
    last = build_monthly_report(store, months[-1])
    bars = window.directions.chart_data()
    assert len(bars.categories) == len(Direction)
    in_month = bars.series[1].values
    assert in_month == tuple(
        float(last.cell("participants", f"direction:{d}").month) for d in Direction
    )
    image = window.grab()  # paints both charts
    assert not image.isNull()
    assert len(window.trend.marks.shapes) == 12 * len(trend.series)
    assert len(window.directions.marks.shapes) == len(Direction) * len(bars.series)


def test_the_main_window_has_the_reports_menu_and_the_countdown(qtbot, store: Store) -> None:  # noqa: ANN001
    from desktop.ui.main_window import MainWindow

    # Two days before the due date, when the countdown matters (and turns bold): it shows.
    window = MainWindow(store, today=lambda: date(2026, 12, 8))
    qtbot.addWidget(window)
    window.show()
    window.resize(1280, 720)  # its own size (the offscreen screen is 800 px wide)
    qtbot.waitUntil(lambda: window.sync.status is not None)  # the sync state is read
    assert window.due_label.urgent and window.due_label.isVisible()
    assert window.due_label.text() == (
        "Report for November 2026 is due by 10 December 2026: 2 days left")
    window.report_action.trigger()
    report = window.report_window
    assert report is not None and report.isVisible()
    window.dashboard_action.trigger()
    dashboard = window.dashboard_window
    assert dashboard is not None and dashboard.isVisible()
    _ready(qtbot, report)
    _ready(qtbot, dashboard)
    assert window.open_report() is report  # one window, raised again
    i18n.apply_language("ru")
    assert window.reports_menu.title() == "&Отчёты"
    assert "Отчёт за" in window.due_label.text()
    assert report.windowTitle() == "Ежемесячный отчёт — Qadam"


# -- translations of the errors these screens can show ----------------------------------------
def _report_and_rule_messages() -> set[str]:
    from desktop.rules import errors as rule_errors

    found = _literal_calls(Path(monthly_report.__file__), "ReportError")
    found |= {v for k, v in vars(rule_errors).items() if k.startswith("MSG_")}
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_report_and_rule_error_is_translated(code: str) -> None:
    messages = _report_and_rule_messages()
    assert len(messages) >= 18
    translator = QTranslator()
    assert translator.load(f"qadam_{code}", str(TRANSLATIONS))
    for message in sorted(messages):
        translated = translator.translate("Errors", message)
        assert translated not in ("", message), f"add to {code}/errors.ts: {message}"
        assert _placeholders(translated) == _placeholders(message), message
