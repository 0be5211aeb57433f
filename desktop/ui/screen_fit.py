"""Legible on a 1366×768 laptop at 150 % scaling: ~910×512 logical pixels, less the taskbar.

Two pieces:
- `scrollable(dialog)`: a long form's body goes into a scroll area, its buttons stay below it,
  always visible; the dialog's minimum size is then small, the form scrolls instead of being
  cut off by the screen's edge.
- `FitToScreen`: an application-wide filter; a window about to be shown that is larger than
  the screen's free area (a default size chosen for a bigger screen) is shrunk to it and
  moved onto it. Its minimum size is left alone: `tests/ui/test_screen_fit.py` checks that
  every window's minimum fits `SMALL_SCREEN`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

# 1366×768 at 150 %: 910×512 logical pixels; the taskbar (40 px) and a title bar (30 px) at
# 150 % leave about 465 for a window's contents. Every minimum size must fit in this.
SMALL_SCREEN = QSize(910, 465)

log = logging.getLogger(__name__)


def scrollable(dialog: QWidget, keep_last: int = 1) -> QScrollArea:
    """Move `dialog`'s layout into a scroll area; its last `keep_last` items stay outside.

    Call it once the dialog is built. The widgets keep their objects, signals and tab order
    (they only change parent, within the same window).
    """
    body = dialog.layout()
    outside = [body.takeAt(body.count() - 1) for _ in range(keep_last)][::-1]
    margins = body.contentsMargins()
    inner = QWidget()
    inner.setLayout(body)  # Qt takes the layout from the dialog and reparents its widgets
    area = QScrollArea(dialog)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(inner)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the area
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(margins)
    body.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area, 1)
    for item in outside:
        if item.widget() is not None:
            layout.addWidget(item.widget())
        elif item.layout() is not None:
            layout.addLayout(item.layout())
    inner.installEventFilter(_Relayout(area))
    dialog.scroll_area = area
    return area


class _Relayout(QObject):
    """After the form's layout changes, the scroll area measures it again.

    Without it, a width the form needed for a moment (while a verdict's text was being
    replaced) would stay as a horizontal scroll bar until the window is resized.
    """

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QCoreApplication.postEvent(self.area, QEvent(QEvent.Type.LayoutRequest))
        return False


def fit(widget: QWidget, available: QRect) -> None:
    """Shrink `widget` (a window) to `available` if it is larger, and move it onto it."""
    size = widget.size().boundedTo(available.size()).expandedTo(widget.minimumSize())
    # QWidget's own methods: a window may have a field named `move` or `resize` of its own.
    if size != widget.size():
        QWidget.resize(widget, size)
    frame = widget.frameGeometry()
    if not available.contains(frame):
        x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
        y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
        QWidget.move(widget, max(x, available.x()), max(y, available.y()))


class FitToScreen(QObject):
    """Every window, when shown, fits the screen it is on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An exception escaping an application-wide filter takes the whole app down with
        # PySide6 6.12 (it crashes while printing it): fitting a window is never worth that.
        try:
            self._fit_on_show(watched, event)
        except Exception:
            log.exception("could not fit a window onto the screen")
        return False

    def _fit_on_show(self, watched: QObject, event: QEvent) -> None:
        if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and not watched.isMaximized()
                and watched.windowType() not in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
            screen = watched.screen() or QApplication.primaryScreen()
            if screen is not None:
                fit(watched, screen.availableGeometry())


_filter: FitToScreen | None = None


def install(app: QApplication) -> None:
    """Once per application (configure() calls it)."""
    global _filter
    if _filter is None:
        _filter = FitToScreen(app)
        app.installEventFilter(_filter)


def uninstall(app: QApplication) -> None:
    """Windows keep the size they are given (screenshots of a screen larger than offscreen's)."""
    global _filter
    if _filter is not None:
        app.removeEventFilter(_filter)
        _filter = None
