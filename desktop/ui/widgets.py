"""Small widgets the dialogs share: language choice, inline error, busy indicator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from desktop.ui import i18n

ERROR_STYLE = "color: #a8071a; background: #fff1f0; border: 1px solid #ffa39e; padding: 6px;"


class LanguageCombo(QComboBox):
    """Қазақша / Русский / English, each in its own language; switching applies at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for lang in i18n.LANGUAGES:
            self.addItem(lang.native_name, lang.code)
        self._sync()
        self.activated.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        code = self.itemData(index)
        if code != i18n.current_language():
            i18n.apply_language(code)

    def _sync(self) -> None:
        index = self.findData(i18n.current_language())
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._sync()
        super().changeEvent(event)


class ErrorLabel(QLabel):
    """A message that says what went wrong and what to do; re-translated on language change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: Callable[[], str] | None = None
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: Callable[[], str]) -> None:
        """Show `text()`, asked again whenever the language changes."""
        self._text = text
        self.setText(text())
        self.show()

    def show_error(self, error: BaseException) -> None:
        self.show_message(lambda: i18n.translate_error(error))

    def clear_message(self) -> None:
        self._text = None
        self.clear()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._text is not None:
            self.setText(self._text())
        super().changeEvent(event)


class BusyIndicator(QWidget):
    """A moving bar and a line saying what is happening, for work of unknown length."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.label = QLabel(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        self._text: Callable[[], str] | None = None
        self.hide()

    def start(self, text: Callable[[], str]) -> None:
        self._text = text
        self.label.setText(text())
        self.show()

    def stop(self) -> None:
        self._text = None
        self.hide()

    @property
    def running(self) -> bool:
        return self._text is not None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._text is not None:
            self.label.setText(self._text())
        super().changeEvent(event)


def ask_before_discarding(
    parent: QWidget, title: str, question: str, answered: Callable[[bool], None]
) -> QMessageBox:
    """The one "lose what you typed?" question of every form: Discard or Cancel, with Cancel
    the default and Esc, so a hurried Enter or Esc never throws input away. Opened window-modal;
    `answered(True)` on Discard, `answered(False)` otherwise."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.addButton(QMessageBox.StandardButton.Discard)
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.finished.connect(lambda _=0: answered(
        box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Discard))
    box.open()
    return box


def grow_to_fit(window: QWidget) -> None:
    """Grow a shown window's height to what its layout now needs (a message that appeared
    after it was sized): a dialog with a minimum width set keeps its first height otherwise,
    and Qt squashes the rows into it."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    needed = max(window.minimumSizeHint().height(), window.heightForWidth(window.width()))
    if window.height() < needed:
        window.resize(window.width(), needed)
