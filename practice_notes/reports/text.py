"""Turning user text into safe Platypus paragraphs.

User text never reaches reportlab's markup parser as markup: a paragraph of
user text alone is handed over as ready-made text fragments (nothing in it is
parsed at all), and user text mixed with our own markup is escaped first. So
``<img src=…>`` or ``<font`` print literally and embed nothing. Long text is
split into modest paragraphs so a huge note still renders in seconds.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from practice_notes.reports.bidi import AVAILABLE, BidiParagraph, has_rtl, visual
from practice_notes.reports.fonts import printable

CHUNK = 1200
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def esc(text: str) -> str:
    """Markup-safe text for a Paragraph (one line; right-to-left parts in
    display order)."""
    if has_rtl(text):
        text = "\n".join(visual(line) for line in text.split("\n"))
    return escape(printable(text)).replace("\n", "<br/>")


def _chunks(paragraph: str) -> list[str]:
    if len(paragraph) <= CHUNK:
        return [paragraph]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(paragraph):
        while len(sentence) > CHUNK:  # a run-on without sentence ends: cut at a space
            cut = sentence.rfind(" ", 0, CHUNK)
            cut = cut if cut > CHUNK // 2 else CHUNK
            if current:
                pieces.append(current)
                current = ""
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + len(sentence) + 1 > CHUNK:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


def literal(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of user text that is never parsed: one text fragment per
    line, shaped like the ones reportlab's parser makes (and as quick to lay
    out however many ``&`` or ``<`` the text holds). Text with right-to-left
    parts is broken into lines first, then each line is put in display order."""
    if has_rtl(text) and AVAILABLE:
        return BidiParagraph("", style, frags=_literal(text, style).frags, logical=text,
                             make=_literal)
    return _literal(text, style)


def _literal(text: str, style: ParagraphStyle) -> Paragraph:
    word, line_break = Paragraph("x<br/>x", style).frags[:2]
    frags = []
    for n, line in enumerate(printable(text).split("\n")):
        if n:
            frags.append(line_break.clone())
        frags.append(word.clone(text=line))
    return Paragraph("", style, frags=frags)


def paragraphs(text: str, style: ParagraphStyle, prefix: str = "",
               bullet: str | None = None) -> list[Flowable]:
    """User text as a list of paragraphs (blank lines start new ones); a
    ``prefix`` is our own markup put before the first one, which also gets
    the ``bullet`` if one is given."""
    out: list[Flowable] = []
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    first = True
    for block in blocks:
        if not block:
            continue
        for piece in _chunks(block):
            if first and (prefix or bullet) and has_rtl(piece):
                # our label on its own line, then the text laid out right to left
                out.append(Paragraph(prefix, style, bulletText=bullet))
                out.append(literal(piece, style))
            elif first and (prefix or bullet):
                out.append(Paragraph(prefix + esc(piece), style, bulletText=bullet))
            else:
                out.append(literal(piece, style))
            first = False
    return out
