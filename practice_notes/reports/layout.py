"""Page furniture: paper sizes, the footer with page X of Y, and the document."""

from __future__ import annotations

import calendar
import datetime as dt
import time
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import TimeStamp
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from practice_notes.i18n import translate
from practice_notes.reports.bidi import visual
from practice_notes.reports.fonts import REGULAR, printable
from practice_notes.reports.styles import MUTED

PAGE_SIZES = {"a4": A4, "letter": LETTER}
MARGIN = 20 * mm


def _stamp(day: dt.date) -> TimeStamp:
    """reportlab's document time stamp, fixed at midnight UTC of ``day``."""
    stamp = TimeStamp(invariant=1)
    t = calendar.timegm((day.year, day.month, day.day, 0, 0, 0))
    stamp.t, stamp.lt = t, time.gmtime(t)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


def numbered_canvas(footer: str, prepared_on: dt.date) -> type[Canvas]:
    """A canvas class that prints the footer and "Page X of Y" on every page,
    and dates the PDF (CreationDate, ModDate) on the day it was prepared."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _stamp(prepared_on)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width, _ = self._pagesize
            self.saveState()
            self.setFont(REGULAR, 9)
            self.setFillColor(MUTED)
            self.drawString(MARGIN, 12 * mm, printable(visual(footer)))
            self.drawRightString(width - MARGIN, 12 * mm,
                                 translate("Report", "Page {page} of {total}").format(
                                     page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


def build_document(
    out: BinaryIO, story: list[Flowable], paper: str, title: str, author: str, footer: str,
    prepared_on: dt.date, subject: str | None = None,
) -> None:
    """Lay out ``story``. The PDF's CreationDate is the summary's "prepared on"
    date (midnight UTC): the same inputs still give the same bytes."""
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE_SIZES[paper],
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 6 * mm,
        title=printable(title),
        author=printable(author),
        subject=subject or translate("Report", "Progress summary"),
        creator="Practice Notes",
        producer="Practice Notes",
        invariant=1,
        initialFontName=REGULAR,
        initialFontSize=12,
        initialLeading=17,
        lang="en",
    )
    doc.build(story, canvasmaker=numbered_canvas(footer, prepared_on))
