"""The QPainter charts: they paint bars and lines where their values say, Kazakh labels included."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from desktop.ui import i18n
from desktop.ui.charts import PALETTE, ChartData, ChartKind, ChartWidget, chart_data, nice_step

DIRECTIONS = ("Оқыту және жұмысқа орналастыру", "Кәсіпкерлік", "Еңбек ұтқырлығы", "Ауыл")


def _paint(qtbot, chart: ChartWidget) -> QImage:  # noqa: ANN001
    qtbot.addWidget(chart)
    chart.resize(640, 360)
    return chart.grab().toImage()


@pytest.mark.parametrize(
    ("maximum", "step"), [(0, 1), (3, 1), (12, 5), (95, 20), (1234, 500), (0.4, 1)]
)
def test_the_value_axis_steps_are_round(maximum: float, step: float) -> None:
    assert nice_step(maximum) == step


def test_bars_are_as_tall_as_their_values(qtbot) -> None:  # noqa: ANN001
    chart = ChartWidget(ChartKind.BAR)
    chart.set_title("Қатысушылар бағыттар бойынша")
    chart.set_data(
        chart_data(DIRECTIONS, [("Қатысушылар", [40, 10, 20, 0]), ("Орналасты", [5, 1, 2, 0])])
    )
    image = _paint(qtbot, chart)
    shapes = chart.marks.shapes
    assert len(shapes) == 8
    heights = [rect.height() for rect, _ in shapes]
    assert heights[0] == pytest.approx(2 * heights[4])  # 40 is twice 20
    assert heights[0] == pytest.approx(4 * heights[2])  # and four times 10
    assert heights[6] == 0
    rect, text = shapes[0]
    assert text.startswith(DIRECTIONS[0]) and text.endswith("40")
    centre = rect.center().toPoint()
    assert image.pixelColor(centre * chart.devicePixelRatioF()) == QColor(PALETTE[0])


def test_lines_pass_through_each_month(qtbot) -> None:  # noqa: ANN001
    chart = ChartWidget(ChartKind.LINE)
    months = ("қаң.", "ақп.", "нау.")
    chart.set_data(chart_data(months, [("Келісімшарттар", [0, 5, 10])]))
    _paint(qtbot, chart)
    ys = [rect.center().y() for rect, _ in chart.marks.shapes]
    assert ys[0] > ys[1] > ys[2]
    assert ys[0] - ys[1] == pytest.approx(ys[1] - ys[2])


def test_an_empty_chart_says_so_in_the_interface_language(qtbot) -> None:  # noqa: ANN001
    i18n.apply_language("kk")
    chart = ChartWidget(ChartKind.BAR)
    _paint(qtbot, chart)
    assert chart.marks.shapes == []
    assert chart._empty_text != "No data for this period."


def test_series_must_match_the_categories() -> None:
    with pytest.raises(ValueError):
        ChartData(("a", "b"), (chart_data(("a",), [("s", [1])]).series[0],))
