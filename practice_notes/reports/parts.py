"""Small building blocks shared by the sections."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from practice_notes.i18n import translate
from practice_notes.reports.bidi import has_rtl
from practice_notes.reports.fonts import BOLD, REGULAR, printable
from practice_notes.reports.styles import INK, RULE, SHADE, Styles
from practice_notes.reports.text import esc, literal, paragraphs

Clean = Callable[[str], str]
CAPTION = colors.HexColor("#dde3ea")
#: Empty string cells still name a font: make it ours, never the default Helvetica.
_FONT = ("FONTNAME", (0, 0), (-1, -1), REGULAR)


def day(value: dt.date) -> str:
    return f"{value.day} {value:%b %Y}"


def with_note(label: str, note: str, sep: str) -> str:
    """``label`` then ``note``, without saying the label twice when the note
    already starts with it ("Helped — Helped most on workdays" reads "Helped
    most on workdays")."""
    note = note.strip()
    if not note:
        return label
    if note.casefold().startswith(label.casefold()):
        rest = note[len(label):]
        if not rest or not rest[0].isalnum():
            return note
    return f"{label}{sep}{note}"


#: Plain-string cells (see ``plain`` below) in the look of the paragraph cells.
_PLAIN_CELLS: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("FONTSIZE", (0, 0), (-1, -1), 12),
    ("LEADING", (0, 0), (-1, -1), 15),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
]


#: Longest text a table cell holds; the rest flows on below the table, so no
#: row is ever taller than a page (reportlab cannot split a row).
CELL_MAX = 600


def fit_cell(text: str, limit: int = CELL_MAX) -> tuple[str, str]:
    """``text`` cut for a table cell: (what the cell shows, what follows below).
    The cut falls at a paragraph, sentence or word end when there is one."""
    if len(text) <= limit:
        return text, ""
    window = text[:limit]
    cut = max(window.rfind("\n"), *(window.rfind(e) + 1 for e in (". ", "! ", "? ")))
    if cut < limit // 2:
        cut = window.rfind(" ")
    if cut < limit // 2:
        cut = limit  # one unbroken run: cut it anyway
    return text[:cut].rstrip() + " …", text[cut:].strip()


def table(
    rows: Sequence[Sequence[str]], styles: Styles, widths: Sequence[float], clean: Clean,
    caption: str | None = None, plain: bool = False,
) -> list[Flowable]:
    """A simple ruled table; the first row is the header. Cells are escaped.
    A ``caption`` becomes a bold first row across the whole table. ``plain``
    is for short values of our own (dates, scores, labels): the cells are plain
    strings, drawn as they are (no markup is read, nothing wraps), which keeps
    long tables quick to lay out. A cell longer than :data:`CELL_MAX` shows its
    beginning; the rest follows the table as ordinary paragraphs, each saying
    where it continues from."""
    data: list[list[Paragraph | str]] = []
    overflow: list[Flowable] = []
    if caption is not None:
        short, _ = fit_cell(clean(caption), 200)
        first: Paragraph = (literal(short, styles.table_bold) if has_rtl(short)
                            else Paragraph(esc(short), styles.table_bold))
        data.append([first] + [""] * (len(widths) - 1))
    header = rows[0] if rows else []
    for n, row in enumerate(rows):
        if plain:
            data.append([printable(clean(cell)) for cell in row])
            continue
        style = styles.table_bold if n == 0 else styles.table
        cells: list[Paragraph | str] = []
        for k, cell in enumerate(row):
            shown, rest = fit_cell(clean(cell))
            # right-to-left text is broken into lines before it is ordered for display
            cells.append(literal(shown, style) if has_rtl(shown) else Paragraph(esc(shown), style))
            if rest:
                if k < len(header) and n:
                    where = translate("Report", "{column}, row {row}").format(
                        column=header[k], row=n)
                else:
                    where = translate("Report", "row {row}").format(row=n)
                continued = translate("Report", "Continued ({where}):").format(
                    where=esc(clean(where)))
                overflow += paragraphs(rest, styles.body, prefix=f"<b>{continued}</b> … ")
        data.append(cells)
    head = 1 if caption is None else 2
    t = Table(data, colWidths=list(widths), repeatRows=head, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, head - 1), SHADE),
        ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.8, RULE),
        ("LINEBELOW", (0, head), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        _FONT,
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if plain:
        commands += _PLAIN_CELLS
    if caption is not None:
        commands += [("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), CAPTION)]
    t.setStyle(TableStyle(commands))
    return [t, *overflow]


def two_up(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], gap: float,
    clean: Clean,
) -> Table:
    """A long, narrow list printed in two halves side by side (read down the left
    half, then the right), to keep dated lists short on paper.

    For short values of our own (dates, scores, labels): the cells are plain
    strings, drawn as they are (no markup is read, nothing wraps), which also
    keeps long lists quick to lay out."""
    half = (len(rows) + 1) // 2
    left, right = list(rows[:half]), list(rows[half:])
    blank = [""] * len(header)

    def cells(row: Sequence[str]) -> list[str]:
        return [printable(clean(cell)) for cell in row]

    data = [[*cells(header), "", *cells(header)]]
    for n, row in enumerate(left):
        other = right[n] if n < len(right) else blank
        data.append([*cells(row), "", *cells(other)])
    k = len(header)
    t = Table(data, colWidths=[*widths, gap, *widths], repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        _FONT,
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *_PLAIN_CELLS,
    ]
    last_right = len(right)  # the right half may be one row shorter
    for first, stop in ((0, len(left)), (k + 1, last_right)):
        cols = (first, first + k - 1)
        commands += [
            ("BACKGROUND", (cols[0], 0), (cols[1], 0), SHADE),
            ("LINEBELOW", (cols[0], 0), (cols[1], 0), 0.8, RULE),
        ]
        if stop:
            commands.append(("LINEBELOW", (cols[0], 1), (cols[1], stop), 0.3, RULE))
    t.setStyle(TableStyle(commands))
    return t


def box(title: str, height: float, width: float, styles: Styles) -> Table:
    """An empty ruled box to write in by hand."""
    t = Table([[Paragraph(esc(title), styles.table_bold)], [""]],
              colWidths=[width], rowHeights=[None, height], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        _FONT,
        ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
    ]))
    return t


def signature_lines(width: float, styles: Styles) -> Table:
    cell = "_" * 34
    rows = [
        [Paragraph(esc(translate("Report", "Therapist")), styles.table_bold),
         Paragraph(cell, styles.table),
         Paragraph(esc(translate("Report", "Date")), styles.table_bold),
         Paragraph("_" * 14, styles.table)],
        [Paragraph(esc(translate("Report", "Client")), styles.table_bold),
         Paragraph(cell, styles.table),
         Paragraph(esc(translate("Report", "Date")), styles.table_bold),
         Paragraph("_" * 14, styles.table)],
    ]
    t = Table(rows, colWidths=[width * 0.16, width * 0.5, width * 0.1, width * 0.24],
              hAlign="LEFT")
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 16), _FONT,
                           ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return t


def bullet(text: str, styles: Styles) -> Flowable:
    return Paragraph(text, styles.body, bulletText="•")
