"""Printed forms on paper and in PDF: QTextDocument → QPdfWriter (A4) or a chosen printer.

The forms are built as HTML in `desktop/reports/forms.py` (no Qt). Here they get the bundled
DejaVu Sans (registered with Qt at start-up), so every Kazakh letter (ә ғ қ ң ө ұ ү һ і) prints
the same on every laptop: QPdfWriter embeds the font (a subset) in the file. A PDF is written
on the background worker (`render_pdf` is safe there: it touches no widget); printing to a
printer goes through QPrintDialog on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from desktop.reports.forms import FONT_FAMILY, PrintedForm
from desktop.ui import file_dialogs
from desktop.ui.fonts import register_fonts

POINT_SIZE = 10.5
MARGINS_MM = QMarginsF(25, 15, 15, 15)  # left margin wider for the binding, as forms have
RESOLUTION = 300


def page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       MARGINS_MM, QPageLayout.Unit.Millimeter)


def build_document(form: PrintedForm) -> QTextDocument:
    """The form as a QTextDocument in the bundled font (registered if it is not yet)."""
    family = register_fonts() or FONT_FAMILY
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont(family)
    font.setPointSizeF(POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(form.html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, form.title)
    return document


def render_pdf(form: PrintedForm, path: Path) -> Path:
    """Write the form as an A4 PDF with the font embedded; returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    document = build_document(form)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(page_layout())
    writer.setTitle(form.title)
    writer.setCreator("Qadam")
    document.print_(writer)
    del writer  # closes the file
    return path


def render_page_image(form: PrintedForm, page: int = 0, dpi: int = 110) -> QImage:
    """One page of the form laid out as on A4 paper, for screenshots and previews."""
    layout = page_layout()
    full = layout.fullRectPixels(dpi)
    paint = layout.paintRectPixels(dpi)
    image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    document = build_document(form)
    document.documentLayout().setPaintDevice(image)  # fonts measured at the image's dots
    document.setPageSize(QSizeF(paint.width(), paint.height()))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.translate(paint.left(), paint.top() - page * paint.height())
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, page * paint.height(), paint.width(), paint.height())
    painter.setClipRect(context.clip)
    document.documentLayout().draw(painter, context)
    painter.end()
    return image


def page_count(form: PrintedForm) -> int:
    document = build_document(form)
    size_pt = page_layout().paintRect(QPageLayout.Unit.Point).size()
    document.setPageSize(QSizeF(size_pt.width(), size_pt.height()))
    return document.pageCount()


def print_form(form: PrintedForm, parent: QWidget | None = None) -> bool:
    """Ask for a printer and print the form; False when the person cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    printer.setDocName(form.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(form.title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    build_document(form).print_(printer)
    return True


def ask_pdf_path(parent: QWidget | None, caption: str, stem: str,
                 folder: Path | None = None) -> Path | None:
    """"Save as PDF…": the file the person chooses (".pdf" added), or None when cancelled."""
    start = str((folder or Path.home()) / f"{stem}.pdf")
    chosen, _ = file_dialogs.get_save_file_name(parent, caption, start, "PDF (*.pdf)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
