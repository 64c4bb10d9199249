"""Paragraph styles for clear print: 12 pt body, explanations and tables, generous
leading, left-aligned."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from practice_notes.reports.fonts import BOLD, OBLIQUE, REGULAR, register

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    quote: ParagraphStyle
    small: ParagraphStyle
    table: ParagraphStyle
    table_bold: ParagraphStyle
    addendum: ParagraphStyle


def make_styles() -> Styles:
    register()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=12, leading=17, alignment=TA_LEFT,
                          textColor=INK, spaceAfter=6, bulletFontName=REGULAR)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=22, leading=28,
                             spaceAfter=4),
        h1=ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=16, leading=21,
                          spaceBefore=14, spaceAfter=6, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=13, leading=18,
                          spaceBefore=8, spaceAfter=4, keepWithNext=1),
        body=body,
        quote=ParagraphStyle("quote", parent=body, fontName=REGULAR, fontSize=13, leading=18,
                             leftIndent=10, borderPadding=(2, 2, 2, 8)),
        small=ParagraphStyle("small", parent=body, fontSize=12, leading=16, textColor=MUTED),
        table=ParagraphStyle("table", parent=body, fontSize=12, leading=15, spaceAfter=0),
        table_bold=ParagraphStyle("table_bold", parent=body, fontName=BOLD, fontSize=12,
                                  leading=15, spaceAfter=0),
        addendum=ParagraphStyle("addendum", parent=body, leftIndent=14, borderPadding=0),
    )


__all__ = ["BOLD", "INK", "MUTED", "OBLIQUE", "RULE", "SHADE", "Styles", "make_styles"]
