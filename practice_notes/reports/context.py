"""What every section builder gets: the data, the options, styles and helpers."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from practice_notes.reports.data import ReportData
from practice_notes.reports.options import ReportOptions
from practice_notes.reports.parts import Clean
from practice_notes.reports.styles import Styles
from practice_notes.reports.text import esc, paragraphs


@dataclass(frozen=True)
class Ctx:
    data: ReportData
    options: ReportOptions
    styles: Styles
    width: float
    clean: Clean

    def p(self, text: str, style: str = "body") -> Paragraph:
        """Our own wording with user values already escaped by the caller."""
        return Paragraph(text, getattr(self.styles, style))

    def user(self, text: str, style: str = "body", prefix: str = "",
             bullet: str | None = None) -> list[Flowable]:
        """User text as paragraphs; ``prefix`` is our own markup before it."""
        return paragraphs(self.clean(text), getattr(self.styles, style), prefix, bullet)

    def u(self, text: str) -> str:
        return esc(self.clean(text))
