"""In-app preview of a PDF held in memory (never written to a temp file), with
Print… (QPrintDialog, real printing through QPrinter) and Save as…"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from practice_notes.services.errors import VaultError
from practice_notes.services.reporting import write_pdf
from practice_notes.ui import fit, msgbox

PRINT_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page onto the printer at its resolution; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        count = document.pageCount()
        dpi = min(PRINT_DPI, printer.resolution())
        for n in range(count):
            if n:
                printer.newPage()
            target = painter.viewport()
            points = document.pagePointSize(n)
            scale = min(target.width() / points.width(), target.height() / points.height())
            # Render at print quality (300 dpi), then scale into the page: full printer
            # resolution (often 1200 dpi) makes huge spool files for no visible gain.
            image = document.render(n, QSize(int(points.width() * dpi / 72),
                                             int(points.height() * dpi / 72)))
            painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale),
                              image)
        return count
    finally:
        painter.end()


class PdfPreview(QDialog):
    def __init__(self, pdf: bytes, suggested_name: str, parent: QWidget | None = None,
                 title: str | None = None,
                 on_output: Callable[[str], None] | None = None) -> None:
        """``on_output("saved" / "printed")`` notes that the summary left the app (the
        audit entry): on saving, once the file is complete and before it gets its
        name (it fails: no file); on printing, once every page went to the printer."""
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Progress summary — preview"))
        self.pdf = pdf
        self.on_output = on_output
        self.suggested_name = suggested_name
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Summary preview"))
        self.pages = QLabel(self.tr("{value} pages").format(value=self.document.pageCount()))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.SaveAs)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)
        bar = QHBoxLayout()
        bar.addWidget(self.pages)
        bar.addStretch()
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(bar)
        self.resize(820, 900)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print progress summary"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        try:
            count = print_pdf(self.document, printer)
        except OSError as exc:
            msgbox.error(self, str(exc))
            return 0
        if count and self.on_output is not None:
            try:
                self.on_output("printed")
            except VaultError as exc:  # printed, but the vault could not note it
                msgbox.error(self, str(exc))
        return count

    def ask_save(self) -> None:
        # Starts in the folder last used (else Documents), not the process's working
        # folder; only that folder is remembered, never the file name.
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save summary"),
                                              fit.start_path(self.suggested_name),
                                              self.tr("PDF files (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            noted = self.on_output
            write_pdf(self.pdf, path,
                      before_rename=(lambda: noted("saved")) if noted is not None else None)
        except VaultError as exc:  # disk full, read-only folder…: nothing was left there
            msgbox.error(self, str(exc))
            return False
        except OSError as exc:
            msgbox.error(
                self,
                self.tr("The summary could not be saved: {value}").format(
                    value=exc.strerror or exc
                ),
            )
            return False
        fit.remember_folder(path.parent)
        return True
