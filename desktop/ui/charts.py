"""Small bar and line charts drawn with QPainter (QtCharts is not shipped): axis, legend, labels.

A chart shows `ChartData`: category labels along the x axis (months, directions) and one or
more named series of values. `BAR` draws a group of bars per category, `LINE` a line per series
across the categories. Text is drawn in the widget's font (the app font, with Kazakh letters).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Okabe–Ito colours: told apart by people with colour-blindness, and in greyscale print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
AXIS_COLOUR = QColor("#595959")
GRID_COLOUR = QColor("#e6e6e6")
TICKS = 5  # about this many steps up the value axis
PADDING = 10.0


class ChartKind(StrEnum):
    BAR = "bar"
    LINE = "line"


@dataclass(frozen=True)
class Series:
    """One named row of values, one value per category."""

    name: str
    values: tuple[float, ...]


@dataclass(frozen=True)
class ChartData:
    categories: tuple[str, ...] = ()
    series: tuple[Series, ...] = ()

    def __post_init__(self) -> None:
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(f"series {s.name!r} has {len(s.values)} values")

    @property
    def maximum(self) -> float:
        return max((v for s in self.series for v in s.values), default=0.0)

    def is_empty(self) -> bool:
        return not self.categories or not self.series


@dataclass
class _Marks:
    """Where the last paint put each value, for tooltips and tests."""

    shapes: list[tuple[QRectF, str]] = field(default_factory=list)


def nice_step(maximum: float, ticks: int = TICKS) -> float:
    """A round step (1, 2 or 5 times a power of ten) giving about `ticks` steps to `maximum`."""
    if maximum <= 0:
        return 1.0
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(float(factor * power), 1.0)
    return float(10 * power)


def format_value(value: float) -> str:
    """Whole numbers as the locale writes them (1 234), others with one decimal."""
    locale = QLocale()
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)


class ChartWidget(QWidget):
    """A titled chart of `ChartData`; `set_data` replaces what it shows."""

    def __init__(self, kind: ChartKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ChartKind(kind)
        self._title = ""
        self._data = ChartData()
        self._empty_text = ""
        self.marks = _Marks()
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._retranslate()

    # -- content ----------------------------------------------------------------------------
    def set_title(self, title: str) -> None:
        self._title = title
        self.update()

    def title(self) -> str:
        return self._title

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.update()

    def chart_data(self) -> ChartData:
        return self._data

    def sizeHint(self) -> QSize:
        return QSize(560, 320)

    def _retranslate(self) -> None:
        self._empty_text = self.tr("No data for this period.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for rect, text in self.marks.shapes:
                if rect.adjusted(-3, -3, 3, 3).contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QEvent) -> None:  # noqa: ARG002 - QPaintEvent
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            self.marks = _Marks()
            self._paint(painter, QRectF(self.rect()).adjusted(PADDING, PADDING, -PADDING, -PADDING))
        finally:
            painter.end()

    def _paint(self, painter: QPainter, area: QRectF) -> None:
        area = self._paint_title(painter, area)
        if self._data.is_empty():
            painter.setPen(AXIS_COLOUR)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        area = self._paint_legend(painter, area)
        plot = self._paint_axes(painter, area)
        if self.kind is ChartKind.BAR:
            self._paint_bars(painter, plot)
        else:
            self._paint_lines(painter, plot)

    def _paint_title(self, painter: QPainter, area: QRectF) -> QRectF:
        if not self._title:
            return area
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().text().color())
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        bounds = painter.boundingRect(area, flags, self._title)
        painter.drawText(area, flags, self._title)
        painter.setFont(self.font())
        return area.adjusted(0, bounds.height() + 6, 0, 0)

    def _paint_legend(self, painter: QPainter, area: QRectF) -> QRectF:
        """Swatch and name of each series, flowing onto more lines when they do not fit."""
        metrics = QFontMetricsF(self.font())
        swatch = metrics.height() * 0.7
        x, y = area.left(), area.top()
        for index, series in enumerate(self._data.series):
            width = swatch + 6 + metrics.horizontalAdvance(series.name) + 18
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + metrics.height() + 4
            box = QRectF(x, y + (metrics.height() - swatch) / 2, swatch, swatch)
            painter.fillRect(box, self._colour(index))
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(box.right() + 6, y, width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                series.name,
            )
            x += width
        return area.adjusted(0, y - area.top() + metrics.height() + 8, 0, 0)

    def _scale(self) -> tuple[float, float]:
        step = nice_step(self._data.maximum)
        top = step * max(1, math.ceil(self._data.maximum / step))
        return step, top

    def _category_labels(self, slot: float) -> tuple[QFont, list[str]]:
        """The labels' font (down to 3/4 size so whole words fit their slot) and the labels.

        A word that still does not fit is elided ("Предпринимат…"), never cut off unseen.
        """
        font = QFont(self.font())
        smallest = font.pointSizeF() * 0.75
        words = [w for label in self._data.categories for w in label.split()]
        while font.pointSizeF() > smallest:
            metrics = QFontMetricsF(font)
            if max((metrics.horizontalAdvance(w) for w in words), default=0) <= slot - 4:
                break
            font.setPointSizeF(font.pointSizeF() - 0.5)
        metrics = QFontMetricsF(font)
        elided = [
            "\n".join(
                " ".join(
                    metrics.elidedText(word, Qt.TextElideMode.ElideRight, slot - 4)
                    for word in line.split(" ")
                )
                for line in label.split("\n")
            )
            for label in self._data.categories
        ]
        return font, elided

    def _label_height(self, plot_width: float) -> float:
        """Room under the axis for the category labels, wrapped to their slot's width."""
        slot = plot_width / len(self._data.categories)
        font, labels = self._category_labels(slot)
        metrics = QFontMetricsF(font)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        tallest = max(
            metrics.boundingRect(QRectF(0, 0, slot - 4, 1000), flags, label).height()
            for label in labels
        )
        return min(tallest, metrics.height() * 3) + 6

    def _paint_axes(self, painter: QPainter, area: QRectF) -> QRectF:
        metrics = QFontMetricsF(self.font())
        step, top = self._scale()
        ticks = round(top / step)
        labels = [format_value(step * i) for i in range(ticks + 1)]
        left = max(metrics.horizontalAdvance(t) for t in labels) + 8
        plot = QRectF(area.left() + left, area.top() + metrics.height() / 2, 0, 0)
        plot.setRight(area.right() - 4)
        plot.setBottom(area.bottom() - self._label_height(area.width() - left))
        painter.setFont(self.font())
        for i, label in enumerate(labels):
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_COLOUR)
            painter.drawText(
                QRectF(area.left(), y - metrics.height() / 2, left - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        slot = plot.width() / len(self._data.categories)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        font, labels = self._category_labels(slot)
        painter.setFont(font)
        for i, label in enumerate(labels):
            box = QRectF(plot.left() + slot * i + 2, plot.bottom() + 4, slot - 4, area.bottom())
            box.setBottom(area.bottom())
            painter.drawText(box, flags, label)
        painter.setFont(self.font())
        return plot

    def _y(self, plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * value / self._scale()[1]

    def _paint_bars(self, painter: QPainter, plot: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        slot = plot.width() / len(self._data.categories)
        count = len(self._data.series)
        bar = slot * 0.8 / count
        for c, category in enumerate(self._data.categories):
            for s, series in enumerate(self._data.series):
                value = series.values[c]
                x = plot.left() + slot * c + slot * 0.1 + bar * s
                top = self._y(plot, value)
                rect = QRectF(x, top, bar - 1, plot.bottom() - top)
                painter.fillRect(rect, self._colour(s))
                text = format_value(value)
                self.marks.shapes.append((rect, f"{category} — {series.name}: {text}"))
                if metrics.horizontalAdvance(text) <= bar + 4 and value > 0:
                    painter.setPen(self.palette().text().color())
                    label = QRectF(
                        x - 2, rect.top() - metrics.height() - 1, bar + 4, metrics.height()
                    )
                    painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_lines(self, painter: QPainter, plot: QRectF) -> None:
        slot = plot.width() / len(self._data.categories)
        for s, series in enumerate(self._data.series):
            colour = self._colour(s)
            points = [
                QPointF(plot.left() + slot * (c + 0.5), self._y(plot, value))
                for c, value in enumerate(series.values)
            ]
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(colour, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(colour)
            for c, point in enumerate(points):
                painter.drawEllipse(point, 3, 3)
                dot = QRectF(point.x() - 3, point.y() - 3, 6, 6)
                text = format_value(series.values[c])
                self.marks.shapes.append(
                    (dot, f"{self._data.categories[c]} — {series.name}: {text}")
                )
            painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _colour(index: int) -> QColor:
        return QColor(PALETTE[index % len(PALETTE)])


def chart_data(
    categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]
) -> ChartData:
    """Build `ChartData` from plain lists: `series` is (name, values) pairs."""
    return ChartData(
        tuple(categories),
        tuple(Series(name, tuple(float(v) for v in values)) for name, values in series),
    )
