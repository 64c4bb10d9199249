"""Small building blocks shared by the sections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from practice_notes.reports.styles import RULE, SHADE, Styles
from practice_notes.reports.text import esc

Clean = Callable[[str], str]


def day(value: dt.date) -> str:
    return f"{value.day} {value:%b %Y}"


def table(
    rows: Sequence[Sequence[str]], styles: Styles, widths: Sequence[float], clean: Clean
) -> Table:
    """A simple ruled table; the first row is the header. Cells are escaped."""
    data = []
    for n, row in enumerate(rows):
        style = styles.table_bold if n == 0 else styles.table
        data.append([Paragraph(esc(clean(cell)), style) for cell in row])
    t = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def box(title: str, height: float, width: float, styles: Styles) -> Table:
    """An empty ruled box to write in by hand."""
    t = Table([[Paragraph(esc(title), styles.table_bold)], [""]],
              colWidths=[width], rowHeights=[None, height], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
    ]))
    return t


def signature_lines(width: float, styles: Styles) -> Table:
    cell = "_" * 34
    rows = [
        [Paragraph("Therapist", styles.table_bold), Paragraph(cell, styles.table),
         Paragraph("Date", styles.table_bold), Paragraph("_" * 14, styles.table)],
        [Paragraph("Client", styles.table_bold), Paragraph(cell, styles.table),
         Paragraph("Date", styles.table_bold), Paragraph("_" * 14, styles.table)],
    ]
    t = Table(rows, colWidths=[width * 0.16, width * 0.5, width * 0.1, width * 0.24],
              hAlign="LEFT")
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 16),
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return t


def bullet(text: str, styles: Styles) -> Flowable:
    return Paragraph(text, styles.body, bulletText="•")
